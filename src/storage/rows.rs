//! Helpers every storage module shares for reading rows back.

use super::StoreError;
use jiff::Timestamp;

/// A stored value that does not parse: `what` names the table and column.
pub(super) fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt {
        what: what.to_owned(),
    }
}

/// An instant stored as Unix seconds (out-of-range values read as the epoch: instants are
/// only ever written from `Timestamp`s, so this never happens with our own data).
pub(super) fn instant(seconds: i64) -> Timestamp {
    Timestamp::from_second(seconds).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// An instant stored as Unix milliseconds (as [`instant`]: out of range reads as the epoch).
pub(super) fn instant_ms(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// `$first, $first+1, …` for `n` values: the placeholders of an `IN (…)` list.
pub(super) fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Splits `0..n` into ranges whose lengths are powers of two up to 64, largest first.
pub(super) fn chunks(n: usize) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    while start < n {
        let left = n - start;
        let size = if left >= 64 {
            64
        } else {
            1 << (usize::BITS - 1 - left.leading_zeros())
        };
        ranges.push(start..start + size);
        start += size;
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::chunks;

    #[test]
    fn chunks_cover_everything_in_cacheable_sizes() {
        assert!(chunks(0).is_empty());
        assert_eq!(chunks(1), vec![0..1]);
        assert_eq!(chunks(7), vec![0..4, 4..6, 6..7]);
        assert_eq!(chunks(130), vec![0..64, 64..128, 128..130]);
        for n in 0..300 {
            let c = chunks(n);
            assert_eq!(c.iter().map(|r| r.len()).sum::<usize>(), n);
            assert!(c.iter().all(|r| r.len().is_power_of_two() && r.len() <= 64));
        }
    }
}
