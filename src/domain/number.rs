//! Numbers from addresses (link ids, page numbers): only the one canonical way to write each,
//! so `+2`, `02` and ` 2` are not other names for 2 (and a cache or log keyed on the text
//! never holds two entries for one thing), and anything too large is simply not a number.

/// A positive whole number written in canonical decimal: ASCII digits, no sign, no leading
/// zero, at most `u64::MAX`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PositiveNumber(u64);

impl PositiveNumber {
    /// The value.
    pub fn get(self) -> u64 {
        self.0
    }
}

/// Why text is not a [`PositiveNumber`].
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a positive whole number written in plain decimal")]
pub struct NotCanonical;

impl std::str::FromStr for PositiveNumber {
    type Err = NotCanonical;

    fn from_str(text: &str) -> Result<Self, NotCanonical> {
        let canonical = text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0');
        if !canonical || text.is_empty() {
            return Err(NotCanonical);
        }
        text.parse().map(Self).map_err(|_| NotCanonical)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_canonical_decimal_is_a_number() {
        assert_eq!(
            "2".parse::<PositiveNumber>().map(PositiveNumber::get),
            Ok(2)
        );
        assert_eq!(
            "18446744073709551615"
                .parse::<PositiveNumber>()
                .map(PositiveNumber::get),
            Ok(u64::MAX)
        );
        for junk in [
            "",
            "0",
            "+2",
            "-2",
            "02",
            " 2",
            "2 ",
            "2.0",
            "1e3",
            "٢",
            "0x10",
            "18446744073709551616",
            "99999999999999999999",
        ] {
            assert_eq!(
                junk.parse::<PositiveNumber>(),
                Err(NotCanonical),
                "{junk:?}"
            );
        }
    }
}
