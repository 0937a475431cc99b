//! Caddy (Debian's `caddy`, 2.6) with the shipped `deploy/proxy/Caddyfile`.

use super::{Site, shipped, swapped};
use crate::helpers::free_port;

/// Caddy in the foreground; stopped when dropped.
struct Caddy(std::process::Child);

impl Drop for Caddy {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn convene_serves_behind_the_shipped_caddyfile() {
    let site = Site::start().await;
    let (http, https) = (free_port(), free_port());
    let upstream = site.upstream;
    let site_block = swapped(
        &shipped("Caddyfile"),
        "Caddyfile",
        &[
            (
                "conference.example.org {",
                format!(
                    "conference.example.org {{\n\ttls {} {}",
                    site.cert_path(),
                    site.key_path()
                ),
            ),
            (
                "reverse_proxy 127.0.0.1:8080 {",
                format!("reverse_proxy 127.0.0.1:{upstream} {{"),
            ),
        ],
    );
    // The test's ports, and nothing of Caddy's own outside the test's folder.
    let config = format!(
        "{{\n\tadmin off\n\thttp_port {http}\n\thttps_port {https}\n\tskip_install_trust\n}}\n\n{site_block}"
    );
    let file = site.dir().join("Caddyfile");
    std::fs::write(&file, config).expect("Caddyfile");
    let caddy = |args: &[&str]| {
        let mut command = std::process::Command::new("caddy");
        command
            .args(args)
            .arg("--config")
            .arg(&file)
            .args(["--adapter", "caddyfile"])
            .env("HOME", site.dir())
            .env("XDG_DATA_HOME", site.dir().join("caddy-data"))
            .env("XDG_CONFIG_HOME", site.dir().join("caddy-config"));
        command
    };
    let check = caddy(&["validate"])
        .output()
        .expect("caddy is needed for this test (apt install caddy)");
    assert!(
        check.status.success(),
        "the shipped Caddyfile does not load: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    let _caddy = Caddy(
        caddy(&["run"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start caddy"),
    );
    site.check_through(http, https).await;
}
