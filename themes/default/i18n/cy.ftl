# storypress default theme: the interface in Welsh (Cymraeg).
#
# FIRST TRANSLATION, NOT YET REVIEWED. This file was translated from en.ftl without a
# fluent Welsh speaker. It awaits review by a fluent speaker before publication.
# To report or make a correction, edit this file, or override any message in a
# storybook's own i18n/cy.ftl (see themes/default/README.md, "Translations").
#
# CYFIEITHIAD CYNTAF, HEB EI ADOLYGU. Cafodd y ffeil hon ei chyfieithu o en.ftl heb
# siaradwr Cymraeg rhugl. Mae'n aros i siaradwr rhugl ei hadolygu cyn ei chyhoeddi.
# I roi gwybod am gywiriad, golygwch y ffeil hon, neu rhowch neges newydd yn lle
# unrhyw neges yn ffeil i18n/cy.ftl y llyfr straeon ei hun.
#
# Messages whose name ends in -html may hold a little markup (a link, <strong>, <kbd>,
# <code>); every other message is plain text.

## Shared pieces

punct-comma = {", "}
punct-colon = {": "}
list-separator = {" · "}
date-long = { $day } { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
  } { $year }
kind-name = { $kind ->
    [story] Profiad bywyd
    [case-study] Astudiaeth achos
   *[site] Lle
  }
kind-plural = { $kind ->
    [story] Straeon profiad bywyd
    [case-study] Astudiaethau achos
   *[site] Lleoedd
  }
# The names of languages, in this interface's language: "In Polish" on a card.
language-name = { $code ->
    [ar] Arabeg
    [bn] Bengaleg
    [cy] Cymraeg
    [de] Almaeneg
    [en] Saesneg
    [es] Sbaeneg
    [fa] Perseg
    [fr] Ffrangeg
    [ga] Gwyddeleg
    [gd] Gaeleg yr Alban
    [gu] Gwjarati
    [he] Hebraeg
    [hi] Hindi
    [it] Eidaleg
    [lt] Lithwaneg
    [pa] Pwnjabi
    [pl] Pwyleg
    [ps] Pashto
    [pt] Portiwgaleg
    [ro] Rwmaneg
    [ru] Rwseg
    [so] Somalieg
    [ta] Tamil
    [ti] Tigrinya
    [tr] Twrceg
    [uk] Wcreineg
    [ur] Wrdw
    [zh] Tsieinëeg
   *[other] { $code }
  }
# A link to a translation is worded in the language it leads to: this file's own.
read-in-this-language = Darllen yn Gymraeg
# Worded to avoid a mutation of the language name ("yn Gymraeg", "yn Bwyleg").
read-in-other-language = Darllenwch y fersiwn { $name }
translations-label = Y stori hon mewn ieithoedd eraill
# Content warnings by id; a storybook's own warnings show their words.
warning-name = { $id ->
    [suicide] hunanladdiad
    [self-harm] hunan-niweidio
    [abuse] cam-drin
    [domestic-abuse] cam-drin domestig
    [sexual-violence] trais rhywiol
    [child-abuse] cam-drin plant
    [trauma] trawma
    [bereavement] profedigaeth
    [substance-use] defnyddio sylweddau
    [crisis] argyfwng
    [eating-disorders] anhwylderau bwyta
    [psychosis] seicosis
    [detention] cael eich cadw dan y gyfraith
    [racism] hiliaeth
    [discrimination] gwahaniaethu
    [violence] trais
    [homelessness] digartrefedd
    [debt] dyled
    [medication] meddyginiaeth
   *[other] { $label }
  }
# Welsh nouns stay singular after a numeral: "3 stori".
count-stories = { $count ->
    [zero] { $count } stori
    [one] { $count } stori
    [two] { $count } stori
    [few] { $count } stori
    [many] { $count } stori
   *[other] { $count } stori
  }
count-case-studies = { $count ->
    [zero] { $count } astudiaeth achos
    [one] { $count } astudiaeth achos
    [two] { $count } astudiaeth achos
    [few] { $count } astudiaeth achos
    [many] { $count } astudiaeth achos
   *[other] { $count } astudiaeth achos
  }
count-profiles = { $count ->
    [zero] { $count } proffil lle
    [one] { $count } proffil lle
    [two] { $count } proffil lle
    [few] { $count } proffil lle
    [many] { $count } proffil lle
   *[other] { $count } proffil lle
  }
count-places = { $count ->
    [zero] { $count } lle
    [one] { $count } lle
    [two] { $count } lle
    [few] { $count } lle
    [many] { $count } lle
   *[other] { $count } lle
  }
count-nothing = Dim byd eto
reading-time = { $minutes ->
    [zero] { $minutes } munud i'w ddarllen
    [one] { $minutes } munud i'w ddarllen
    [two] { $minutes } munud i'w ddarllen
    [few] { $minutes } munud i'w ddarllen
    [many] { $minutes } munud i'w ddarllen
   *[other] { $minutes } munud i'w ddarllen
  }
told-by = Adroddwyd gan { $name }
# Worded to avoid a mutation of the language name after "yn".
in-language = Iaith: { $name }

## Page titles

title-features = Nodweddion
title-themes = Themâu
title-places = Lleoedd
title-search = Chwilio
title-accessibility = Datganiad hygyrchedd
title-impact = Effaith
title-browsing-safely = Pori'n ddiogel
title-share = Rhannwch eich stori
title-not-found = Heb ddod o hyd i'r dudalen

## The frame of every page

