//! One module per subcommand.

pub mod extract;
pub mod input;
pub mod load;
pub mod query;
pub mod report;
