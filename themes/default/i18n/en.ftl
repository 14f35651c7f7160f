# storypress default theme: the interface in English.
#
# This is the complete list of messages every page uses; the other languages translate it.
# A storybook overrides any message, or adds a language, with its own i18n/<lang>.ftl
# (see themes/default/README.md, "Translations").
#
# Messages whose name ends in -html may hold a little markup (a link, <strong>, <kbd>,
# <code>); every other message is plain text.

## Shared pieces

punct-comma = {", "}
punct-colon = {": "}
list-separator = {" · "}
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }
kind-name = { $kind ->
    [story] Lived experience
    [case-study] Case study
   *[site] Place
  }
kind-plural = { $kind ->
    [story] Lived experience stories
    [case-study] Case studies
   *[site] Places
  }
# The names of languages, in this interface's language: "In Polish" on a card.
language-name = { $code ->
    [ar] Arabic
    [bn] Bengali
    [cy] Welsh
    [de] German
    [en] English
    [es] Spanish
    [fa] Persian
    [fr] French
    [ga] Irish
    [gd] Scottish Gaelic
    [gu] Gujarati
    [he] Hebrew
    [hi] Hindi
    [it] Italian
    [lt] Lithuanian
    [pa] Punjabi
    [pl] Polish
    [ps] Pashto
    [pt] Portuguese
    [ro] Romanian
    [ru] Russian
    [so] Somali
    [ta] Tamil
    [ti] Tigrinya
    [tr] Turkish
    [uk] Ukrainian
    [ur] Urdu
    [zh] Chinese
   *[other] { $code }
  }
# A link to a translation is worded in the language it leads to: this file's own.
read-in-this-language = Read in English
read-in-other-language = Read this in { $name }
translations-label = This story in other languages
# Content warnings by id; a storybook's own warnings show their words.
warning-name = { $id ->
    [suicide] suicide
    [self-harm] self-harm
    [abuse] abuse
    [domestic-abuse] domestic abuse
    [sexual-violence] sexual violence
    [child-abuse] child abuse
    [trauma] trauma
    [bereavement] bereavement
    [substance-use] substance use
    [crisis] crisis
    [eating-disorders] eating disorders
    [psychosis] psychosis
    [detention] detention
    [racism] racism
    [discrimination] discrimination
    [violence] violence
    [homelessness] homelessness
    [debt] debt
    [medication] medication
   *[other] { $label }
  }
count-stories = { $count ->
    [one] { $count } story
   *[other] { $count } stories
  }
count-case-studies = { $count ->
    [one] { $count } case study
   *[other] { $count } case studies
  }
count-profiles = { $count ->
    [one] { $count } place profile
   *[other] { $count } place profiles
  }
count-places = { $count ->
    [one] { $count } place
   *[other] { $count } places
  }
count-nothing = Nothing yet
reading-time = { $minutes ->
    [one] { $minutes } min read
   *[other] { $minutes } min read
  }
told-by = Told by { $name }
in-language = In { $name }

## Page titles

title-features = Features
title-themes = Themes
title-places = Places
title-search = Search
title-accessibility = Accessibility statement
title-impact = Impact
title-browsing-safely = Browsing safely
title-share = Share your story
title-not-found = Page not found

## The frame of every page

skip-link = Skip to content
internal-banner = Internal workshop edition — not for public sharing
quick-exit = Leave this site
quick-exit-hint-html = or press <kbd>Esc</kbd> twice
browsing-safely = Browsing safely
nav-label = Main
nav-stories = Stories
nav-case-studies = Case studies
nav-places = Places
nav-features = Features
nav-themes = Themes
nav-search = Search
help-heading = Need help now?
help-teaser-phone = { $name } { $phone }
help-teaser-text = { $name }: text { $number }
help-teaser-name = { $name }
help-teaser-hours = { $line }, { $hours }.
help-teaser-end = { $line }.
help-open-hint = Who to call or text
helpline-call-html = call <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-text-html = text <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-text-keyword-html = text { $keyword } to <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-visit-html = visit <a href="{ $href }">{ $label }</a>
helpline-or = or
helpline-hours = ({ $hours })
footer-licence-link-html = Stories are shared under <a href="{ $url }" rel="license">{ $licence }</a> unless a story says otherwise.
footer-licence = Stories are shared under { $licence } unless a story says otherwise.
footer-accessibility = Accessibility statement
footer-feed = Follow new stories (Atom feed)
footer-impact = What the programme has achieved
footer-printed = Printed from { $url }
footer-made-with = Made with storypress
feed-title = { $site }