skip-link = Neidio i'r cynnwys
internal-banner = Fersiwn gweithdy mewnol — nid i'w rhannu'n gyhoeddus
quick-exit = Gadael y wefan hon
quick-exit-hint-html = neu pwyswch <kbd>Esc</kbd> ddwywaith
browsing-safely = Pori'n ddiogel
nav-label = Prif ddewislen
nav-stories = Straeon
nav-case-studies = Astudiaethau achos
nav-places = Lleoedd
nav-features = Nodweddion
nav-themes = Themâu
nav-search = Chwilio
help-heading = Angen help nawr?
help-teaser-phone = { $name } { $phone }
help-teaser-text = { $name }: tecstiwch { $number }
help-teaser-name = { $name }
help-teaser-hours = { $line }, { $hours }.
help-teaser-end = { $line }.
help-open-hint = Pwy i'w ffonio neu anfon neges destun ato
helpline-call-html = ffoniwch <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-text-html = tecstiwch <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-text-keyword-html = tecstiwch { $keyword } i <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-visit-html = ewch i <a href="{ $href }">{ $label }</a>
helpline-or = neu
helpline-hours = ({ $hours })
footer-licence-link-html = Mae'r straeon yn cael eu rhannu dan <a href="{ $url }" rel="license">{ $licence }</a> oni bai bod stori'n dweud yn wahanol.
footer-licence = Mae'r straeon yn cael eu rhannu dan { $licence } oni bai bod stori'n dweud yn wahanol.
footer-accessibility = Datganiad hygyrchedd
footer-feed = Dilyn straeon newydd (ffrwd Atom)
footer-impact = Beth mae'r rhaglen wedi'i gyflawni
footer-printed = Argraffwyd o { $url }
footer-made-with = Gwnaed gyda storypress
feed-title = { $site }

## A story, case study or place profile

care-note-plain = Nodyn cynnwys: yn sôn am { $warnings }.
cw-heading = Cyn i chi ddarllen
cw-talks-about-html = { $kind ->
    [site] Mae'r dudalen hon yn sôn am: <strong>{ $warnings }</strong>.
   *[other] Mae'r stori hon yn sôn am: <strong>{ $warnings }</strong>.
  }
cw-own-pace = Darllenwch hi dim ond os a phan fydd yn teimlo'n iawn i chi. Gallwch chi stopio unrhyw bryd.
cw-support-html = Os yw'n codi pethau i chi, <a href="#support" data-opens-help>mae manylion cymorth ar frig y dudalen hon</a>.
care-note-html = <span class="care-note-label">Nodyn cynnwys:</span> yn sôn am { $warnings }.
composite-note = Stori gyfansawdd i ddangos enghraifft: mae'r stori hon yn seiliedig ar brofiadau sawl person. Nid hanes un person go iawn yw hi, ac mae enwau a manylion wedi'u newid.
composite-card = Stori gyfansawdd i ddangos enghraifft
consent-review-note = Rhaid ailgadarnhau'r caniatâd erbyn { $date }.
story-read = Darllen y stori
story-hide = Cuddio'r stori
print-collapsed = Mae'r stori mewn adran sydd wedi'i chau. Os nad yw ei thestun yn y copi printiedig hwn, agorwch “{ story-read }” ar y sgrin ac argraffwch eto.
prompts-heading = Cwestiynau i'w trafod
quote-credit = — { $name }
credit = © { $owner }.
credit-licence = © { $owner }, wedi'i rhannu dan { $licence }.
credit-licence-link-html = © { $owner }, wedi'i rhannu dan <a href="{ $url }" rel="license">{ $licence }</a>.
tags-features = Nodweddion
tags-themes = Themâu
story-end-more = Rhagor o straeon fel hon
story-end-before-you-go = Cyn i chi fynd
share-invite = A oes rhywbeth fel hyn wedi digwydd i chi? Os hoffech chi rannu eich stori eich hun, gofynnwch i'r tîm sy'n rhedeg y llyfr straeon hwn.
share-invite-own = A oes rhywbeth fel hyn wedi digwydd i chi? Gallwch chi rannu eich stori eich hun.
share-invite-link = Rhannwch eich stori

## Recordings

player-watch = Gwylio'r stori
player-listen = Gwrando ar y stori
player-cannot-play = Does dim modd chwarae'r recordiad yn y porwr hwn.
player-words-below = Mae geiriau'r recordiad yn y trawsgrifiad isod.
player-download = Lawrlwytho'r recordiad
transcript-heading = Trawsgrifiad
transcript-help = Dewiswch linell i chwarae'r recordiad o'r fan honno.
transcript-note = Testun y stori isod yw'r hyn mae'r recordiad yn ei ddweud.
# Used by search.js: { $time } is the moment, as 3:12.
search-said-at = Dywedwyd am { $time }
clip-transcript-label = Trawsgrifiad y clip: { $title }
clip-heading = Clip: { $title }
clip-range = ({ $start } i { $end })
clip-slide-label = Clip: { $title }
clip-from-html = O <cite>{ $title }</cite> · { $start } i { $end }
clip-from-told-by-html = O <cite>{ $title }</cite>, adroddwyd gan { $name } · { $start } i { $end }

## Listings

cards-empty = Does dim straeon yma eto.
features-empty = Does dim nodweddion wedi'u disgrifio eto.
places-empty = Does dim lleoedd eto.
list-intro = { $kind ->
    [story] Straeon gan y bobl a'u profodd, yn eu geiriau eu hunain.
    [case-study] Gwasanaethau, timau ac arferion, a'r hyn a newidiodd i bobl.
   *[other] {""}
  }
