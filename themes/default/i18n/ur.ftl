# storypress default theme: the interface in Urdu (اردو).
#
# FIRST TRANSLATION, NOT YET REVIEWED. This file was translated from en.ftl without a
# fluent Urdu speaker. It awaits review by a fluent speaker before publication.
# To report or make a correction, edit this file, or override any message in a
# storybook's own i18n/ur.ftl (see themes/default/README.md, "Translations").
#
# پہلا ترجمہ، ابھی نظرِ ثانی نہیں ہوئی۔ یہ فائل en.ftl سے کسی ایسے شخص کے بغیر ترجمہ کی گئی
# جو روانی سے اردو بولتا ہو۔ شائع ہونے سے پہلے کسی روانی سے اردو بولنے والے کو اس پر نظرِ ثانی
# کرنی ہے۔ کسی غلطی کی اطلاع یا درستی کے لیے یہ فائل تبدیل کریں، یا کہانیوں کی کتاب کی اپنی
# i18n/ur.ftl فائل میں کسی بھی پیغام کی جگہ نیا پیغام لکھیں۔
#
# Messages whose name ends in -html may hold a little markup (a link, <strong>, <kbd>,
# <code>); every other message is plain text.

## Shared pieces

punct-comma = {"، "}
punct-colon = {": "}
list-separator = {" · "}
date-long = { $day } { $month ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
  } { $year }
kind-name = { $kind ->
    [story] ذاتی تجربہ
    [case-study] کیس اسٹڈی
   *[site] جگہ
  }
kind-plural = { $kind ->
    [story] ذاتی تجربات کی کہانیاں
    [case-study] کیس اسٹڈیز
   *[site] جگہیں
  }
# The names of languages, in this interface's language: "In Polish" on a card.
language-name = { $code ->
    [ar] عربی
    [bn] بنگالی
    [cy] ویلش
    [de] جرمن
    [en] انگریزی
    [es] ہسپانوی
    [fa] فارسی
    [fr] فرانسیسی
    [ga] آئرش
    [gd] اسکاٹش گیلک
    [gu] گجراتی
    [he] عبرانی
    [hi] ہندی
    [it] اطالوی
    [lt] لتھوانیائی
    [pa] پنجابی
    [pl] پولش
    [ps] پشتو
    [pt] پرتگالی
    [ro] رومانیائی
    [ru] روسی
    [so] صومالی
    [ta] تمل
    [ti] تگرینیا
    [tr] ترکی
    [uk] یوکرینی
    [ur] اردو
    [zh] چینی
   *[other] { $code }
  }
# A link to a translation is worded in the language it leads to: this file's own.
read-in-this-language = اردو میں پڑھیں
read-in-other-language = اسے { $name } میں پڑھیں
translations-label = یہ کہانی دوسری زبانوں میں
# Content warnings by id; a storybook's own warnings show their words.
warning-name = { $id ->
    [suicide] خودکشی
    [self-harm] خود کو نقصان پہنچانا
    [abuse] بدسلوکی
    [domestic-abuse] گھریلو بدسلوکی
    [sexual-violence] جنسی تشدد
    [child-abuse] بچوں کے ساتھ بدسلوکی
    [trauma] صدمہ
    [bereavement] کسی پیارے کی موت کا غم
    [substance-use] منشیات یا نشہ آور اشیاء کا استعمال
    [crisis] بحران
    [eating-disorders] کھانے پینے سے متعلق عوارض
    [psychosis] سائیکوسس
    [detention] قانون کے تحت روکا جانا
    [racism] نسل پرستی
    [discrimination] امتیازی سلوک
    [violence] تشدد
    [homelessness] بے گھری
    [debt] قرض
    [medication] دوائیں
   *[other] { $label }
  }
count-stories = { $count ->
    [one] { $count } کہانی
   *[other] { $count } کہانیاں
  }
count-case-studies = { $count ->
    [one] { $count } کیس اسٹڈی
   *[other] { $count } کیس اسٹڈیز
  }
count-profiles = { $count ->
    [one] { $count } جگہ کا تعارف
   *[other] { $count } جگہوں کے تعارف
  }
count-places = { $count ->
    [one] { $count } جگہ
   *[other] { $count } جگہیں
  }
count-nothing = ابھی کچھ نہیں
reading-time = { $minutes ->
    [one] پڑھنے میں { $minutes } منٹ
   *[other] پڑھنے میں { $minutes } منٹ
  }
told-by = { $name } کی زبانی
in-language = { $name } میں

## Page titles

title-features = خصوصیات
title-themes = موضوعات
title-places = جگہیں
title-search = تلاش
title-accessibility = رسائی کا بیان
title-impact = اثرات
title-browsing-safely = محفوظ طریقے سے براؤز کرنا
title-share = اپنی کہانی شیئر کریں
title-not-found = صفحہ نہیں ملا

## The frame of every page

skip-link = سیدھے مواد پر جائیں
internal-banner = اندرونی ورکشاپ ایڈیشن — عوامی طور پر شیئر کرنے کے لیے نہیں
quick-exit = یہ سائٹ چھوڑ دیں
quick-exit-hint-html = یا <kbd>Esc</kbd> دو بار دبائیں
browsing-safely = محفوظ طریقے سے براؤز کرنا
nav-label = مرکزی
nav-stories = کہانیاں
nav-case-studies = کیس اسٹڈیز
nav-places = جگہیں
nav-features = خصوصیات
nav-themes = موضوعات
nav-search = تلاش
help-heading = کیا آپ کو ابھی مدد کی ضرورت ہے؟
help-teaser-phone = { $name } { $phone }
help-teaser-text = { $name }: { $number } پر ٹیکسٹ کریں
help-teaser-name = { $name }
help-teaser-hours = { $line }، { $hours }۔
help-teaser-end = { $line }۔
help-open-hint = کس کو کال یا ٹیکسٹ کریں
helpline-call-html = <a class="helpline-number" href="{ $href }">{ $number }</a> پر کال کریں
helpline-text-html = <a class="helpline-number" href="{ $href }">{ $number }</a> پر ٹیکسٹ کریں
helpline-text-keyword-html = { $keyword } لکھ کر <a class="helpline-number" href="{ $href }">{ $number }</a> پر ٹیکسٹ کریں
helpline-visit-html = <a href="{ $href }">{ $label }</a> پر جائیں
helpline-or = یا
helpline-hours = ({ $hours })
footer-licence-link-html = کہانیاں <a href="{ $url }" rel="license">{ $licence }</a> کے تحت شیئر کی جاتی ہیں، سوائے اس کے کہ کسی کہانی میں کچھ اور لکھا ہو۔
footer-licence = کہانیاں { $licence } کے تحت شیئر کی جاتی ہیں، سوائے اس کے کہ کسی کہانی میں کچھ اور لکھا ہو۔
footer-accessibility = رسائی کا بیان
footer-feed = نئی کہانیوں سے باخبر رہیں (Atom فیڈ)
footer-impact = پروگرام نے کیا حاصل کیا ہے
footer-printed = { $url } سے پرنٹ کیا گیا
footer-made-with = storypress سے بنایا گیا
feed-title = { $site }

