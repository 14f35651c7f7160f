# storypress default theme: the interface in Arabic (العربية، الفصحى الحديثة).
#
# FIRST TRANSLATION, NOT YET REVIEWED. This file was translated from en.ftl without a
# fluent Arabic speaker. It awaits review by a fluent speaker before publication.
# To report or make a correction, edit this file, or override any message in a
# storybook's own i18n/ar.ftl (see themes/default/README.md, "Translations").
#
# ترجمة أولى لم تُراجَع بعد. تُرجم هذا الملف من en.ftl دون مشاركة متحدث يجيد العربية.
# ويجب أن يراجعه متحدث يجيد اللغة قبل النشر. للإبلاغ عن تصحيح أو إجرائه، عدّل هذا الملف،
# أو استبدل أي رسالة في ملف i18n/ar.ftl الخاص بمجموعة القصص نفسها.
#
# Messages whose name ends in -html may hold a little markup (a link, <strong>, <kbd>,
# <code>); every other message is plain text.

## Shared pieces

punct-comma = {"، "}
punct-colon = {": "}
list-separator = {" · "}
date-long = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
  } { $year }
kind-name = { $kind ->
    [story] تجربة شخصية
    [case-study] دراسة حالة
   *[site] مكان
  }
kind-plural = { $kind ->
    [story] قصص من التجربة الشخصية
    [case-study] دراسات حالة
   *[site] أماكن
  }
# The names of languages, in this interface's language: "In Polish" on a card.
language-name = { $code ->
    [ar] العربية
    [bn] البنغالية
    [cy] الويلزية
    [de] الألمانية
    [en] الإنجليزية
    [es] الإسبانية
    [fa] الفارسية
    [fr] الفرنسية
    [ga] الأيرلندية
    [gd] الغيلية الاسكتلندية
    [gu] الغوجاراتية
    [he] العبرية
    [hi] الهندية
    [it] الإيطالية
    [lt] الليتوانية
    [pa] البنجابية
    [pl] البولندية
    [ps] البشتو
    [pt] البرتغالية
    [ro] الرومانية
    [ru] الروسية
    [so] الصومالية
    [ta] التاميلية
    [ti] التغرينية
    [tr] التركية
    [uk] الأوكرانية
    [ur] الأردية
    [zh] الصينية
   *[other] { $code }
  }
# A link to a translation is worded in the language it leads to: this file's own.
read-in-this-language = اقرأ بالعربية
read-in-other-language = اقرأ هذه القصة باللغة { $name }
translations-label = هذه القصة بلغات أخرى
# Content warnings by id; a storybook's own warnings show their words.
warning-name = { $id ->
    [suicide] الانتحار
    [self-harm] إيذاء النفس
    [abuse] الإساءة
    [domestic-abuse] العنف الأسري
    [sexual-violence] العنف الجنسي
    [child-abuse] إساءة معاملة الأطفال
    [trauma] الصدمة النفسية
    [bereavement] فقدان شخص عزيز
    [substance-use] تعاطي المواد المخدرة
    [crisis] الأزمات
    [eating-disorders] اضطرابات الأكل
    [psychosis] الذهان
    [detention] الاحتجاز بموجب القانون
    [racism] العنصرية
    [discrimination] التمييز
    [violence] العنف
    [homelessness] التشرد
    [debt] الديون
    [medication] الأدوية
   *[other] { $label }
  }
count-stories = { $count ->
    [zero] لا توجد قصص
    [one] قصة واحدة
    [two] قصتان
    [few] { $count } قصص
    [many] { $count } قصة
   *[other] { $count } قصة
  }
count-case-studies = { $count ->
    [zero] لا توجد دراسات حالة
    [one] دراسة حالة واحدة
    [two] دراستا حالة
    [few] { $count } دراسات حالة
    [many] { $count } دراسة حالة
   *[other] { $count } دراسة حالة
  }
count-profiles = { $count ->
    [zero] لا توجد ملفات تعريفية للأماكن
    [one] ملف تعريفي واحد لمكان
    [two] ملفان تعريفيان لمكانين
    [few] { $count } ملفات تعريفية لأماكن
    [many] { $count } ملفًا تعريفيًا لأماكن
   *[other] { $count } ملف تعريفي لأماكن
  }
count-places = { $count ->
    [zero] لا توجد أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
    [many] { $count } مكانًا
   *[other] { $count } مكان
  }
count-nothing = لا شيء بعد
reading-time = { $minutes ->
    [zero] مدة القراءة: أقل من دقيقة
    [one] مدة القراءة: دقيقة واحدة
    [two] مدة القراءة: دقيقتان
    [few] مدة القراءة: { $minutes } دقائق
    [many] مدة القراءة: { $minutes } دقيقة
   *[other] مدة القراءة: { $minutes } دقيقة
  }
told-by = رواية: { $name }
in-language = باللغة { $name }

## Page titles

title-features = السمات
title-themes = الموضوعات
title-places = الأماكن
title-search = البحث
title-accessibility = بيان إمكانية الوصول
title-impact = الأثر
title-browsing-safely = التصفح الآمن
title-share = شارك قصتك
title-not-found = الصفحة غير موجودة

## The frame of every page

