//! Markdown to safe HTML: pulldown-cmark renders, ammonia removes anything unsafe (raw HTML,
//! scripts, event handlers, `javascript:` links).
//!
//! Hashtags in the text become links to the site's hashtag pages, each isolated with
//! `dir="auto"`: inside Arabic or Urdu text "#WaterForEveryHome" keeps its `#` before the
//! word instead of the bidi algorithm moving it to the far end.

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, TextMergeStream, html};

/// Renders organiser-written Markdown to sanitised HTML; hashtags are isolated but lead
/// nowhere (previews, where the page's language is not known).
pub fn to_safe_html(markdown: &str) -> String {
    render(markdown, None)
}

/// Renders organiser-written Markdown to sanitised HTML; each hashtag links to
/// `{hashtag_base}{tag}` (such as `/ur/hashtags/`, or an absolute address for feeds).
pub fn to_safe_html_linking(markdown: &str, hashtag_base: &str) -> String {
    render(markdown, Some(hashtag_base))
}

fn render(markdown: &str, hashtag_base: Option<&str>) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut unsafe_html = String::with_capacity(markdown.len() * 2);
    // Adjacent text merged first: the parser may split "#_tag" at the `_`.
    let events = with_hashtags(TextMergeStream::new(parser), hashtag_base);
    html::push_html(&mut unsafe_html, events.into_iter());
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        // Isolation: `dir` on any element (only `auto`, `ltr` or `rtl` mean anything).
        .add_generic_attributes(["dir"])
        .clean(&unsafe_html)
        .to_string()
}

/// The events of `parser` with every hashtag in running text (not in links, images or
/// code) replaced by an isolated element.
fn with_hashtags<'a>(
    parser: impl Iterator<Item = Event<'a>>,
    base: Option<&str>,
) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    // Inside a link, an image or code: text stays as it is.
    let mut literal = 0usize;
    // The character before the next text event, when they run on (`**a**#b` is no tag).
    let mut before: Option<char> = None;
    for event in parser {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => {
                literal += 1;
                out.push(event);
            }
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                literal = literal.saturating_sub(1);
                out.push(event);
            }
            Event::Text(text) if literal == 0 => {
                let last = text.chars().last();
                split_hashtags(&text, before, base, &mut out);
                before = last;
            }
            Event::Code(_) | Event::InlineHtml(_) | Event::Text(_) => {
                before = Some('x');
                out.push(event);
            }
            other => {
                // A new block or inline element: what came before no longer touches.
                before = None;
                out.push(other);
            }
        }
    }
    out
}

/// Pushes `text` as text events with its hashtags as HTML elements.
fn split_hashtags<'a>(
    text: &str,
    mut before: Option<char>,
    base: Option<&str>,
    out: &mut Vec<Event<'a>>,
) {
    let mut plain_from = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let starts_tag = c == '#' && !before.is_some_and(is_tag_char);
        before = Some(c);
        if !starts_tag {
            continue;
        }
        let rest = &text[at + 1..];
        let len: usize = rest
            .chars()
            .take_while(|c| is_tag_char(*c))
            .map(char::len_utf8)
            .sum();
        let Ok(tag) = rest[..len].parse::<crate::domain::Hashtag>() else {
            continue;
        };
        if plain_from < at {
            out.push(Event::Text(CowStr::from(text[plain_from..at].to_owned())));
        }
        let shown = format!("#{}", escape(tag.as_str()));
        out.push(Event::InlineHtml(CowStr::from(match base {
            Some(base) => format!(
                "<a href=\"{}{}\" dir=\"auto\">{shown}</a>",
                escape(base),
                utf8_percent_encode(tag.as_str(), NON_ALPHANUMERIC)
            ),
            None => format!("<bdi>{shown}</bdi>"),
        })));
        plain_from = at + 1 + len;
        // Skip the tag's characters.
        while chars.peek().is_some_and(|(i, _)| *i < plain_from) {
            before = chars.next().map(|(_, c)| c);
        }
    }
    if plain_from < text.len() {
        out.push(Event::Text(CowStr::from(text[plain_from..].to_owned())));
    }
}

/// Letters (any script), digits and underscores: what a hashtag is made of.
fn is_tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
    fn hashtags_become_isolated_links_to_their_pages() {
        let html = to_safe_html_linking(
            "یہ دعوت نامہ #WaterForEveryHome اور #الماء_للجميع کے ساتھ۔",
            "/ur/hashtags/",
        );
        assert!(
            html.contains(
                r#"<a href="/ur/hashtags/WaterForEveryHome" dir="auto" rel="noopener noreferrer">#WaterForEveryHome</a> اور"#
            ),
            "{html}"
        );
        assert!(
            html.contains(r#"dir="auto" rel="noopener noreferrer">#الماء_للجميع</a> کے"#),
            "{html}"
        );
        assert!(html.starts_with("<p>یہ دعوت نامہ <a"), "{html}");
    }

    #[test]
    fn only_real_hashtags_are_touched() {
        let html = to_safe_html_linking(
            "C# and #1, `#code`, [#linked](/x), **#bold**, a#b and #_ok.\n\n## Heading #Tag",
            "/en/hashtags/",
        );
        assert!(html.contains("C# and #1, <code>#code</code>"), "{html}");
        assert!(
            html.contains(r#"<a href="/x" rel="noopener noreferrer">#linked</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<strong><a href="/en/hashtags/bold""#),
            "{html}"
        );
        assert!(
            html.contains("a#b and <a href=\"/en/hashtags/%5Fok\""),
            "{html}"
        );
        assert!(
            html.contains(r#"<h2>Heading <a href="/en/hashtags/Tag""#),
            "{html}"
        );
        assert_eq!(html.matches("/hashtags/").count(), 3, "{html}");
    }

    #[test]
    fn without_pages_hashtags_are_isolated_spans() {
        assert_eq!(
            to_safe_html("شاركي #EveryDropCounts").trim(),
            "<p>شاركي <bdi>#EveryDropCounts</bdi></p>"
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
