//! Domain types that can only hold valid values (STYLE.md §2: parse, don't validate).
//!
//! Everything that comes from a visitor, a content file or the database passes through one of
//! these constructors once; code after that takes the types and never re-checks.

mod country;
mod email;
mod hashtag;
mod hijri;
mod host_name;
mod lang;
mod number;
mod places;
mod proxies;
mod slug;
mod web_origin;
mod zone;

pub use country::CountryCode;
pub use email::EmailAddress;
pub use hashtag::Hashtag;
pub use hijri::{DayAdjustment, HijriDate, HijriSettings, HijriVariant};
pub use host_name::HostName;
pub use lang::{Direction, Lang};
pub use number::{NotCanonical, PositiveNumber};
pub use places::Places;
pub use proxies::TrustedProxies;
pub use slug::Slug;
pub use web_origin::WebOrigin;
pub use zone::ZoneName;

/// Error types of the domain constructors, for callers that match on them.
pub mod zone_error {
    pub use super::zone::ZoneNameError;
}

/// Implements `Serialize`/`Deserialize` through the type's string form, so a value read back
/// from JSON or TOML goes through the same fallible constructor as any other input.
macro_rules! string_serde {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = <String as serde::Deserialize>::deserialize(d)?;
                raw.parse().map_err(serde::de::Error::custom)
            }
        }
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use string_serde;