skip-link = انتقل إلى المحتوى
internal-banner = نسخة ورشة عمل داخلية — ليست للمشاركة العامة
quick-exit = غادر هذا الموقع
quick-exit-hint-html = أو اضغط على <kbd>Esc</kbd> مرتين
browsing-safely = التصفح الآمن
nav-label = القائمة الرئيسية
nav-stories = القصص
nav-case-studies = دراسات الحالة
nav-places = الأماكن
nav-features = السمات
nav-themes = الموضوعات
nav-search = البحث
help-heading = هل تحتاج إلى مساعدة الآن؟
help-teaser-phone = { $name } { $phone }
help-teaser-text = { $name }: أرسل رسالة نصية إلى { $number }
help-teaser-name = { $name }
help-teaser-hours = { $line }، { $hours }.
help-teaser-end = { $line }.
help-open-hint = بمن تتصل أو لمن ترسل رسالة نصية
helpline-call-html = اتصل على <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-text-html = أرسل رسالة نصية إلى <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-text-keyword-html = أرسل كلمة { $keyword } برسالة نصية إلى <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-visit-html = تفضّل بزيارة <a href="{ $href }">{ $label }</a>
helpline-or = أو
helpline-hours = ({ $hours })
footer-licence-link-html = تُنشر القصص بموجب ترخيص <a href="{ $url }" rel="license">{ $licence }</a> ما لم تذكر القصة خلاف ذلك.
footer-licence = تُنشر القصص بموجب ترخيص { $licence } ما لم تذكر القصة خلاف ذلك.
footer-accessibility = بيان إمكانية الوصول
footer-feed = تابع القصص الجديدة (موجز Atom)
footer-impact = ما حققه البرنامج
footer-printed = طُبعت من { $url }
footer-made-with = صُنع باستخدام storypress
feed-title = { $site }

## A story, case study or place profile

care-note-plain = تنبيه بشأن المحتوى: تتناول { $warnings }.
cw-heading = قبل أن تقرأ
cw-talks-about-html = { $kind ->
    [site] تتناول هذه الصفحة: <strong>{ $warnings }</strong>.
   *[other] تتناول هذه القصة: <strong>{ $warnings }</strong>.
  }
cw-own-pace = اقرأها فقط إذا شعرت بأن الوقت مناسب لك، ومتى شعرت بذلك. يمكنك التوقف في أي وقت.
cw-support-html = إذا أثارت القراءة لديك مشاعر صعبة، <a href="#support" data-opens-help>فستجد جهات الدعم مدرجة أعلى هذه الصفحة</a>.
care-note-html = <span class="care-note-label">تنبيه بشأن المحتوى:</span> تتناول { $warnings }.
composite-note = قصة توضيحية مركّبة: تستند هذه القصة إلى تجارب عدة أشخاص. وهي ليست رواية شخص حقيقي واحد، وقد غُيّرت الأسماء والتفاصيل.
composite-card = قصة توضيحية مركّبة
consent-review-note = يجب إعادة تأكيد الموافقة بحلول { $date }.
story-read = اقرأ القصة
story-hide = إخفاء القصة
print-collapsed = القصة موجودة في قسم مطوي. إذا لم يظهر نصها في هذه النسخة المطبوعة، فافتح «{ story-read }» على الشاشة واطبع مرة أخرى.
prompts-heading = أسئلة للنقاش
quote-credit = — { $name }
credit = © { $owner }.
credit-licence = © { $owner }، منشورة بموجب ترخيص { $licence }.
credit-licence-link-html = © { $owner }، منشورة بموجب ترخيص <a href="{ $url }" rel="license">{ $licence }</a>.
tags-features = السمات
tags-themes = الموضوعات
story-end-more = المزيد من القصص المشابهة
story-end-before-you-go = قبل أن تغادر
share-invite = هل مررت بشيء كهذا؟ إذا كنت ترغب في مشاركة قصتك، فاسأل الفريق الذي يدير مجموعة القصص هذه.
share-invite-own = هل مررت بشيء كهذا؟ يمكنك مشاركة قصتك.
share-invite-link = شارك قصتك

## Recordings

player-watch = شاهد القصة
player-listen = استمع إلى القصة
player-cannot-play = لا يمكن لهذا المتصفح تشغيل التسجيل هنا.
player-words-below = كلمات التسجيل موجودة في النص المكتوب أدناه.
player-download = تنزيل التسجيل
transcript-heading = النص المكتوب
transcript-help = اختر سطرًا لتشغيل التسجيل من عنده.
transcript-note = نص القصة أدناه هو ما يقوله التسجيل.
# Used by search.js: { $time } is the moment, as 3:12.
search-said-at = قيل عند { $time }
clip-transcript-label = النص المكتوب للمقطع: { $title }
clip-heading = مقطع: { $title }
clip-range = (من { $start } إلى { $end })
clip-slide-label = مقطع: { $title }
clip-from-html = من <cite>{ $title }</cite> · من { $start } إلى { $end }
clip-from-told-by-html = من <cite>{ $title }</cite>، رواية: { $name } · من { $start } إلى { $end }

## Listings

cards-empty = لا توجد قصص هنا بعد.
features-empty = لم تُوصف أي سمات بعد.
places-empty = لا توجد أماكن بعد.
list-intro = { $kind ->
    [story] قصص يرويها أصحابها الذين عاشوها، بكلماتهم الخاصة.
    [case-study] خدمات وفرق وممارسات، وما الذي تغيّر بفضلها في حياة الناس.
   *[other] {""}
  }
