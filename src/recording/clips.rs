//! Clips of recorded stories for workshop packs: `clips: [{story, start, end, label}]` in
//! `PACK.yaml`. The presenter view plays only the clip (a media fragment, and player.js
//! stopping at its end), with captions; the printed card carries the clip's transcript.

use super::publish::{self, CueView};
use crate::consent::{self, Published};
use crate::diagnostic::Diagnostic;
use crate::images::{Cache, Stats};
use crate::page::Page;
use crate::render::OutputFile;
use crate::suggest;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClip {
    story: Option<Spanned<String>>,
    start: Option<Spanned<String>>,
    end: Option<Spanned<String>>,
    #[serde(default)]
    label: String,
}

/// A checked clip: its story's slug and its range in milliseconds.
#[derive(Debug, Clone)]
pub struct Clip {
    pub story: String,
    pub start: u64,
    pub end: u64,
    pub label: String,
}

/// What the presenter view and the printed card are given.
#[derive(Debug, Clone, Serialize)]
pub struct ClipView {
    /// The pack's label for the clip (`label` is the captions' language name).
    pub title: String,
    pub start: f64,
    pub end: f64,
    pub start_at: String,
    pub end_at: String,
    #[serde(flatten)]
    pub player: publish::Player,
    /// The cues said within the clip: its transcript.
    pub transcript: Vec<CueView>,
}

/// `1:05`, `01:05`, `1:02:05`, `65` or `65.5`: milliseconds.
pub fn time(s: &str) -> Option<u64> {
    let mut total = 0.0;
    let parts: Vec<&str> = s.trim().split(':').collect();
    if parts.len() > 3 {
        return None;
    }
    for (k, p) in parts.iter().enumerate() {
        let v: f64 = p
            .parse()
            .ok()
            .filter(|v: &f64| *v >= 0.0 && v.is_finite())?;
        if k > 0 && v >= 60.0 {
            return None;
        }
        total = total * 60.0 + v;
    }
    Some((total * 1000.0).round() as u64)
}

/// Check the pack's clips against the storybook's pages; each problem at its line.
pub fn check(
    raw: Vec<Spanned<RawClip>>,
    file: &Path,
    pages: &[Page],
) -> (Vec<Clip>, Vec<Diagnostic>) {
    let (mut clips, mut diags) = (Vec::new(), Vec::new());
    for c in raw {
        let line = c.referenced.line() as usize;
        let err = |l: usize, code: &'static str, msg: String, hint: String| {
            Diagnostic::error(file, code, msg).at(l, 0).hint(hint)
        };
        let at = |s: &Spanned<String>| s.referenced.line() as usize;
        let Some(story) = c.value.story else {
            diags.push(err(
                line,
                "clip-story",
                "the clip does not say which story it is from".into(),
                "add story: with the story's slug".into(),
            ));
            continue;
        };
        let Some(page) = pages.iter().find(|p| p.slug == story.value) else {
            let hint = suggest::hint_for(
                &story.value,
                pages.iter().map(|p| p.slug.as_str()),
                "stories",
            );
            diags.push(err(
                at(&story),
                "unknown-story",
                format!("no story is called \"{}\"", story.value),
                hint,
            ));
            continue;
        };
        let Some(rec) = page.media.as_ref() else {
            diags.push(err(
                at(&story),
                "clip-no-recording",
                format!("the story \"{}\" has no recording", story.value),
                "choose a story with media: in its front matter".into(),
            ));
            continue;
        };
        let mut range =
            [(&c.value.start, "start"), (&c.value.end, "end")].map(|(v, key)| match v {
                Some(v) => time(&v.value).ok_or_else(|| {
                    err(
                        at(v),
                        "clip-time",
                        format!("{key} \"{}\" is not a time", v.value),
                        "write minutes:seconds, e.g. 1:05".into(),
                    )
                }),
                None => Err(err(
                    line,
                    "clip-time",
                    format!("the clip has no {key}"),
                    format!("add {key}: with minutes:seconds, e.g. {key}: \"1:05\""),
                )),
            });
        let [start, end] = std::mem::replace(&mut range, [Ok(0), Ok(0)]);
        let (start, end) = match (start, end) {
            (Ok(s), Ok(e)) => (s, e),
            (s, e) => {
                diags.extend(s.err().into_iter().chain(e.err()));
                continue;
            }
        };
        if end <= start {
            diags.push(err(
                line,
                "clip-time",
                "the clip ends before it starts".into(),
                "make end later than start".into(),
            ));
            continue;
        }
        if let Some(d) = rec.duration.filter(|d| end > d + 500) {
            diags.push(err(
                line,
                "clip-time",
                format!(
                    "the clip ends at {}, after the recording ends ({})",
                    super::vtt::display(end),
                    super::vtt::display(d)
                ),
                "correct the end time".into(),
            ));
            continue;
        }
        clips.push(Clip {
            story: story.value,
            start,
            end,
            label: c.value.label,
        });
    }
    (clips, diags)
}

/// The clips of `page` its workshop audience may play, with the files (under `media/<slug>/`)
/// the presenter view needs.
pub fn views(
    published: &Published,
    page: &Page,
    clips: &[Clip],
    cache: &Cache,
    stats: &Stats,
) -> Result<(Vec<ClipView>, Vec<OutputFile>), Diagnostic> {
    let mine: Vec<&Clip> = clips.iter().filter(|c| c.story == page.slug).collect();
    let Some(rec) = consent::recording(published, page).filter(|_| !mine.is_empty()) else {
        return Ok((Vec::new(), Vec::new()));
    };
    let dir = format!("media/{}/", page.slug);
    let (mut player, files) = publish::files(page, rec, &dir, cache, stats)?;
    player.src = format!("{dir}{}", player.src);
    player.captions = player.captions.map(|c| format!("{dir}{c}"));
    player.poster = player.poster.map(|p| format!("{dir}{p}"));
    let cues = std::mem::take(&mut player.cues);
    let views = mine
        .into_iter()
        .map(|c| ClipView {
            title: c.label.clone(),
            start: c.start as f64 / 1000.0,
            end: c.end as f64 / 1000.0,
            start_at: super::vtt::display(c.start),
            end_at: super::vtt::display(c.end),
            transcript: cues
                .iter()
                .filter(|q| q.end * 1000.0 > c.start as f64 && q.start * 1000.0 < c.end as f64)
                .cloned()
                .collect(),
            player: player.clone(),
        })
        .collect();
    Ok((views, files))
}

#[cfg(test)]
mod tests {
    #[test]
    fn times() {
        assert_eq!(super::time("1:05"), Some(65_000));
        assert_eq!(super::time("1:02:03"), Some(3_723_000));
        assert_eq!(super::time("65.5"), Some(65_500));
        assert_eq!(super::time("1:75"), None);
        assert_eq!(super::time("soon"), None);
    }
}
