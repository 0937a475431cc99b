//! nginx (Debian's nginx-light) with the shipped `deploy/proxy/nginx.conf`.

use super::{Site, shipped, swapped};
use crate::helpers::free_port;
use std::path::Path;

/// nginx in the foreground, in one process; stopped when dropped.
struct Nginx(std::process::Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Nginx {
    /// The site file inside the smallest main file (what Debian's nginx.conf does with
    /// sites-enabled), every path in `dir`. The configuration is checked first (`nginx -t`).
    fn start(dir: &Path, site: &str) -> Self {
        let d = dir.display();
        std::fs::write(dir.join("convene.conf"), site).expect("site file");
        let main = format!(
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid {d}/nginx.pid;\n\
             error_log {d}/error.log warn;\nevents {{ worker_connections 256; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  \
             proxy_temp_path {d}/proxy;\n  fastcgi_temp_path {d}/fastcgi;\n  \
             uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n  \
             include {d}/convene.conf;\n}}\n"
        );
        std::fs::write(dir.join("nginx.conf"), main).expect("main file");
        let binary = if Path::new("/usr/sbin/nginx").exists() {
            "/usr/sbin/nginx"
        } else {
            "nginx"
        };
        let command = |test: bool| {
            let mut command = std::process::Command::new(binary);
            if test {
                command.arg("-t");
            }
            command
                .arg("-e")
                .arg(dir.join("error.log"))
                .arg("-p")
                .arg(dir)
                .arg("-c")
                .arg(dir.join("nginx.conf"));
            command
        };
        let check = command(true)
            .output()
            .expect("nginx is needed for this test (apt install nginx-light)");
        assert!(
            check.status.success(),
            "the shipped nginx.conf does not load: {}",
            String::from_utf8_lossy(&check.stderr)
        );
        let child = command(false)
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start nginx");
        Self(child)
    }
}

#[tokio::test]
async fn convene_serves_behind_the_shipped_nginx_config() {
    let site = Site::start().await;
    let (http, https) = (free_port(), free_port());
    let upstream = site.upstream;
    let config = swapped(
        &shipped("nginx.conf"),
        "nginx.conf",
        &[
            ("listen 80;", format!("listen 127.0.0.1:{http};")),
            // No IPv6 needed on loopback here.
            ("listen [::]:80;", String::new()),
            (
                "listen 443 ssl http2;",
                format!("listen 127.0.0.1:{https} ssl http2;"),
            ),
            ("listen [::]:443 ssl http2;", String::new()),
            (
                "/etc/letsencrypt/live/conference.example.org/fullchain.pem",
                site.cert_path(),
            ),
            (
                "/etc/letsencrypt/live/conference.example.org/privkey.pem",
                site.key_path(),
            ),
            (
                "proxy_pass http://127.0.0.1:8080;",
                format!("proxy_pass http://127.0.0.1:{upstream};"),
            ),
        ],
    );
    let _nginx = Nginx::start(site.dir(), &config);
    site.check_through(http, https).await;
}
