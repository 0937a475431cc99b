//! One certificate from the ACME CA (RFC 8555): the stored account (or a new one), an
//! order for the domain, its HTTP-01 challenges answered by the plain-HTTP listener, a new
//! P-256 key and its CSR, and the chain the CA issues.

use super::challenge::Challenges;
use super::settings::HttpsSettings;
use super::store::Store;
use crate::domain::HostName;
use anyhow::{Context, anyhow, bail};
use instant_acme::{
    Account, AuthorizationStatus, ChallengeType, Identifier, NewAccount, NewOrder, Order,
    OrderStatus, RetryPolicy,
};
use std::time::Duration;

/// How long the CA may take to validate, and then to issue.
const POLL: RetryPolicy = RetryPolicy::new()
    .initial_delay(Duration::from_millis(250))
    .backoff(2.0)
    .timeout(Duration::from_secs(120));

const ACCOUNT_GONE: &str = "urn:ietf:params:acme:error:accountDoesNotExist";

/// Obtains a certificate for `domain`; returns its key and chain as one PEM text.
pub async fn certificate(
    settings: &HttpsSettings,
    domain: &HostName,
    store: &Store,
    challenges: &Challenges,
) -> anyhow::Result<String> {
    let account = open_account(settings, store).await?;
    match order(&account, domain, challenges).await {
        // The CA forgot the account (a test CA restarted, an account closed): a new one.
        Err(err) if is_problem(&err, ACCOUNT_GONE) => {
            tracing::info!("the ACME CA no longer knows the stored account; making a new one");
            store.forget_account(settings.acme_directory.url())?;
            let account = open_account(settings, store).await?;
            order(&account, domain, challenges).await
        }
        other => other,
    }
}

fn is_problem(err: &anyhow::Error, kind: &str) -> bool {
    err.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<instant_acme::Error>(),
            Some(instant_acme::Error::Api(problem)) if problem.r#type.as_deref() == Some(kind)
        )
    })
}

/// The stored account at the configured CA, or a new one (then stored).
async fn open_account(settings: &HttpsSettings, store: &Store) -> anyhow::Result<Account> {
    let directory = settings.acme_directory.url();
    let builder = || match &settings.acme_ca_root {
        // Only when configured: the roots in this file replace the system's for the CA.
        Some(path) => Account::builder_with_root(path)
            .with_context(|| format!("cannot read acme_ca_root {}", path.display())),
        None => Account::builder().context("cannot load the system's root certificates"),
    };
    if let Some(credentials) = store.account(directory) {
        return builder()?
            .from_credentials(credentials)
            .await
            .with_context(|| format!("cannot reach the ACME directory {directory}"));
    }
    let contact = settings
        .acme_contact
        .as_ref()
        .map(|email| format!("mailto:{}", email.as_str()));
    let contacts: Vec<&str> = contact.iter().map(String::as_str).collect();
    let new = NewAccount {
        contact: &contacts,
        // Setting a domain for the built-in HTTPS is agreeing to the CA's terms
        // (docs/DEPLOYMENT.md says so, with Let's Encrypt's).
        terms_of_service_agreed: true,
        only_return_existing: false,
    };
    let (account, credentials) = builder()?
        .create(&new, directory.to_owned(), None)
        .await
        .with_context(|| format!("cannot open an account at the ACME directory {directory}"))?;
    store
        .save_account(directory, &credentials)
        .context("cannot store the ACME account in the data folder")?;
    tracing::info!(directory, "opened an ACME account");
    Ok(account)
}

async fn order(
    account: &Account,
    domain: &HostName,
    challenges: &Challenges,
) -> anyhow::Result<String> {
    let identifiers = [Identifier::Dns(domain.as_str().to_owned())];
    let mut order = account
        .new_order(&NewOrder::new(&identifiers))
        .await
        .context("the ACME CA refused the order")?;
    // Tokens are answered while the order runs, and forgotten however it ends.
    let mut answering = Answering {
        challenges,
        tokens: Vec::new(),
    };
    let mut authorizations = order.authorizations();
    while let Some(authorization) = authorizations.next().await {
        let mut authorization = authorization?;
        match authorization.status {
            AuthorizationStatus::Pending => {}
            // Validated recently for this account: nothing to prove again.
            AuthorizationStatus::Valid => continue,
            other => bail!("the ACME CA's authorization for {domain} is {other:?}"),
        }
        let mut challenge = authorization
            .challenge(ChallengeType::Http01)
            .ok_or_else(|| anyhow!("the ACME CA offers no HTTP-01 challenge for {domain}"))?;
        answering.answer(&challenge.token, challenge.key_authorization().as_str());
        challenge.set_ready().await?;
    }
    let status = order.poll_ready(&POLL).await?;
    if status != OrderStatus::Ready {
        let reason = validation_error(&mut order).await;
        bail!(
            "the ACME CA could not validate {domain} over HTTP on port 80: {reason} (does the \
             name point at this machine, and does port 80 reach the plain-HTTP listener?)"
        );
    }
    let key = rcgen::KeyPair::generate()?;
    let mut params = rcgen::CertificateParams::new(vec![domain.as_str().to_owned()])?;
    params.distinguished_name = rcgen::DistinguishedName::new();
    let csr = params.serialize_request(&key)?;
    order.finalize_csr(csr.der()).await?;
    let chain = order.poll_certificate(&POLL).await?;
    drop(answering);
    Ok(format!("{}{chain}", key.serialize_pem()))
}

/// The CA's word on why a challenge failed.
async fn validation_error(order: &mut Order) -> String {
    let mut authorizations = order.authorizations();
    while let Some(Ok(mut authorization)) = authorizations.next().await {
        if let Ok(state) = authorization.refresh().await
            && let Some(problem) = state.challenges.iter().find_map(|c| c.error.as_ref())
        {
            return problem.to_string();
        }
    }
    "no reason given".to_owned()
}

/// The tokens this order answers; dropping it stops answering them.
struct Answering<'c> {
    challenges: &'c Challenges,
    tokens: Vec<String>,
}

impl Answering<'_> {
    fn answer(&mut self, token: &str, key_authorization: &str) {
        self.challenges.insert(token, key_authorization);
        self.tokens.push(token.to_owned());
    }
}

impl Drop for Answering<'_> {
    fn drop(&mut self) {
        for token in &self.tokens {
            self.challenges.remove(token);
        }
    }
}
