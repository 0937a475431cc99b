//! The `.ics` calendar file of a registration (RFC 5545), with UTC instants so that every
//! calendar places it right without a VTIMEZONE block; and the cancellation that takes the
//! same entry out of the calendar again (RFC 5546 `METHOD:CANCEL`).

use jiff::Timestamp;

/// What a calendar file asks of the calendar that reads it (RFC 5546 §1.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarMethod {
    /// Add (or update) the entries.
    Publish,
    /// Take the entries with these UIDs out: each is marked `STATUS:CANCELLED`.
    Cancel,
}

impl CalendarMethod {
    /// The `METHOD` value, also the `method` parameter of a mail part's `Content-Type`.
    pub fn as_str(self) -> &'static str {
        match self {
            CalendarMethod::Publish => "PUBLISH",
            CalendarMethod::Cancel => "CANCEL",
        }
    }
}

/// Someone named in an entry: a display name and an e-mail address.
#[derive(Clone, Copy, Debug)]
pub struct CalendarParty<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

/// One event to put in a calendar.
pub struct CalendarEntry<'a> {
    /// The same for every revision of one entry (a cancellation names what it cancels).
    pub uid: String,
    pub stamp: Timestamp,
    pub starts: Timestamp,
    pub ends: Timestamp,
    pub summary: &'a str,
    pub description: &'a str,
    pub url: &'a str,
    /// The revision (§3.8.7.4); a cancellation carries a higher one than what it cancels.
    pub sequence: u32,
    /// Who organises it (RFC 5546 wants one for `PUBLISH` and `CANCEL` of a scheduled entry).
    pub organizer: Option<CalendarParty<'a>>,
    /// The attendee this entry is for (a cancellation names whom it removes).
    pub attendee: Option<CalendarParty<'a>>,
}

/// The `.ics` text of one event (CRLF line ends, lines folded at 75 octets).
pub fn calendar(entry: &CalendarEntry<'_>, method: CalendarMethod) -> String {
    calendar_of(std::slice::from_ref(entry), None, method)
}

/// A calendar of several events, optionally named (`X-WR-CALNAME`, for subscribed feeds).
pub fn calendar_of(
    entries: &[CalendarEntry<'_>],
    name: Option<&str>,
    method: CalendarMethod,
) -> String {
    let utc = |t: Timestamp| t.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Convene//Convene//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        format!("METHOD:{}", method.as_str()),
    ];
    if let Some(name) = name {
        lines.push(format!("X-WR-CALNAME:{}", escape(name)));
    }
    for entry in entries {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&entry.uid)),
            format!("DTSTAMP:{}", utc(entry.stamp)),
            format!("SEQUENCE:{}", entry.sequence),
            format!("DTSTART:{}", utc(entry.starts)),
            format!("DTEND:{}", utc(entry.ends)),
            format!("SUMMARY:{}", escape(entry.summary)),
            format!("DESCRIPTION:{}", escape(entry.description)),
            format!("URL:{}", entry.url),
        ]);
        if let Some(p) = entry.organizer {
            lines.push(format!("ORGANIZER;CN={}:mailto:{}", param(p.name), p.email));
        }
        if let Some(p) = entry.attendee {
            lines.push(format!("ATTENDEE;CN={}:mailto:{}", param(p.name), p.email));
        }
        if method == CalendarMethod::Cancel {
            lines.push("STATUS:CANCELLED".to_owned());
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l)).collect()
}

/// A parameter value (§3.2): quoted, since names hold `:`, `;` and `,`; a quote cannot be
/// escaped inside one, so it becomes an apostrophe, and control characters are dropped.
fn param(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == '"' { '\'' } else { c })
        .collect();
    format!("\"{clean}\"")
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

    fn entry(summary: &str) -> CalendarEntry<'_> {
        CalendarEntry {
            uid: "reg-1@convene".into(),
            stamp: "2026-11-25T12:00:00Z".parse().expect("instant"),
            starts: "2026-12-23T12:30:00Z".parse().expect("instant"),
            ends: "2026-12-23T16:30:00Z".parse().expect("instant"),
            summary,
            description: "line one\nline two",
            url: "https://convene.example/r/1",
            sequence: 0,
            organizer: None,
            attendee: None,
        }
    }

    #[test]
    fn writes_utc_instants_escaped_text_and_folded_lines() {
        let title =
            "الماء لكل بيت: التحديات والحلول; a long title, with commas, that needs folding";
        let ics = calendar(&entry(title), CalendarMethod::Publish);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.contains("METHOD:PUBLISH\r\n"));
        assert!(ics.contains("DTSTART:20261223T123000Z\r\n"));
        assert!(ics.contains("SEQUENCE:0\r\n"));
        assert!(ics.contains("DESCRIPTION:line one\\nline two\r\n"));
        assert!(ics.contains("\\;") && ics.contains("\\,"));
        assert!(!ics.contains("STATUS:CANCELLED"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}", escape(title))));
    }

    #[test]
    fn a_cancellation_names_the_entry_marks_it_cancelled_and_quotes_names() {
        let mut cancelled = entry("Water");
        cancelled.sequence = 1;
        cancelled.organizer = Some(CalendarParty {
            name: "Women's Committee; \"Water\", Beirut",
            email: "contact@water.example",
        });
        let ics = calendar(&cancelled, CalendarMethod::Cancel).replace("\r\n ", "");
        assert!(ics.contains("METHOD:CANCEL\r\n"));
        assert!(ics.contains("UID:reg-1@convene\r\n"));
        assert!(ics.contains("SEQUENCE:1\r\n"));
        assert!(ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.contains(
            "ORGANIZER;CN=\"Women's Committee; 'Water', Beirut\":mailto:contact@water.example\r\n"
        ));
    }
}
