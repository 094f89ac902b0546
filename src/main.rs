//! The `glossator` command: argument parsing and wiring only; every behaviour lives
//! in the library (see `src/cli/`).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
