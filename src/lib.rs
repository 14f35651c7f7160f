//! storypress: publishes a programme's storybook of consented lived-experience stories as a
//! fast, accessible static website.
//!
//! The data flows one way: [`load`] reads and validates the storybook, [`consent::gate`]
//! decides what may be published, [`render`] turns that into files in memory, and [`output`]
//! swaps them onto disk. [`builder::build`] runs the whole line.

pub mod builder;
pub mod charts;
pub mod check;
pub mod config;
pub mod consent;
pub mod date;
pub mod diagnostic;
pub mod feeds;
pub mod frontmatter;
pub mod help;
pub mod i18n;
pub mod ids;
pub mod images;
pub mod init;
pub mod licence;
pub mod links;
pub mod live;
pub mod load;
pub mod markdown;
pub mod media;
pub mod model;
pub mod output;
pub mod page;
pub mod personal_data;
pub mod pictures;
pub mod recording;
pub mod render;
pub mod report;
pub mod sanitize;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod share;
pub mod suggest;
pub mod text;
pub mod theme;
pub mod translations;
pub mod url_policy;
pub mod validate;
pub mod workshop;
pub mod yaml;