feature-eyebrow = Nodwedd
feature-in-practice = Yn ymarferol
feature-listing = Straeon ac astudiaethau achos
features-lead = Mae'r nodweddion yn disgrifio sut mae { $site } yn gweithio. Dewiswch un i ddarllen beth mae'n ei olygu'n ymarferol, a'r straeon y tu ôl iddi.
theme-eyebrow = Thema
theme-lead = { $count ->
    [zero] Does dim stori nac astudiaeth achos yn cyffwrdd â'r thema hon.
    [one] Mae { $count } stori neu astudiaeth achos yn cyffwrdd â'r thema hon.
   *[other] Mae { $count } stori neu astudiaeth achos yn cyffwrdd â'r thema hon.
  }
themes-lead = Themâu yw'r geiriau a ddefnyddiodd yr adroddwyr a'r golygyddion i ddisgrifio am beth mae pob stori.
themes-empty = Does dim themâu eto.
site-eyebrow = Lle
site-list-lead = { $count ->
    [zero] Does dim stori nac astudiaeth achos o'r lle hwn.
    [one] { $count } stori neu astudiaeth achos o'r lle hwn.
   *[other] { $count } stori neu astudiaeth achos o'r lle hwn.
  }
site-listing = Straeon ac astudiaethau achos: { $place }
site-empty = Does dim byd wedi'i gyhoeddi o'r lle hwn eto.
sites-lead = Y lleoedd lle mae { $site } yn rhedeg, a'r hyn sydd wedi'i rannu o bob un.
sites-profiles = Proffiliau lleoedd

## Pages of a listing, feeds

page-of = Tudalen { $number } o { $count }
title-page-of = (tudalen { $number } o { $count })
pagination-label = Tudalennau'r rhestr hon
pagination-previous = Blaenorol
pagination-next = Nesaf
# Read by screen readers after "Blaenorol" and "Nesaf". Welsh puts the adjective after the noun, so the word is in brackets: "Blaenorol (tudalen)".
pagination-page-hidden = (tudalen)
pagination-page = Tudalen { $number }
narrow-by-feature = Yn ôl nodwedd
narrow-by-place = Y nodwedd hon mewn un lle
feed-link = Dilyn straeon newydd yma mewn darllenydd ffrydiau (Atom)

## Home

home-recent = Straeon diweddar
home-all-stories = Pob stori
home-all-case-studies = Pob astudiaeth achos
home-features = Nodweddion
home-places = Lleoedd

## Not found

not-found-heading = Allwn ni ddim dod o hyd i'r dudalen honno
not-found-lead = Efallai fod y ddolen yn hen, neu fod y dudalen wedi'i thynnu i lawr. Weithiau caiff straeon eu tynnu pan fydd y person a rannodd y stori yn gofyn i ni wneud hynny.
not-found-try = Gallech chi roi cynnig ar un o'r rhain yn lle hynny:
not-found-home = Hafan y llyfr straeon
not-found-help-html = Os oes angen i chi siarad â rhywun, <a href="#support">mae manylion cymorth ar frig y dudalen hon</a>.

## Browsing safely

safely-lead = Os oes rhywun arall yn defnyddio eich ffôn neu'ch cyfrifiadur, neu'n gallu edrych ar beth rydych chi wedi bod yn ei ddarllen, gall y camau hyn helpu i gadw eich ymweliad yn breifat.
safely-leaving-heading = Gadael yn gyflym
safely-leaving-button-html = Mae'r botwm “{ $label }” ar frig pob tudalen yn mynd â chi'n syth i wefan arall. Os oes bysellfwrdd, mae pwyso <kbd>Esc</kbd> ddwywaith yn gwneud yr un peth. Mae'n cymryd lle'r dudalen roeddech chi arni, felly nid yw pwyso Yn ôl yn dod â hi yn ôl.
safely-leaving-close = Caewch y tab neu ffenestr y porwr i adael ar unwaith.
safely-leaving-limits = Nid yw'n gallu dileu'r tudalennau y buoch chi'n edrych arnyn nhw cyn hynny, ac nid yw'n gweithio os yw JavaScript wedi'i ddiffodd yn eich porwr.
safely-private-heading = Defnyddio ffenestr breifat
safely-private = Nid yw ffenestr breifat (Incognito yn Chrome, InPrivate yn Edge, Private Browsing yn Safari a Firefox) yn cadw'r tudalennau rydych chi'n ymweld â nhw yn eich hanes ar ôl i chi ei chau. Agorwch un o ddewislen eich porwr cyn i chi ddarllen.
safely-history-heading = Clirio eich hanes
safely-history-html = Os ydych chi wedi darllen straeon mewn ffenestr arferol, gallwch chi eu dileu o'ch hanes wedyn: agorwch hanes eich porwr (yn aml <kbd>Ctrl</kbd>+<kbd>H</kbd>, neu <kbd>Cmd</kbd>+<kbd>Y</kbd> ar Mac, neu Hanes yn y ddewislen ar ffôn) a dilëwch y tudalennau o'r wefan hon. Mae'n bosibl y bydd rhywun yn sylwi os byddwch chi'n clirio eich holl hanes; gallai dileu'r tudalennau hyn yn unig fod yn fwy diogel.
safely-cannot-heading = Beth na all y wefan hon ei wneud
safely-cannot = Nid yw'r wefan hon yn gallu clirio eich hanes pori ar eich rhan, ac nid yw'n gallu gweld na newid yr hyn sydd wedi'i storio ar eich dyfais. Nid yw'n cadw unrhyw gofnod o bwy sy'n ei darllen.
safely-talk-html = Os ydych chi'n poeni bod rhywun yn gwylio beth rydych chi'n ei wneud, gallwch chi siarad â rhywun yn gyfrinachol: gweler <a href="#support" data-opens-help>ble i gael help</a> ar frig y dudalen hon.

