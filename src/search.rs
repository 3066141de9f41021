//! Search without a server: a per-language index written at build time, split so that a reader
//! downloads only the parts a query needs, and a small script that searches it as one types.

mod html_text;
pub mod index;
pub mod normalise;
mod words;
