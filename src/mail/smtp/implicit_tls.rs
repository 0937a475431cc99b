//! Implicit TLS (`smtps://`) over a socket Convene opened itself, with lettre doing the
//! handshake and the certificate check exactly as for STARTTLS.
//!
//! lettre opens its own socket for implicit TLS and offers no way to set options on it; it
//! takes a stream of ours only as plain text (`connect_with_transport`), because it reads the
//! greeting at once. So the TLS layer goes under that: lettre's network stream, upgraded with
//! the relay's `TlsParameters` before the greeting, adapted here to tokio's I/O traits.
//! `AsyncNetworkStream` is public but deprecated in lettre 0.11 ("not meant to be made
//! public"); if a later lettre drops it, this file is what changes.

#![expect(
    deprecated,
    reason = "lettre's AsyncNetworkStream is its only way to do implicit TLS on our socket"
)]

use futures_util::io::{AsyncRead as FuturesRead, AsyncWrite as FuturesWrite};
use lettre::transport::smtp::Error;
use lettre::transport::smtp::client::{AsyncNetworkStream, AsyncTokioStream, TlsParameters};
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// A TLS session over a socket of ours, ready for lettre's SMTP client.
#[derive(Debug)]
pub struct ImplicitTls(AsyncNetworkStream);

impl ImplicitTls {
    /// Runs the TLS handshake over `tcp`, checking the relay's certificate as `tls` says.
    pub async fn handshake(tcp: tokio::net::TcpStream, tls: TlsParameters) -> Result<Self, Error> {
        let mut stream = AsyncNetworkStream::use_existing_tokio1(Box::new(tcp));
        stream.upgrade_tls(tls).await?;
        Ok(Self(stream))
    }
}

impl AsyncTokioStream for ImplicitTls {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.0.peer_addr()
    }
}

impl AsyncRead for ImplicitTls {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let unfilled = buf.initialize_unfilled();
        Pin::new(&mut self.0)
            .poll_read(cx, unfilled)
            .map_ok(|read| buf.advance(read))
    }
}

impl AsyncWrite for ImplicitTls {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_close(cx)
    }
}
