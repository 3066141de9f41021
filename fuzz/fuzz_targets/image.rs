//! The bytes cleaned as a published JPEG and PNG: an image or an error, never a panic, and never
//! more memory than the pixel cap allows.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| bayan::fuzzing::clean_image(bytes));