## Search

search-lead = Chwiliwch drwy eiriau pob stori, astudiaeth achos a lle, a chyfyngu'r canlyniadau yn ôl nodwedd, lle, math a thema.
search-label = Chwilio'r llyfr straeon
search-hint = Er enghraifft: rhandir, dyled neu hyfforddwr. Mae'r canlyniadau'n ymddangos wrth i chi deipio.
search-button = Chwilio
search-noscript-html = Mae angen JavaScript i chwilio, ac mae wedi'i ddiffodd neu heb lwytho. Mae pob tudalen yn dal i fod o fewn clic neu ddau: <a href="#browse-heading">porwch yn ôl nodwedd, lle, math neu thema</a>.
search-filters = Hidlo'r canlyniadau
search-facet-feature = Nodwedd
search-facet-site = Lle
search-facet-kind = Math
search-facet-theme = Thema
search-clear = Clirio'r hidlyddion
search-results = Canlyniadau
search-more = Dangos rhagor o ganlyniadau
search-browse = Pori
search-browse-feature = Yn ôl nodwedd
search-browse-site = Yn ôl lle
search-browse-kind = Yn ôl math
search-browse-theme = Yn ôl thema
# Used by search.js: { $count } is a number, every other { $name } a word it fills in.
search-chosen = ({ $count } wedi'u dewis)
search-result-count = { $count ->
    [zero] Dim canlyniadau
    [one] 1 canlyniad
   *[other] { $count } canlyniad
  }
search-summary-query = { $results } ar gyfer “{ $query }”
search-summary-filters = { $count ->
    [zero] Does dim tudalen yn cyfateb
    [one] Mae 1 dudalen yn cyfateb
   *[other] Mae { $count } tudalen yn cyfateb
  }
search-summary-filtered = { $summary }, wedi'u hidlo yn ôl { $names }
search-summary-filters-named = { $summary } i'r hidlyddion: { $names }
search-summary-end = { $summary }.
search-none-query = { $summary }. Gwiriwch y sillafu, neu rhowch gynnig ar lai o eiriau neu eiriau eraill.
search-none-query-filters = { $summary }. Gwiriwch y sillafu, rhowch gynnig ar lai o eiriau neu eiriau eraill, neu cliriwch yr hidlyddion.
search-none-filters = { $summary }. Rhowch gynnig ar lai o hidlyddion.
search-more-count = { $count ->
    [one] Dangos 1 canlyniad arall ({ $left } ar ôl)
   *[other] Dangos { $count } canlyniad arall ({ $left } ar ôl)
  }
search-failed-offline = Doedd dim modd llwytho'r chwilio (mae'n ymddangos eich bod chi all-lein). Rhowch gynnig arall arni mewn munud, neu porwch yn ôl nodwedd, lle, math neu thema isod.
search-failed = Doedd dim modd llwytho'r chwilio (ni chyrhaeddodd y mynegai). Rhowch gynnig arall arni mewn munud, neu porwch yn ôl nodwedd, lle, math neu thema isod.
search-from-file = Er mwyn chwilio, mae angen i'r wefan gael ei gweini o gyfeiriad gwe: o'i hagor o ffeil, nid yw'n gallu llwytho ei mynegai. Porwch yn ôl nodwedd, lle, math neu thema isod.
search-show-passage = Dangos y darn sy'n cyfateb
search-hide-passage = Cuddio'r darn sy'n cyfateb
search-told-by = Adroddwyd gan { $name }
search-features = Nodweddion
search-loading = Wrthi'n llwytho

## Accessibility statement

