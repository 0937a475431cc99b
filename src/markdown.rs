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

/// Something in organiser-written Markdown that import refuses, with its byte offset.
#[derive(Debug, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub offset: usize,
    pub message: String,
}

/// Checks links and raw HTML: every link must be `https:`, `http:`, `mailto:` or a path on
/// this site (`/…`), every reference-style link needs its definition, and raw HTML (which
/// the sanitiser would drop) is refused so the author sees it rather than losing text.
pub fn problems(markdown: &str) -> Vec<MarkdownProblem> {
    let mut found = Vec::new();
    let mut broken = Vec::new();
    let mut on_broken = |link: pulldown_cmark::BrokenLink<'_>| {
        broken.push(MarkdownProblem {
            offset: link.span.start,
            message: format!(
                "the link [{}] has no definition; add a line `[{}]: https://…` or write the address in (…)",
                link.reference, link.reference
            ),
        });
        None
    };
    let parser = Parser::new_with_broken_link_callback(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
        Some(&mut on_broken),
    );
    for (event, range) in parser.into_offset_iter() {
        use pulldown_cmark::{Event, Tag};
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if !allowed_destination(&dest_url) =>
            {
                found.push(MarkdownProblem {
                    offset: range.start,
                    message: format!(
                        "the link address \"{dest_url}\" is not allowed; use https://…, mailto:… or a path on this site starting with /"
                    ),
                });
            }
            // One problem per element: its closing tag is not reported again.
            Event::Html(html) | Event::InlineHtml(html) if !html.trim_start().starts_with("</") => {
                found.push(MarkdownProblem {
                    offset: range.start,
                    message: "raw HTML is not allowed in Markdown; it would be removed".to_owned(),
                })
            }
            _ => {}
        }
    }
    found.extend(broken);
    found.sort_by_key(|p| p.offset);
    found
}

fn allowed_destination(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") && lower.len() > "https://".len())
        || (lower.starts_with("http://") && lower.len() > "http://".len())
        || (lower.starts_with("mailto:") && lower.contains('@'))
        || (lower.starts_with('/') && !lower.starts_with("//"))
        || lower.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_links_pass_the_checks() {
        let md = "See [the event](/en/events/x), [us](https://example.org), \
                  [mail](mailto:a@example.org) and [ref][r].\n\n[r]: https://example.org/r\n";
        assert_eq!(problems(md), vec![]);
    }

    #[test]
    fn broken_and_unsafe_links_are_reported_with_offsets() {
        let md = "A [missing][nowhere] link.\n\n[bad](javascript:alert(1)) <b>x</b>\n\n[rel](media/x.png)";
        let found = problems(md);
        let messages: Vec<&str> = found.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(found.len(), 4, "{messages:?}");
        assert!(messages[0].contains("[nowhere] has no definition"));
        assert_eq!(found[0].offset, 2);
        assert!(messages[1].contains("javascript:alert(1)"));
        assert!(messages[2].contains("raw HTML"));
        assert!(messages[3].contains("media/x.png"));
    }

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