feature-eyebrow = سمة
feature-in-practice = على أرض الواقع
feature-listing = القصص ودراسات الحالة
features-lead = تصف السمات كيف يعمل { $site }. اختر إحداها لتقرأ ما تعنيه على أرض الواقع، والقصص التي تقف وراءها.
theme-eyebrow = موضوع
theme-lead = { $count ->
    [zero] لا توجد قصة أو دراسة حالة تتناول هذا الموضوع.
    [one] قصة واحدة أو دراسة حالة واحدة تتناول هذا الموضوع.
    [two] اثنتان من القصص ودراسات الحالة تتناولان هذا الموضوع.
    [few] { $count } من القصص ودراسات الحالة تتناول هذا الموضوع.
    [many] { $count } من القصص ودراسات الحالة تتناول هذا الموضوع.
   *[other] { $count } من القصص ودراسات الحالة تتناول هذا الموضوع.
  }
themes-lead = الموضوعات هي الكلمات التي استخدمها رواة القصص والمحررون لوصف ما تدور حوله كل قصة.
themes-empty = لا توجد موضوعات بعد.
site-eyebrow = مكان
site-list-lead = { $count ->
    [zero] لا توجد قصص أو دراسات حالة من هذا المكان.
    [one] قصة واحدة أو دراسة حالة واحدة من هذا المكان.
    [two] اثنتان من القصص ودراسات الحالة من هذا المكان.
    [few] { $count } من القصص ودراسات الحالة من هذا المكان.
    [many] { $count } من القصص ودراسات الحالة من هذا المكان.
   *[other] { $count } من القصص ودراسات الحالة من هذا المكان.
  }
site-listing = قصص ودراسات حالة من { $place }
site-empty = لم يُنشر أي شيء من هذا المكان بعد.
sites-lead = الأماكن التي يعمل فيها { $site }، وما شورك من كل منها.
sites-profiles = الملفات التعريفية للأماكن

## Pages of a listing, feeds

page-of = الصفحة { $number } من { $count }
title-page-of = (الصفحة { $number } من { $count })
pagination-label = صفحات هذه القائمة
pagination-previous = السابقة
pagination-next = التالية
# Read by screen readers after "السابقة" and "التالية". Arabic puts the adjective after the noun, so the word is in brackets: "السابقة (الصفحة)".
pagination-page-hidden = (الصفحة)
pagination-page = الصفحة { $number }
narrow-by-feature = حسب السمة
narrow-by-place = هذه السمة في مكان واحد
feed-link = تابع القصص الجديدة هنا عبر قارئ الموجزات (Atom)

## Home

home-recent = أحدث القصص
home-all-stories = جميع القصص
home-all-case-studies = جميع دراسات الحالة
home-features = السمات
home-places = الأماكن

## Not found

not-found-heading = لم نتمكن من العثور على هذه الصفحة
not-found-lead = ربما يكون الرابط قديمًا، أو ربما أُزيلت الصفحة. تُزال القصص أحيانًا عندما يطلب منا ذلك الشخص الذي شاركها.
not-found-try = يمكنك تجربة إحدى هذه الصفحات بدلًا من ذلك:
not-found-home = الصفحة الرئيسية لمجموعة القصص
not-found-help-html = إذا كنت بحاجة إلى التحدث مع شخص ما، <a href="#support">فستجد جهات الدعم مدرجة أعلى هذه الصفحة</a>.

## Browsing safely

safely-lead = إذا كان شخص آخر يستخدم هاتفك أو جهاز الكمبيوتر الخاص بك، أو قد يطّلع على ما كنت تقرؤه، فيمكن أن تساعدك هذه الخطوات في الحفاظ على خصوصية زيارتك.
safely-leaving-heading = المغادرة بسرعة
safely-leaving-button-html = ينقلك زر «{ $label }» الموجود أعلى كل صفحة مباشرة إلى موقع آخر. وإذا كانت هناك لوحة مفاتيح، فإن الضغط على <kbd>Esc</kbd> مرتين يؤدي الشيء نفسه. ويحل الموقع الآخر محل الصفحة التي كنت عليها، لذا فإن الضغط على زر الرجوع لا يعيدها.
safely-leaving-close = أغلق علامة التبويب أو نافذة المتصفح للمغادرة فورًا.
safely-leaving-limits = لا يمكن لهذا الزر حذف الصفحات التي اطّلعت عليها من قبل، ولا يعمل إذا كانت JavaScript معطلة في متصفحك.
safely-private-heading = استخدم نافذة خاصة
safely-private = النافذة الخاصة (وتسمى Incognito في Chrome، وInPrivate في Edge، وPrivate Browsing في Safari وFirefox) لا تحتفظ بالصفحات التي تزورها في سجل التصفح بعد إغلاقها. افتح نافذة خاصة من قائمة متصفحك قبل أن تبدأ القراءة.
safely-history-heading = مسح سجل التصفح
safely-history-html = إذا قرأت القصص في نافذة عادية، فيمكنك حذفها من سجل التصفح بعد ذلك: افتح سجل المتصفح (غالبًا بالضغط على <kbd>Ctrl</kbd>+<kbd>H</kbd>، أو <kbd>Cmd</kbd>+<kbd>Y</kbd> على جهاز Mac، أو من خيار السجل في القائمة على الهاتف) واحذف صفحات هذا الموقع. قد يلفت مسح السجل بأكمله الانتباه في حد ذاته؛ وقد يكون حذف هذه الصفحات فقط أكثر أمانًا.
safely-cannot-heading = ما لا يستطيع هذا الموقع فعله
safely-cannot = لا يستطيع هذا الموقع مسح سجل التصفح نيابةً عنك، ولا يمكنه رؤية ما هو مخزن على جهازك أو تغييره. ولا يحتفظ بأي سجل لمن يقرؤه.
safely-talk-html = إذا كنت قلقًا من أن أحدًا يراقب ما تفعله، فيمكنك التحدث مع شخص ما بسرية: راجع <a href="#support" data-opens-help>أين تحصل على المساعدة</a> أعلى هذه الصفحة.

