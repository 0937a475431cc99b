//! Languages: UI strings (Fluent, with CLDR plural rules), locale formatting of dates, times
//! and numbers (ICU4X), and choosing a visitor's language.

mod catalog;
mod countries;
mod format;
mod negotiate;
mod zones;

pub use catalog::{Catalog, Translator, country_name, escape_html};
pub use countries::CountryNames;
pub use format::{FormatError, Formats};
pub use negotiate::negotiate;
pub use zones::ZoneNames;
