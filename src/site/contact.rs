//! The contact address, readable by a person without JavaScript but never present as a plain
//! address in the HTML source.
//!
//! The address is cut into pieces separated by decoy text inside `hidden` elements: browsers
//! (and screen readers) skip hidden elements, so a person sees and can copy the real address,
//! while the source holds neither `local@domain` nor a `mailto:`. With JavaScript, `site.js`
//! turns it into a mailto link. The decoys are derived from the address, so the page is the
//! same on every render (cacheable, snapshot-testable).

use crate::domain::EmailAddress;

/// HTML for `email` (all text escaped; no plain address inside).
pub fn contact_html(email: &EmailAddress) -> String {
    let seed = crate::site::compress::fingerprint(email.as_str().as_bytes());
    let decoys: Vec<&str> = seed
        .as_bytes()
        .chunks(3)
        .filter_map(|c| std::str::from_utf8(c).ok())
        .collect();
    let mut html = String::from("<span class=\"contact-address\" translate=\"no\" dir=\"ltr\">");
    let mut decoy = decoys.iter().cycle();
    for (i, piece) in pieces(email.as_str()).into_iter().enumerate() {
        if i > 0 {
            html.push_str("<span hidden>");
            html.push_str(decoy.next().copied().unwrap_or("x"));
            html.push_str("</span>");
        }
        for c in piece.chars() {
            match c {
                '@' => html.push_str("<span class=\"at\">&#64;</span>"),
                '.' => html.push_str("&#46;"),
                '&' => html.push_str("&amp;"),
                '<' => html.push_str("&lt;"),
                '>' => html.push_str("&gt;"),
                '"' => html.push_str("&quot;"),
                c => html.push(c),
            }
        }
    }
    html.push_str("</span>");
    html
}

/// Splits into pieces of at most four characters.
fn pieces(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visible_text(html: &str) -> String {
        // Remove hidden spans with their content, then tags, then the two entities used.
        let mut out = String::new();
        let mut rest = html;
        while let Some(start) = rest.find("<span hidden>") {
            out.push_str(&rest[..start]);
            let after = &rest[start..];
            let end = after
                .find("</span>")
                .map_or(after.len(), |e| e + "</span>".len());
            rest = &after[end..];
        }
        out.push_str(rest);
        let mut text = String::new();
        let mut in_tag = false;
        for c in out.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("&#64;", "@").replace("&#46;", ".")
    }

    #[test]
    fn a_person_sees_the_address_but_the_source_does_not_contain_it() {
        let email: EmailAddress = "contact@water-alliance.example".parse().expect("valid");
        let html = contact_html(&email);
        assert!(!html.contains("contact@water-alliance.example"), "{html}");
        assert!(!html.contains("water-alliance.example"), "{html}");
        assert!(!html.contains('@'), "{html}");
        assert!(!html.contains("mailto"), "{html}");
        assert_eq!(visible_text(&html), "contact@water-alliance.example");
    }

    #[test]
    fn the_same_address_always_renders_the_same() {
        let email: EmailAddress = "a.person@example.org".parse().expect("valid");
        assert_eq!(contact_html(&email), contact_html(&email));
    }
}