## A story, case study or place profile

care-note-plain = Content note: talks about { $warnings }.
cw-heading = Before you read
cw-talks-about-html = { $kind ->
    [site] This page talks about: <strong>{ $warnings }</strong>.
   *[other] This story talks about: <strong>{ $warnings }</strong>.
  }
cw-own-pace = Read it only if and when it feels right. You can stop at any time.
cw-support-html = If it brings things up for you, <a href="#support" data-opens-help>support is listed at the top of this page</a>.
care-note-html = <span class="care-note-label">Content note:</span> talks about { $warnings }.
composite-note = Illustrative composite: this story draws on the experiences of several people. It is not one real person’s account, and names and details have been changed.
composite-card = Illustrative composite
consent-review-note = Consent to be re-confirmed by { $date }.
story-read = Read the story
story-hide = Hide the story
print-collapsed = The story is in a collapsed section. If its text is missing from this printout, open “{ story-read }” on screen and print again.
prompts-heading = Questions to talk about
quote-credit = — { $name }
credit = © { $owner }.
credit-licence = © { $owner }, shared under { $licence }.
credit-licence-link-html = © { $owner }, shared under <a href="{ $url }" rel="license">{ $licence }</a>.
tags-features = Features
tags-themes = Themes
story-end-more = More stories like this
story-end-before-you-go = Before you go
share-invite = Has something like this happened to you? If you would like to share your own story, ask the team who run this storybook.
share-invite-own = Has something like this happened to you? You can share your own story.
share-invite-link = Share your story

## Recordings

player-watch = Watch the story
player-listen = Listen to the story
player-cannot-play = This browser cannot play the recording here.
player-words-below = Its words are in the transcript below.
player-download = Download the recording
transcript-heading = Transcript
transcript-help = Choose a line to play the recording from there.
transcript-note = The story’s text below is what the recording says.
# Used by search.js: { $time } is the moment, as 3:12.
search-said-at = Said at { $time }
clip-transcript-label = Clip transcript: { $title }
clip-heading = Clip: { $title }
clip-range = ({ $start } to { $end })
clip-slide-label = Clip: { $title }
clip-from-html = From <cite>{ $title }</cite> · { $start } to { $end }
clip-from-told-by-html = From <cite>{ $title }</cite>, told by { $name } · { $start } to { $end }

## Listings

cards-empty = No stories here yet.
features-empty = No features have been described yet.
places-empty = No places yet.
list-intro = { $kind ->
    [story] Stories told by the people who lived them, in their own words.
    [case-study] Services, teams and practices, and what changed for people.
   *[other] {""}
  }
feature-eyebrow = Feature
feature-in-practice = In practice
feature-listing = Stories and case studies
features-lead = The features describe how { $site } works. Choose one to read what it means in practice and the stories behind it.
theme-eyebrow = Theme
theme-lead = { $count ->
    [one] { $count } story or case study touches on this theme.
   *[other] { $count } stories and case studies touch on this theme.
  }
themes-lead = Themes are the words storytellers and editors used to describe what each story is about.
themes-empty = No themes yet.
site-eyebrow = Place
site-list-lead = { $count ->
    [one] { $count } story or case study from this place.
   *[other] { $count } stories and case studies from this place.
  }
site-listing = Stories and case studies from { $place }
site-empty = Nothing has been published from this place yet.
sites-lead = The places where { $site } runs, and what has been shared from each.
sites-profiles = Place profiles

## Pages of a listing, feeds

page-of = Page { $number } of { $count }
title-page-of = (page { $number } of { $count })
pagination-label = Pages of this list
pagination-previous = Previous
pagination-next = Next
# Read by screen readers after "Previous" and "Next".
pagination-page-hidden = page
pagination-page = Page { $number }
narrow-by-feature = By feature
narrow-by-place = This feature in one place
feed-link = Follow new stories here with a feed reader (Atom)

## Home

home-recent = Recent stories
home-all-stories = All stories
home-all-case-studies = All case studies
home-features = Features
home-places = Places

## Not found

not-found-heading = We can’t find that page
not-found-lead = The link may be old, or the page may have been taken down. Stories are sometimes removed when the person who shared one asks us to.
not-found-try = You could try one of these instead:
not-found-home = The storybook’s home page
not-found-help-html = If you need to talk to someone, <a href="#support">support is listed at the top of this page</a>.

## Browsing safely

