//! The `storypress` command line: parses arguments, runs the library, prints and sets the exit code.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use storypress::builder::{self, BuildError, BuildOptions};
use storypress::consent::Audience;
use storypress::date::Date;
use storypress::diagnostic::display_path;
use storypress::page::Kind;
use storypress::report::{self, Format};

/// A build makes and frees millions of small strings from every core; glibc's allocator
/// spent a growing share of a large build in its free lists.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
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

/// The commands, in the order a person meets them: build and check first.
#[derive(Subcommand)]
enum Command {
    /// Build the site from a storybook folder, leaving out every page without consent
    Build {
        /// The storybook folder: the one holding storybook.yaml
        #[arg(default_value = "stories")]
        root: PathBuf,
        /// Where to write the site, outside the storybook folder (default: site, or site-workshop for --audience workshop)
        #[arg(long)]
        out: Option<PathBuf>,
        /// Who the build is for: only stories whose consent covers this audience are included
        #[arg(long, value_enum, default_value = "public")]
        audience: AudienceArg,
    },
    /// Check every file and report all problems at once; writes nothing
    Check {
        /// The storybook folder: the one holding storybook.yaml
        #[arg(default_value = "stories")]
        root: PathBuf,
        /// How to report: for people, as GitHub annotations (automatic when GITHUB_ACTIONS=true), or as JSON
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
    },
    /// Preview the site while writing: rebuilds on every save and reloads open pages
    Serve {
        /// The storybook folder: the one holding storybook.yaml
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
        /// Also show the pages that are left out (drafts, consent pending, withdrawn, expired or out of scope), each under a NOT PUBLISHED banner; only in this preview, never in a build
        #[arg(long)]
        drafts: bool,
    },
    /// Start a new story, case study or site profile, with every field explained
    New {
        /// What to start: story (in lived-experience/), case-study (case-studies/) or site (sites/)
        #[arg(value_enum)]
        kind: KindArg,
        /// Its title, in quotes; the file name is made from it
        title: String,
        /// The storybook folder: the one holding storybook.yaml
        #[arg(long, default_value = "stories")]
        root: PathBuf,
    },
    /// Start a new storybook for your programme: settings, examples, workflows and guides
    Init {
        /// The folder to start it in, created if missing; the storybook goes in its stories/ folder
        dir: PathBuf,
    },
    /// Build a printable workshop pack (story cards, prompts, presenter view) from a pack file
    Workshop {
        /// The pack file (YAML), such as packs/networks-and-belonging.yaml
        pack: PathBuf,
        /// The storybook folder: the one holding storybook.yaml
        #[arg(long, default_value = "stories")]
        root: PathBuf,
        /// Where to write the pack, outside the storybook folder (default: workshops/<pack file name>)
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Bad usage, which the person fixes by typing something else: exit 2, as for clap's own.
#[derive(Debug)]
struct Usage(String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if e.is::<Usage>() => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            if let Some(fix) = port_fix(&e) {
                eprintln!("  fix: {fix}");
            }
            ExitCode::from(1)
        }
    }
}

