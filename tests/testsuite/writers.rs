//! What writers really send: files saved on Windows and from Word, photos from a phone, Arabic
//! typed on an Arabic keyboard. Each case used to be published wrong without a word; each test
//! shows it is now refused or warned about at its file and line, or published right.

mod dates;
mod iati_messages;
mod images;
mod indicator_messages;
mod links;
mod messages;
mod names;
mod project_messages;
mod stale;
mod theme_messages;
mod words;
mod yaml;