safely-lead = If someone else uses your phone or computer, or might look at what you have been reading, these steps can help keep your visit private.
safely-leaving-heading = Leaving quickly
safely-leaving-button-html = The “{ $label }” button at the top of every page takes you straight to another site. Where there is a keyboard, pressing <kbd>Esc</kbd> twice does the same. It replaces the page you were on, so pressing Back does not bring it up again.
safely-leaving-close = Close the tab or the browser window to leave at once.
safely-leaving-limits = It cannot remove the pages you looked at before, and it does not work if your browser has JavaScript turned off.
safely-private-heading = Use a private window
safely-private = A private window (called Incognito in Chrome, InPrivate in Edge, Private Browsing in Safari and Firefox) does not keep the pages you visit in your history once you close it. Open one from your browser’s menu before you read.
safely-history-heading = Clearing your history
safely-history-html = If you have read stories in an ordinary window, you can delete them from your history afterwards: open your browser’s history (often <kbd>Ctrl</kbd>+<kbd>H</kbd>, or <kbd>Cmd</kbd>+<kbd>Y</kbd> on a Mac, or History in the menu on a phone) and remove the pages from this site. Clearing your whole history can itself be noticed; removing only these pages may be safer.
safely-cannot-heading = What this site cannot do
safely-cannot = This site cannot clear your browsing history for you, and it cannot see or change what is stored on your device. It keeps no record of who reads it.
safely-talk-html = If you are worried that someone is watching what you do, you can talk to someone in confidence: see <a href="#support" data-opens-help>where to get help</a> at the top of this page.

## Search

search-lead = Search the words of every story, case study and place, and narrow the results by feature, place, kind and theme.
search-label = Search the storybook
search-hint = For example: allotment, debt or coach. Results appear as you type.
search-button = Search
search-noscript-html = Searching needs JavaScript, which is switched off or didn’t load. Every page is still a click or two away: <a href="#browse-heading">browse by feature, place, kind or theme</a>.
search-filters = Filter results
search-facet-feature = Feature
search-facet-site = Place
search-facet-kind = Kind
search-facet-theme = Theme
search-clear = Clear filters
search-results = Results
search-more = Show more results
search-browse = Browse
search-browse-feature = By feature
search-browse-site = By place
search-browse-kind = By kind
search-browse-theme = By theme
# Used by search.js: { $count } is a number, every other { $name } a word it fills in.
search-chosen = ({ $count } chosen)
search-result-count = { $count ->
    [one] 1 result
   *[other] { $count } results
  }
search-summary-query = { $results } for “{ $query }”
search-summary-filters = { $count ->
    [one] 1 page matches
   *[other] { $count } pages match
  }
search-summary-filtered = { $summary }, filtered by { $names }
search-summary-filters-named = { $summary } the filters: { $names }
search-summary-end = { $summary }.
search-none-query = { $summary }. Check the spelling, try fewer or other words.
search-none-query-filters = { $summary }. Check the spelling, try fewer or other words, or clear the filters.
search-none-filters = { $summary }. Try fewer filters.
search-more-count = { $count ->
    [one] Show 1 more result ({ $left } left)
   *[other] Show { $count } more results ({ $left } left)
  }
search-failed-offline = Search could not load (you seem to be offline). Try again in a moment, or browse by feature, place, kind or theme below.
search-failed = Search could not load (the index did not arrive). Try again in a moment, or browse by feature, place, kind or theme below.
search-from-file = Search needs the site to be served from a web address: opened from a file, it can’t load its index. Browse by feature, place, kind or theme below.
search-show-passage = Show the matching passage
search-hide-passage = Hide the matching passage
search-told-by = Told by { $name }
search-features = Features
search-loading = Loading

## Accessibility statement