## A story, case study or place profile

care-note-plain = مواد کے بارے میں نوٹ: اس میں { $warnings } کا ذکر ہے۔
cw-heading = پڑھنے سے پہلے
cw-talks-about-html = { $kind ->
    [site] اس صفحے میں ان باتوں کا ذکر ہے: <strong>{ $warnings }</strong>۔
   *[other] اس کہانی میں ان باتوں کا ذکر ہے: <strong>{ $warnings }</strong>۔
  }
cw-own-pace = اسے صرف تب پڑھیں جب اور اگر آپ کو ٹھیک لگے۔ آپ کسی بھی وقت رک سکتے ہیں۔
cw-support-html = اگر اسے پڑھ کر آپ کے اندر مشکل احساسات ابھریں تو <a href="#support" data-opens-help>مدد کی تفصیلات اس صفحے کے اوپر دی گئی ہیں</a>۔
care-note-html = <span class="care-note-label">مواد کے بارے میں نوٹ:</span> اس میں { $warnings } کا ذکر ہے۔
composite-note = کئی تجربات پر مبنی مثالی کہانی: یہ کہانی کئی لوگوں کے تجربات سے لی گئی ہے۔ یہ کسی ایک حقیقی شخص کی آپ بیتی نہیں ہے، اور نام اور تفصیلات بدل دی گئی ہیں۔
composite-card = کئی تجربات پر مبنی مثالی کہانی
consent-review-note = رضامندی کی { $date } تک دوبارہ تصدیق ہونی ہے۔
story-read = کہانی پڑھیں
story-hide = کہانی چھپائیں
print-collapsed = کہانی ایک بند حصے میں ہے۔ اگر اس پرنٹ میں اس کا متن نہیں ہے تو اسکرین پر “{ story-read }” کھولیں اور دوبارہ پرنٹ کریں۔
prompts-heading = بات چیت کے لیے سوالات
quote-credit = — { $name }
credit = © { $owner }۔
credit-licence = © { $owner }، { $licence } کے تحت شیئر کی گئی۔
credit-licence-link-html = © { $owner }، <a href="{ $url }" rel="license">{ $licence }</a> کے تحت شیئر کی گئی۔
tags-features = خصوصیات
tags-themes = موضوعات
story-end-more = اس جیسی مزید کہانیاں
story-end-before-you-go = جانے سے پہلے
share-invite = کیا آپ کے ساتھ بھی کچھ ایسا ہوا ہے؟ اگر آپ اپنی کہانی شیئر کرنا چاہیں تو کہانیوں کی یہ کتاب چلانے والی ٹیم سے پوچھیں۔
share-invite-own = کیا آپ کے ساتھ بھی کچھ ایسا ہوا ہے؟ آپ اپنی کہانی شیئر کر سکتے ہیں۔
share-invite-link = اپنی کہانی شیئر کریں

## Recordings

player-watch = کہانی دیکھیں
player-listen = کہانی سنیں
player-cannot-play = یہ براؤزر یہاں ریکارڈنگ نہیں چلا سکتا۔
player-words-below = ریکارڈنگ کے الفاظ نیچے تحریری متن میں موجود ہیں۔
player-download = ریکارڈنگ ڈاؤن لوڈ کریں
transcript-heading = تحریری متن
transcript-help = کوئی سطر منتخب کریں تاکہ ریکارڈنگ وہیں سے چلے۔
transcript-note = نیچے دیا گیا کہانی کا متن وہی ہے جو ریکارڈنگ میں کہا گیا ہے۔
# Used by search.js: { $time } is the moment, as 3:12.
search-said-at = { $time } پر کہا گیا
clip-transcript-label = کلپ کا تحریری متن: { $title }
clip-heading = کلپ: { $title }
clip-range = ({ $start } سے { $end } تک)
clip-slide-label = کلپ: { $title }
clip-from-html = <cite>{ $title }</cite> سے · { $start } سے { $end } تک
clip-from-told-by-html = <cite>{ $title }</cite> سے، { $name } کی زبانی · { $start } سے { $end } تک

## Listings

cards-empty = یہاں ابھی کوئی کہانی نہیں ہے۔
features-empty = ابھی کسی خصوصیت کی وضاحت نہیں کی گئی۔
places-empty = ابھی کوئی جگہ نہیں ہے۔
list-intro = { $kind ->
    [story] وہ کہانیاں جو ان پر بیتیں، انہی لوگوں کی زبانی، ان کے اپنے الفاظ میں۔
    [case-study] خدمات، ٹیمیں اور طریقۂ کار، اور ان سے لوگوں کے لیے کیا بدلا۔
   *[other] {""}
  }
feature-eyebrow = خصوصیت
feature-in-practice = عملی طور پر
feature-listing = کہانیاں اور کیس اسٹڈیز
features-lead = یہ خصوصیات بتاتی ہیں کہ { $site } کیسے کام کرتا ہے۔ کوئی ایک منتخب کریں اور پڑھیں کہ عملی طور پر اس کا کیا مطلب ہے، اور اس کے پیچھے کون سی کہانیاں ہیں۔
theme-eyebrow = موضوع
theme-lead = { $count ->
    [one] { $count } کہانی یا کیس اسٹڈی اس موضوع سے متعلق ہے۔
   *[other] { $count } کہانیاں اور کیس اسٹڈیز اس موضوع سے متعلق ہیں۔
  }
themes-lead = موضوعات وہ الفاظ ہیں جو کہانی سنانے والوں اور مدیروں نے یہ بتانے کے لیے استعمال کیے کہ ہر کہانی کس بارے میں ہے۔
themes-empty = ابھی کوئی موضوع نہیں ہے۔
site-eyebrow = جگہ
site-list-lead = { $count ->
    [one] اس جگہ سے { $count } کہانی یا کیس اسٹڈی۔
   *[other] اس جگہ سے { $count } کہانیاں اور کیس اسٹڈیز۔
  }