## Search

search-lead = ابحث في نصوص كل القصص ودراسات الحالة والأماكن، وضيّق النتائج حسب السمة والمكان والنوع والموضوع.
search-label = البحث في مجموعة القصص
search-hint = على سبيل المثال: حديقة مجتمعية، ديون، مدرّب. تظهر النتائج أثناء الكتابة.
search-button = بحث
search-noscript-html = يتطلب البحث JavaScript، وهي معطلة أو لم يكتمل تحميلها. ولا تزال كل صفحة على بُعد نقرة أو نقرتين: <a href="#browse-heading">تصفح حسب السمة أو المكان أو النوع أو الموضوع</a>.
search-filters = تصفية النتائج
search-facet-feature = السمة
search-facet-site = المكان
search-facet-kind = النوع
search-facet-theme = الموضوع
search-clear = مسح عوامل التصفية
search-results = النتائج
search-more = عرض المزيد من النتائج
search-browse = تصفح
search-browse-feature = حسب السمة
search-browse-site = حسب المكان
search-browse-kind = حسب النوع
search-browse-theme = حسب الموضوع
# Used by search.js: { $count } is a number, every other { $name } a word it fills in.
search-chosen = (المحدد: { $count })
search-result-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
  }
search-summary-query = { $results } عن «{ $query }»
# Followed by "{ $summary }: { $names }" or "{ $summary }.", so the filters are named in here.
search-summary-filters = { $count ->
    [zero] لا توجد صفحات تطابق عوامل التصفية
    [one] صفحة واحدة تطابق عوامل التصفية
    [two] صفحتان تطابقان عوامل التصفية
    [few] { $count } صفحات تطابق عوامل التصفية
    [many] { $count } صفحة تطابق عوامل التصفية
   *[other] { $count } صفحة تطابق عوامل التصفية
  }
search-summary-filtered = { $summary }، بعد التصفية حسب { $names }
search-summary-filters-named = { $summary }: { $names }
search-summary-end = { $summary }.
search-none-query = { $summary }. تحقق من الإملاء، أو جرّب كلمات أقل أو مختلفة.
search-none-query-filters = { $summary }. تحقق من الإملاء، أو جرّب كلمات أقل أو مختلفة، أو امسح عوامل التصفية.
search-none-filters = { $summary }. جرّب عددًا أقل من عوامل التصفية.
search-more-count = { $count ->
    [zero] عرض المزيد (المتبقي: { $left })
    [one] عرض نتيجة واحدة أخرى (المتبقي: { $left })
    [two] عرض نتيجتين أخريين (المتبقي: { $left })
    [few] عرض { $count } نتائج أخرى (المتبقي: { $left })
    [many] عرض { $count } نتيجة أخرى (المتبقي: { $left })
   *[other] عرض { $count } نتيجة أخرى (المتبقي: { $left })
  }
search-failed-offline = تعذّر تحميل البحث (يبدو أنك غير متصل بالإنترنت). حاول مرة أخرى بعد قليل، أو تصفح أدناه حسب السمة أو المكان أو النوع أو الموضوع.
search-failed = تعذّر تحميل البحث (لم يصل الفهرس). حاول مرة أخرى بعد قليل، أو تصفح أدناه حسب السمة أو المكان أو النوع أو الموضوع.
search-from-file = يتطلب البحث فتح الموقع من عنوان ويب: فعند فتحه من ملف، لا يمكنه تحميل الفهرس. تصفح أدناه حسب السمة أو المكان أو النوع أو الموضوع.
search-show-passage = عرض المقطع المطابق
search-hide-passage = إخفاء المقطع المطابق
search-told-by = رواية: { $name }
search-features = السمات
search-loading = جارٍ التحميل

## Accessibility statement