a11y-heading = Accessibility statement for { $site }
a11y-lead-html = This accessibility statement applies to { $site }, at <a href="{ $url }">{ $url }</a>.
a11y-intro = We want as many people as possible to be able to use this website. For example, that means you should be able to:
a11y-can-colours = change colours, contrast levels and fonts using your browser or device settings, including a dark mode
a11y-can-zoom = zoom in up to 400% without the text spilling off the screen
a11y-can-keyboard = navigate the whole website using just a keyboard
a11y-can-screen-reader = listen to the whole website using a screen reader
a11y-can-no-js = read every story without JavaScript, and print it cleanly
a11y-can-exit = leave the website quickly with the “{ $label }” button at the top of every page, or by pressing the Escape key twice
a11y-care = Stories that talk about difficult experiences start with a content note, and the story stays folded away until you choose to open it. Every page says where to get help.
a11y-abilitynet-html = <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device easier to use if you have a disability.
a11y-how-heading = How accessible this website is
a11y-how-full = We do not know of any part of this website that is not accessible. If you find one, please tell us.
a11y-how-partial-html = We know some parts of this website are not fully accessible. They are listed under <a href="#non-accessible-content">Non-accessible content</a> below.
a11y-feedback-heading = Feedback and contact information
a11y-feedback-contact-html = If you need a story in a different format, such as large print, easy read, audio or braille, tell us: <a href="{ $href }">{ $contact }</a>. We will reply within 5 working days.
a11y-feedback-none = If you need a story in a different format, such as large print, easy read, audio or braille, please contact the organisation that publishes this storybook.
a11y-report-heading = Reporting accessibility problems with this website
a11y-report-contact-html = We are always looking to improve the accessibility of this website. If you find a problem that is not listed on this page, or think we are not meeting accessibility requirements, contact us: <a href="{ $href }">{ $contact }</a>.
a11y-report-none = We are always looking to improve the accessibility of this website. If you find a problem that is not listed on this page, or think we are not meeting accessibility requirements, please contact the organisation that publishes this storybook.
a11y-enforcement-heading = Enforcement procedure
a11y-enforcement-html = The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the “accessibility regulations”). If you are not happy with how we respond to your complaint, contact the <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
a11y-enforcement-ni-html = If you are in Northern Ireland and are not happy with how we respond to your complaint, you can contact the <a href="https://www.equalityni.org/Home">Equality Commission for Northern Ireland</a>.
a11y-technical-heading = Technical information about this website’s accessibility
a11y-technical = The publishers of { $site } are committed to making this website accessible, in accordance with the accessibility regulations.
a11y-status-heading = Compliance status
a11y-status-full-html = This website is fully compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard.
a11y-status-partial-html = This website is partially compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard, due to the non-compliances listed below.
a11y-non-accessible-heading = Non-accessible content
a11y-non-accessible = The content listed below is not accessible for the following reasons.
a11y-non-compliance-heading = Non-compliance with the accessibility regulations
a11y-improve-heading = What we’re doing to improve accessibility
a11y-improve = Every change to this website is tested automatically, as described below, before it is published. A change that makes a page less accessible is not published.
a11y-preparation-heading = Preparation of this accessibility statement
a11y-last-tested-html = This website was last tested on <time datetime="{ $iso }">{ $date }</time>, and this statement was reviewed on the same day.
a11y-testing = Every type of page is tested automatically in a real browser (Chromium): with axe-core against the WCAG 2.0, 2.1 and 2.2 A and AA rules, in light and dark colour schemes, on phone and desktop screen sizes; with the Nu Html Checker; by keyboard; at 320 pixels wide, at 200% zoom and with larger text and wider text spacing; and in print.

## Impact

impact-lead = What this storybook holds, and what the programme reports changed for people. { $stories ->
    [one] 1 story
   *[other] { $stories } stories
  } and { $case_studies ->
    [one] 1 case study
   *[other] { $case_studies } case studies
  } are published.
impact-outcomes-heading = What changed for people
impact-key-html = Every bar starts at zero, and its scale is written under it: percentages always run from 0% to 100%. <span class="key key-before">Striped bars, on top: before</span>. <span class="key key-after">Solid bars, below: after</span>.
impact-source = Source: { $source }
impact-before-after = { $before } before, { $after } after
impact-outcomes-caption = Reported outcomes
impact-col-outcome = Outcome
impact-col-before = Before
impact-col-after = After or result
impact-not-reported = not reported
impact-by-feature-heading = Stories by feature
impact-by-feature-caption = Published stories and case studies by feature
impact-col-feature = Feature
impact-col-count = Stories and case studies
impact-by-place-heading = Stories by place
impact-by-place-caption = Published stories and case studies by place
impact-col-place = Place
impact-overlap = A story can show more than one feature, so the feature counts add up to more than the number of stories.
chart-before = Before
chart-after = After
chart-result = Result

## Preview (storypress serve only)

preview-shown = NOT PUBLISHED: only you can see this preview
preview-hidden = This page is not published
preview-left-out-html = <code>{ $file }</code> is left out of the site: { $reason }.
preview-command-html = To preview it, run <code>{ $command }</code>.
preview-publish = To publish it: { $how }.
preview-no-pictures = Its pictures are not shown in this preview.