site-listing = { $place } سے کہانیاں اور کیس اسٹڈیز
site-empty = اس جگہ سے ابھی کچھ شائع نہیں ہوا۔
sites-lead = وہ جگہیں جہاں { $site } چلتا ہے، اور ہر جگہ سے کیا شیئر کیا گیا ہے۔
sites-profiles = جگہوں کے تعارف

## Pages of a listing, feeds

page-of = { $count } میں سے صفحہ { $number }
title-page-of = ({ $count } میں سے صفحہ { $number })
pagination-label = اس فہرست کے صفحات
pagination-previous = پچھلا
pagination-next = اگلا
# Read by screen readers after "پچھلا" and "اگلا" ("پچھلا صفحہ").
pagination-page-hidden = صفحہ
pagination-page = صفحہ { $number }
narrow-by-feature = خصوصیت کے لحاظ سے
narrow-by-place = یہ خصوصیت کسی ایک جگہ میں
feed-link = فیڈ ریڈر کے ذریعے یہاں نئی کہانیوں سے باخبر رہیں (Atom)

## Home

home-recent = حالیہ کہانیاں
home-all-stories = تمام کہانیاں
home-all-case-studies = تمام کیس اسٹڈیز
home-features = خصوصیات
home-places = جگہیں

## Not found

not-found-heading = ہمیں وہ صفحہ نہیں مل رہا
not-found-lead = ہو سکتا ہے لنک پرانا ہو، یا صفحہ ہٹا دیا گیا ہو۔ بعض اوقات کہانی شیئر کرنے والا شخص ہم سے کہتا ہے تو ہم کہانیاں ہٹا دیتے ہیں۔
not-found-try = اس کے بجائے آپ ان میں سے کوئی صفحہ دیکھ سکتے ہیں:
not-found-home = کہانیوں کی کتاب کا ہوم پیج
not-found-help-html = اگر آپ کو کسی سے بات کرنے کی ضرورت ہے تو <a href="#support">مدد کی تفصیلات اس صفحے کے اوپر دی گئی ہیں</a>۔

## Browsing safely

safely-lead = اگر کوئی اور آپ کا فون یا کمپیوٹر استعمال کرتا ہے، یا یہ دیکھ سکتا ہے کہ آپ کیا پڑھتے رہے ہیں، تو یہ اقدامات آپ کے وزٹ کو نجی رکھنے میں مدد کر سکتے ہیں۔
safely-leaving-heading = جلدی سے نکلنا
safely-leaving-button-html = ہر صفحے کے اوپر موجود “{ $label }” بٹن آپ کو سیدھا کسی دوسری سائٹ پر لے جاتا ہے۔ جہاں کی بورڈ ہو، وہاں <kbd>Esc</kbd> دو بار دبانے سے بھی یہی ہوتا ہے۔ یہ اس صفحے کی جگہ لے لیتا ہے جس پر آپ تھے، اس لیے Back دبانے سے وہ صفحہ دوبارہ نہیں کھلتا۔
safely-leaving-close = فوراً نکلنے کے لیے ٹیب یا براؤزر کی ونڈو بند کر دیں۔
safely-leaving-limits = یہ ان صفحات کو نہیں ہٹا سکتا جو آپ نے اس سے پہلے دیکھے تھے، اور اگر آپ کے براؤزر میں JavaScript بند ہو تو یہ کام نہیں کرتا۔
safely-private-heading = پرائیویٹ ونڈو استعمال کریں
safely-private = پرائیویٹ ونڈو (جسے Chrome میں Incognito، Edge میں InPrivate، اور Safari اور Firefox میں Private Browsing کہا جاتا ہے) بند کرنے کے بعد آپ کے دیکھے ہوئے صفحات آپ کی ہسٹری میں نہیں رکھتی۔ پڑھنے سے پہلے اپنے براؤزر کے مینو سے ایک پرائیویٹ ونڈو کھولیں۔
safely-history-heading = اپنی ہسٹری صاف کرنا
safely-history-html = اگر آپ نے عام ونڈو میں کہانیاں پڑھی ہیں تو بعد میں آپ انہیں اپنی ہسٹری سے حذف کر سکتے ہیں: اپنے براؤزر کی ہسٹری کھولیں (عام طور پر <kbd>Ctrl</kbd>+<kbd>H</kbd>، یا Mac پر <kbd>Cmd</kbd>+<kbd>Y</kbd>، یا فون پر مینو میں History) اور اس سائٹ کے صفحات ہٹا دیں۔ پوری ہسٹری صاف کرنا خود بھی کسی کی نظر میں آ سکتا ہے؛ صرف یہ صفحات ہٹانا زیادہ محفوظ ہو سکتا ہے۔
safely-cannot-heading = یہ سائٹ کیا نہیں کر سکتی
safely-cannot = یہ سائٹ آپ کی جگہ آپ کی براؤزنگ ہسٹری صاف نہیں کر سکتی، اور نہ ہی یہ دیکھ یا بدل سکتی ہے کہ آپ کے آلے پر کیا محفوظ ہے۔ یہ اس بات کا کوئی ریکارڈ نہیں رکھتی کہ اسے کون پڑھتا ہے۔
safely-talk-html = اگر آپ کو فکر ہے کہ کوئی آپ کی سرگرمیوں پر نظر رکھ رہا ہے تو آپ رازداری کے ساتھ کسی سے بات کر سکتے ہیں: اس صفحے کے اوپر <a href="#support" data-opens-help>مدد کہاں سے حاصل کریں</a> دیکھیں۔

## Search

