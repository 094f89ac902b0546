//! The `glossator` command: argument parsing and wiring only; every behaviour lives
//! in the library (see `src/cli/`).

mod cli;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
