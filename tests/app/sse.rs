//! A client of the hall's Server-Sent Events for tests: frames parsed, keep-alives skipped.

use std::time::Duration;

/// One frame of a Server-Sent Events stream.
#[derive(Debug, Clone)]
pub(crate) struct SseFrame {
    pub id: Option<i64>,
    pub event: String,
    pub data: serde_json::Value,
}

/// A client of one stream of updates.
pub(crate) struct Sse {
    response: reqwest::Response,
    buffer: String,
}

impl Sse {
    pub(crate) async fn open(
        address: &str,
        path: &str,
        last_event_id: Option<i64>,
        cookie: &str,
    ) -> Self {
        let client = reqwest::Client::new();
        let mut request = client
            .get(format!("{address}{path}"))
            .header("cookie", cookie)
            // As an `EventSource` asks: this takes the server's light path for streams.
            .header("accept", "text/event-stream");
        if let Some(id) = last_event_id {
            request = request.header("last-event-id", id.to_string());
        }
        let response = request.send().await.expect("stream");
        let status = response.status().as_u16();
        if status != 200 {
            let body = response.text().await.unwrap_or_default();
            panic!("{path}: {status} {body}");
        }
        assert!(
            response.headers()["content-type"]
                .to_str()
                .expect("ascii")
                .starts_with("text/event-stream")
        );
        Self {
            response,
            buffer: String::new(),
        }
    }

    /// The next frame, keep-alives skipped; `None` when the server ended the stream.
    pub(crate) async fn next_any(&mut self) -> Option<SseFrame> {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut frame = SseFrame {
                    id: None,
                    event: "message".to_owned(),
                    data: serde_json::Value::Null,
                };
                let mut saw_field = false;
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("id: ") {
                        frame.id = v.parse().ok();
                        saw_field = true;
                    } else if let Some(v) = line.strip_prefix("event: ") {
                        frame.event = v.to_owned();
                        saw_field = true;
                    } else if let Some(v) = line.strip_prefix("data: ") {
                        frame.data = serde_json::from_str(v).expect("JSON data");
                        saw_field = true;
                    }
                }
                if saw_field && frame.event != "message" {
                    return Some(frame);
                }
                continue;
            }
            let chunk = tokio::time::timeout(Duration::from_secs(15), self.response.chunk())
                .await
                .expect("a frame within 15 s")
                .expect("read the stream")?;
            self.buffer
                .push_str(std::str::from_utf8(&chunk).expect("utf-8"));
        }
    }

    /// The next stored update (counts skipped).
    pub(crate) async fn next_update(&mut self) -> SseFrame {
        loop {
            let frame = self.next_any().await.expect("the stream goes on");
            if frame.id.is_some() {
                return frame;
            }
        }
    }
}
