//! Markdown to safe HTML: pulldown-cmark renders, ammonia removes anything unsafe (raw HTML,
//! scripts, event handlers, `javascript:` links).

use pulldown_cmark::{Options, Parser, html};

/// Renders organiser-written Markdown to sanitised HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut unsafe_html = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        assert_eq!(
            to_safe_html("**Water** for *all*").trim(),
            "<p><strong>Water</strong> for <em>all</em></p>"
        );
    }

    #[test]
    fn no_raw_html_or_script_survives() {
        let html = to_safe_html(
            "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
    }
}