## Workshop packs

workshop-pack-banner = Workshop pack: for facilitators only, not for public sharing.
workshop-title = { $pack } · workshop pack · { $site }
workshop-from = From { $site }
workshop-session = session on { $date }
workshop-prepared = prepared { $date }
workshop-selection = Stories chosen by { $selection }. Only stories whose tellers agreed to workshop use are included.
workshop-selection-features = features: { $names }
workshop-selection-sites = places: { $names }
workshop-selection-themes = themes: { $names }
workshop-selection-kinds = kinds: { $names }
workshop-selection-or = { $first } or { $second }
workshop-selection-and = { $first }; { $second }
workshop-selection-named = { $count ->
    [one] { $count } named story
   *[other] { $count } named stories
  }
workshop-pack-nav = Pack
workshop-cards-link = Printable story cards
workshop-cards-count = { $count ->
    [one] { $count } card
   *[other] { $count } cards
  }
workshop-not-all-print = the other stories are not for print
workshop-reading-link = Reading copy
workshop-reading-about = the full text of the same stories, to print and read aloud, one story to a page
workshop-present-link = Presenter view
workshop-present-about = for a projector: arrow keys, space, a click or the Next and Back buttons to move
workshop-cw-heading = Content notes
workshop-cw-none = No story in this pack carries a content note.
workshop-cw-some = These stories carry a content note. Their cards, their pages of the reading copy and their slides start with it:
workshop-not-for-print = not for print
workshop-notes-heading = Notes for the facilitator
workshop-prompts-heading = Questions for the whole session
workshop-stories-heading = The stories
workshop-no-stories = No story in this storybook matches the pack and is cleared for workshops.
workshop-cw-badge = content note
workshop-told-by = told by { $name }
workshop-screen-only = The storyteller agreed to workshops but not to printing: share it on screen only, and leave it out of printed cards.
workshop-questions = Questions:
workshop-support-heading = If the session brings things up
workshop-consent-expires = Consent runs out on { $date }, before this session: ask again or leave this story out.
workshop-consent-review = Consent must be re-confirmed by { $date }.
cards-title = Story cards · { $pack }
cards-banner = Workshop cards: for facilitators only, not for public sharing.
cards-heading = Story cards: { $pack }
cards-size = Card size
cards-size-a5 = A5, two to a sheet of A4
cards-size-a4 = A4, one to a sheet
cards-print-note = Print from the browser. Only stories whose tellers agreed to printing are here.
cards-talk-about = To talk about
cards-told-by = Told by { $name }.
cards-credit = © { $owner }, shared under { $licence }. From { $site }.
reading-title = Reading copy · { $pack }
reading-banner = Reading copy: for facilitators only, not for public sharing.
reading-heading = Reading copy: { $pack }
reading-intro = The full text of each story whose teller agreed to printing, to read aloud. Each story starts on a new page, with its content note first; where to get help is at the foot of every page. Before reading a story with a content note, check in with the room, offer a break, and remind everyone they can step out.
reading-none = No story in this pack may be printed.
reading-composite = an illustrative composite
present-title = Presenter view · { $pack }
present-slide-title = Title
present-keys = Right arrow, space, Page Down or Next: next slide. Left arrow, Page Up or Back: the one before. Home and End: first and last. A click or tap on the right half of a slide goes on, on the left half goes back.
present-before-next = Before the next story
present-next-html = Next: <cite>{ $title }</cite>
present-next-told-by-html = Next: <cite>{ $title }</cite>, told by { $name }
present-facilitator-html = <strong>Facilitator:</strong> check in with the room before going on. Offer a break, and remind everyone they can step out at any time and come back when they are ready.
present-question = Question
present-from-html = From <cite>{ $title }</cite>
present-support = Support
present-thanks = Thank you for listening with care
present-slides = Slides
present-back = Back
present-next = Next
present-position = Slide { $count } of { $total }

## Share your story (the /share/ page and share.js)

