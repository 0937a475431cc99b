//! The `convene` binary: parses the command line and runs it.

use clap::{CommandFactory, FromArgMatches};

/// How long the runtime waits, once the command is done, for blocking work still running
/// (a file write stuck on a failing disk) before the process exits anyway.
const EXIT_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// How many tasks a worker runs before it asks the operating system for new I/O events
/// (tokio's default is 61). With many busy connections on one worker, each poll wakes more
/// tasks than the worker's local queue holds (256); the overflow goes to the shared queue,
/// which the worker visits only now and then, so a few connections wait behind many rounds of
/// the others: at 1,000 keep-alive connections the p99 was about 158 ms against nginx's 52 ms
/// with the throughput unchanged. Draining up to this many ready tasks before the next poll
/// serves connections in the order they became ready, like an event loop: the p99 fell to
/// 35–40 ms (nginx 40–56 ms) with the same requests/s, and nothing changed at 64 connections
/// (BENCHMARKS.md, 2026-12-06). A worker with nothing left to run still polls at once.
const EVENT_INTERVAL: u32 = 1024;

fn main() -> std::process::ExitCode {
    let matches = convene::cli::Cli::command()
        .version(convene::cli::version_text())
        .get_matches();
    let cli = match convene::cli::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .event_interval(EVENT_INTERVAL)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(convene::cli::run(cli));
    runtime.shutdown_timeout(EXIT_WAIT);
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // The reader of our output went away (`convene registrations export … | head`):
        // nothing more to say, as other command-line tools do.
        Err(err) if is_broken_pipe(&err) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Whether `err` is, or was caused by, writing to a closed pipe.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(|e| e.io_error_kind())
                .is_some_and(|kind| kind == std::io::ErrorKind::BrokenPipe)
    })
}
