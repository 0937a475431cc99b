//! A minimal SMTP relay for the unit tests, on a real TCP listener: it answers each
//! command, signs anyone in, takes every message (a `RCPT` to `reject@…` gets 550), and
//! reports each command it reads, with the number of its connection, before answering it.

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

/// A running relay; the listener stops when it is dropped.
pub struct TestRelay {
    /// Its port on 127.0.0.1.
    pub port: u16,
    heard: mpsc::UnboundedReceiver<(usize, String)>,
    accept: tokio::task::JoinHandle<()>,
}

impl Drop for TestRelay {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

impl TestRelay {
    /// Starts a relay; with `hang_up_after_message` it closes each connection right after
    /// accepting its first message.
    pub async fn start(hang_up_after_message: bool) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let (tx, heard) = mpsc::unbounded_channel();
        let accept = tokio::spawn(async move {
            let mut number = 0;
            while let Ok((socket, _)) = listener.accept().await {
                number += 1;
                tokio::spawn(session(socket, number, tx.clone(), hang_up_after_message));
            }
        });
        Self {
            port,
            heard,
            accept,
        }
    }

    /// The commands heard so far (`"MESSAGE"` for a message's content), as (connection,
    /// verb); every one the relay has answered is there.
    pub fn heard(&mut self) -> Vec<(usize, String)> {
        let mut heard = Vec::new();
        while let Ok(event) = self.heard.try_recv() {
            heard.push(event);
        }
        heard
    }
}

async fn session(
    socket: TcpStream,
    number: usize,
    heard: mpsc::UnboundedSender<(usize, String)>,
    hang_up_after_message: bool,
) {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    let mut reply = async |text: &str| write.write_all(text.as_bytes()).await.is_ok();
    if !reply("220 test relay\r\n").await {
        return;
    }
    while let Ok(Some(line)) = lines.next_line().await {
        let verb = line
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        // AUTH is heard whole, so a test can see the credentials sent.
        let _ = heard.send((
            number,
            if verb == "AUTH" {
                line.clone()
            } else {
                verb.clone()
            },
        ));
        let answer = match verb.as_str() {
            "EHLO" => "250-test relay\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN\r\n",
            "AUTH" => "235 signed in\r\n",
            "RCPT" if line.contains("reject@") => "550 no such user\r\n",
            "MAIL" | "RCPT" | "NOOP" | "RSET" => "250 ok\r\n",
            "QUIT" => {
                let _ = reply("221 bye\r\n").await;
                return;
            }
            "DATA" => {
                if !reply("354 go on\r\n").await {
                    return;
                }
                while let Ok(Some(line)) = lines.next_line().await {
                    if line == "." {
                        break;
                    }
                }
                let _ = heard.send((number, "MESSAGE".to_owned()));
                if !reply("250 queued\r\n").await || hang_up_after_message {
                    return;
                }
                continue;
            }
            _ => "500 unknown command\r\n",
        };
        if !reply(answer).await {
            return;
        }
    }
}