a11y-heading = بيان إمكانية الوصول الخاص بـ { $site }
a11y-lead-html = ينطبق بيان إمكانية الوصول هذا على { $site }، على العنوان <a href="{ $url }">{ $url }</a>.
a11y-intro = نريد أن يتمكن أكبر عدد ممكن من الأشخاص من استخدام هذا الموقع. وهذا يعني على سبيل المثال أنه ينبغي أن تتمكن من:
a11y-can-colours = تغيير الألوان ومستويات التباين والخطوط باستخدام إعدادات المتصفح أو الجهاز، بما في ذلك الوضع الداكن
a11y-can-zoom = التكبير حتى 400% دون أن يخرج النص عن حدود الشاشة
a11y-can-keyboard = التنقل في الموقع بالكامل باستخدام لوحة المفاتيح فقط
a11y-can-screen-reader = الاستماع إلى الموقع بالكامل باستخدام قارئ الشاشة
a11y-can-no-js = قراءة كل قصة دون JavaScript، وطباعتها بشكل واضح
a11y-can-exit = مغادرة الموقع بسرعة باستخدام زر «{ $label }» أعلى كل صفحة، أو بالضغط على مفتاح Escape مرتين
a11y-care = تبدأ القصص التي تتناول تجارب صعبة بتنبيه بشأن المحتوى، وتبقى القصة مطوية حتى تختار فتحها. وتوضح كل صفحة أين يمكنك الحصول على المساعدة.
a11y-abilitynet-html = يقدم موقع <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> نصائح (باللغة الإنجليزية) حول تسهيل استخدام جهازك إذا كانت لديك إعاقة.
a11y-how-heading = مدى إمكانية الوصول إلى هذا الموقع
a11y-how-full = لا نعلم بوجود أي جزء من هذا الموقع يتعذر الوصول إليه. إذا وجدت جزءًا كهذا، فيُرجى إخبارنا.
a11y-how-partial-html = نعلم أن بعض أجزاء هذا الموقع لا يمكن الوصول إليها بالكامل. وهي مدرجة أدناه تحت عنوان <a href="#non-accessible-content">المحتوى الذي يتعذر الوصول إليه</a>.
a11y-feedback-heading = الملاحظات ومعلومات الاتصال
a11y-feedback-contact-html = إذا كنت بحاجة إلى قصة بتنسيق مختلف، مثل الطباعة بخط كبير أو نسخة سهلة القراءة أو تسجيل صوتي أو طريقة برايل، فأخبرنا: <a href="{ $href }">{ $contact }</a>. سنرد عليك خلال 5 أيام عمل.
a11y-feedback-none = إذا كنت بحاجة إلى قصة بتنسيق مختلف، مثل الطباعة بخط كبير أو نسخة سهلة القراءة أو تسجيل صوتي أو طريقة برايل، فيُرجى التواصل مع الجهة التي تنشر مجموعة القصص هذه.
a11y-report-heading = الإبلاغ عن مشكلات في إمكانية الوصول إلى هذا الموقع
a11y-report-contact-html = نسعى دائمًا إلى تحسين إمكانية الوصول إلى هذا الموقع. إذا وجدت مشكلة غير مدرجة في هذه الصفحة، أو كنت تعتقد أننا لا نستوفي متطلبات إمكانية الوصول، فتواصل معنا: <a href="{ $href }">{ $contact }</a>.
a11y-report-none = نسعى دائمًا إلى تحسين إمكانية الوصول إلى هذا الموقع. إذا وجدت مشكلة غير مدرجة في هذه الصفحة، أو كنت تعتقد أننا لا نستوفي متطلبات إمكانية الوصول، فيُرجى التواصل مع الجهة التي تنشر مجموعة القصص هذه.
a11y-enforcement-heading = إجراءات الإنفاذ
a11y-enforcement-html = لجنة المساواة وحقوق الإنسان (Equality and Human Rights Commission, EHRC) هي الجهة المسؤولة عن إنفاذ لوائح إمكانية الوصول لهيئات القطاع العام (المواقع الإلكترونية وتطبيقات الهاتف المحمول) (رقم 2) لعام 2018 (Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018، ويُشار إليها بـ«لوائح إمكانية الوصول»). إذا لم تكن راضيًا عن طريقة ردنا على شكواك، فتواصل مع <a href="https://www.equalityadvisoryservice.com/">خدمة الاستشارات والدعم في مجال المساواة (Equality Advisory and Support Service, EASS)</a>.
a11y-enforcement-ni-html = إذا كنت في أيرلندا الشمالية ولم تكن راضيًا عن طريقة ردنا على شكواك، فيمكنك التواصل مع <a href="https://www.equalityni.org/Home">لجنة المساواة في أيرلندا الشمالية (Equality Commission for Northern Ireland)</a>.
a11y-technical-heading = معلومات تقنية حول إمكانية الوصول إلى هذا الموقع
a11y-technical = يلتزم ناشرو { $site } بإتاحة هذا الموقع للجميع، وفقًا للوائح إمكانية الوصول.
a11y-status-heading = حالة الامتثال
a11y-status-full-html = يمتثل هذا الموقع امتثالًا كاملًا لمستوى AA من <a href="https://www.w3.org/TR/WCAG22/">إرشادات إمكانية الوصول إلى محتوى الويب (Web Content Accessibility Guidelines) الإصدار 2.2</a>.
a11y-status-partial-html = يمتثل هذا الموقع جزئيًا لمستوى AA من <a href="https://www.w3.org/TR/WCAG22/">إرشادات إمكانية الوصول إلى محتوى الويب (Web Content Accessibility Guidelines) الإصدار 2.2</a>، بسبب حالات عدم الامتثال المذكورة أدناه.
a11y-non-accessible-heading = المحتوى الذي يتعذر الوصول إليه
a11y-non-accessible = يتعذر الوصول إلى المحتوى المذكور أدناه للأسباب التالية.
a11y-non-compliance-heading = عدم الامتثال للوائح إمكانية الوصول
a11y-improve-heading = ما نفعله لتحسين إمكانية الوصول
a11y-improve = يُختبر كل تغيير على هذا الموقع تلقائيًا قبل نشره، كما هو موضح أدناه. ولا يُنشر أي تغيير يجعل صفحةً أقل قابلية للوصول.
a11y-preparation-heading = إعداد بيان إمكانية الوصول هذا
a11y-last-tested-html = اختُبر هذا الموقع آخر مرة في <time datetime="{ $iso }">{ $date }</time>، ورُوجع هذا البيان في اليوم نفسه.
a11y-testing = يُختبر كل نوع من الصفحات تلقائيًا في متصفح حقيقي (Chromium): باستخدام axe-core وفق قواعد المستويين A وAA من WCAG 2.0 و2.1 و2.2، بنظامي الألوان الفاتح والداكن، وعلى أحجام شاشات الهاتف والكمبيوتر المكتبي؛ وباستخدام Nu Html Checker؛ وباستخدام لوحة المفاتيح؛ وبعرض 320 بكسل، وبتكبير 200%، ومع نص أكبر ومسافات أوسع بين النصوص؛ وعند الطباعة.

