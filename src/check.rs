//! Every validation a build runs, without writing anything: what `storypress check` reports
//! and what `build` refuses to publish over.

use crate::consent::Audience;
use crate::date::Date;
use crate::diagnostic::Diagnostics;
use crate::load::{self, Storybook};
use crate::theme::{self, Theme};
use crate::validate;
use std::path::Path;

/// The outcome of checking a storybook: its content when it could be read, and every problem.
pub struct Checked {
    pub storybook: Option<Storybook>,
    pub theme: Option<Theme>,
    pub diagnostics: Diagnostics,
}

impl Checked {
    pub fn files(&self) -> usize {
        self.storybook.as_ref().map_or(0, |b| b.files)
    }
}

/// Run every check for a build to `audience` on `today`.
pub fn check(root: &Path, audience: Audience, today: Date) -> Checked {
    let (storybook, mut diagnostics) = match load::load(root) {
        Ok(loaded) => loaded,
        Err(d) => {
            return Checked {
                storybook: None,
                theme: None,
                diagnostics: d.sorted(),
            }
        }
    };
    let theme = match theme::load(root) {
        Ok((t, warnings)) => {
            diagnostics.extend(warnings);
            diagnostics.extend(crate::i18n::interface_warnings(
                &t.catalog,
                &storybook.config.language,
            ));
            Some(t)
        }
        Err(d) => {
            diagnostics.extend(d);
            None
        }
    };
    let no_statics = Default::default();
    let statics = theme.as_ref().map_or(&no_statics, |t| &t.statics);
    diagnostics.extend(validate::cross_checks(
        &storybook,
        audience,
        today,
        statics.keys(),
    ));
    Checked {
        storybook: Some(storybook),
        theme,
        diagnostics: diagnostics.sorted(),
    }
}
