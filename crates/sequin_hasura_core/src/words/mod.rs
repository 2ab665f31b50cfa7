//! Words: English inflection of table names and "did you mean" similarity.
mod inflect;
pub mod lexicon;
mod similar;

pub use inflect::{plural, plural_name, singular, singular_name, snake_words, squash, squashes_to};
pub use similar::{edit_distance, similar};