a11y-heading = Datganiad hygyrchedd ar gyfer { $site }
a11y-lead-html = Mae'r datganiad hygyrchedd hwn yn berthnasol i { $site }, yn <a href="{ $url }">{ $url }</a>.
a11y-intro = Rydyn ni eisiau i gymaint o bobl â phosibl allu defnyddio'r wefan hon. Er enghraifft, mae hynny'n golygu y dylech chi allu:
a11y-can-colours = newid lliwiau, lefelau cyferbyniad a ffontiau drwy osodiadau eich porwr neu'ch dyfais, gan gynnwys modd tywyll
a11y-can-zoom = chwyddo hyd at 400% heb i'r testun fynd oddi ar y sgrin
a11y-can-keyboard = llywio'r wefan gyfan gan ddefnyddio bysellfwrdd yn unig
a11y-can-screen-reader = gwrando ar y wefan gyfan gan ddefnyddio darllenydd sgrin
a11y-can-no-js = darllen pob stori heb JavaScript, a'i hargraffu'n daclus
a11y-can-exit = gadael y wefan yn gyflym gyda'r botwm “{ $label }” ar frig pob tudalen, neu drwy bwyso'r fysell Escape ddwywaith
a11y-care = Mae straeon sy'n sôn am brofiadau anodd yn dechrau gyda nodyn cynnwys, ac mae'r stori'n aros ynghudd nes i chi ddewis ei hagor. Mae pob tudalen yn dweud ble i gael help.
a11y-abilitynet-html = Mae gan <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> gyngor ar wneud eich dyfais yn haws i'w defnyddio os oes gennych chi anabledd.
a11y-how-heading = Pa mor hygyrch yw'r wefan hon
a11y-how-full = Dydyn ni ddim yn gwybod am unrhyw ran o'r wefan hon sydd ddim yn hygyrch. Os dewch chi o hyd i un, rhowch wybod i ni.
a11y-how-partial-html = Rydyn ni'n gwybod nad yw rhai rhannau o'r wefan hon yn gwbl hygyrch. Maen nhw wedi'u rhestru o dan <a href="#non-accessible-content">Cynnwys nad yw'n hygyrch</a> isod.
a11y-feedback-heading = Adborth a manylion cyswllt
a11y-feedback-contact-html = Os oes angen stori arnoch chi mewn fformat gwahanol, fel print bras, hawdd ei ddeall, sain neu braille, rhowch wybod i ni: <a href="{ $href }">{ $contact }</a>. Byddwn ni'n ateb o fewn 5 diwrnod gwaith.
a11y-feedback-none = Os oes angen stori arnoch chi mewn fformat gwahanol, fel print bras, hawdd ei ddeall, sain neu braille, cysylltwch â'r sefydliad sy'n cyhoeddi'r llyfr straeon hwn.
a11y-report-heading = Rhoi gwybod am broblemau hygyrchedd gyda'r wefan hon
a11y-report-contact-html = Rydyn ni bob amser yn ceisio gwella hygyrchedd y wefan hon. Os dewch chi o hyd i broblem sydd heb ei rhestru ar y dudalen hon, neu os ydych chi'n credu nad ydyn ni'n bodloni'r gofynion hygyrchedd, cysylltwch â ni: <a href="{ $href }">{ $contact }</a>.
a11y-report-none = Rydyn ni bob amser yn ceisio gwella hygyrchedd y wefan hon. Os dewch chi o hyd i broblem sydd heb ei rhestru ar y dudalen hon, neu os ydych chi'n credu nad ydyn ni'n bodloni'r gofynion hygyrchedd, cysylltwch â'r sefydliad sy'n cyhoeddi'r llyfr straeon hwn.
a11y-enforcement-heading = Y drefn orfodi
a11y-enforcement-html = Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018 (y “rheoliadau hygyrchedd”). Os nad ydych chi'n hapus â'r ffordd rydyn ni'n ymateb i'ch cwyn, cysylltwch â'r <a href="https://www.equalityadvisoryservice.com/">Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)</a>.
a11y-enforcement-ni-html = Os ydych chi yng Ngogledd Iwerddon a ddim yn hapus â'r ffordd rydyn ni'n ymateb i'ch cwyn, gallwch chi gysylltu â <a href="https://www.equalityni.org/Home">Chomisiwn Cydraddoldeb Gogledd Iwerddon (Equality Commission for Northern Ireland)</a>.
a11y-technical-heading = Gwybodaeth dechnegol am hygyrchedd y wefan hon
a11y-technical = Mae cyhoeddwyr { $site } wedi ymrwymo i wneud y wefan hon yn hygyrch, yn unol â'r rheoliadau hygyrchedd.
a11y-status-heading = Statws cydymffurfio
a11y-status-full-html = Mae'r wefan hon yn cydymffurfio'n llawn â safon AA <a href="https://www.w3.org/TR/WCAG22/">Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2</a>.
a11y-status-partial-html = Mae'r wefan hon yn cydymffurfio'n rhannol â safon AA <a href="https://www.w3.org/TR/WCAG22/">Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2</a>, oherwydd yr achosion o beidio â chydymffurfio sydd wedi'u rhestru isod.
a11y-non-accessible-heading = Cynnwys nad yw'n hygyrch
a11y-non-accessible = Nid yw'r cynnwys sydd wedi'i restru isod yn hygyrch am y rhesymau canlynol.
a11y-non-compliance-heading = Diffyg cydymffurfio â'r rheoliadau hygyrchedd
a11y-improve-heading = Beth rydyn ni'n ei wneud i wella hygyrchedd
a11y-improve = Mae pob newid i'r wefan hon yn cael ei brofi'n awtomatig, fel y disgrifir isod, cyn iddo gael ei gyhoeddi. Nid yw newid sy'n gwneud tudalen yn llai hygyrch yn cael ei gyhoeddi.
a11y-preparation-heading = Paratoi'r datganiad hygyrchedd hwn
a11y-last-tested-html = Cafodd y wefan hon ei phrofi ddiwethaf ar <time datetime="{ $iso }">{ $date }</time>, a chafodd y datganiad hwn ei adolygu ar yr un diwrnod.
a11y-testing = Mae pob math o dudalen yn cael ei brofi'n awtomatig mewn porwr go iawn (Chromium): gydag axe-core yn erbyn rheolau A ac AA WCAG 2.0, 2.1 a 2.2, mewn cynlluniau lliw golau a thywyll, ar feintiau sgrin ffôn a chyfrifiadur; gyda'r Nu Html Checker; gyda bysellfwrdd; ar led o 320 picsel, ar chwyddo 200% a gyda thestun mwy a bylchau ehangach rhwng y testun; ac wrth argraffu.

## Impact

impact-lead = Beth sydd yn y llyfr straeon hwn, a beth mae'r rhaglen yn dweud a newidiodd i bobl. Wedi'u cyhoeddi: { $stories ->
    [zero] dim stori
    [one] 1 stori
   *[other] { $stories } stori
  } a { $case_studies ->
    [zero] dim astudiaeth achos
    [one] 1 astudiaeth achos
   *[other] { $case_studies } astudiaeth achos
  }.
