//! Errors and exit codes: 0 ok, 1 a runtime or input error, 2 a usage error.

use std::fmt;

/// A mistake in how `kb` was called (unknown report, unknown parameter, a query that
/// would write). Exits with code 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// The exit code for an error: 2 for usage errors, 1 for everything else.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if err.is::<UsageError>() {
        2
    } else {
        1
    }
}

/// Shorthand for returning a usage error.
pub fn usage<T>(msg: impl Into<String>) -> anyhow::Result<T> {
    Err(UsageError(msg.into()).into())
}