/// A port another program holds is the one failure of `serve` the person fixes with `--port`.
fn port_fix(e: &anyhow::Error) -> Option<&'static str> {
    e.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::AddrInUse)
        .then_some("another program (perhaps another storypress serve) is using that port; choose another with --port, e.g. --port 1112, or --port 0 for any free one")
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
            storybook(&root, "build")?;
            outside(&root, &out, "the site")?;
            build(BuildOptions::new(root, out, audience, Date::today()))
        }
        Command::Serve {
            root,
            port,
            bind,
            poll,
            drafts,
        } => {
            storybook(&root, "serve")?;
            storypress::serve::run(storypress::serve::ServeOptions {
                root,
                bind,
                port,
                poll,
                drafts,
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Workshop { pack, root, out } => {
            let name = pack
                .file_stem()
                .map_or_else(|| "pack".to_string(), |s| s.to_string_lossy().into_owned());
            let out = out.unwrap_or_else(|| PathBuf::from("workshops").join(name));
            storybook(&root, "workshop")?;
            outside(&root, &out, "the pack")?;
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
            storybook(&root, "new")?;
            new(&root, kind, &title)
        }
        Command::Init { dir } => start(&dir),
    }
}

/// Every command that reads a storybook passes through here, so a wrong folder is one clear
/// message, never a parser's or a file watcher's.
fn storybook(root: &Path, command: &str) -> Result<(), Usage> {
    const FILE: &str = storypress::config::FILE_NAME;
    if root.join(FILE).is_file() {
        return Ok(());
    }
    let mut said = format!("no {FILE} in {}", root.display());
    if !root.exists() {
        said.push_str(" (there is no such folder)");
    }
    let nested = root.join(storypress::init::ROOT);
    let fix = if nested.join(FILE).is_file() {
        format!(
            "the storybook is in {}: run storypress {command} {}",
            nested.display(),
            nested.display()
        )
    } else if root != Path::new(".") && Path::new(FILE).is_file() {
        let out = if command == "build" {
            " --out ../site"
        } else {
            ""
        };
        format!("this folder is the storybook: run storypress {command} .{out}")
    } else {
        "give the folder that holds storybook.yaml, or start one with: storypress init FOLDER"
            .to_string()
    };
    Err(Usage(format!("{said}\n  fix: {fix}")))
}

/// The output must not land inside the storybook, where git would commit it and the next build
/// would read it, nor hold the storybook, which writing it would replace.
fn outside(root: &Path, out: &Path, what: &str) -> Result<(), Usage> {
    let (r, o) = (absolute(root), absolute(out));
    let fix = format!(
        "  fix: write it beside the storybook instead: --out {}",
        beside(root, out).display()
    );
    if o.starts_with(&r) {
        return Err(Usage(format!(
            "{} is inside the storybook ({}): git would commit {what}, and the next build would read it as part of the storybook\n{fix}",
            out.display(),
            root.display()
        )));
    }
    if r.starts_with(&o) {
        return Err(Usage(format!(
            "{} holds the storybook ({}): writing {what} there would replace the storybook\n{fix}",
            out.display(),
            root.display()
        )));
    }
    Ok(())
}

/// A folder next to `root` named like `out` (`build .` in stories/ suggests `../site`).
fn beside(root: &Path, out: &Path) -> PathBuf {
    use std::path::Component;
    let name = out.file_name().unwrap_or("site".as_ref());
    let mut parts: Vec<Component> = Vec::new();
    let path = root.join("..").join(name);
    for c in path.components() {
        match (c, parts.last()) {
            (Component::CurDir, _) => {}
            (Component::ParentDir, Some(Component::Normal(_))) => {
                parts.pop();
            }
            _ => parts.push(c),
        }
    }
    parts.iter().collect()
}

/// `path` made absolute with links resolved as far as it exists, so `.`, `..` and symbolic
/// links can't disguise one folder as another.
fn absolute(path: &Path) -> PathBuf {
    let mut missing = Vec::new();
    let mut at = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    loop {
        if let Ok(real) = at.canonicalize() {
            return missing.iter().rev().fold(real, |p: PathBuf, c| p.join(c));
        }
        match (at.file_name().map(|n| n.to_owned()), at.parent()) {
            (Some(name), Some(parent)) => {
                missing.push(name);
                at = parent.to_path_buf();
            }
            _ => return at,
        }
    }
}

fn start(dir: &Path) -> anyhow::Result<ExitCode> {
    use storypress::init::{self, InitError};
    match init::init(dir, Date::today()) {
        Ok(files) => {
            println!("started a storybook in {}:", dir.display());
            for f in &files {
                println!("  {}", display_path(f));
            }
            println!("next:");
            println!("  1. in {}, change stories/storybook.yaml to your programme's title, address, features and places", dir.display());
            println!("  2. run storypress check, then storypress serve to preview (the three examples are pending, so they are never published)");
            println!("  3. put the folder on GitHub; CONTRIBUTING.md says how to publish it with GitHub Pages");
            Ok(ExitCode::SUCCESS)
        }
        Err(e @ (InitError::Exists(_) | InitError::Clash(_))) => Err(Usage(e.to_string()).into()),
        Err(e) => Err(e.into()),
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
            println!("  3. once the storyteller has agreed, set consent status: given, list in scope: each place they said yes to, and add the recorded: and review: dates");
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
                "wrote the pack to {}: {}, {} (index.html, cards.html, reading.html, present.html)",
                r.out.display(),
                storypress::report::count(r.stories, "story"),
                storypress::report::count(r.cards, "printable card")
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(storypress::workshop::WorkshopError::Content(d)) => {
            eprint!("{d}");
            eprintln!(
                "no pack was written: {}",
                storypress::report::count(d.error_count(), "error")
            );
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
                "built {} ({} files, {} images processed, {} from cache) for the {} audience into {} in {} ms; {} left out",
                builder::pages(report.pages_published),
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
                "build failed: {}, {} in {}; nothing was written, {} is unchanged",
                storypress::report::count(diags.error_count(), "error"),
                storypress::report::count(diags.warning_count(), "warning"),
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
