//! The `.ics` calendar file of a registration (RFC 5545), with UTC instants so that every
//! calendar places it right without a VTIMEZONE block.

use jiff::Timestamp;

/// One event to put in a calendar.
pub struct CalendarEntry<'a> {
    pub uid: String,
    pub stamp: Timestamp,
    pub starts: Timestamp,
    pub ends: Timestamp,
    pub summary: &'a str,
    pub description: &'a str,
    pub url: &'a str,
}

/// The `.ics` text of one event (CRLF line ends, lines folded at 75 octets).
pub fn calendar(entry: &CalendarEntry<'_>) -> String {
    calendar_of(std::slice::from_ref(entry), None)
}

/// A calendar of several events, optionally named (`X-WR-CALNAME`, for subscribed feeds).
pub fn calendar_of(entries: &[CalendarEntry<'_>], name: Option<&str>) -> String {
    let utc = |t: Timestamp| t.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Convene//Convene//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    if let Some(name) = name {
        lines.push(format!("X-WR-CALNAME:{}", escape(name)));
    }
    for entry in entries {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&entry.uid)),
            format!("DTSTAMP:{}", utc(entry.stamp)),
            format!("DTSTART:{}", utc(entry.starts)),
            format!("DTEND:{}", utc(entry.ends)),
            format!("SUMMARY:{}", escape(entry.summary)),
            format!("DESCRIPTION:{}", escape(entry.description)),
            format!("URL:{}", entry.url),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l)).collect()
}

/// TEXT escaping of RFC 5545 §3.3.11.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_utc_instants_escaped_text_and_folded_lines() {
        let title =
            "الماء لكل بيت: التحديات والحلول; a long title, with commas, that needs folding";
        let ics = calendar(&CalendarEntry {
            uid: "reg-1@convene".into(),
            stamp: "2026-11-25T12:00:00Z".parse().expect("instant"),
            starts: "2026-12-23T12:30:00Z".parse().expect("instant"),
            ends: "2026-12-23T16:30:00Z".parse().expect("instant"),
            summary: title,
            description: "line one\nline two",
            url: "https://convene.example/r/1",
        });
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART:20261223T123000Z\r\n"));
        assert!(ics.contains("DESCRIPTION:line one\\nline two\r\n"));
        assert!(ics.contains("\\;") && ics.contains("\\,"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}", escape(title))));
    }
}
