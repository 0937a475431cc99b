//! Opening a connection to the relay: a TCP socket of ours with TCP_NODELAY, then lettre's
//! SMTP client over it (greeting, EHLO, STARTTLS or implicit TLS, AUTH).
//!
//! Why NODELAY: lettre writes a message's body and the closing "." of DATA in two writes.
//! With Nagle's algorithm on, the small second write waits until the relay acknowledges the
//! first, and a relay with nothing to answer yet delays that ACK (40 ms on Linux): every
//! message stood still ~45 ms, which capped a broadcast at ~160 messages/s over 8
//! connections (1,650/s once the ACKs came at once). lettre cannot set socket options on the
//! sockets it opens, so Convene opens them.

use super::RelayError;
use super::implicit_tls::ImplicitTls;
use super::settings::{CONNECT_TIMEOUT, RelaySettings, Security};
use lettre::transport::smtp::authentication::DEFAULT_MECHANISMS;
use lettre::transport::smtp::client::AsyncSmtpConnection;
use std::io;
use tokio::net::{TcpSocket, TcpStream};

/// A signed-in SMTP session with the relay, over a socket with TCP_NODELAY.
pub async fn connect(settings: &RelaySettings) -> Result<AsyncSmtpConnection, RelayError> {
    let tcp = open_tcp(&settings.host, settings.port).await?;
    let mut conn = match &settings.security {
        Security::Implicit(tls) => {
            let tls = ImplicitTls::handshake(tcp, tls.clone()).await?;
            AsyncSmtpConnection::connect_with_transport(Box::new(tls), &settings.hello).await?
        }
        Security::Plain | Security::StartTls { .. } => {
            AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &settings.hello).await?
        }
    };
    if let Security::StartTls { tls, required } = &settings.security
        && (*required || conn.can_starttls())
    {
        conn.starttls(tls.clone(), &settings.hello).await?;
    }
    if let Some(credentials) = &settings.credentials {
        conn.auth(DEFAULT_MECHANISMS, credentials).await?;
    }
    Ok(conn)
}

/// A TCP connection to the first of the host's addresses that answers (each given
/// `CONNECT_TIMEOUT`, as lettre did), with TCP_NODELAY set.
pub async fn open_tcp(host: &str, port: u16) -> io::Result<TcpStream> {
    let mut last_err = None;
    for addr in tokio::net::lookup_host((host, port)).await? {
        let socket = if addr.is_ipv4() {
            TcpSocket::new_v4()?
        } else {
            TcpSocket::new_v6()?
        };
        // Set before connecting, so not one segment goes out with Nagle's algorithm on.
        socket.set_nodelay(true)?;
        match tokio::time::timeout(CONNECT_TIMEOUT, socket.connect(addr)).await {
            Ok(Ok(stream)) => return Ok(stream),
            Ok(Err(err)) => last_err = Some(err),
            Err(_) => {
                last_err = Some(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("no answer from {addr} within {CONNECT_TIMEOUT:?}"),
                ));
            }
        }
    }
    Err(last_err.unwrap_or_else(|| {
        io::Error::new(
            io::ErrorKind::NotFound,
            format!("{host} resolves to no address"),
        )
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_socket_to_the_relay_has_nagle_off() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let stream = open_tcp("127.0.0.1", port).await.expect("connect");
        assert!(stream.nodelay().expect("read the option"), "TCP_NODELAY");
    }

    #[tokio::test]
    async fn a_relay_nobody_listens_at_is_an_error_that_says_so() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        drop(listener);
        let err = open_tcp("127.0.0.1", port).await.expect_err("refused");
        assert_eq!(err.kind(), io::ErrorKind::ConnectionRefused);
    }
}
