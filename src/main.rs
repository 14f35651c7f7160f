//! The `storypress` command line: parses arguments, runs the library, prints and sets the exit code.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use storypress::builder::{self, BuildError, BuildOptions};
use storypress::consent::Audience;
use storypress::date::Date;
use storypress::diagnostic::display_path;

#[derive(Parser)]
#[command(
    name = "storypress",
    version,
    about = "Publishes a storybook of consented lived-experience stories as a static website"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum AudienceArg {
    Public,
    Workshop,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site from a storybook folder
    Build {
        /// The storybook folder
        #[arg(default_value = "stories")]
        root: PathBuf,
        /// Where to write the site (default: site, or site-workshop for --audience workshop)
        #[arg(long)]
        out: Option<PathBuf>,
        /// Who the build is for: only stories whose consent covers this audience are included
        #[arg(long, value_enum, default_value = "public")]
        audience: AudienceArg,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build {
            root,
            out,
            audience,
        } => {
            let audience = match audience {
                AudienceArg::Public => Audience::Public,
                AudienceArg::Workshop => Audience::Workshop,
            };
            let out = out.unwrap_or_else(|| {
                PathBuf::from(if audience == Audience::Public {
                    "site"
                } else {
                    "site-workshop"
                })
            });
            build(BuildOptions {
                root,
                out,
                audience,
                today: Date::today(),
            })
        }
    }
}

fn build(opts: BuildOptions) -> anyhow::Result<ExitCode> {
    match builder::build(&opts) {
        Ok(report) => {
            for w in report.warnings.iter() {
                eprintln!("{w}");
            }
            for l in &report.left_out {
                eprintln!("left out {}: {}", display_path(&l.source), l.reason);
            }
            eprintln!(
                "built {} pages ({} files) for the {} audience into {} in {} ms; {} left out",
                report.pages_published,
                report.files_written,
                opts.audience.name(),
                opts.out.display(),
                report.elapsed.as_millis(),
                report.left_out.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(BuildError::Content(diags)) => {
            eprint!("{diags}");
            eprintln!(
                "build failed: {} error(s), {} warning(s) in {}; nothing was written, {} is unchanged",
                diags.error_count(),
                diags.warning_count(),
                opts.root.display(),
                opts.out.display()
            );
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e).with_context(|| {
            format!(
                "building {} into {}",
                opts.root.display(),
                opts.out.display()
            )
        }),
    }
}