## Impact

impact-lead = ما تحتويه مجموعة القصص هذه، وما يذكر البرنامج أنه تغيّر في حياة الناس. المنشور حتى الآن: { $stories ->
    [zero] لا قصص
    [one] قصة واحدة
    [two] قصتان
    [few] { $stories } قصص
    [many] { $stories } قصة
   *[other] { $stories } قصة
  } و{ $case_studies ->
    [zero] لا دراسات حالة
    [one] دراسة حالة واحدة
    [two] دراستا حالة
    [few] { $case_studies } دراسات حالة
    [many] { $case_studies } دراسة حالة
   *[other] { $case_studies } دراسة حالة
  }.
impact-outcomes-heading = ما الذي تغيّر في حياة الناس
impact-key-html = يبدأ كل شريط من الصفر، ومقياسه مكتوب أسفله: النسب المئوية تمتد دائمًا من 0% إلى 100%. <span class="key key-before">الأشرطة المخططة، في الأعلى: قبل</span>. <span class="key key-after">الأشرطة المصمتة، في الأسفل: بعد</span>.
impact-source = المصدر: { $source }
impact-before-after = قبل: { $before }، بعد: { $after }
impact-outcomes-caption = النتائج المُبلَّغ عنها
impact-col-outcome = النتيجة
impact-col-before = قبل
impact-col-after = بعد، أو النتيجة
impact-not-reported = لم يُبلَّغ عنها
impact-by-feature-heading = القصص حسب السمة
impact-by-feature-caption = القصص ودراسات الحالة المنشورة حسب السمة
impact-col-feature = السمة
impact-col-count = القصص ودراسات الحالة
impact-by-place-heading = القصص حسب المكان
impact-by-place-caption = القصص ودراسات الحالة المنشورة حسب المكان
impact-col-place = المكان
impact-overlap = قد تُظهر القصة الواحدة أكثر من سمة، لذا فإن مجموع أعداد السمات أكبر من عدد القصص.
chart-before = قبل
chart-after = بعد
chart-result = النتيجة

## Preview (storypress serve only)

preview-shown = غير منشور: أنت وحدك من يستطيع رؤية هذه المعاينة
preview-hidden = هذه الصفحة غير منشورة
preview-left-out-html = استُبعد <code>{ $file }</code> من الموقع: { $reason }.
preview-command-html = لمعاينته، شغّل <code>{ $command }</code>.
preview-publish = لنشره: { $how }.
preview-no-pictures = لا تظهر صوره في هذه المعاينة.

## Workshop packs

workshop-pack-banner = حزمة ورشة عمل: للميسّرين فقط، وليست للمشاركة العامة.
workshop-title = { $pack } · حزمة ورشة عمل · { $site }
workshop-from = من { $site }
workshop-session = جلسة بتاريخ { $date }
workshop-prepared = أُعدّت بتاريخ { $date }
workshop-selection = قصص مختارة حسب { $selection }. لا تُدرج إلا القصص التي وافق رواتها على استخدامها في ورش العمل.
workshop-selection-features = السمات: { $names }
workshop-selection-sites = الأماكن: { $names }
workshop-selection-themes = الموضوعات: { $names }
workshop-selection-kinds = الأنواع: { $names }
workshop-selection-or = { $first } أو { $second }
workshop-selection-and = { $first }؛ { $second }
workshop-selection-named = { $count ->
    [zero] لا قصص محددة بالاسم
    [one] قصة واحدة محددة بالاسم
    [two] قصتان محددتان بالاسم
    [few] { $count } قصص محددة بالاسم
    [many] { $count } قصة محددة بالاسم
   *[other] { $count } قصة محددة بالاسم
  }
workshop-pack-nav = الحزمة
workshop-cards-link = بطاقات قصص قابلة للطباعة
workshop-cards-count = { $count ->
    [zero] لا توجد بطاقات
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $count } بطاقات
    [many] { $count } بطاقة
   *[other] { $count } بطاقة
  }
