//! The Markdown pipeline never panics, and what it renders holds no script in any form a
//! browser would run: the output is read back with html5ever's tokenizer (the HTML5
//! tokenizing algorithm browsers use), and no tag, attribute or URL in it may execute.

use convene::markdown;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use proptest::prelude::*;
use std::cell::RefCell;

/// Pieces that attack a sanitiser, mixed with Markdown syntax and arbitrary text.
const FRAGMENTS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<p style=color:red>x</p>",
    "<style>*{x:y}</style>",
    "<body onload=alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<!--><img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](<javascript:alert(1)>)",
    "[x](java\nscript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![i](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[r][ref]\n\n[ref]: javascript:alert(1)\n",
    "[x](https://example.org \"t\" onmouseover=\"alert(1)\")",
    "[x](https://example.org/\"onmouseover=\"alert(1))",
    "`<script>`",
    "```html\n<script>alert(1)</script>\n```\n",
    "    <script>alert(1)</script>\n",
    "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | x |\n",
    "~~<b onclick=alert(1)>x</b>~~",
    "**",
    "*",
    "_",
    "`",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "\"",
    "'",
    "&",
    "&#",
    ";",
    "=",
    "\n",
    "\n\n",
    "    ",
    "> ",
    "- ",
    "1. ",
    "# ",
    "---\n",
    "\\",
    "\r\n",
    "\t",
    "\0",
    "on",
    "error",
    "style",
    "javascript",
    ":",
    "script",
];

fn markdown_input() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => ".{0,12}",
    ];
    prop_oneof![
        4 => proptest::collection::vec(piece, 0..40).prop_map(|p| p.concat()),
        1 => any::<String>(),
    ]
}

/// A tag's name (`/name` for an end tag) and its attributes with their values.
pub(super) type Tag = (String, Vec<(String, String)>);

/// Every tag in `html`, as a browser tokenizes it.
pub(super) fn tags(html: &str) -> Vec<Tag> {
    struct Sink(RefCell<Vec<Tag>>);
    impl TokenSink for Sink {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            if let Token::TagToken(tag) = token {
                let attrs = tag
                    .attrs
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                // End tags count too: a stray `</script>` is worth knowing about.
                let name = match tag.kind {
                    TagKind::StartTag => tag.name.to_string(),
                    TagKind::EndTag => format!("/{}", tag.name),
                };
                self.0.borrow_mut().push((name, attrs));
            }
            TokenSinkResult::Continue
        }
    }
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(Sink(RefCell::new(Vec::new())), TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.take()
}

/// Whether a URL would run script: browsers drop ASCII tab and newline from URLs and
/// ignore leading spaces and control characters before the scheme.
fn runs_script(url: &str) -> bool {
    let scheme: String = url
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .skip_while(|c| *c <= ' ')
        .take_while(|c| *c != ':')
        .collect::<String>()
        .to_ascii_lowercase();
    url.contains(':') && matches!(scheme.as_str(), "javascript" | "vbscript" | "data")
}

const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "cite",
    "srcset",
    "xlink:href",
    "codebase",
    "longdesc",
    "usemap",
    "manifest",
    "ping",
];

fn assert_safe(markdown_in: &str, html: &str) -> Result<(), TestCaseError> {
    let lower = html.to_ascii_lowercase();
    prop_assert!(!lower.contains("<script"), "{markdown_in:?} gave {html}");
    for (tag, attrs) in tags(html) {
        let name = tag.trim_start_matches('/');
        prop_assert!(
            !matches!(
                name,
                "script"
                    | "style"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "form"
                    | "base"
                    | "meta"
                    | "link"
                    | "svg"
                    | "math"
                    | "frame"
                    | "frameset"
                    | "noscript"
                    | "template"
            ),
            "<{tag}> from {markdown_in:?}: {html}"
        );
        for (attr, value) in attrs {
            prop_assert!(
                !attr.starts_with("on") && attr != "style",
                "{attr}= on <{tag}> from {markdown_in:?}: {html}"
            );
            if URL_ATTRIBUTES.contains(&attr.as_str()) {
                prop_assert!(
                    !runs_script(&value),
                    "{attr}={value:?} on <{tag}> from {markdown_in:?}: {html}"
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(super::config(1000))]

    #[test]
    fn rendered_markdown_never_runs_script(input in markdown_input()) {
        let html = markdown::to_safe_html(&input);
        assert_safe(&input, &html)?;
    }

    #[test]
    fn the_import_check_never_panics_and_points_inside_the_text(input in markdown_input()) {
        for problem in markdown::problems(&input) {
            prop_assert!(problem.offset <= input.len(), "{problem:?} in {input:?}");
            prop_assert!(!problem.message.is_empty());
        }
    }
}

/// The checker itself: each of these would run script, so the property above can fail.
#[test]
fn the_safety_check_recognises_script() {
    for bad in [
        "<script>x</script>",
        "<p onclick=\"x\">x</p>",
        "<p style=\"x\">x</p>",
        "<a href=\" java\tscript:alert(1)\">x</a>",
        "<img src=\"DATA:text/html,x\">",
        "<svg><a>x</a></svg>",
    ] {
        assert!(assert_safe("", bad).is_err(), "{bad}");
    }
    assert!(
        assert_safe(
            "",
            "<p><a href=\"https://example.org/javascript:x\">x</a></p>"
        )
        .is_ok()
    );
}
