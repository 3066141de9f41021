//! Integration tests: build small fixture sites (`tests/fixtures/<case>/`) with the real `bayan`
//! binary in temporary folders and check the real output, one module per feature.

mod harness;

mod aliases;
mod architecture;
mod authoring;
mod data;
mod design;
mod determinism;
mod drafts_embargo;
mod errors;
mod escaping;
mod feeds;
mod hostile;
mod iati;
mod links;
mod local_files;
mod numbers;
mod opensdg;
mod pagination;
mod press;
mod press_release;
mod preview;
mod publish;
mod reachable;
mod rebuilds;
mod rtl;
mod sample_site;
mod sanitise;
mod search;
pub mod serve;
mod social;
mod structured_data;
mod terms;
mod themes;
mod translations;
mod writers;