search-lead = ہر کہانی، کیس اسٹڈی اور جگہ کے الفاظ میں تلاش کریں، اور نتائج کو خصوصیت، جگہ، قسم اور موضوع کے لحاظ سے محدود کریں۔
search-label = کہانیوں کی کتاب میں تلاش کریں
search-hint = مثال کے طور پر: باغبانی، قرض یا کوچ۔ آپ کے ٹائپ کرتے ہی نتائج ظاہر ہوتے ہیں۔
search-button = تلاش کریں
search-noscript-html = تلاش کے لیے JavaScript ضروری ہے، جو بند ہے یا لوڈ نہیں ہوئی۔ ہر صفحہ اب بھی بس ایک دو کلک کی دوری پر ہے: <a href="#browse-heading">خصوصیت، جگہ، قسم یا موضوع کے لحاظ سے براؤز کریں</a>۔
search-filters = نتائج فلٹر کریں
search-facet-feature = خصوصیت
search-facet-site = جگہ
search-facet-kind = قسم
search-facet-theme = موضوع
search-clear = فلٹر ہٹائیں
search-results = نتائج
search-more = مزید نتائج دکھائیں
search-browse = براؤز کریں
search-browse-feature = خصوصیت کے لحاظ سے
search-browse-site = جگہ کے لحاظ سے
search-browse-kind = قسم کے لحاظ سے
search-browse-theme = موضوع کے لحاظ سے
# Used by search.js: { $count } is a number, every other { $name } a word it fills in.
search-chosen = ({ $count } منتخب)
search-result-count = { $count ->
    [one] 1 نتیجہ
   *[other] { $count } نتائج
  }
search-summary-query = “{ $query }” کے لیے { $results }
# Followed by "{ $summary }: { $names }" or "{ $summary }۔", so the verb is in here.
search-summary-filters = { $count ->
    [one] 1 صفحہ فلٹرز سے مطابقت رکھتا ہے
   *[other] { $count } صفحات فلٹرز سے مطابقت رکھتے ہیں
  }
search-summary-filtered = { $summary }، { $names } کے لحاظ سے فلٹر شدہ
search-summary-filters-named = { $summary }: { $names }
search-summary-end = { $summary }۔
search-none-query = { $summary }۔ ہجے چیک کریں، یا کم یا دوسرے الفاظ آزمائیں۔
search-none-query-filters = { $summary }۔ ہجے چیک کریں، کم یا دوسرے الفاظ آزمائیں، یا فلٹر ہٹا دیں۔
search-none-filters = { $summary }۔ کم فلٹر آزمائیں۔
search-more-count = { $count ->
    [one] 1 مزید نتیجہ دکھائیں ({ $left } باقی)
   *[other] { $count } مزید نتائج دکھائیں ({ $left } باقی)
  }
search-failed-offline = تلاش لوڈ نہیں ہو سکی (لگتا ہے آپ آف لائن ہیں)۔ تھوڑی دیر بعد دوبارہ کوشش کریں، یا نیچے خصوصیت، جگہ، قسم یا موضوع کے لحاظ سے براؤز کریں۔
search-failed = تلاش لوڈ نہیں ہو سکی (انڈیکس موصول نہیں ہوا)۔ تھوڑی دیر بعد دوبارہ کوشش کریں، یا نیچے خصوصیت، جگہ، قسم یا موضوع کے لحاظ سے براؤز کریں۔
search-from-file = تلاش کے لیے ضروری ہے کہ سائٹ کسی ویب ایڈریس سے کھولی جائے: فائل سے کھولنے پر یہ اپنا انڈیکس لوڈ نہیں کر سکتی۔ نیچے خصوصیت، جگہ، قسم یا موضوع کے لحاظ سے براؤز کریں۔
search-show-passage = مطابقت رکھنے والا حصہ دکھائیں
search-hide-passage = مطابقت رکھنے والا حصہ چھپائیں
search-told-by = { $name } کی زبانی
search-features = خصوصیات
search-loading = لوڈ ہو رہا ہے

## Accessibility statement

