//! Where certificates and ACME accounts are kept: `<data-dir>/acme/`, readable by the
//! service only. Each file is written whole to a temporary name and renamed into place,
//! so a crash never leaves half a key.
//!
//! - `<domain>.pem`: the private key and the certificate chain, leaf first;
//! - `account-<hash of the directory address>.json`: the account at that CA (its key and
//!   id), so moving from the staging CA to the real one makes a new account.

use instant_acme::AccountCredentials;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The `acme` folder of the data folder.
#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join("acme"),
        }
    }

    fn certificate_path(&self, domain: &str) -> PathBuf {
        self.dir.join(format!("{domain}.pem"))
    }

    fn account_path(&self, directory: &str) -> PathBuf {
        let hash = hex::encode(Sha256::digest(directory.as_bytes()));
        self.dir
            .join(format!("account-{}.json", hash.get(..16).unwrap_or(&hash)))
    }

    /// The stored key and chain for `domain`, if any.
    pub fn certificate(&self, domain: &str) -> std::io::Result<Option<String>> {
        read(&self.certificate_path(domain))
    }

    pub fn save_certificate(&self, domain: &str, pem: &str) -> std::io::Result<()> {
        self.write_private(&self.certificate_path(domain), pem.as_bytes())
    }

    /// The stored account at `directory`; `None` when there is none or it cannot be read
    /// (a new account is then made, which costs nothing).
    pub fn account(&self, directory: &str) -> Option<AccountCredentials> {
        let path = self.account_path(directory);
        let text = match read(&path) {
            Ok(text) => text?,
            Err(err) => {
                tracing::warn!(path = %path.display(), error = %err, "cannot read the ACME account; making a new one");
                return None;
            }
        };
        match serde_json::from_str(&text) {
            Ok(credentials) => Some(credentials),
            Err(err) => {
                tracing::warn!(path = %path.display(), error = %err, "the stored ACME account is not valid; making a new one");
                None
            }
        }
    }

    pub fn save_account(
        &self,
        directory: &str,
        credentials: &AccountCredentials,
    ) -> anyhow::Result<()> {
        let json = serde_json::to_vec(credentials)?;
        Ok(self.write_private(&self.account_path(directory), &json)?)
    }

    /// Forgets the account at `directory` (the CA no longer knows it).
    pub fn forget_account(&self, directory: &str) -> std::io::Result<()> {
        match std::fs::remove_file(self.account_path(directory)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }

    /// Writes `bytes` to `path` readable by this user only, atomically.
    fn write_private(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        create_private_dir(&self.dir)?;
        // A temporary file is created with mode 0600.
        let mut file = tempfile::NamedTempFile::new_in(&self.dir)?;
        file.write_all(bytes)?;
        file.as_file().sync_all()?;
        file.persist(path).map_err(|e| e.error)?;
        Ok(())
    }
}

fn read(path: &Path) -> std::io::Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certificate_is_kept_private_and_read_back() -> std::io::Result<()> {
        let data = tempfile::tempdir()?;
        let store = Store::new(data.path());
        assert_eq!(store.certificate("conf.example.org")?, None);
        store.save_certificate("conf.example.org", "KEY AND CHAIN")?;
        store.save_certificate("conf.example.org", "NEW KEY AND CHAIN")?;
        assert_eq!(
            store.certificate("conf.example.org")?.as_deref(),
            Some("NEW KEY AND CHAIN")
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
            assert_eq!(mode(&data.path().join("acme"))?, 0o700);
            assert_eq!(mode(&data.path().join("acme/conf.example.org.pem"))?, 0o600);
        }
        // Only the one file: no temporary left behind.
        assert_eq!(std::fs::read_dir(data.path().join("acme"))?.count(), 1);
        Ok(())
    }

    #[test]
    fn accounts_are_kept_per_directory_and_a_broken_one_is_ignored() -> std::io::Result<()> {
        let data = tempfile::tempdir()?;
        let store = Store::new(data.path());
        let staging = store.account_path("https://staging.example/dir");
        assert_ne!(staging, store.account_path("https://acme.example/dir"));
        store.write_private(&staging, b"{not json")?;
        assert!(store.account("https://staging.example/dir").is_none());
        store.forget_account("https://staging.example/dir")?;
        store.forget_account("https://staging.example/dir")?;
        assert!(!staging.exists());
        Ok(())
    }
}
