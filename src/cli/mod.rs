//! The command line: `demo`, `serve`, `import`, `export`, `config`, `backup`, `restore`, …

mod content_cmds;
pub(crate) mod registrations_cmd;
mod shared_settings;
mod signatures_cmd;
mod users_cmd;

use crate::clock::Clock;
use crate::config::{Config, Layer};
use crate::startup::Application;
use clap::{Args, Parser, Subcommand};
use secrecy::SecretString;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Convene: an international online conference and its public site.
#[derive(Debug, Parser)]
#[command(name = "convene", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the demo site: creates the data folder and loads the demo content on first run.
    Demo(ServerArgs),
    /// Run the site.
    Serve(ServerArgs),
    /// Replace the site's content with a content folder (checked first; nothing changes on error).
    Import {
        /// The content folder (see docs/content-format.md).
        dir: PathBuf,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Write the site's content to a folder in the import format.
    Export {
        /// Where to write (created if missing).
        dir: PathBuf,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Print the effective configuration, secrets redacted.
    Config(CommonArgs),
    /// Write a consistent backup of the site (database, key, configuration, media) to FILE,
    /// while the server runs. FILE ending in .gz or .tgz is compressed.
    Backup {
        file: PathBuf,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Restore a backup made by `convene backup` into a new or empty data folder.
    Restore {
        file: PathBuf,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// People with an account in the organisers' area.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Signatures of an open letter.
    Signatures {
        #[command(subcommand)]
        action: SignaturesAction,
    },
    /// Registrations of an event: counts and a list, or an export.
    Registrations {
        #[command(subcommand)]
        action: RegistrationsAction,
    },
}

/// `convene registrations …`.
#[derive(Debug, Subcommand)]
pub enum RegistrationsAction {
    /// Counts by status and country, and one line per registration.
    List {
        /// The event's slug.
        #[arg(long)]
        event: String,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Every registration as CSV or JSON on standard output.
    Export {
        /// The event's slug.
        #[arg(long)]
        event: String,
        #[arg(long, value_enum, default_value = "csv")]
        format: registrations_cmd::Format,
        #[command(flatten)]
        common: CommonArgs,
    },
}

/// `convene user …`.
#[derive(Debug, Subcommand)]
pub enum UserAction {
    /// Adds a person and prints a one-time link (valid 72 hours) to set their password.
    Add {
        /// Their e-mail address (how they sign in).
        email: String,
        /// owner, editor, chapter-editor or moderator.
        #[arg(long)]
        role: String,
        /// The chapter of a chapter editor (a slug from chapters.toml).
        #[arg(long)]
        chapter: Option<String>,
        /// Their name as shown in the area (default: the address).
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Prints a new one-time link for a person to set a new password.
    ResetPassword {
        email: String,
        #[command(flatten)]
        common: CommonArgs,
    },
}

/// `convene signatures …`.
#[derive(Debug, Subcommand)]
pub enum SignaturesAction {
    /// Every signature (confirmed and pending) as CSV or JSON on standard output.
    Export {
        /// The letter's slug.
        #[arg(long)]
        letter: String,
        #[arg(long, value_enum, default_value = "csv")]
        format: registrations_cmd::Format,
        #[command(flatten)]
        common: CommonArgs,
    },
}

/// What `convene --version` prints: the program's version and the database schema it
/// brings a database up to at start (migrations only move forward).
pub fn version_text() -> String {
    format!(
        "{} (database schema {})",
        env!("CARGO_PKG_VERSION"),
        crate::storage::known_schema_version()
    )
}

/// Options every command shares.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Folder for the database, media and mail.
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// PostgreSQL URL (postgres://…); default: SQLite in the data folder.
    #[arg(long)]
    pub database_url: Option<String>,
    /// Configuration file (TOML); default: <data-dir>/convene.toml if present.
    #[arg(long)]
    pub config: Option<PathBuf>,
}

/// Options of the server commands.
#[derive(Debug, Args)]
pub struct ServerArgs {
    /// Address to listen on, e.g. 127.0.0.1:8080 (with --https-domain: plain HTTP, e.g. [::]:80).
    #[arg(long)]
    pub listen: Option<SocketAddr>,
    /// Serve HTTPS for this name with certificates from Let's Encrypt (or [https]
    /// acme_directory), obtained and renewed by the server itself.
    #[arg(long)]
    pub https_domain: Option<crate::domain::HostName>,
    /// Address for HTTPS with --https-domain (default [::]:443).
    #[arg(long)]
    pub https_listen: Option<SocketAddr>,
    #[command(flatten)]
    pub common: CommonArgs,
}

impl ServerArgs {
    fn config(&self, default_dir: &str) -> anyhow::Result<Config> {
        self.common.config_with(
            Layer {
                listen: self.listen,
                https: crate::acme::HttpsLayer {
                    domain: self.https_domain.clone(),
                    listen: self.https_listen,
                    ..Default::default()
                },
                ..Layer::default()
            },
            default_dir,
        )
    }
}

/// Default data folders: the demo keeps its data apart from a real site's.
const DEMO_DATA_DIR: &str = "convene-demo-data";
const DATA_DIR: &str = "convene-data";

impl CommonArgs {
    fn config(&self, listen: Option<SocketAddr>, default_dir: &str) -> anyhow::Result<Config> {
        self.config_with(
            Layer {
                listen,
                ..Layer::default()
            },
            default_dir,
        )
    }

    /// The configuration with these options and `flags` on top.
    fn config_with(&self, flags: Layer, default_dir: &str) -> anyhow::Result<Config> {
        let flags = Layer {
            data_dir: self.data_dir.clone(),
            database_url: self.database_url.clone().map(SecretString::from),
            ..flags
        };
        Ok(Config::load(self.config.as_deref(), flags, default_dir)?)
    }
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Demo(args) => {
            let config = args.config(DEMO_DATA_DIR)?;
            init_logging(&config);
            let clock = Clock::configured(config.clock_start);
            let app = Application::build(config, clock.clone())
                .await?
                .with_demo_pages();
            content_cmds::load_demo_if_empty(app.state()).await?;
            announce(&app, args.common.config.as_deref());
            if let Some((hall, doors)) = content_cmds::demo_hall(app.state()).await? {
                let early = doors - jiff::SignedDuration::from_mins(1);
                println!(
                    "The online hall, as a demo attendee sees it: http://{}:{}{hall}\n  \
                     (it opens at {doors}; to walk in on the day, restart the demo with \
                     CONVENE_CLOCK_START={early})",
                    listen_host(&app),
                    app.port(),
                );
            }
            app.run_until_stopped().await?;
        }
        Command::Serve(args) => {
            let config = args.config(DATA_DIR)?;
            shared_settings::require_for_several_instances(&config)?;
            init_logging(&config);
            let clock = Clock::configured(config.clock_start);
            let app = Application::build(config, clock).await?;
            announce(&app, args.common.config.as_deref());
            app.run_until_stopped().await?;
        }
        Command::Import { dir, common } => {
            let config = common.config(None, DATA_DIR)?;
            content_cmds::import(&config, &dir).await?;
        }
        Command::Export { dir, common } => {
            let config = common.config(None, DATA_DIR)?;
            content_cmds::export(&config, &dir).await?;
        }
        Command::User { action } => {
            let common = match &action {
                UserAction::Add { common, .. } | UserAction::ResetPassword { common, .. } => common,
            };
            let config = common.config(None, DATA_DIR)?;
            users_cmd::run(&config, action).await?;
        }
        Command::Signatures {
            action:
                SignaturesAction::Export {
                    letter,
                    format,
                    common,
                },
        } => {
            let config = common.config(None, DATA_DIR)?;
            let letter: crate::domain::Slug = letter
                .parse()
                .map_err(|e| anyhow::anyhow!("--letter: {e}"))?;
            signatures_cmd::export(&config, &letter, format).await?;
        }
        Command::Registrations { action } => match action {
            RegistrationsAction::List { event, common } => {
                let config = common.config(None, DATA_DIR)?;
                registrations_cmd::list(&config, &parse_slug(&event)?).await?;
            }
            RegistrationsAction::Export {
                event,
                format,
                common,
            } => {
                let config = common.config(None, DATA_DIR)?;
                registrations_cmd::export(&config, &parse_slug(&event)?, format).await?;
            }
        },
        Command::Backup { file, common } => {
            let config = common.config(None, DATA_DIR)?;
            let clock = Clock::configured(config.clock_start);
            let report = crate::backup::backup(&config, &clock, &file).await?;
            for note in report.notes {
                println!("{note}");
            }
        }
        Command::Restore { file, common } => {
            let config = common.config(None, DATA_DIR)?;
            for note in crate::backup::restore(&config, &file).await? {
                println!("{note}");
            }
        }
        Command::Config(common) => {
            let config = common.config(None, DATA_DIR)?;
            // A closed pipe (`convene config | head -1`) is an error, not a panic.
            use std::io::Write;
            std::io::stdout()
                .lock()
                .write_all(config.redacted_toml().as_bytes())?;
        }
    }
    Ok(())
}

fn parse_slug(text: &str) -> anyhow::Result<crate::domain::Slug> {
    text.parse().map_err(|e| anyhow::anyhow!("--event: {e}"))
}

/// The command that adds the first owner to this very site: with the same configuration
/// file (which names the database and the public address), else the same data folder, and the
/// public address for the mailed link when none is configured.
fn first_account_hint(
    config: &Config,
    config_file: Option<&std::path::Path>,
    site: &str,
) -> String {
    let add = "convene user add --role owner YOU@EXAMPLE.ORG";
    match config_file {
        Some(file) => format!("{add} --config {}", file.display()),
        None => {
            let public_url = if config.public_url.is_some() {
                String::new()
            } else {
                format!("CONVENE_PUBLIC_URL={site} ")
            };
            format!("{public_url}{add} --data-dir {}", config.data_dir.display())
        }
    }
}

/// The host part of the address the server listens on, as a browser would write it.
fn listen_host(app: &Application) -> String {
    match app.state().config.listen.ip() {
        ip if ip.is_unspecified() => "localhost".to_owned(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    }
}

/// Prints where the site is and how to add its first organiser. `config_file`: the
/// `--config` given, which the hint repeats (it names the database and the public address).
fn announce(app: &Application, config_file: Option<&std::path::Path>) {
    let config = &app.state().config;
    let host = listen_host(app);
    let site = match (app.https(), app.https_port()) {
        (Some(https), Some(port)) => {
            let site = match port {
                443 => format!("https://{}", https.domain()),
                port => format!("https://{}:{port}", https.domain()),
            };
            println!(
                "Convene serves {site}/ (data in {}; plain HTTP on {} answers the certificate \
                 authority and redirects to HTTPS)",
                config.data_dir.display(),
                config.listen,
            );
            site
        }
        _ => {
            let site = format!("http://{host}:{}", app.port());
            println!(
                "Convene is running at {site}/ (data in {})",
                config.data_dir.display()
            );
            site
        }
    };
    println!(
        "Organisers' area: {site}/admin/ (no account ships; add the first one with\n  {})",
        first_account_hint(config, config_file, &site)
    );
    if config.smtp_url.is_none() {
        println!(
            "No SMTP server configured: mail is written to {}",
            config.mail_dir().display()
        );
        if let Some(mailbox) = app.demo_mailbox() {
            println!("Read it at {site}{mailbox}");
            if mailbox.contains("token=") {
                println!(
                    "  (the demo listens beyond this machine: the mailbox shows password-reset \
                     links, so it opens only with this token)"
                );
            }
        }
    }
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(&config.log)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match config.log_format {
        crate::config::LogFormat::Text => builder.try_init(),
        crate::config::LogFormat::Json => builder.json().try_init(),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(public_url: Option<&str>) -> Config {
        let layer = Layer {
            data_dir: Some("/var/lib/convene".into()),
            public_url: public_url.map(str::to_owned),
            ..Layer::default()
        };
        Config::load(None, layer, DATA_DIR).expect("config")
    }

    #[test]
    fn the_first_account_hint_names_the_same_site() {
        // Started with --config: the hint repeats it (database and address are in it).
        let file = std::path::Path::new("/etc/convene/convene.toml");
        assert_eq!(
            first_account_hint(&config(None), Some(file), "http://localhost:8080"),
            "convene user add --role owner YOU@EXAMPLE.ORG --config /etc/convene/convene.toml"
        );
        // Without one: the data folder, and the address for the link when none is set.
        assert_eq!(
            first_account_hint(&config(None), None, "http://localhost:8080"),
            "CONVENE_PUBLIC_URL=http://localhost:8080 convene user add --role owner \
             YOU@EXAMPLE.ORG --data-dir /var/lib/convene"
        );
        assert_eq!(
            first_account_hint(&config(Some("https://conf.example.org")), None, "x"),
            "convene user add --role owner YOU@EXAMPLE.ORG --data-dir /var/lib/convene"
        );
    }
}