a11y-heading = { $site } کے لیے رسائی کا بیان
a11y-lead-html = رسائی کا یہ بیان { $site } پر لاگو ہوتا ہے، جو <a href="{ $url }">{ $url }</a> پر ہے۔
a11y-intro = ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ اس ویب سائٹ کو استعمال کر سکیں۔ مثال کے طور پر، اس کا مطلب ہے کہ آپ یہ کر سکیں:
a11y-can-colours = اپنے براؤزر یا آلے کی سیٹنگز کے ذریعے رنگ، کنٹراسٹ کی سطح اور فونٹ بدلنا، بشمول ڈارک موڈ
a11y-can-zoom = 400% تک زوم کرنا، اس طرح کہ متن اسکرین سے باہر نہ جائے
a11y-can-keyboard = صرف کی بورڈ استعمال کر کے پوری ویب سائٹ پر آگے پیچھے جانا
a11y-can-screen-reader = اسکرین ریڈر استعمال کر کے پوری ویب سائٹ سننا
a11y-can-no-js = JavaScript کے بغیر ہر کہانی پڑھنا، اور اسے صاف ستھرے انداز میں پرنٹ کرنا
a11y-can-exit = ہر صفحے کے اوپر موجود “{ $label }” بٹن کے ذریعے، یا Escape کی دو بار دبا کر، ویب سائٹ سے جلدی نکلنا
a11y-care = مشکل تجربات کے بارے میں کہانیاں مواد کے بارے میں ایک نوٹ سے شروع ہوتی ہیں، اور کہانی اس وقت تک بند رہتی ہے جب تک آپ خود اسے کھولنے کا انتخاب نہ کریں۔ ہر صفحہ بتاتا ہے کہ مدد کہاں سے حاصل کی جا سکتی ہے۔
a11y-abilitynet-html = اگر آپ کو کوئی معذوری ہے تو <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> کے پاس اپنے آلے کو استعمال میں آسان بنانے کے بارے میں مشورے موجود ہیں۔
a11y-how-heading = یہ ویب سائٹ کتنی قابلِ رسائی ہے
a11y-how-full = ہمیں اس ویب سائٹ کے کسی ایسے حصے کا علم نہیں جو قابلِ رسائی نہ ہو۔ اگر آپ کو ایسا کوئی حصہ ملے تو براہِ مہربانی ہمیں بتائیں۔
a11y-how-partial-html = ہم جانتے ہیں کہ اس ویب سائٹ کے کچھ حصے پوری طرح قابلِ رسائی نہیں ہیں۔ ان کی فہرست نیچے <a href="#non-accessible-content">ناقابلِ رسائی مواد</a> میں دی گئی ہے۔
a11y-feedback-heading = رائے اور رابطے کی معلومات
a11y-feedback-contact-html = اگر آپ کو کوئی کہانی کسی دوسری شکل میں چاہیے، جیسے بڑے حروف، آسان زبان (easy read)، آڈیو یا بریل، تو ہمیں بتائیں: <a href="{ $href }">{ $contact }</a>۔ ہم 5 کاروباری دنوں کے اندر جواب دیں گے۔
a11y-feedback-none = اگر آپ کو کوئی کہانی کسی دوسری شکل میں چاہیے، جیسے بڑے حروف، آسان زبان (easy read)، آڈیو یا بریل، تو براہِ مہربانی اس ادارے سے رابطہ کریں جو کہانیوں کی یہ کتاب شائع کرتا ہے۔
a11y-report-heading = اس ویب سائٹ پر رسائی کے مسائل کی اطلاع دینا
a11y-report-contact-html = ہم اس ویب سائٹ کی رسائی بہتر بنانے کی ہمیشہ کوشش کرتے رہتے ہیں۔ اگر آپ کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں ہے، یا آپ سمجھتے ہیں کہ ہم رسائی کے تقاضے پورے نہیں کر رہے، تو ہم سے رابطہ کریں: <a href="{ $href }">{ $contact }</a>۔
a11y-report-none = ہم اس ویب سائٹ کی رسائی بہتر بنانے کی ہمیشہ کوشش کرتے رہتے ہیں۔ اگر آپ کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں ہے، یا آپ سمجھتے ہیں کہ ہم رسائی کے تقاضے پورے نہیں کر رہے، تو براہِ مہربانی اس ادارے سے رابطہ کریں جو کہانیوں کی یہ کتاب شائع کرتا ہے۔
a11y-enforcement-heading = نفاذ کا طریقۂ کار
a11y-enforcement-html = مساوات اور انسانی حقوق کمیشن (Equality and Human Rights Commission, EHRC) پبلک سیکٹر باڈیز (ویب سائٹس اور موبائل ایپلیکیشنز) (نمبر 2) رسائی کے ضوابط 2018 (Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018، یعنی “رسائی کے ضوابط”) کے نفاذ کا ذمہ دار ہے۔ اگر آپ اپنی شکایت پر ہمارے جواب سے مطمئن نہیں ہیں تو <a href="https://www.equalityadvisoryservice.com/">مساوات سے متعلق مشاورت اور معاونت کی سروس (Equality Advisory and Support Service, EASS)</a> سے رابطہ کریں۔
a11y-enforcement-ni-html = اگر آپ شمالی آئرلینڈ میں ہیں اور اپنی شکایت پر ہمارے جواب سے مطمئن نہیں ہیں تو آپ <a href="https://www.equalityni.org/Home">شمالی آئرلینڈ کے مساوات کمیشن (Equality Commission for Northern Ireland)</a> سے رابطہ کر سکتے ہیں۔
a11y-technical-heading = اس ویب سائٹ کی رسائی کے بارے میں تکنیکی معلومات
a11y-technical = { $site } کے ناشرین رسائی کے ضوابط کے مطابق اس ویب سائٹ کو قابلِ رسائی بنانے کے لیے پرعزم ہیں۔
a11y-status-heading = تعمیل کی صورتحال
a11y-status-full-html = یہ ویب سائٹ <a href="https://www.w3.org/TR/WCAG22/">ویب مواد تک رسائی کے رہنما اصول (Web Content Accessibility Guidelines) ورژن 2.2</a> کے AA معیار کی مکمل تعمیل کرتی ہے۔
a11y-status-partial-html = یہ ویب سائٹ نیچے درج عدم تعمیل کی وجہ سے <a href="https://www.w3.org/TR/WCAG22/">ویب مواد تک رسائی کے رہنما اصول (Web Content Accessibility Guidelines) ورژن 2.2</a> کے AA معیار کی جزوی تعمیل کرتی ہے۔
a11y-non-accessible-heading = ناقابلِ رسائی مواد
a11y-non-accessible = نیچے درج مواد درج ذیل وجوہات کی بنا پر قابلِ رسائی نہیں ہے۔
a11y-non-compliance-heading = رسائی کے ضوابط کی عدم تعمیل
a11y-improve-heading = ہم رسائی بہتر بنانے کے لیے کیا کر رہے ہیں
a11y-improve = اس ویب سائٹ میں ہر تبدیلی کو شائع ہونے سے پہلے خودکار طریقے سے جانچا جاتا ہے، جیسا کہ نیچے بیان کیا گیا ہے۔ جو تبدیلی کسی صفحے کو کم قابلِ رسائی بنائے، وہ شائع نہیں کی جاتی۔
a11y-preparation-heading = رسائی کے اس بیان کی تیاری
a11y-last-tested-html = اس ویب سائٹ کو آخری بار <time datetime="{ $iso }">{ $date }</time> کو جانچا گیا، اور اسی دن اس بیان کا جائزہ لیا گیا۔
a11y-testing = ہر قسم کے صفحے کو ایک حقیقی براؤزر (Chromium) میں خودکار طریقے سے جانچا جاتا ہے: axe-core کے ذریعے WCAG 2.0، 2.1 اور 2.2 کے A اور AA اصولوں کے مطابق، ہلکی اور گہری رنگ اسکیموں میں، فون اور ڈیسک ٹاپ اسکرین کے سائز پر؛ Nu Html Checker کے ذریعے؛ کی بورڈ کے ذریعے؛ 320 پکسل چوڑائی پر، 200% زوم پر، اور بڑے متن اور متن میں زیادہ فاصلے کے ساتھ؛ اور پرنٹ میں۔

## Impact

impact-lead = کہانیوں کی اس کتاب میں کیا ہے، اور پروگرام کے مطابق لوگوں کے لیے کیا بدلا۔ { $stories ->
    [one] 1 کہانی
   *[other] { $stories } کہانیاں
  } اور { $case_studies ->
    [one] 1 کیس اسٹڈی
   *[other] { $case_studies } کیس اسٹڈیز
  } شائع ہو چکی ہیں۔
