//! Writing to the terminal, or to whatever reads bayan's output. When the reader goes away
//! before bayan is done (`bayan check --format json | head`), bayan stops quietly, as ripgrep
//! does, instead of panicking on the closed pipe as `println!` would.

use std::fmt;
use std::io::{self, Write};

/// Standard output or standard error.
pub(crate) enum Stream {
    Out,
    Err,
}

/// Writes `text` to `stream`; a closed pipe ends the program with success, any other failure to
/// write ends it with 1, since nothing more can be said.
pub(crate) fn write(stream: Stream, text: fmt::Arguments<'_>) {
    let written = match stream {
        Stream::Out => io::stdout().lock().write_fmt(text),
        Stream::Err => io::stderr().lock().write_fmt(text),
    };
    if let Err(error) = written {
        std::process::exit(if error.kind() == io::ErrorKind::BrokenPipe {
            0
        } else {
            1
        });
    }
}

/// `println!` that ends quietly when the reader has gone.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::console::write($crate::console::Stream::Out, format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` that ends quietly when the reader has gone.
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::console::write($crate::console::Stream::Err, format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `print!` that ends quietly when the reader has gone.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::console::write($crate::console::Stream::Out, format_args!($($arg)*))
    };
}

pub(crate) use {errln, out, outln};