impact-outcomes-heading = Beth newidiodd i bobl
impact-key-html = Mae pob bar yn dechrau ar sero, ac mae ei raddfa wedi'i hysgrifennu oddi tano: mae canrannau bob amser yn mynd o 0% i 100%. <span class="key key-before">Barrau streipiog, ar y brig: cyn</span>. <span class="key key-after">Barrau solet, oddi tanyn nhw: ar ôl</span>.
impact-source = Ffynhonnell: { $source }
impact-before-after = { $before } cyn, { $after } ar ôl
impact-outcomes-caption = Canlyniadau a adroddwyd
impact-col-outcome = Canlyniad
impact-col-before = Cyn
impact-col-after = Ar ôl, neu'r canlyniad
impact-not-reported = heb ei adrodd
impact-by-feature-heading = Straeon yn ôl nodwedd
impact-by-feature-caption = Straeon ac astudiaethau achos a gyhoeddwyd, yn ôl nodwedd
impact-col-feature = Nodwedd
impact-col-count = Straeon ac astudiaethau achos
impact-by-place-heading = Straeon yn ôl lle
impact-by-place-caption = Straeon ac astudiaethau achos a gyhoeddwyd, yn ôl lle
impact-col-place = Lle
impact-overlap = Gall stori ddangos mwy nag un nodwedd, felly mae cyfanswm y nodweddion yn fwy na nifer y straeon.
chart-before = Cyn
chart-after = Ar ôl
chart-result = Canlyniad

## Preview (storypress serve only)

preview-shown = HEB EI CHYHOEDDI: dim ond chi sy'n gallu gweld y rhagolwg hwn
preview-hidden = Nid yw'r dudalen hon wedi'i chyhoeddi
preview-left-out-html = Mae <code>{ $file }</code> wedi'i adael allan o'r wefan: { $reason }.
preview-command-html = I gael rhagolwg, rhedwch <code>{ $command }</code>.
preview-publish = I'w chyhoeddi: { $how }.
preview-no-pictures = Nid yw ei lluniau'n cael eu dangos yn y rhagolwg hwn.

## Workshop packs

workshop-pack-banner = Pecyn gweithdy: i hwyluswyr yn unig, nid i'w rannu'n gyhoeddus.
workshop-title = { $pack } · pecyn gweithdy · { $site }
workshop-from = Ffynhonnell: { $site }
workshop-session = sesiwn ar { $date }
workshop-prepared = paratowyd ar { $date }
workshop-selection = Straeon wedi'u dewis yn ôl { $selection }. Dim ond straeon y mae eu hadroddwyr wedi cytuno iddyn nhw gael eu defnyddio mewn gweithdai sydd wedi'u cynnwys.
workshop-selection-features = nodweddion: { $names }
workshop-selection-sites = lleoedd: { $names }
workshop-selection-themes = themâu: { $names }
workshop-selection-kinds = mathau: { $names }
workshop-selection-or = { $first } neu { $second }
workshop-selection-and = { $first }; { $second }
workshop-selection-named = { $count ->
    [zero] { $count } stori a enwyd
    [one] { $count } stori a enwyd
    [two] { $count } stori a enwyd
    [few] { $count } stori a enwyd
    [many] { $count } stori a enwyd
   *[other] { $count } stori a enwyd
  }
workshop-pack-nav = Pecyn
workshop-cards-link = Cardiau stori i'w hargraffu
workshop-cards-count = { $count ->
    [zero] { $count } cerdyn
    [one] { $count } cerdyn
    [two] { $count } cerdyn
    [few] { $count } cerdyn
    [many] { $count } cerdyn
   *[other] { $count } cerdyn
  }
