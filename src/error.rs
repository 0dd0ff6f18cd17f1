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

thread_local! {
    /// The message and place of the last panic on this thread, for the error that reports it.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// Set while a panic is expected to be caught and reported as an error (the extractor).
    static CAUGHT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs a panic hook that keeps each panic's message and location for the error
/// that reports it ("the extractor failed on this article: ... at src/extract/...:12"),
/// and prints it as an internal error when nothing is going to catch it.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message =
            payload.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| payload.downcast_ref::<String>().cloned()).unwrap_or_else(|| "panic".to_string());
        let place = info.location().map_or(String::new(), |l| format!(" at {}:{}", l.file(), l.line()));
        let text = format!("{message}{place}");
        if !CAUGHT.with(|c| c.get()) {
            eprintln!("kb: internal error (a bug in kb; please report it): {text}");
        }
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(text));
    }));
}

/// Runs `f`, turning a panic into `Err` with the panic's message and location.
pub fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let was = CAUGHT.with(|c| c.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    CAUGHT.with(|c| c.set(was));
    result.map_err(|_| LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| "panic".to_string()))
}