share-lead = Write your story here, and this page turns it into a story file for the storybook team. Everything stays on this device: nothing you type is sent anywhere or saved. You choose what to do with the file at the end.
share-consent-heading = Your story, your choice
share-consent-yes-html = <strong>Nothing is published until you say yes.</strong> A supporter from the programme reads your story with you and writes down your consent. Until then the file says consent is <em>pending</em>, and nothing of it appears anywhere.
share-consent-where-html = <strong>You choose where it goes.</strong> You can say yes to some, all or none of these:
share-scope-web-html = <strong>web</strong>: this website, where anyone can read it;
share-scope-workshop-html = <strong>workshop</strong>: small group sessions where people read stories and talk about them;
share-scope-print-html = <strong>print</strong>: printed story cards used in those sessions.
share-consent-change-html = <strong>You can change your mind at any time</strong>, before or after it is published. Tell your supporter, and it comes down at the next update.
share-consent-safe-html = <strong>Keep yourself and others safe.</strong> Leave out anything that could identify someone: full names, addresses, phone numbers, email addresses, NHS numbers. This page points out the ones it can spot.
share-feelings-html = Writing about hard times can bring up strong feelings. You can stop at any point, and <a href="#support">help is at the top of this page</a>.
share-noscript-html = This page needs JavaScript to make your file, and it is switched off or did not load. You can still write the file yourself: it is explained below, and in the <a href="{ $guide }">guide to telling your story</a>.
share-form-heading = Write your story
share-required-note-html = Questions marked <span class="share-required">(required)</span> need an answer before your file can be made.
share-required = (required)
share-errors-heading = Before your file can be made
share-field-title = Title
share-field-title-hint = The title of your story, as you would like it shown.
share-field-summary = Summary
share-field-summary-hint = One or two sentences about your story, for story cards and search results.
share-field-summary-limit = Up to { $max } characters.
share-field-storyteller = The name to credit
share-field-storyteller-hint = The name you would like to be known by here. A first name, a made-up name or Anonymous are all fine.
share-field-site = Place
share-field-site-hint = Where your story happened, if it is one of these.
share-field-site-none = None of these, or I would rather not say
share-field-features = What your story shows
share-field-features-hint = Tick at least one.
share-field-themes = Themes
share-field-themes-hint = A few words about what your story touches on, separated by commas, for example: housing, peer support. You can leave this empty.
share-field-warnings = Content warnings
share-field-warnings-hint = Tick any topic a reader should know about before they start. Your story stays folded away until each reader chooses to open it.
share-field-story = Your story
share-field-story-hint = In your own words. Leave an empty line between paragraphs.
share-make = Make my story file
share-result-heading = Your story file
share-download = Download the file
share-copy = Copy the file
share-github = Add it on GitHub
share-new-tab = (opens in a new tab)
share-file-text = The file’s text
share-next-heading = What happens next
share-next-send-html = Send the file to your supporter, or add it on GitHub in the <code>{ $folder }</code> folder of <code>{ $repository }</code>.
share-next-read = Your supporter reads it with you, and writes down where you agreed it may appear.
share-next-review = A reviewer checks it, and only then is it published, only where you said yes.
share-format-summary = What a story file looks like
share-format-html = A story is one text file ending in <code>.md</code>, in the <code>{ $folder }</code> folder. It starts with a few lines about the story between two <code>---</code> lines, then the story itself. Consent always starts as <code>pending</code> with no places chosen: your supporter fills it in with you.
share-format-guide-html = The <a href="{ $guide }">guide to telling your story</a> explains every line, and how a supporter sends a story in.
# Used by share.js: { $name } placeholders are filled in by the script.
share-js-personal = This looks like { $what }: “{ $text }”. Take it out, or change it so it identifies no one.
share-js-need-title = Give your story a title.
share-js-need-summary = Write a sentence or two about your story.
share-js-need-storyteller = Write the name to credit. Anonymous is fine.
share-js-need-features = Tick at least one thing your story shows.
share-js-need-story = Write your story.
share-js-summary-long = The summary is { $length } characters long. Cards and search results show about { $max }, so please shorten it by { $over }.
share-js-github-ready = GitHub opens with your file filled in, in the right folder. You need a GitHub account to save it there.
share-js-github-too-long = Your story is too long to fill in on GitHub for you: copy and paste it instead. Copy the file, open GitHub, then paste it into the big empty box.
share-js-ready = Your file { $name } is ready.
share-js-downloaded = Downloaded { $name }. Look for it in your downloads.
share-js-copied = Copied. You can paste it wherever you need it.
share-js-copy-failed = Copying did not work here: select the text below and copy it.
share-personal-kind = { $code ->
    [personal-nhs-number] an NHS number
    [personal-email] an email address
    [personal-phone] a phone number
   *[personal-postcode] a postcode
  }
share-example-title = Finding my feet again
share-example-summary = One or two sentences about the story.
share-example-body = The story, in your own words.