workshop-not-all-print = nid yw'r straeon eraill i'w hargraffu
workshop-reading-link = Copi darllen
workshop-reading-about = testun llawn yr un straeon, i'w argraffu a'i ddarllen yn uchel, un stori ar bob tudalen
workshop-present-link = Golwg cyflwynydd
workshop-present-about = ar gyfer taflunydd: bysellau saeth, bylchwr, clic neu'r botymau Nesaf ac Yn ôl i symud
workshop-cw-heading = Nodiadau cynnwys
workshop-cw-none = Does gan yr un stori yn y pecyn hwn nodyn cynnwys.
workshop-cw-some = Mae gan y straeon hyn nodyn cynnwys. Mae eu cardiau, eu tudalennau yn y copi darllen a'u sleidiau yn dechrau gydag ef:
workshop-not-for-print = nid i'w hargraffu
workshop-notes-heading = Nodiadau i'r hwylusydd
workshop-prompts-heading = Cwestiynau ar gyfer y sesiwn gyfan
workshop-stories-heading = Y straeon
workshop-no-stories = Does dim stori yn y llyfr straeon hwn sy'n cyfateb i'r pecyn ac sydd wedi'i chymeradwyo ar gyfer gweithdai.
workshop-cw-badge = nodyn cynnwys
workshop-told-by = adroddwyd gan { $name }
workshop-screen-only = Cytunodd yr adroddwr i weithdai ond nid i argraffu: rhannwch hi ar y sgrin yn unig, a'i gadael allan o'r cardiau printiedig.
workshop-questions = Cwestiynau:
workshop-support-heading = Os yw'r sesiwn yn codi pethau
workshop-consent-expires = Mae'r caniatâd yn dod i ben ar { $date }, cyn y sesiwn hon: gofynnwch eto neu gadewch y stori hon allan.
workshop-consent-review = Rhaid ailgadarnhau'r caniatâd erbyn { $date }.
cards-title = Cardiau stori · { $pack }
cards-banner = Cardiau gweithdy: i hwyluswyr yn unig, nid i'w rhannu'n gyhoeddus.
cards-heading = Cardiau stori: { $pack }
cards-size = Maint y cerdyn
cards-size-a5 = A5, dau ar ddalen A4
cards-size-a4 = A4, un ar ddalen
cards-print-note = Argraffwch o'r porwr. Dim ond straeon y mae eu hadroddwyr wedi cytuno iddyn nhw gael eu hargraffu sydd yma.
cards-talk-about = I'w drafod
cards-told-by = Adroddwyd gan { $name }.
cards-credit = © { $owner }, wedi'i rhannu dan { $licence }. Ffynhonnell: { $site }.
reading-title = Copi darllen · { $pack }
reading-banner = Copi darllen: i hwyluswyr yn unig, nid i'w rannu'n gyhoeddus.
reading-heading = Copi darllen: { $pack }
reading-intro = Testun llawn pob stori y mae ei hadroddwr wedi cytuno iddi gael ei hargraffu, i'w darllen yn uchel. Mae pob stori'n dechrau ar dudalen newydd, gyda'i nodyn cynnwys yn gyntaf; mae manylion ble i gael help ar waelod pob tudalen. Cyn darllen stori sydd â nodyn cynnwys, holwch sut mae pawb yn yr ystafell, cynigiwch seibiant, ac atgoffwch bawb y gallan nhw fynd allan o'r ystafell.
reading-none = Does dim stori yn y pecyn hwn y mae modd ei hargraffu.
reading-composite = stori gyfansawdd i ddangos enghraifft
present-title = Golwg cyflwynydd · { $pack }
present-slide-title = Teitl
present-keys = Saeth dde, bylchwr, Page Down neu Nesaf: y sleid nesaf. Saeth chwith, Page Up neu Yn ôl: yr un cynt. Home ac End: y gyntaf a'r olaf. Mae clic neu dap ar hanner dde sleid yn symud ymlaen, ac ar yr hanner chwith yn mynd yn ôl.
present-before-next = Cyn y stori nesaf
present-next-html = Nesaf: <cite>{ $title }</cite>
present-next-told-by-html = Nesaf: <cite>{ $title }</cite>, adroddwyd gan { $name }
present-facilitator-html = <strong>Hwylusydd:</strong> holwch sut mae pawb yn yr ystafell cyn symud ymlaen. Cynigiwch seibiant, ac atgoffwch bawb y gallan nhw fynd allan unrhyw bryd a dod yn ôl pan fyddan nhw'n barod.
present-question = Cwestiwn
present-from-html = O'r stori <cite>{ $title }</cite>
present-support = Cymorth
present-thanks = Diolch am wrando'n ofalus
present-slides = Sleidiau
present-back = Yn ôl
present-next = Nesaf
present-position = Sleid { $count } o { $total }

## Share your story (the /share/ page and share.js)

