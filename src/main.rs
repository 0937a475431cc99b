//! The `convene` binary: parses the command line and runs it.

use clap::{CommandFactory, FromArgMatches};

/// How long the runtime waits, once the command is done, for blocking work still running
/// (a file write stuck on a failing disk) before the process exits anyway.
const EXIT_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

fn main() -> std::process::ExitCode {
    let matches = convene::cli::Cli::command()
        .version(convene::cli::version_text())
        .get_matches();
    let cli = match convene::cli::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
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
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
