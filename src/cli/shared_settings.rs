//! Refusing to run wrong: `convene serve` on PostgreSQL is how several instances share one
//! site, and then some settings must be the same on every instance. Without them each
//! instance would quietly make its own: forms from one refused by another, mailed links
//! working on one instance only, mail links carrying whichever listen address sent them.

use crate::config::Config;

/// What `serve` on PostgreSQL needs set explicitly, with why; empty when all is set.
pub fn missing_for_several_instances(config: &Config) -> Vec<&'static str> {
    let on_postgres = config.database_url().starts_with("postgres");
    if !on_postgres {
        return Vec::new();
    }
    let mut missing = Vec::new();
    if config.secret_key.is_none() {
        missing.push(
            "CONVENE_SECRET_KEY (or secret_key in convene.toml): the key that signs links and \
             forms, the same on every instance (at least 32 characters; e.g. `openssl rand -hex 32`)",
        );
    }
    if config.public_url.is_none() {
        missing.push(
            "CONVENE_PUBLIC_URL (or public_url in convene.toml): the site's address as visitors \
             reach it (https://…), used in every mailed link",
        );
    }
    missing
}

/// Stops `serve` with a message naming each missing setting.
pub fn require_for_several_instances(config: &Config) -> anyhow::Result<()> {
    let missing = missing_for_several_instances(config);
    if missing.is_empty() {
        return Ok(());
    }
    anyhow::bail!(
        "on PostgreSQL, where several instances serve one site, set:\n  - {}\nThen start again.",
        missing.join("\n  - ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Layer;
    use secrecy::SecretString;

    fn config(url: &str, key: bool, public: bool) -> Config {
        let layer = Layer {
            database_url: Some(SecretString::from(url.to_owned())),
            secret_key: key.then(|| SecretString::from("k".repeat(40))),
            public_url: public.then(|| "https://conf.example.org".to_owned()),
            data_dir: Some(std::env::temp_dir()),
            ..Layer::default()
        };
        Config::load(None, layer, "unused").expect("config")
    }

    #[test]
    fn postgres_without_a_key_or_public_address_is_refused_and_names_both() {
        let missing = missing_for_several_instances(&config("postgres://db/site", false, false));
        assert_eq!(missing.len(), 2);
        assert!(missing[0].starts_with("CONVENE_SECRET_KEY"));
        assert!(missing[1].starts_with("CONVENE_PUBLIC_URL"));
        assert_eq!(
            missing_for_several_instances(&config("postgres://db/site", true, false)).len(),
            1
        );
    }

    #[test]
    fn postgres_with_both_and_sqlite_without_either_run() {
        assert!(
            missing_for_several_instances(&config("postgres://db/site", true, true)).is_empty()
        );
        assert!(missing_for_several_instances(&config("sqlite://x.db", false, false)).is_empty());
    }
}