impact-outcomes-heading = لوگوں کے لیے کیا بدلا
impact-key-html = ہر پٹی صفر سے شروع ہوتی ہے، اور اس کا پیمانہ اس کے نیچے لکھا ہوتا ہے: فیصد ہمیشہ 0% سے 100% تک ہوتے ہیں۔ <span class="key key-before">دھاری دار پٹیاں، اوپر: پہلے</span>۔ <span class="key key-after">ٹھوس پٹیاں، نیچے: بعد میں</span>۔
impact-source = ماخذ: { $source }
impact-before-after = پہلے { $before }، بعد میں { $after }
impact-outcomes-caption = بتائے گئے نتائج
impact-col-outcome = نتیجہ
impact-col-before = پہلے
impact-col-after = بعد میں یا نتیجہ
impact-not-reported = نہیں بتایا گیا
impact-by-feature-heading = خصوصیت کے لحاظ سے کہانیاں
impact-by-feature-caption = خصوصیت کے لحاظ سے شائع شدہ کہانیاں اور کیس اسٹڈیز
impact-col-feature = خصوصیت
impact-col-count = کہانیاں اور کیس اسٹڈیز
impact-by-place-heading = جگہ کے لحاظ سے کہانیاں
impact-by-place-caption = جگہ کے لحاظ سے شائع شدہ کہانیاں اور کیس اسٹڈیز
impact-col-place = جگہ
impact-overlap = ایک کہانی میں ایک سے زیادہ خصوصیات نظر آ سکتی ہیں، اس لیے خصوصیات کی گنتی کا مجموعہ کہانیوں کی تعداد سے زیادہ ہوتا ہے۔
chart-before = پہلے
chart-after = بعد میں
chart-result = نتیجہ

## Preview (storypress serve only)

preview-shown = شائع نہیں ہوا: یہ پیش منظر صرف آپ دیکھ سکتے ہیں
preview-hidden = یہ صفحہ شائع نہیں ہوا
preview-left-out-html = <code>{ $file }</code> کو سائٹ میں شامل نہیں کیا گیا: { $reason }۔
preview-command-html = اس کا پیش منظر دیکھنے کے لیے <code>{ $command }</code> چلائیں۔
preview-publish = اسے شائع کرنے کے لیے: { $how }۔
preview-no-pictures = اس پیش منظر میں اس کی تصاویر نہیں دکھائی جاتیں۔

## Workshop packs

workshop-pack-banner = ورکشاپ پیک: صرف سہولت کاروں کے لیے، عوامی طور پر شیئر کرنے کے لیے نہیں۔
workshop-title = { $pack } · ورکشاپ پیک · { $site }
workshop-from = { $site } کی جانب سے
workshop-session = { $date } کا سیشن
workshop-prepared = { $date } کو تیار کیا گیا
workshop-selection = { $selection } کے لحاظ سے منتخب کی گئی کہانیاں۔ صرف وہ کہانیاں شامل ہیں جن کے سنانے والوں نے ورکشاپ میں استعمال کی رضامندی دی ہے۔
workshop-selection-features = خصوصیات: { $names }
workshop-selection-sites = جگہیں: { $names }
workshop-selection-themes = موضوعات: { $names }
workshop-selection-kinds = اقسام: { $names }
workshop-selection-or = { $first } یا { $second }
workshop-selection-and = { $first }؛ { $second }
workshop-selection-named = { $count ->
    [one] نام سے چنی گئی { $count } کہانی
   *[other] نام سے چنی گئی { $count } کہانیاں
  }
workshop-pack-nav = پیک
workshop-cards-link = پرنٹ کے قابل کہانی کارڈز
workshop-cards-count = { $count ->
    [one] { $count } کارڈ
   *[other] { $count } کارڈز
  }
workshop-not-all-print = باقی کہانیاں پرنٹ کرنے کے لیے نہیں ہیں
workshop-reading-link = پڑھنے کی کاپی
workshop-reading-about = انہی کہانیوں کا پورا متن، پرنٹ کر کے بلند آواز سے پڑھنے کے لیے، ہر صفحے پر ایک کہانی
workshop-present-link = پیش کار کا منظر
workshop-present-about = پروجیکٹر کے لیے: آگے پیچھے جانے کے لیے تیر والی کلیدیں، اسپیس، کلک، یا اگلا اور پیچھے کے بٹن
workshop-cw-heading = مواد کے بارے میں نوٹس
workshop-cw-none = اس پیک کی کسی کہانی کے ساتھ مواد کے بارے میں نوٹ نہیں ہے۔
workshop-cw-some = ان کہانیوں کے ساتھ مواد کے بارے میں نوٹ ہے۔ ان کے کارڈز، پڑھنے کی کاپی میں ان کے صفحات اور ان کی سلائیڈز اسی نوٹ سے شروع ہوتی ہیں:
workshop-not-for-print = پرنٹ کرنے کے لیے نہیں
workshop-notes-heading = سہولت کار کے لیے نوٹس
workshop-prompts-heading = پورے سیشن کے لیے سوالات
workshop-stories-heading = کہانیاں
workshop-no-stories = کہانیوں کی اس کتاب میں کوئی ایسی کہانی نہیں جو اس پیک سے مطابقت رکھتی ہو اور ورکشاپس کے لیے منظور شدہ ہو۔
workshop-cw-badge = مواد کے بارے میں نوٹ
workshop-told-by = { $name } کی زبانی
workshop-screen-only = کہانی سنانے والے نے ورکشاپس کی رضامندی دی ہے لیکن پرنٹ کرنے کی نہیں: اسے صرف اسکرین پر دکھائیں، اور پرنٹ شدہ کارڈز میں شامل نہ کریں۔
workshop-questions = سوالات:
workshop-support-heading = اگر سیشن کے دوران مشکل احساسات ابھریں
workshop-consent-expires = رضامندی { $date } کو ختم ہو رہی ہے، جو اس سیشن سے پہلے ہے: دوبارہ پوچھیں یا اس کہانی کو شامل نہ کریں۔
workshop-consent-review = رضامندی کی { $date } تک دوبارہ تصدیق ضروری ہے۔
cards-title = کہانی کارڈز · { $pack }
cards-banner = ورکشاپ کارڈز: صرف سہولت کاروں کے لیے، عوامی طور پر شیئر کرنے کے لیے نہیں۔
cards-heading = کہانی کارڈز: { $pack }
cards-size = کارڈ کا سائز
cards-size-a5 = A5، A4 کی ایک شیٹ پر دو
cards-size-a4 = A4، ایک شیٹ پر ایک
cards-print-note = براؤزر سے پرنٹ کریں۔ یہاں صرف وہ کہانیاں ہیں جن کے سنانے والوں نے پرنٹ کرنے کی رضامندی دی ہے۔
cards-talk-about = بات کرنے کے لیے
cards-told-by = { $name } کی زبانی۔
cards-credit = © { $owner }، { $licence } کے تحت شیئر کی گئی۔ { $site } سے۔
reading-title = پڑھنے کی کاپی · { $pack }
reading-banner = پڑھنے کی کاپی: صرف سہولت کاروں کے لیے، عوامی طور پر شیئر کرنے کے لیے نہیں۔
reading-heading = پڑھنے کی کاپی: { $pack }
reading-intro = ہر اس کہانی کا پورا متن جس کے سنانے والے نے پرنٹ کرنے کی رضامندی دی ہے، بلند آواز سے پڑھنے کے لیے۔ ہر کہانی نئے صفحے سے شروع ہوتی ہے، اور سب سے پہلے اس کے مواد کے بارے میں نوٹ ہوتا ہے؛ مدد کہاں سے ملے گی، یہ ہر صفحے کے نیچے درج ہے۔ مواد کے نوٹ والی کہانی پڑھنے سے پہلے کمرے میں موجود لوگوں سے ان کا حال پوچھیں، وقفے کی پیشکش کریں، اور سب کو یاد دلائیں کہ وہ باہر جا سکتے ہیں۔
reading-none = اس پیک کی کوئی کہانی پرنٹ نہیں کی جا سکتی۔
reading-composite = کئی تجربات پر مبنی مثالی کہانی
present-title = پیش کار کا منظر · { $pack }
present-slide-title = عنوان
present-keys = دایاں تیر، اسپیس، Page Down یا اگلا: اگلی سلائیڈ۔ بایاں تیر، Page Up یا پیچھے: پچھلی سلائیڈ۔ Home اور End: پہلی اور آخری سلائیڈ۔ سلائیڈ کے دائیں آدھے حصے پر کلک یا ٹیپ کرنے سے آگے جاتے ہیں، اور بائیں آدھے حصے پر پیچھے۔
present-before-next = اگلی کہانی سے پہلے
present-next-html = اگلی: <cite>{ $title }</cite>
present-next-told-by-html = اگلی: <cite>{ $title }</cite>، { $name } کی زبانی
present-facilitator-html = <strong>سہولت کار:</strong> آگے بڑھنے سے پہلے کمرے میں موجود لوگوں سے ان کا حال پوچھیں۔ وقفے کی پیشکش کریں، اور سب کو یاد دلائیں کہ وہ کسی بھی وقت باہر جا سکتے ہیں اور جب تیار ہوں تو واپس آ سکتے ہیں۔
present-question = سوال
present-from-html = <cite>{ $title }</cite> سے
present-support = مدد
present-thanks = توجہ اور احساس کے ساتھ سننے کا شکریہ
present-slides = سلائیڈز
present-back = پیچھے
present-next = اگلا
present-position = { $total } میں سے سلائیڈ { $count }

