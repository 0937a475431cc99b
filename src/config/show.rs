//! The effective configuration as TOML, for `convene config`, with every secret redacted.

use super::{Config, LogFormat};
use secrecy::ExposeSecret;

impl Config {
    /// The configuration as TOML, with secrets redacted.
    pub fn redacted_toml(&self) -> String {
        let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let mut out = String::new();
        out.push_str(&format!("listen = {}\n", quote(&self.listen.to_string())));
        out.push_str(&format!(
            "data_dir = {}\n",
            quote(&self.data_dir.display().to_string())
        ));
        match &self.database_url {
            Some(url) => out.push_str(&format!(
                "database_url = {}\n",
                quote(&redact_url(url.expose_secret()))
            )),
            None => out.push_str(&format!(
                "# database_url unset: SQLite at {}\n",
                self.data_dir.join("convene.db").display()
            )),
        }
        if let Some(url) = &self.public_url {
            out.push_str(&format!("public_url = {}\n", quote(url)));
        }
        out.push_str(&format!("log = {}\n", quote(&self.log)));
        out.push_str(match self.log_format {
            LogFormat::Text => "log_format = \"text\"\n",
            LogFormat::Json => "log_format = \"json\"\n",
        });
        match &self.smtp_url {
            Some(url) => out.push_str(&format!(
                "smtp_url = {}\n",
                quote(&redact_url(url.expose_secret()))
            )),
            None => out.push_str(&format!(
                "# smtp_url unset: mail is written to {}\n",
                self.data_dir.join("mail").display()
            )),
        }
        out.push_str(&format!("mail_from = {}\n", quote(&self.mail_from)));
        out.push_str(match self.secret_key {
            Some(_) => "secret_key = \"[redacted]\"\n",
            None => "# secret_key unset: kept in <data_dir>/secret.key\n",
        });
        out.push_str(&format!(
            "confirm_link_hours = {}\n",
            self.confirm_link_hours
        ));
        out.push_str(&format!("offer_hours = {}\n", self.offer_hours));
        out.push_str(&format!("form_limit_per_ip = {}\n", self.form_limit_per_ip));
        out.push_str(&format!("require_totp = {}\n", self.require_totp));
        match &self.nats_url {
            Some(url) => out.push_str(&format!("nats_url = {}\n", quote(&redact_url(url)))),
            None => out.push_str("# nats_url unset: the hall fans out in this process only\n"),
        }
        match &self.media_s3_bucket {
            Some(bucket) => {
                out.push_str(&format!("media_s3_bucket = {}\n", quote(bucket)));
                out.push_str(&format!(
                    "media_s3_region = {}\n",
                    quote(&self.media_s3_region)
                ));
                if let Some(endpoint) = &self.media_s3_endpoint {
                    out.push_str(&format!("media_s3_endpoint = {}\n", quote(endpoint)));
                }
                if let Some(key) = &self.media_s3_access_key {
                    out.push_str(&format!("media_s3_access_key = {}\n", quote(key)));
                }
                if self.media_s3_secret_key.is_some() {
                    out.push_str("media_s3_secret_key = \"[redacted]\"\n");
                }
            }
            None => out.push_str("# media_s3_bucket unset: uploads are kept in the media folder\n"),
        }
        out.push_str(match self.metrics_token {
            Some(_) => "metrics_token = \"[redacted]\"\n",
            None => "# metrics_token unset: /metrics is not served\n",
        });
        out.push_str(&format!(
            "trusted_proxies = {}\n",
            self.trusted_proxies.to_toml()
        ));
        if let Some(at) = self.clock_start {
            out.push_str(&format!("clock_start = {}\n", quote(&at.to_string())));
        }
        // A table: it must come after every top-level key.
        out.push_str(&self.server.to_toml());
        out.push_str(&self.https.to_toml());
        out
    }
}

/// Replaces the password in `scheme://user:password@host/…` with `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((userinfo, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match userinfo.split_once(':') {
        Some((user, _password)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_in_urls_are_redacted() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/convene"),
            "postgres://app:***@db:5432/convene"
        );
        assert_eq!(
            redact_url("postgres://app@db/convene"),
            "postgres://app@db/convene"
        );
        assert_eq!(redact_url("sqlite://x.db"), "sqlite://x.db");
    }
}
