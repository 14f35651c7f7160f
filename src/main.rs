//! The `storypress` command line: parses arguments, runs the library, prints and sets the exit code.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use storypress::builder::{self, BuildError, BuildOptions};
use storypress::consent::Audience;
use storypress::date::Date;
use storypress::diagnostic::display_path;
use storypress::page::Kind;
use storypress::report::{self, Format};
use storypress::{check, scaffold};

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

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Github,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Story,
    CaseStudy,
    Site,
}

#[derive(Subcommand)]
enum Command {
    /// Check every file and report all problems at once; writes nothing
    Check {
        /// The storybook folder
        #[arg(default_value = "stories")]
        root: PathBuf,
        /// How to report: for people, as GitHub annotations (automatic when GITHUB_ACTIONS=true), or as JSON
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
    },
    /// Preview the site while writing: rebuilds on every save and reloads open pages
    Serve {
        /// The storybook folder
        #[arg(default_value = "stories")]
        root: PathBuf,
        /// The port to listen on (0 picks a free one)
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; anything but 127.0.0.1 makes the preview visible to others
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Check for changes by polling (every half second, reading the files), for file systems that send no events (network drives, some containers)
        #[arg(long)]
        poll: bool,
    },
    /// Build a printable workshop pack (story cards, prompts, presenter view) from a pack file
    Workshop {
        /// The pack file (YAML)
        pack: PathBuf,
        /// The storybook folder
        #[arg(long, default_value = "stories")]
        root: PathBuf,
        /// Where to write the pack (default: workshops/<pack file name>)
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Start a new story, case study or site profile, with every field explained
    New {
        #[arg(value_enum)]
        kind: KindArg,
        /// Its title, in quotes
        title: String,
        /// The storybook folder
        #[arg(long, default_value = "stories")]
        root: PathBuf,
    },
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
            build(BuildOptions::new(root, out, audience, Date::today()))
        }
        Command::Serve {
            root,
            port,
            bind,
            poll,
        } => {
            storypress::serve::run(storypress::serve::ServeOptions {
                root,
                bind,
                port,
                poll,
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Workshop { pack, root, out } => {
            let name = pack
                .file_stem()
                .map_or_else(|| "pack".to_string(), |s| s.to_string_lossy().into_owned());
            let out = out.unwrap_or_else(|| PathBuf::from("workshops").join(name));
            workshop(&pack, &root, &out)
        }
        Command::Check { root, format } => {
            let format = match format {
                Some(FormatArg::Human) => Format::Human,
                Some(FormatArg::Github) => Format::Github,
                Some(FormatArg::Json) => Format::Json,
                None if std::env::var("GITHUB_ACTIONS").as_deref() == Ok("true") => Format::Github,
                None => Format::Human,
            };
            Ok(run_check(&root, format))
        }
        Command::New { kind, title, root } => {
            let kind = match kind {
                KindArg::Story => Kind::Story,
                KindArg::CaseStudy => Kind::CaseStudy,
                KindArg::Site => Kind::Site,
            };
            new(&root, kind, &title)
        }
    }
}

fn run_check(root: &std::path::Path, format: Format) -> ExitCode {
    use std::io::IsTerminal;
    let checked = check::check(root, Audience::Public, Date::today());
    let diags = &checked.diagnostics;
    match format {
        Format::Human => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let reader = report::Reader::of_stdout();
            print!("{}", report::human(diags, root, color, reader));
            println!("{}", report::summary(diags, checked.files()));
        }
        Format::Github => print!("{}", report::github(diags, &repo_relative(root))),
        Format::Json => print!("{}", report::json(diags)),
    }
    if diags.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The storybook folder as GitHub names it: relative to the checked-out repository.
fn repo_relative(root: &std::path::Path) -> String {
    let base = std::env::var_os("GITHUB_WORKSPACE")
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok());
    let rel = match (root.is_absolute(), base) {
        (true, Some(base)) => root.strip_prefix(&base).unwrap_or(root).to_path_buf(),
        _ => root.to_path_buf(),
    };
    display_path(&rel).trim_start_matches("./").to_string()
}

fn new(root: &std::path::Path, kind: Kind, title: &str) -> anyhow::Result<ExitCode> {
    match scaffold::new_page(root, kind, title, Date::today()) {
        Ok(path) => {
            println!("wrote {}", path.display());
            println!("next:");
            println!("  1. open it and fill in each field; the comments say what goes where");
            println!("  2. write the story below the second --- line");
            println!("  3. once the storyteller has agreed, set consent status: given, with recorded: and review: dates");
            println!("  4. run: storypress check {}", root.display());
            println!("  5. open a pull request; docs/tell-your-story.md explains how");
            Ok(ExitCode::SUCCESS)
        }
        Err(scaffold::NewError::Config(diags)) => {
            eprint!("{diags}");
            eprintln!(
                "error: storypress new needs a storybook; is {} the right folder? (use --root)",
                root.display()
            );
            Ok(ExitCode::from(1))
        }
        Err(e) => {
            eprintln!("error: {e}");
            Ok(ExitCode::from(1))
        }
    }
}

fn workshop(
    pack: &std::path::Path,
    root: &std::path::Path,
    out: &std::path::Path,
) -> anyhow::Result<ExitCode> {
    match storypress::workshop::build_pack(pack, root, out, Date::today()) {
        Ok(r) => {
            for l in &r.left_out {
                eprintln!("left out {l}");
            }
            eprintln!(
                "wrote the pack to {}: {} stories, {} printable cards (index.html, cards.html, present.html)",
                r.out.display(),
                r.stories,
                r.cards
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(storypress::workshop::WorkshopError::Content(d)) => {
            eprint!("{d}");
            eprintln!("no pack was written: {} error(s)", d.error_count());
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e).with_context(|| format!("writing the pack to {}", out.display())),
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
                "built {} pages ({} files, {} images processed, {} from cache) for the {} audience into {} in {} ms; {} left out",
                report.pages_published,
                report.files_written,
                report.images_processed,
                report.images_cached,
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
