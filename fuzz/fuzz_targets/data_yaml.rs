//! The bytes as `content/projects/fuzzed.yaml` of a small site built in memory: a diagnostic or a site, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| bayan::fuzzing::build_with("content/projects/fuzzed.yaml", bytes));
