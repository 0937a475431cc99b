//! A segment's caption cues as a WebVTT track for its recording: times from the segment's
//! start; each cue shown until the next one (at most [`LONGEST`]).

use super::Cue;
use jiff::{SignedDuration, Timestamp};
use std::fmt::Write;

/// The longest a cue stays on screen when no next cue ends it earlier.
pub const LONGEST: SignedDuration = SignedDuration::from_secs(6);

/// The WebVTT file of `cues` (in the order sent) for a recording that starts at `start`.
/// Cues before the start are left out.
pub fn render(cues: &[Cue], start: Timestamp) -> String {
    let mut out = String::from("WEBVTT\n");
    for (i, cue) in cues.iter().enumerate() {
        let from = cue.at.duration_since(start);
        if from.is_negative() {
            continue;
        }
        let longest = from + LONGEST;
        let to = cues
            .get(i + 1)
            .map(|next| next.at.duration_since(start))
            .filter(|next| *next > from)
            .map_or(longest, |next| next.min(longest));
        let _ = write!(
            out,
            "\n{}\n{} --> {}\n{}\n",
            i + 1,
            stamp(from),
            stamp(to),
            escape(&cue.text)
        );
    }
    out
}

/// `hh:mm:ss.ttt`.
fn stamp(at: SignedDuration) -> String {
    let ms = at.as_millis().max(0);
    format!(
        "{:02}:{:02}:{:02}.{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// Cue text is plain: `&`, `<` and `>` are escaped, and "-->" cannot end the cue early.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(id: i64, second: i64, text: &str) -> Cue {
        Cue {
            id,
            event: "water".parse().unwrap_or_else(|e| panic!("{e:?}")),
            segment: None,
            lang: "en".parse().unwrap_or_else(|e| panic!("{e:?}")),
            text: text.to_owned(),
            at: Timestamp::from_second(second).unwrap_or_else(|e| panic!("{e}")),
        }
    }

    #[test]
    fn cues_run_until_the_next_one_at_most_six_seconds() {
        let start = Timestamp::from_second(1000).unwrap_or_else(|e| panic!("{e}"));
        let cues = [
            cue(1, 990, "before"),
            cue(2, 1002, "Welcome <all>"),
            cue(3, 1004, "to the hall"),
            cue(4, 3700, "much later"),
        ];
        assert_eq!(
            render(&cues, start),
            "WEBVTT\n\n2\n00:00:02.000 --> 00:00:04.000\nWelcome &lt;all&gt;\n\n\
             3\n00:00:04.000 --> 00:00:10.000\nto the hall\n\n\
             4\n00:45:00.000 --> 00:45:06.000\nmuch later\n"
        );
    }
}
