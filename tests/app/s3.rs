//! An S3-compatible object store for the media-store tests: moto's server (a Python
//! process, installed by scripts/setup) on a free port, with one bucket made.

/// An S3-compatible server (moto's, a Python process): killed when dropped.
pub struct S3Server {
    process: std::process::Child,
    pub endpoint: String,
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Starts the server and makes `bucket` in it.
pub async fn s3_server(bucket: &str) -> S3Server {
    let port = crate::helpers::free_port();
    let process = std::process::Command::new("python3")
        .args([
            "-m",
            "moto.server",
            "-H",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("python3 -m moto.server (scripts/setup installs moto[server])");
    let server = S3Server {
        process,
        endpoint: format!("http://127.0.0.1:{port}"),
    };
    let http = reqwest::Client::new();
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(100));
    for _ in 0..150 {
        tick.tick().await;
        if let Ok(response) = http
            .put(format!("{}/{bucket}", server.endpoint))
            .send()
            .await
        {
            assert!(
                response.status().is_success(),
                "creating the bucket: {response:?}"
            );
            return server;
        }
    }
    panic!("the S3-compatible server did not start on port {port}");
}
