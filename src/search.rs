//! Search without a server: a per-language index written at build time, split so that a reader
//! downloads only the parts a query needs, and a small script that searches it as one types.

mod html_text;
pub(crate) mod index;
mod normalise;
mod words;

/// What a client of the index needs to find a word in it: the word as the index writes it, and
/// the name of the file that holds it.
pub use index::hex;
pub use normalise::{normalise, shard_key};
