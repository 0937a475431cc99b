//! `Places`: the number of places at an event.

/// A positive number of places, at most one million.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "u32", into = "u32")]
pub struct Places(u32);

/// Why a number is not a number of places.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("places must be between 1 and 1,000,000 (got {0})")]
pub struct PlacesError(i64);

impl Places {
    /// The number of places.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl TryFrom<u32> for Places {
    type Error = PlacesError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        Self::try_from(i64::from(n))
    }
}

impl TryFrom<i64> for Places {
    type Error = PlacesError;
    fn try_from(n: i64) -> Result<Self, Self::Error> {
        if (1..=1_000_000).contains(&n) {
            Ok(Self(n as u32))
        } else {
            Err(PlacesError(n))
        }
    }
}

impl From<Places> for u32 {
    fn from(p: Places) -> u32 {
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_enforced() {
        assert!(Places::try_from(0u32).is_err());
        assert!(Places::try_from(-5i64).is_err());
        assert_eq!(Places::try_from(500u32).map(Places::get), Ok(500));
        assert!(Places::try_from(1_000_001i64).is_err());
    }
}
