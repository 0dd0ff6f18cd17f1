//! `kb` as a library: the extractor, the store and the commands, so that tests and
//! benchmarks can call them directly. Data flows one way:
//! read → normalise (`text`) → extract (`extract`) → store (`store`) → report (`reports`).
//! `identity` (what makes two facts the same row) sits beside `text`, under both the
//! extractor and the store; only `store` touches SQLite.

pub mod cli;
pub mod cmd;
pub mod data;
pub mod error;
pub mod extract;
pub mod identity;
pub mod output;
pub mod reports;
pub mod store;
pub mod text;
pub mod timings;
