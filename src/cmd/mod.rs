//! One module per subcommand.

pub mod chart;
pub mod completions;
pub mod datasette;
pub mod export;
pub mod extract;
pub mod input;
pub mod load;
pub mod query;
pub mod report;
pub mod schema;
pub mod search;