## Share your story (the /share/ page and share.js)

share-lead = اپنی کہانی یہاں لکھیں، اور یہ صفحہ اسے کہانیوں کی کتاب کی ٹیم کے لیے ایک کہانی فائل میں بدل دے گا۔ سب کچھ اسی آلے پر رہتا ہے: آپ جو کچھ بھی ٹائپ کرتے ہیں وہ نہ کہیں بھیجا جاتا ہے اور نہ محفوظ کیا جاتا ہے۔ آخر میں فائل کے ساتھ کیا کرنا ہے، یہ آپ خود طے کرتے ہیں۔
share-consent-heading = آپ کی کہانی، آپ کا فیصلہ
share-consent-yes-html = <strong>جب تک آپ ہاں نہ کہیں، کچھ بھی شائع نہیں ہوتا۔</strong> پروگرام کا ایک معاون آپ کے ساتھ آپ کی کہانی پڑھتا ہے اور آپ کی رضامندی لکھتا ہے۔ تب تک فائل میں لکھا ہوتا ہے کہ رضامندی زیرِ التوا (<em>pending</em>) ہے، اور اس کا کوئی حصہ کہیں نظر نہیں آتا۔
share-consent-where-html = <strong>یہ کہاں جائے گی، یہ آپ طے کرتے ہیں۔</strong> آپ ان میں سے کچھ کے لیے، سب کے لیے، یا کسی کے لیے بھی نہیں، ہاں کہہ سکتے ہیں:
share-scope-web-html = <strong>ویب</strong> (web): یہ ویب سائٹ، جہاں کوئی بھی اسے پڑھ سکتا ہے؛
share-scope-workshop-html = <strong>ورکشاپ</strong> (workshop): چھوٹے گروپ سیشن جہاں لوگ کہانیاں پڑھتے ہیں اور ان پر بات کرتے ہیں؛
share-scope-print-html = <strong>پرنٹ</strong> (print): ان سیشنز میں استعمال ہونے والے پرنٹ شدہ کہانی کارڈز۔
share-consent-change-html = <strong>آپ کسی بھی وقت اپنا فیصلہ بدل سکتے ہیں</strong>، شائع ہونے سے پہلے بھی اور بعد میں بھی۔ اپنے معاون کو بتائیں، اور اگلی اپ ڈیٹ میں اسے ہٹا دیا جائے گا۔
share-consent-safe-html = <strong>اپنے آپ کو اور دوسروں کو محفوظ رکھیں۔</strong> ہر وہ چیز نکال دیں جس سے کسی کی شناخت ہو سکتی ہو: پورے نام، پتے، فون نمبر، ای میل ایڈریس، NHS نمبر۔ یہ صفحہ ان میں سے جنہیں پہچان سکتا ہے، ان کی نشاندہی کرتا ہے۔
share-feelings-html = مشکل وقت کے بارے میں لکھنے سے شدید احساسات ابھر سکتے ہیں۔ آپ کسی بھی وقت رک سکتے ہیں، اور <a href="#support">مدد اس صفحے کے اوپر موجود ہے</a>۔
share-noscript-html = آپ کی فائل بنانے کے لیے اس صفحے کو JavaScript کی ضرورت ہے، اور وہ بند ہے یا لوڈ نہیں ہوئی۔ آپ پھر بھی خود فائل لکھ سکتے ہیں: اس کی وضاحت نیچے، اور <a href="{ $guide }">اپنی کہانی سنانے کی گائیڈ</a> میں کی گئی ہے۔
share-form-heading = اپنی کہانی لکھیں
share-required-note-html = جن سوالات پر <span class="share-required">(ضروری)</span> لکھا ہے، آپ کی فائل بننے سے پہلے ان کا جواب دینا ضروری ہے۔
share-required = (ضروری)
share-errors-heading = آپ کی فائل بننے سے پہلے
share-field-title = عنوان
share-field-title-hint = آپ کی کہانی کا عنوان، جیسا آپ اسے دکھانا چاہیں۔
share-field-summary = خلاصہ
share-field-summary-hint = آپ کی کہانی کے بارے میں ایک یا دو جملے، کہانی کارڈز اور تلاش کے نتائج کے لیے۔
share-field-summary-limit = زیادہ سے زیادہ { $max } حروف۔
share-field-storyteller = کریڈٹ کے لیے نام
share-field-storyteller-hint = وہ نام جس سے آپ یہاں پہچانے جانا چاہتے ہیں۔ پہلا نام، فرضی نام یا گمنام (Anonymous)، سب ٹھیک ہیں۔
share-field-site = جگہ
share-field-site-hint = آپ کی کہانی کہاں پیش آئی، اگر وہ ان میں سے کوئی جگہ ہے۔
share-field-site-none = ان میں سے کوئی نہیں، یا بتانا نہیں چاہتے
share-field-features = آپ کی کہانی کیا دکھاتی ہے
share-field-features-hint = کم از کم ایک پر نشان لگائیں۔
share-field-themes = موضوعات
share-field-themes-hint = آپ کی کہانی جن باتوں سے متعلق ہے ان کے بارے میں چند الفاظ، انگریزی کوما (,) سے الگ کر کے، مثال کے طور پر: رہائش, ہم مرتبہ معاونت۔ آپ اسے خالی چھوڑ سکتے ہیں۔
share-field-warnings = مواد کے بارے میں انتباہات
share-field-warnings-hint = ہر اس موضوع پر نشان لگائیں جس کے بارے میں قاری کو شروع کرنے سے پہلے معلوم ہونا چاہیے۔ آپ کی کہانی اس وقت تک بند رہتی ہے جب تک ہر قاری خود اسے کھولنے کا انتخاب نہ کرے۔
share-field-story = آپ کی کہانی
share-field-story-hint = آپ کے اپنے الفاظ میں۔ پیراگراف کے درمیان ایک خالی لائن چھوڑیں۔
share-make = میری کہانی کی فائل بنائیں
share-result-heading = آپ کی کہانی کی فائل
share-download = فائل ڈاؤن لوڈ کریں
share-copy = فائل کاپی کریں
share-github = اسے GitHub پر شامل کریں
share-new-tab = (نئے ٹیب میں کھلتا ہے)
share-file-text = فائل کا متن
share-next-heading = آگے کیا ہوتا ہے
share-next-send-html = فائل اپنے معاون کو بھیجیں، یا اسے GitHub پر <code>{ $repository }</code> کے <code>{ $folder }</code> فولڈر میں شامل کریں۔
share-next-read = آپ کا معاون آپ کے ساتھ اسے پڑھتا ہے، اور لکھتا ہے کہ آپ نے اسے کہاں دکھانے کی رضامندی دی ہے۔
share-next-review = ایک جائزہ کار اسے چیک کرتا ہے، اور صرف اس کے بعد اسے شائع کیا جاتا ہے، اور صرف وہیں جہاں آپ نے ہاں کہی ہے۔
share-format-summary = کہانی کی فائل کیسی ہوتی ہے
share-format-html = کہانی ایک ٹیکسٹ فائل ہوتی ہے جس کا نام <code>.md</code> پر ختم ہوتا ہے، اور جو <code>{ $folder }</code> فولڈر میں رکھی جاتی ہے۔ یہ دو <code>---</code> لائنوں کے درمیان کہانی کے بارے میں چند لائنوں سے شروع ہوتی ہے، پھر خود کہانی آتی ہے۔ رضامندی ہمیشہ <code>pending</code> سے شروع ہوتی ہے اور کوئی جگہ منتخب نہیں ہوتی: آپ کا معاون آپ کے ساتھ مل کر اسے بھرتا ہے۔
share-format-guide-html = <a href="{ $guide }">اپنی کہانی سنانے کی گائیڈ</a> ہر لائن کی وضاحت کرتی ہے، اور یہ بھی بتاتی ہے کہ معاون کہانی کیسے بھیجتا ہے۔
# Used by share.js: { $name } placeholders are filled in by the script.
share-js-personal = یہ { $what } لگتا ہے: “{ $text }”۔ اسے نکال دیں، یا اس طرح بدل دیں کہ اس سے کسی کی شناخت نہ ہو۔
share-js-need-title = اپنی کہانی کو ایک عنوان دیں۔
share-js-need-summary = اپنی کہانی کے بارے میں ایک یا دو جملے لکھیں۔
share-js-need-storyteller = کریڈٹ کے لیے نام لکھیں۔ گمنام (Anonymous) بھی ٹھیک ہے۔
share-js-need-features = کم از کم ایک ایسی چیز پر نشان لگائیں جو آپ کی کہانی دکھاتی ہے۔
share-js-need-story = اپنی کہانی لکھیں۔
share-js-summary-long = خلاصہ { $length } حروف کا ہے۔ کارڈز اور تلاش کے نتائج تقریباً { $max } حروف دکھاتے ہیں، اس لیے براہِ مہربانی اسے { $over } حروف چھوٹا کر دیں۔
share-js-github-ready = GitHub آپ کی فائل کے ساتھ، درست فولڈر میں کھلتا ہے۔ اسے وہاں محفوظ کرنے کے لیے آپ کو GitHub اکاؤنٹ کی ضرورت ہے۔
share-js-github-too-long = آپ کی کہانی اتنی لمبی ہے کہ اسے آپ کے لیے GitHub پر خود بخود نہیں بھرا جا سکتا: اس کے بجائے اسے کاپی اور پیسٹ کریں۔ فائل کاپی کریں، GitHub کھولیں، پھر اسے بڑے خالی خانے میں پیسٹ کریں۔
share-js-ready = آپ کی فائل { $name } تیار ہے۔
share-js-downloaded = { $name } ڈاؤن لوڈ ہو گئی۔ اسے اپنے ڈاؤن لوڈز میں دیکھیں۔
share-js-copied = کاپی ہو گئی۔ آپ اسے جہاں چاہیں پیسٹ کر سکتے ہیں۔
share-js-copy-failed = یہاں کاپی نہیں ہو سکی: نیچے دیا گیا متن منتخب کریں اور اسے کاپی کریں۔
share-personal-kind = { $code ->
    [personal-nhs-number] NHS نمبر
    [personal-email] ای میل ایڈریس
    [personal-phone] فون نمبر
   *[personal-postcode] پوسٹ کوڈ
  }
share-example-title = پھر سے اپنے پیروں پر
share-example-summary = کہانی کے بارے میں ایک یا دو جملے۔
share-example-body = کہانی، آپ کے اپنے الفاظ میں۔
