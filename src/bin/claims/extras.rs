//! What makes the tool fit its surroundings: shell completions and the man page, both
//! generated from the same clap definition as `--help`.

use anyhow::Result;
use clap::CommandFactory;
use std::io;
use std::process::ExitCode;

pub fn completions<C: CommandFactory>(shell: clap_complete::Shell) -> Result<ExitCode> {
    let mut command = C::command();
    clap_complete::generate(shell, &mut command, "claims", &mut io::stdout());
    Ok(ExitCode::SUCCESS)
}

pub fn man<C: CommandFactory>() -> Result<ExitCode> {
    clap_mangen::Man::new(C::command()).render(&mut io::stdout())?;
    Ok(ExitCode::SUCCESS)
}
