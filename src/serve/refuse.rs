//! The answer to a connection over a cap: a minimal `503` with `Retry-After`, written before
//! reading the request, then the connection closed without resetting it.

use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Seconds a refused client is asked to wait.
const RETRY_AFTER: u32 = 5;

/// How long a refused connection may take to be answered and closed.
const REFUSE_WITHIN: Duration = Duration::from_secs(2);

/// The whole answer, composed once at start: `text` is the message in every language.
pub fn answer(text: &str) -> bytes::Bytes {
    let head = format!(
        "HTTP/1.1 503 Service Unavailable\r\nretry-after: {RETRY_AFTER}\r\n\
         content-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\n\
         cache-control: no-store\r\nconnection: close\r\n\r\n",
        text.len()
    );
    bytes::Bytes::from([head.as_bytes(), text.as_bytes()].concat())
}

/// The most of a refused request's head that is read before answering.
const HEAD_AT_MOST: usize = 8 * 1024;

/// Reads the request head (clients treat an answer that comes before their request as a
/// broken connection), writes `answer`, ends the sending side, and reads what the client
/// still sends until it closes: closing with unread bytes would reset the connection and
/// could lose the answer.
pub async fn refuse(mut stream: TcpStream, answer: bytes::Bytes) {
    let exchange = async {
        let mut head = Vec::with_capacity(1024);
        let mut chunk = [0u8; 1024];
        while head.len() < HEAD_AT_MOST && !head.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            head.extend_from_slice(&chunk[..n]);
        }
        stream.write_all(&answer).await?;
        stream.shutdown().await?;
        while stream.read(&mut chunk).await? > 0 {}
        Ok::<(), std::io::Error>(())
    };
    let _ = tokio::time::timeout(REFUSE_WITHIN, exchange).await;
}
