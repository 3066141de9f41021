//! Hostile input, one module per kind of attack: files made to exhaust memory or time, to
//! publish files from outside the site, or to break the output. Each test fails without its fix.

mod addresses;
mod images;
mod numbers;
mod output;
mod scale;
mod serve;
mod text;