workshop-not-all-print = القصص الأخرى ليست للطباعة
workshop-reading-link = نسخة للقراءة
workshop-reading-about = النص الكامل للقصص نفسها، للطباعة والقراءة بصوت عالٍ، قصة واحدة في كل صفحة
workshop-present-link = عرض المقدّم
workshop-present-about = لجهاز العرض: للتنقل استخدم مفاتيح الأسهم أو مفتاح المسافة أو النقر أو زرّي التالي والسابق
workshop-cw-heading = تنبيهات بشأن المحتوى
workshop-cw-none = لا تحمل أي قصة في هذه الحزمة تنبيهًا بشأن المحتوى.
workshop-cw-some = تحمل هذه القصص تنبيهًا بشأن المحتوى. وتبدأ به بطاقاتها وصفحاتها في نسخة القراءة وشرائحها:
workshop-not-for-print = ليست للطباعة
workshop-notes-heading = ملاحظات للميسّر
workshop-prompts-heading = أسئلة للجلسة كلها
workshop-stories-heading = القصص
workshop-no-stories = لا توجد في مجموعة القصص هذه قصة تطابق الحزمة وتمت الموافقة على استخدامها في ورش العمل.
workshop-cw-badge = تنبيه بشأن المحتوى
workshop-told-by = رواية: { $name }
workshop-screen-only = وافق راوي القصة على ورش العمل ولكن ليس على الطباعة: اعرضها على الشاشة فقط، ولا تُدرجها في البطاقات المطبوعة.
workshop-questions = أسئلة:
workshop-support-heading = إذا أثارت الجلسة مشاعر صعبة
workshop-consent-expires = تنتهي الموافقة في { $date }، أي قبل هذه الجلسة: اطلب الموافقة مجددًا أو استبعد هذه القصة.
workshop-consent-review = يجب إعادة تأكيد الموافقة بحلول { $date }.
cards-title = بطاقات القصص · { $pack }
cards-banner = بطاقات ورشة العمل: للميسّرين فقط، وليست للمشاركة العامة.
cards-heading = بطاقات القصص: { $pack }
cards-size = حجم البطاقة
cards-size-a5 = A5، بطاقتان في كل ورقة A4
cards-size-a4 = A4، بطاقة واحدة في كل ورقة
cards-print-note = اطبع من المتصفح. لا تظهر هنا إلا القصص التي وافق رواتها على طباعتها.
cards-talk-about = للنقاش
cards-told-by = رواية: { $name }.
cards-credit = © { $owner }، منشورة بموجب ترخيص { $licence }. من { $site }.
reading-title = نسخة للقراءة · { $pack }
reading-banner = نسخة للقراءة: للميسّرين فقط، وليست للمشاركة العامة.
reading-heading = نسخة للقراءة: { $pack }
reading-intro = النص الكامل لكل قصة وافق راويها على طباعتها، لقراءتها بصوت عالٍ. تبدأ كل قصة في صفحة جديدة، ويأتي التنبيه بشأن المحتوى أولًا؛ وتجد معلومات الحصول على المساعدة أسفل كل صفحة. قبل قراءة قصة تحمل تنبيهًا بشأن المحتوى، اطمئن على الحاضرين، واعرض عليهم استراحة، وذكّر الجميع بأنه يمكنهم الخروج من القاعة.
reading-none = لا يمكن طباعة أي قصة في هذه الحزمة.
reading-composite = قصة توضيحية مركّبة
present-title = عرض المقدّم · { $pack }
present-slide-title = العنوان
present-keys = السهم الأيمن أو مفتاح المسافة أو Page Down أو التالي: الشريحة التالية. السهم الأيسر أو Page Up أو السابق: الشريحة السابقة. Home وEnd: الأولى والأخيرة. النقر أو اللمس على النصف الأيمن من الشريحة ينتقل إلى الأمام، وعلى النصف الأيسر يعود إلى الخلف.
present-before-next = قبل القصة التالية
present-next-html = التالية: <cite>{ $title }</cite>
present-next-told-by-html = التالية: <cite>{ $title }</cite>، رواية: { $name }
present-facilitator-html = <strong>للميسّر:</strong> اطمئن على الحاضرين قبل المتابعة. اعرض عليهم استراحة، وذكّر الجميع بأنه يمكنهم الخروج في أي وقت والعودة عندما يكونون مستعدين.
present-question = سؤال
present-from-html = من <cite>{ $title }</cite>
present-support = الدعم
present-thanks = شكرًا لكم على الاستماع باهتمام ورفق
present-slides = الشرائح
present-back = السابق
present-next = التالي
present-position = الشريحة { $count } من { $total }

## Share your story (the /share/ page and share.js)