share-lead = Ysgrifennwch eich stori yma, a bydd y dudalen hon yn ei throi'n ffeil stori ar gyfer tîm y llyfr straeon. Mae popeth yn aros ar y ddyfais hon: does dim byd rydych chi'n ei deipio yn cael ei anfon i unman na'i gadw. Chi sy'n dewis beth i'w wneud â'r ffeil ar y diwedd.
share-consent-heading = Eich stori, eich dewis
share-consent-yes-html = <strong>Does dim byd yn cael ei gyhoeddi nes i chi ddweud ie.</strong> Mae cefnogwr o'r rhaglen yn darllen eich stori gyda chi ac yn cofnodi eich caniatâd. Tan hynny mae'r ffeil yn dweud bod y caniatâd yn aros (<em>pending</em>), a does dim ohoni'n ymddangos yn unman.
share-consent-where-html = <strong>Chi sy'n dewis ble mae'n mynd.</strong> Gallwch chi ddweud ie i rai o'r rhain, i bob un, neu i ddim un:
share-scope-web-html = <strong>gwe</strong> (web): y wefan hon, lle gall unrhyw un ei darllen;
share-scope-workshop-html = <strong>gweithdy</strong> (workshop): sesiynau grŵp bach lle mae pobl yn darllen straeon ac yn siarad amdanyn nhw;
share-scope-print-html = <strong>argraffu</strong> (print): cardiau stori printiedig sy'n cael eu defnyddio yn y sesiynau hynny.
share-consent-change-html = <strong>Gallwch chi newid eich meddwl unrhyw bryd</strong>, cyn neu ar ôl i'r stori gael ei chyhoeddi. Dywedwch wrth eich cefnogwr, a bydd yn cael ei thynnu i lawr yn y diweddariad nesaf.
share-consent-safe-html = <strong>Cadwch eich hun ac eraill yn ddiogel.</strong> Gadewch allan unrhyw beth a allai ddangos pwy yw rhywun: enwau llawn, cyfeiriadau, rhifau ffôn, cyfeiriadau e-bost, rhifau GIG. Mae'r dudalen hon yn tynnu sylw at y rhai y mae'n gallu eu gweld.
share-feelings-html = Gall ysgrifennu am adegau anodd godi teimladau cryf. Gallwch chi stopio unrhyw bryd, ac <a href="#support">mae help ar frig y dudalen hon</a>.
share-noscript-html = Mae angen JavaScript ar y dudalen hon i wneud eich ffeil, ac mae wedi'i ddiffodd neu heb lwytho. Gallwch chi ysgrifennu'r ffeil eich hun o hyd: mae'n cael ei hesbonio isod, ac yn y <a href="{ $guide }">canllaw i adrodd eich stori</a>.
share-form-heading = Ysgrifennu eich stori
share-required-note-html = Mae angen ateb y cwestiynau sydd wedi'u marcio <span class="share-required">(gorfodol)</span> cyn bod modd gwneud eich ffeil.
share-required = (gorfodol)
share-errors-heading = Cyn bod modd gwneud eich ffeil
share-field-title = Teitl
share-field-title-hint = Teitl eich stori, fel yr hoffech chi iddo gael ei ddangos.
share-field-summary = Crynodeb
share-field-summary-hint = Un neu ddwy frawddeg am eich stori, ar gyfer cardiau stori a chanlyniadau chwilio.
share-field-summary-limit = Hyd at { $max } nod.
share-field-storyteller = Yr enw i'w gydnabod
share-field-storyteller-hint = Yr enw yr hoffech chi gael eich adnabod wrtho yma. Mae enw cyntaf, enw ffug neu Dienw i gyd yn iawn.
share-field-site = Lle
share-field-site-hint = Ble digwyddodd eich stori, os yw'n un o'r rhain.
share-field-site-none = Dim un o'r rhain, neu byddai'n well gen i beidio â dweud
share-field-features = Beth mae eich stori'n ei ddangos
share-field-features-hint = Ticiwch o leiaf un.
share-field-themes = Themâu
share-field-themes-hint = Ychydig eiriau am yr hyn mae eich stori'n sôn amdano, wedi'u gwahanu gan atalnodau, er enghraifft: tai, cymorth gan gymheiriaid. Gallwch chi adael hwn yn wag.
share-field-warnings = Rhybuddion cynnwys
share-field-warnings-hint = Ticiwch unrhyw bwnc y dylai darllenydd wybod amdano cyn dechrau. Mae eich stori'n aros ynghudd nes bod pob darllenydd yn dewis ei hagor.
share-field-story = Eich stori
share-field-story-hint = Yn eich geiriau eich hun. Gadewch linell wag rhwng paragraffau.
share-make = Gwneud fy ffeil stori
share-result-heading = Eich ffeil stori
share-download = Lawrlwytho'r ffeil
share-copy = Copïo'r ffeil
share-github = Ei hychwanegu ar GitHub
share-new-tab = (yn agor mewn tab newydd)
share-file-text = Testun y ffeil
share-next-heading = Beth sy'n digwydd nesaf
share-next-send-html = Anfonwch y ffeil at eich cefnogwr, neu ychwanegwch hi ar GitHub yn y ffolder <code>{ $folder }</code> yn <code>{ $repository }</code>.
share-next-read = Mae eich cefnogwr yn ei darllen gyda chi, ac yn cofnodi ble rydych chi wedi cytuno y caiff ymddangos.
share-next-review = Mae adolygydd yn ei gwirio, a dim ond wedyn y caiff ei chyhoeddi, a hynny dim ond lle dywedoch chi ie.
share-format-summary = Sut olwg sydd ar ffeil stori
share-format-html = Un ffeil destun sy'n gorffen â <code>.md</code> yw stori, yn y ffolder <code>{ $folder }</code>. Mae'n dechrau gydag ychydig linellau am y stori rhwng dwy linell <code>---</code>, ac yna'r stori ei hun. Mae'r caniatâd bob amser yn dechrau fel <code>pending</code> heb ddewis unrhyw le: bydd eich cefnogwr yn ei lenwi gyda chi.
share-format-guide-html = Mae'r <a href="{ $guide }">canllaw i adrodd eich stori</a> yn esbonio pob llinell, a sut mae cefnogwr yn anfon stori i mewn.
# Used by share.js: { $name } placeholders are filled in by the script.
share-js-personal = Mae hyn yn edrych fel { $what }: “{ $text }”. Tynnwch ef allan, neu newidiwch ef fel nad yw'n dangos pwy yw neb.
share-js-need-title = Rhowch deitl i'ch stori.
share-js-need-summary = Ysgrifennwch frawddeg neu ddwy am eich stori.
share-js-need-storyteller = Ysgrifennwch yr enw i'w gydnabod. Mae Dienw yn iawn.
share-js-need-features = Ticiwch o leiaf un peth mae eich stori'n ei ddangos.
share-js-need-story = Ysgrifennwch eich stori.
share-js-summary-long = Mae'r crynodeb yn { $length } nod o hyd. Mae cardiau a chanlyniadau chwilio yn dangos tua { $max }, felly byrhewch ef { $over } nod, os gwelwch yn dda.
share-js-github-ready = Mae GitHub yn agor gyda'ch ffeil wedi'i llenwi, yn y ffolder cywir. Mae angen cyfrif GitHub arnoch chi i'w chadw yno.
share-js-github-too-long = Mae eich stori'n rhy hir i'w llenwi ar GitHub ar eich rhan: copïwch a gludwch hi yn lle hynny. Copïwch y ffeil, agorwch GitHub, yna gludwch hi yn y blwch gwag mawr.
share-js-ready = Mae eich ffeil { $name } yn barod.
share-js-downloaded = Wedi lawrlwytho { $name }. Chwiliwch amdani yn eich ffolder lawrlwythiadau.
share-js-copied = Wedi'i chopïo. Gallwch chi ei gludo lle bynnag mae ei angen arnoch chi.
share-js-copy-failed = Doedd copïo ddim yn gweithio yma: dewiswch y testun isod a'i gopïo.
share-personal-kind = { $code ->
    [personal-nhs-number] rhif GIG
    [personal-email] cyfeiriad e-bost
    [personal-phone] rhif ffôn
   *[personal-postcode] cod post
  }
share-example-title = Sefyll ar fy nhraed fy hun eto
share-example-summary = Un neu ddwy frawddeg am y stori.
share-example-body = Y stori, yn eich geiriau eich hun.