share-lead = اكتب قصتك هنا، وستحوّلها هذه الصفحة إلى ملف قصة لفريق مجموعة القصص. يبقى كل شيء على هذا الجهاز: لا يُرسل أي شيء تكتبه إلى أي مكان ولا يُحفظ. وفي النهاية، أنت من يقرر ما تفعله بالملف.
share-consent-heading = قصتك، وقرارك
share-consent-yes-html = <strong>لا يُنشر أي شيء حتى توافق.</strong> يقرأ معك قصتك شخص داعم من البرنامج ويدوّن موافقتك. وحتى ذلك الحين، يذكر الملف أن الموافقة قيد الانتظار (<em>pending</em>)، ولا يظهر أي جزء منها في أي مكان.
share-consent-where-html = <strong>أنت من يختار أين تُنشر.</strong> يمكنك الموافقة على بعض هذه الخيارات أو جميعها أو لا شيء منها:
share-scope-web-html = <strong>الويب</strong> (web): هذا الموقع، حيث يمكن لأي شخص قراءتها؛
share-scope-workshop-html = <strong>ورش العمل</strong> (workshop): جلسات في مجموعات صغيرة يقرأ فيها الناس القصص ويتحدثون عنها؛
share-scope-print-html = <strong>الطباعة</strong> (print): بطاقات قصص مطبوعة تُستخدم في تلك الجلسات.
share-consent-change-html = <strong>يمكنك تغيير رأيك في أي وقت</strong>، قبل نشرها أو بعده. أخبر الشخص الداعم لك، وستُزال في التحديث التالي.
share-consent-safe-html = <strong>حافظ على سلامتك وسلامة الآخرين.</strong> احذف أي شيء قد يكشف هوية شخص ما: الأسماء الكاملة، والعناوين، وأرقام الهواتف، وعناوين البريد الإلكتروني، وأرقام NHS. وتشير هذه الصفحة إلى ما يمكنها اكتشافه منها.
share-feelings-html = قد تثير الكتابة عن الأوقات الصعبة مشاعر قوية. يمكنك التوقف في أي لحظة، و<a href="#support">المساعدة متاحة أعلى هذه الصفحة</a>.
share-noscript-html = تحتاج هذه الصفحة إلى JavaScript لإنشاء ملفك، وهي معطلة أو لم يكتمل تحميلها. لا يزال بإمكانك كتابة الملف بنفسك: الشرح موجود أدناه، وفي <a href="{ $guide }">دليل رواية قصتك</a>.
share-form-heading = اكتب قصتك
share-required-note-html = الأسئلة المميزة بعبارة <span class="share-required">(مطلوب)</span> تحتاج إلى إجابة قبل أن يمكن إنشاء ملفك.
share-required = (مطلوب)
share-errors-heading = قبل أن يمكن إنشاء ملفك
share-field-title = العنوان
share-field-title-hint = عنوان قصتك، كما تحب أن يظهر.
share-field-summary = الملخص
share-field-summary-hint = جملة أو جملتان عن قصتك، لبطاقات القصص ونتائج البحث.
share-field-summary-limit = الحد الأقصى لعدد الأحرف: { $max }.
share-field-storyteller = الاسم الذي تُنسب إليه القصة
share-field-storyteller-hint = الاسم الذي تحب أن تُعرف به هنا. يمكن أن يكون اسمك الأول، أو اسمًا مستعارًا، أو «مجهول» (Anonymous).
share-field-site = المكان
share-field-site-hint = أين وقعت أحداث قصتك، إذا كان أحد هذه الأماكن.
share-field-site-none = لا شيء مما سبق، أو أفضّل عدم الإفصاح
share-field-features = ما الذي تُظهره قصتك
share-field-features-hint = حدد خيارًا واحدًا على الأقل.
share-field-themes = الموضوعات
share-field-themes-hint = بضع كلمات عما تتناوله قصتك، مفصولة بفواصل إنجليزية (,)، على سبيل المثال: السكن, دعم الأقران. يمكنك ترك هذا الحقل فارغًا.
share-field-warnings = تحذيرات بشأن المحتوى
share-field-warnings-hint = حدد أي موضوع ينبغي أن يعرفه القارئ قبل أن يبدأ. تبقى قصتك مطوية حتى يختار كل قارئ فتحها.
share-field-story = قصتك
share-field-story-hint = بكلماتك الخاصة. اترك سطرًا فارغًا بين الفقرات.
share-make = أنشئ ملف قصتي
share-result-heading = ملف قصتك
share-download = تنزيل الملف
share-copy = نسخ الملف
share-github = أضفه على GitHub
share-new-tab = (يُفتح في علامة تبويب جديدة)
share-file-text = نص الملف
share-next-heading = ماذا يحدث بعد ذلك
share-next-send-html = أرسل الملف إلى الشخص الداعم لك، أو أضفه على GitHub في مجلد <code>{ $folder }</code> في <code>{ $repository }</code>.
share-next-read = يقرؤه الشخص الداعم معك، ويدوّن الأماكن التي وافقت على ظهوره فيها.
share-next-review = يراجعه أحد المراجعين، وعندها فقط يُنشر، وفي الأماكن التي وافقت عليها فقط.
share-format-summary = كيف يبدو ملف القصة
share-format-html = القصة ملف نصي واحد ينتهي اسمه بـ <code>.md</code>، في مجلد <code>{ $folder }</code>. يبدأ ببضعة أسطر عن القصة بين سطرين من <code>---</code>، ثم تأتي القصة نفسها. تبدأ الموافقة دائمًا بالقيمة <code>pending</code> دون اختيار أي أماكن: ويملؤها الشخص الداعم معك.
share-format-guide-html = يشرح <a href="{ $guide }">دليل رواية قصتك</a> كل سطر، وكيف يرسل الشخص الداعم القصة.
# Used by share.js: { $name } placeholders are filled in by the script.
share-js-personal = يبدو أن هذا { $what }: «{ $text }». احذفه، أو غيّره بحيث لا يكشف هوية أحد.
share-js-need-title = أعطِ قصتك عنوانًا.
share-js-need-summary = اكتب جملة أو جملتين عن قصتك.
share-js-need-storyteller = اكتب الاسم الذي تُنسب إليه القصة. لا بأس بكتابة «مجهول».
share-js-need-features = حدد شيئًا واحدًا على الأقل تُظهره قصتك.
share-js-need-story = اكتب قصتك.
share-js-summary-long = عدد أحرف الملخص: { $length }. تعرض البطاقات ونتائج البحث نحو { $max } حرف فقط، لذا يُرجى تقصيره بمقدار { $over }.
share-js-github-ready = سيُفتح GitHub وملفك معبأ فيه، في المجلد الصحيح. تحتاج إلى حساب على GitHub لحفظه هناك.
share-js-github-too-long = قصتك أطول من أن تُعبأ تلقائيًا على GitHub: انسخها والصقها بدلًا من ذلك. انسخ الملف، وافتح GitHub، ثم الصقه في المربع الكبير الفارغ.
share-js-ready = ملفك { $name } جاهز.
share-js-downloaded = تم تنزيل { $name }. ابحث عنه في مجلد التنزيلات.
share-js-copied = تم النسخ. يمكنك لصقه حيثما تحتاج.
share-js-copy-failed = لم ينجح النسخ هنا: حدد النص أدناه وانسخه.
share-personal-kind = { $code ->
    [personal-nhs-number] رقم NHS
    [personal-email] عنوان بريد إلكتروني
    [personal-phone] رقم هاتف
   *[personal-postcode] رمز بريدي
  }
share-example-title = أستعيد توازني من جديد
share-example-summary = جملة أو جملتان عن القصة.
share-example-body = القصة، بكلماتك الخاصة.
