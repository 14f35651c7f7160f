# storypress default theme: the interface in Polish (polski).
#
# FIRST TRANSLATION, NOT YET REVIEWED. This file was translated from en.ftl without a
# fluent Polish speaker. It awaits review by a fluent speaker before publication.
# To report or make a correction, edit this file, or override any message in a
# storybook's own i18n/pl.ftl (see themes/default/README.md, "Translations").
#
# PIERWSZE TŁUMACZENIE, JESZCZE NIESPRAWDZONE. Ten plik przetłumaczono z en.ftl bez udziału
# osoby biegle mówiącej po polsku. Przed publikacją musi go sprawdzić osoba biegle znająca
# język. Aby zgłosić lub wprowadzić poprawkę, należy edytować ten plik albo zastąpić
# wybrane komunikaty we własnym pliku i18n/pl.ftl danego zbioru historii.
#
# Direct address uses the polite "Państwo" or impersonal forms; short button and link
# labels use the usual imperative of Polish interfaces ("Pokaż", "Przeczytaj").
#
# Messages whose name ends in -html may hold a little markup (a link, <strong>, <kbd>,
# <code>); every other message is plain text.

## Shared pieces

punct-comma = {", "}
punct-colon = {": "}
list-separator = {" · "}
date-long = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
  } { $year }
kind-name = { $kind ->
    [story] Własne doświadczenie
    [case-study] Studium przypadku
   *[site] Miejsce
  }
kind-plural = { $kind ->
    [story] Historie z własnego doświadczenia
    [case-study] Studia przypadków
   *[site] Miejsca
  }
# The names of languages, in this interface's language: "In Polish" on a card.
language-name = { $code ->
    [ar] arabski
    [bn] bengalski
    [cy] walijski
    [de] niemiecki
    [en] angielski
    [es] hiszpański
    [fa] perski
    [fr] francuski
    [ga] irlandzki
    [gd] szkocki gaelicki
    [gu] gudźarati
    [he] hebrajski
    [hi] hindi
    [it] włoski
    [lt] litewski
    [pa] pendżabski
    [pl] polski
    [ps] paszto
    [pt] portugalski
    [ro] rumuński
    [ru] rosyjski
    [so] somalijski
    [ta] tamilski
    [ti] tigrinia
    [tr] turecki
    [uk] ukraiński
    [ur] urdu
    [zh] chiński
   *[other] { $code }
  }
# A link to a translation is worded in the language it leads to: this file's own.
read-in-this-language = Przeczytaj po polsku
# Worded so that the language name stays in the nominative.
read-in-other-language = Przeczytaj w języku: { $name }
translations-label = Ta historia w innych językach
# Content warnings by id; a storybook's own warnings show their words.
warning-name = { $id ->
    [suicide] samobójstwo
    [self-harm] samookaleczenia
    [abuse] krzywdzenie
    [domestic-abuse] przemoc domowa
    [sexual-violence] przemoc seksualna
    [child-abuse] krzywdzenie dzieci
    [trauma] trauma
    [bereavement] żałoba
    [substance-use] używanie substancji psychoaktywnych
    [crisis] kryzys
    [eating-disorders] zaburzenia odżywiania
    [psychosis] psychoza
    [detention] przymusowe zatrzymanie
    [racism] rasizm
    [discrimination] dyskryminacja
    [violence] przemoc
    [homelessness] bezdomność
    [debt] zadłużenie
    [medication] leki
   *[other] { $label }
  }
count-stories = { $count ->
    [one] { $count } historia
    [few] { $count } historie
    [many] { $count } historii
   *[other] { $count } historii
  }
count-case-studies = { $count ->
    [one] { $count } studium przypadku
    [few] { $count } studia przypadków
    [many] { $count } studiów przypadków
   *[other] { $count } studium przypadku
  }
count-profiles = { $count ->
    [one] { $count } profil miejsca
    [few] { $count } profile miejsc
    [many] { $count } profili miejsc
   *[other] { $count } profilu miejsca
  }
count-places = { $count ->
    [one] { $count } miejsce
    [few] { $count } miejsca
    [many] { $count } miejsc
   *[other] { $count } miejsca
  }
count-nothing = Na razie nic
reading-time = { $minutes ->
    [one] { $minutes } minuta czytania
    [few] { $minutes } minuty czytania
    [many] { $minutes } minut czytania
   *[other] { $minutes } minuty czytania
  }
told-by = Opowiada: { $name }
in-language = Język: { $name }

## Page titles

title-features = Cechy
title-themes = Tematy
title-places = Miejsca
title-search = Wyszukiwanie
title-accessibility = Deklaracja dostępności
title-impact = Efekty
title-browsing-safely = Bezpieczne przeglądanie
title-share = Podziel się swoją historią
title-not-found = Nie znaleziono strony

## The frame of every page

skip-link = Przejdź do treści
internal-banner = Wydanie do warsztatów wewnętrznych — nie do publicznego udostępniania
quick-exit = Opuść tę stronę
quick-exit-hint-html = lub naciśnij dwa razy <kbd>Esc</kbd>
browsing-safely = Bezpieczne przeglądanie
nav-label = Menu główne
nav-stories = Historie
nav-case-studies = Studia przypadków
nav-places = Miejsca
nav-features = Cechy
nav-themes = Tematy
nav-search = Szukaj
help-heading = Potrzebna pomoc od razu?
help-teaser-phone = { $name } { $phone }
help-teaser-text = { $name }: SMS pod numer { $number }
help-teaser-name = { $name }
help-teaser-hours = { $line }, { $hours }.
help-teaser-end = { $line }.
help-open-hint = Gdzie zadzwonić lub wysłać SMS
helpline-call-html = telefon <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-text-html = SMS pod numer <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-text-keyword-html = SMS o treści { $keyword } pod numer <a class="helpline-number" href="{ $href }">{ $number }</a>
helpline-visit-html = strona internetowa <a href="{ $href }">{ $label }</a>
helpline-or = lub
helpline-hours = ({ $hours })
footer-licence-link-html = Historie są udostępniane na licencji <a href="{ $url }" rel="license">{ $licence }</a>, chyba że przy danej historii podano inaczej.
footer-licence = Historie są udostępniane na licencji { $licence }, chyba że przy danej historii podano inaczej.
footer-accessibility = Deklaracja dostępności
footer-feed = Nowe historie (kanał Atom)
footer-impact = Co udało się osiągnąć w programie
footer-printed = Wydrukowano ze strony { $url }
footer-made-with = Utworzono za pomocą storypress
feed-title = { $site }

## A story, case study or place profile

care-note-plain = Informacja o treści — poruszane tematy: { $warnings }.
cw-heading = Przed lekturą
cw-talks-about-html = { $kind ->
    [site] Ta strona porusza tematy: <strong>{ $warnings }</strong>.
   *[other] Ta historia porusza tematy: <strong>{ $warnings }</strong>.
  }
cw-own-pace = Można ją przeczytać tylko wtedy, gdy będzie to dla Państwa odpowiednie. Czytanie można przerwać w każdej chwili.
cw-support-html = Jeśli lektura wywoła trudne uczucia, <a href="#support" data-opens-help>informacje o wsparciu znajdują się na górze tej strony</a>.
care-note-html = <span class="care-note-label">Informacja o treści:</span> poruszane tematy: { $warnings }.
composite-note = Przykładowa historia złożona: ta historia opiera się na doświadczeniach kilku osób. Nie jest relacją jednej prawdziwej osoby, a imiona i szczegóły zostały zmienione.
composite-card = Przykładowa historia złożona
consent-review-note = Zgoda musi zostać ponownie potwierdzona do { $date }.
story-read = Przeczytaj historię
story-hide = Ukryj historię
print-collapsed = Historia znajduje się w zwiniętej sekcji. Jeśli na tym wydruku brakuje jej tekstu, należy wybrać na ekranie „{ story-read }” i wydrukować ponownie.
prompts-heading = Pytania do rozmowy
quote-credit = — { $name }
credit = © { $owner }.
credit-licence = © { $owner }, udostępniono na licencji { $licence }.
credit-licence-link-html = © { $owner }, udostępniono na licencji <a href="{ $url }" rel="license">{ $licence }</a>.
tags-features = Cechy
tags-themes = Tematy
story-end-more = Więcej podobnych historii
story-end-before-you-go = Przed wyjściem
share-invite = Czy przydarzyło się Państwu coś podobnego? Jeśli chcieliby Państwo podzielić się własną historią, prosimy o kontakt z zespołem prowadzącym ten zbiór historii.
share-invite-own = Czy przydarzyło się Państwu coś podobnego? Mogą Państwo podzielić się własną historią.
share-invite-link = Podziel się swoją historią

## Recordings

player-watch = Obejrzyj historię
player-listen = Posłuchaj historii
player-cannot-play = Ta przeglądarka nie może tutaj odtworzyć nagrania.
player-words-below = Treść nagrania znajduje się w transkrypcji poniżej.
player-download = Pobierz nagranie
transcript-heading = Transkrypcja
transcript-help = Wystarczy wybrać wiersz, aby odtworzyć nagranie od tego miejsca.
transcript-note = Poniższy tekst historii odpowiada temu, co zostało powiedziane w nagraniu.
# Used by search.js: { $time } is the moment, as 3:12.
search-said-at = Powiedziane w { $time }
clip-transcript-label = Transkrypcja fragmentu: { $title }
clip-heading = Fragment: { $title }
clip-range = (od { $start } do { $end })
clip-slide-label = Fragment: { $title }
clip-from-html = Źródło: <cite>{ $title }</cite> · od { $start } do { $end }
clip-from-told-by-html = Źródło: <cite>{ $title }</cite>, opowiada: { $name } · od { $start } do { $end }

## Listings

cards-empty = Na razie nie ma tu żadnych historii.
features-empty = Nie opisano jeszcze żadnych cech.
places-empty = Na razie nie ma żadnych miejsc.
list-intro = { $kind ->
    [story] Historie opowiedziane własnymi słowami przez osoby, które je przeżyły.
    [case-study] Usługi, zespoły i praktyki oraz to, co zmieniły w życiu ludzi.
   *[other] {""}
  }
feature-eyebrow = Cecha
feature-in-practice = W praktyce
feature-listing = Historie i studia przypadków
features-lead = Cechy opisują, jak działa { $site }. Po wybraniu jednej z nich można przeczytać, co oznacza w praktyce, i poznać stojące za nią historie.
theme-eyebrow = Temat
theme-lead = { $count ->
    [one] { $count } historia lub studium przypadku dotyczy tego tematu.
    [few] { $count } historie i studia przypadków dotyczą tego tematu.
    [many] { $count } historii i studiów przypadków dotyczy tego tematu.
   *[other] { $count } historii i studiów przypadków dotyczy tego tematu.
  }
themes-lead = Tematy to słowa, których osoby opowiadające i redaktorzy użyli, aby opisać, o czym jest każda historia.
themes-empty = Na razie nie ma tematów.
site-eyebrow = Miejsce
site-list-lead = { $count ->
    [one] { $count } historia lub studium przypadku z tego miejsca.
    [few] { $count } historie i studia przypadków z tego miejsca.
    [many] { $count } historii i studiów przypadków z tego miejsca.
   *[other] { $count } historii i studiów przypadków z tego miejsca.
  }
site-listing = Historie i studia przypadków: { $place }
site-empty = Z tego miejsca nie opublikowano jeszcze niczego.
sites-lead = Miejsca, w których działa { $site }, i to, czym się w nich podzielono.
sites-profiles = Profile miejsc

## Pages of a listing, feeds

page-of = Strona { $number } z { $count }
title-page-of = (strona { $number } z { $count })
pagination-label = Strony tej listy
pagination-previous = Poprzednia
pagination-next = Następna
# Read by screen readers after "Poprzednia" and "Następna" ("Poprzednia strona").
pagination-page-hidden = strona
pagination-page = Strona { $number }
narrow-by-feature = Według cechy
narrow-by-place = Ta cecha w jednym miejscu
feed-link = Śledź nowe historie z tej listy w czytniku kanałów (Atom)

## Home

home-recent = Najnowsze historie
home-all-stories = Wszystkie historie
home-all-case-studies = Wszystkie studia przypadków
home-features = Cechy
home-places = Miejsca

## Not found

not-found-heading = Nie możemy znaleźć tej strony
not-found-lead = Link może być nieaktualny albo strona mogła zostać usunięta. Historie są czasem usuwane na prośbę osoby, która się nimi podzieliła.
not-found-try = Zamiast tego można spróbować:
not-found-home = Strona główna zbioru historii
not-found-help-html = Jeśli potrzebują Państwo z kimś porozmawiać, <a href="#support">informacje o wsparciu znajdują się na górze tej strony</a>.

## Browsing safely

safely-lead = Jeśli ktoś inny korzysta z Państwa telefonu lub komputera albo może sprawdzić, co Państwo czytali, poniższe kroki mogą pomóc zachować prywatność tej wizyty.
safely-leaving-heading = Szybkie wyjście
safely-leaving-button-html = Przycisk „{ $label }” na górze każdej strony od razu przenosi na inną stronę internetową. Jeśli jest klawiatura, to samo daje dwukrotne naciśnięcie <kbd>Esc</kbd>. Przycisk zastępuje stronę, na której Państwo byli, więc naciśnięcie Wstecz jej nie przywróci.
safely-leaving-close = Aby wyjść natychmiast, wystarczy zamknąć kartę lub okno przeglądarki.
safely-leaving-limits = Przycisk nie usuwa stron oglądanych wcześniej i nie działa, jeśli w przeglądarce wyłączono JavaScript.
safely-private-heading = Okno prywatne
safely-private = Okno prywatne (w Chrome nazywane Incognito, w Edge InPrivate, a w Safari i Firefoksie Przeglądanie prywatne) po zamknięciu nie zachowuje odwiedzonych stron w historii. Przed lekturą warto otworzyć takie okno z menu przeglądarki.
safely-history-heading = Czyszczenie historii
safely-history-html = Jeśli czytali Państwo historie w zwykłym oknie, można je potem usunąć z historii przeglądania: należy otworzyć historię przeglądarki (często <kbd>Ctrl</kbd>+<kbd>H</kbd> lub <kbd>Cmd</kbd>+<kbd>Y</kbd> na Macu albo Historia w menu na telefonie) i usunąć strony tej witryny. Wyczyszczenie całej historii samo w sobie może zostać zauważone; usunięcie tylko tych stron może być bezpieczniejsze.
safely-cannot-heading = Czego ta strona nie może zrobić
safely-cannot = Ta strona nie może wyczyścić za Państwa historii przeglądania ani zobaczyć czy zmienić tego, co jest zapisane na urządzeniu. Nie przechowuje żadnych informacji o tym, kto ją czyta.
safely-talk-html = Jeśli obawiają się Państwo, że ktoś obserwuje, co Państwo robią, można poufnie z kimś porozmawiać: informacje o tym, <a href="#support" data-opens-help>gdzie szukać pomocy</a>, znajdują się na górze tej strony.

## Search

search-lead = Wyszukiwanie obejmuje treść każdej historii, studium przypadku i miejsca; wyniki można zawęzić według cechy, miejsca, rodzaju i tematu.
search-label = Przeszukaj zbiór historii
search-hint = Na przykład: działka, długi lub trener. Wyniki pojawiają się w trakcie pisania.
search-button = Szukaj
search-noscript-html = Wyszukiwanie wymaga JavaScriptu, który jest wyłączony lub się nie załadował. Każda strona jest nadal o jedno lub dwa kliknięcia stąd: <a href="#browse-heading">przeglądaj według cechy, miejsca, rodzaju lub tematu</a>.
search-filters = Filtruj wyniki
search-facet-feature = Cecha
search-facet-site = Miejsce
search-facet-kind = Rodzaj
search-facet-theme = Temat
search-clear = Wyczyść filtry
search-results = Wyniki
search-more = Pokaż więcej wyników
search-browse = Przeglądaj
search-browse-feature = Według cechy
search-browse-site = Według miejsca
search-browse-kind = Według rodzaju
search-browse-theme = Według tematu
# Used by search.js: { $count } is a number, every other { $name } a word it fills in.
search-chosen = (wybrano: { $count })
search-result-count = { $count ->
    [one] 1 wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
  }
search-summary-query = { $results } dla „{ $query }”
search-summary-filters = { $count ->
    [one] 1 strona pasuje
    [few] { $count } strony pasują
    [many] { $count } stron pasuje
   *[other] { $count } strony pasuje
  }
search-summary-filtered = { $summary }, filtry: { $names }
search-summary-filters-named = { $summary } do filtrów: { $names }
search-summary-end = { $summary }.
search-none-query = { $summary }. Warto sprawdzić pisownię albo spróbować mniejszej liczby słów lub innych słów.
search-none-query-filters = { $summary }. Warto sprawdzić pisownię, spróbować mniejszej liczby słów lub innych słów albo wyczyścić filtry.
search-none-filters = { $summary }. Warto spróbować z mniejszą liczbą filtrów.
search-more-count = { $count ->
    [one] Pokaż 1 kolejny wynik (pozostało: { $left })
    [few] Pokaż { $count } kolejne wyniki (pozostało: { $left })
    [many] Pokaż { $count } kolejnych wyników (pozostało: { $left })
   *[other] Pokaż { $count } kolejnych wyników (pozostało: { $left })
  }
search-failed-offline = Nie udało się załadować wyszukiwania (wygląda na to, że nie ma połączenia z internetem). Prosimy spróbować ponownie za chwilę albo przeglądać poniżej według cechy, miejsca, rodzaju lub tematu.
search-failed = Nie udało się załadować wyszukiwania (nie dotarł indeks). Prosimy spróbować ponownie za chwilę albo przeglądać poniżej według cechy, miejsca, rodzaju lub tematu.
search-from-file = Wyszukiwanie działa tylko wtedy, gdy strona jest otwarta spod adresu internetowego: po otwarciu z pliku nie może załadować indeksu. Poniżej można przeglądać według cechy, miejsca, rodzaju lub tematu.
search-show-passage = Pokaż pasujący fragment
search-hide-passage = Ukryj pasujący fragment
search-told-by = Opowiada: { $name }
search-features = Cechy
search-loading = Ładowanie

## Accessibility statement

a11y-heading = Deklaracja dostępności serwisu { $site }
a11y-lead-html = Niniejsza deklaracja dostępności dotyczy serwisu { $site } pod adresem <a href="{ $url }">{ $url }</a>.
a11y-intro = Chcemy, aby z tej strony internetowej mogło korzystać jak najwięcej osób. Oznacza to na przykład, że powinno być możliwe:
a11y-can-colours = zmienianie kolorów, poziomu kontrastu i czcionek w ustawieniach przeglądarki lub urządzenia, w tym włączenie trybu ciemnego
a11y-can-zoom = powiększenie do 400% bez wychodzenia tekstu poza ekran
a11y-can-keyboard = poruszanie się po całej stronie wyłącznie za pomocą klawiatury
a11y-can-screen-reader = słuchanie całej strony za pomocą czytnika ekranu
a11y-can-no-js = czytanie każdej historii bez JavaScriptu i jej czytelne drukowanie
a11y-can-exit = szybkie opuszczenie strony za pomocą przycisku „{ $label }” na górze każdej strony lub przez dwukrotne naciśnięcie klawisza Escape
a11y-care = Historie, które poruszają trudne doświadczenia, zaczynają się od informacji o treści, a sama historia pozostaje zwinięta, dopóki nie zdecydują się Państwo jej otworzyć. Na każdej stronie podano, gdzie szukać pomocy.
a11y-abilitynet-html = <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> udziela porad (po angielsku), jak ułatwić sobie korzystanie z urządzenia w przypadku niepełnosprawności.
a11y-how-heading = Poziom dostępności tej strony
a11y-how-full = Nie wiemy o żadnej części tej strony, która byłaby niedostępna. Jeśli znajdą Państwo taką część, prosimy o informację.
a11y-how-partial-html = Wiemy, że niektóre części tej strony nie są w pełni dostępne. Wymieniono je poniżej w sekcji <a href="#non-accessible-content">Treści niedostępne</a>.
a11y-feedback-heading = Informacje zwrotne i dane kontaktowe
a11y-feedback-contact-html = Jeśli potrzebują Państwo historii w innym formacie, np. w dużym druku, w wersji łatwej do czytania, w wersji audio lub w alfabecie Braille’a, prosimy o informację: <a href="{ $href }">{ $contact }</a>. Odpowiemy w ciągu 5 dni roboczych.
a11y-feedback-none = Jeśli potrzebują Państwo historii w innym formacie, np. w dużym druku, w wersji łatwej do czytania, w wersji audio lub w alfabecie Braille’a, prosimy o kontakt z organizacją, która publikuje ten zbiór historii.
a11y-report-heading = Zgłaszanie problemów z dostępnością tej strony
a11y-report-contact-html = Stale staramy się poprawiać dostępność tej strony. Jeśli znajdą Państwo problem, którego nie wymieniono na tej stronie, lub uważają Państwo, że nie spełniamy wymagań dotyczących dostępności, prosimy o kontakt: <a href="{ $href }">{ $contact }</a>.
a11y-report-none = Stale staramy się poprawiać dostępność tej strony. Jeśli znajdą Państwo problem, którego nie wymieniono na tej stronie, lub uważają Państwo, że nie spełniamy wymagań dotyczących dostępności, prosimy o kontakt z organizacją, która publikuje ten zbiór historii.
a11y-enforcement-heading = Procedura egzekwowania
a11y-enforcement-html = Za egzekwowanie rozporządzenia w sprawie dostępności stron internetowych i aplikacji mobilnych podmiotów sektora publicznego z 2018 r. (Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, dalej „przepisy o dostępności”) odpowiada Komisja ds. Równości i Praw Człowieka (Equality and Human Rights Commission, EHRC). Jeśli nie są Państwo zadowoleni ze sposobu, w jaki odpowiedzieliśmy na skargę, prosimy o kontakt z <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS), służbą doradztwa i wsparcia w sprawach równości</a>.
a11y-enforcement-ni-html = Osoby z Irlandii Północnej, które nie są zadowolone ze sposobu, w jaki odpowiedzieliśmy na skargę, mogą skontaktować się z <a href="https://www.equalityni.org/Home">Komisją ds. Równości Irlandii Północnej (Equality Commission for Northern Ireland)</a>.
a11y-technical-heading = Informacje techniczne o dostępności tej strony
a11y-technical = Wydawcy serwisu { $site } zobowiązują się zapewnić dostępność tej strony zgodnie z przepisami o dostępności.
a11y-status-heading = Status zgodności
a11y-status-full-html = Ta strona jest w pełni zgodna ze standardem AA <a href="https://www.w3.org/TR/WCAG22/">Wytycznych dotyczących dostępności treści internetowych (Web Content Accessibility Guidelines) w wersji 2.2</a>.
a11y-status-partial-html = Ta strona jest częściowo zgodna ze standardem AA <a href="https://www.w3.org/TR/WCAG22/">Wytycznych dotyczących dostępności treści internetowych (Web Content Accessibility Guidelines) w wersji 2.2</a> z powodu niezgodności wymienionych poniżej.
a11y-non-accessible-heading = Treści niedostępne
a11y-non-accessible = Treści wymienione poniżej nie są dostępne z następujących powodów.
a11y-non-compliance-heading = Niezgodność z przepisami o dostępności
a11y-improve-heading = Co robimy, aby poprawić dostępność
a11y-improve = Każda zmiana na tej stronie jest przed publikacją automatycznie testowana w sposób opisany poniżej. Zmiana, która pogarsza dostępność strony, nie zostaje opublikowana.
a11y-preparation-heading = Przygotowanie deklaracji dostępności
a11y-last-tested-html = Ostatni test tej strony przeprowadzono <time datetime="{ $iso }">{ $date }</time>, a niniejszą deklarację przejrzano tego samego dnia.
a11y-testing = Każdy rodzaj strony jest testowany automatycznie w prawdziwej przeglądarce (Chromium): narzędziem axe-core pod kątem reguł A i AA WCAG 2.0, 2.1 i 2.2, w jasnym i ciemnym schemacie kolorów, na ekranach wielkości telefonu i komputera; narzędziem Nu Html Checker; z użyciem klawiatury; przy szerokości 320 pikseli, przy powiększeniu 200% oraz z większym tekstem i większymi odstępami w tekście; a także w wersji do druku.

## Impact

impact-lead = Co zawiera ten zbiór historii i co według programu zmieniło się w życiu ludzi. Opublikowano { $stories ->
    [one] 1 historię
    [few] { $stories } historie
    [many] { $stories } historii
   *[other] { $stories } historii
  } i { $case_studies ->
    [one] 1 studium przypadku
    [few] { $case_studies } studia przypadków
    [many] { $case_studies } studiów przypadków
   *[other] { $case_studies } studium przypadku
  }.
impact-outcomes-heading = Co zmieniło się w życiu ludzi
impact-key-html = Każdy słupek zaczyna się od zera, a jego skala jest podana pod nim: wartości procentowe zawsze obejmują zakres od 0% do 100%. <span class="key key-before">Słupki w paski, na górze: przed</span>. <span class="key key-after">Słupki pełne, poniżej: po</span>.
impact-source = Źródło: { $source }
impact-before-after = przed: { $before }, po: { $after }
impact-outcomes-caption = Zgłoszone efekty
impact-col-outcome = Efekt
impact-col-before = Przed
impact-col-after = Po lub wynik
impact-not-reported = nie podano
impact-by-feature-heading = Historie według cech
impact-by-feature-caption = Opublikowane historie i studia przypadków według cech
impact-col-feature = Cecha
impact-col-count = Historie i studia przypadków
impact-by-place-heading = Historie według miejsc
impact-by-place-caption = Opublikowane historie i studia przypadków według miejsc
impact-col-place = Miejsce
impact-overlap = Jedna historia może pokazywać więcej niż jedną cechę, więc suma liczb dla cech jest większa niż liczba historii.
chart-before = Przed
chart-after = Po
chart-result = Wynik

## Preview (storypress serve only)

preview-shown = NIEOPUBLIKOWANE: ten podgląd widzą tylko Państwo
preview-hidden = Ta strona nie jest opublikowana
preview-left-out-html = Plik <code>{ $file }</code> został pominięty w serwisie: { $reason }.
preview-command-html = Aby wyświetlić podgląd, należy uruchomić <code>{ $command }</code>.
preview-publish = Aby opublikować: { $how }.
preview-no-pictures = Obrazy nie są wyświetlane w tym podglądzie.

## Workshop packs

workshop-pack-banner = Pakiet warsztatowy: tylko dla osób prowadzących, nie do publicznego udostępniania.
workshop-title = { $pack } · pakiet warsztatowy · { $site }
workshop-from = Źródło: { $site }
workshop-session = sesja: { $date }
workshop-prepared = przygotowano: { $date }
workshop-selection = Historie wybrane według: { $selection }. Uwzględniono tylko historie osób, które zgodziły się na ich wykorzystanie podczas warsztatów.
workshop-selection-features = cechy: { $names }
workshop-selection-sites = miejsca: { $names }
workshop-selection-themes = tematy: { $names }
workshop-selection-kinds = rodzaje: { $names }
workshop-selection-or = { $first } lub { $second }
workshop-selection-and = { $first }; { $second }
workshop-selection-named = { $count ->
    [one] { $count } wskazana historia
    [few] { $count } wskazane historie
    [many] { $count } wskazanych historii
   *[other] { $count } wskazanej historii
  }
workshop-pack-nav = Pakiet
workshop-cards-link = Karty z historiami do druku
workshop-cards-count = { $count ->
    [one] { $count } karta
    [few] { $count } karty
    [many] { $count } kart
   *[other] { $count } karty
  }
workshop-not-all-print = pozostałe historie nie są przeznaczone do druku
workshop-reading-link = Wersja do czytania
workshop-reading-about = pełny tekst tych samych historii do wydrukowania i czytania na głos, jedna historia na stronę
workshop-present-link = Widok prezentera
workshop-present-about = do projektora: do przechodzenia służą klawisze strzałek, spacja, kliknięcie lub przyciski Dalej i Wstecz
workshop-cw-heading = Informacje o treści
workshop-cw-none = Żadna historia w tym pakiecie nie ma informacji o treści.
workshop-cw-some = Te historie mają informację o treści. Od niej zaczynają się ich karty, ich strony w wersji do czytania i ich slajdy:
workshop-not-for-print = nie do druku
workshop-notes-heading = Uwagi dla osoby prowadzącej
workshop-prompts-heading = Pytania do całej sesji
workshop-stories-heading = Historie
workshop-no-stories = Żadna historia w tym zbiorze nie pasuje do pakietu i nie ma zgody na wykorzystanie podczas warsztatów.
workshop-cw-badge = informacja o treści
workshop-told-by = opowiada: { $name }
workshop-screen-only = Osoba opowiadająca zgodziła się na warsztaty, ale nie na druk: historię należy pokazywać tylko na ekranie i pominąć ją w drukowanych kartach.
workshop-questions = Pytania:
workshop-support-heading = Jeśli sesja wywoła trudne uczucia
workshop-consent-expires = Zgoda wygasa { $date }, przed tą sesją: należy zapytać ponownie albo pominąć tę historię.
workshop-consent-review = Zgoda musi zostać ponownie potwierdzona do { $date }.
cards-title = Karty z historiami · { $pack }
cards-banner = Karty warsztatowe: tylko dla osób prowadzących, nie do publicznego udostępniania.
cards-heading = Karty z historiami: { $pack }
cards-size = Rozmiar karty
cards-size-a5 = A5, dwie na arkuszu A4
cards-size-a4 = A4, jedna na arkuszu
cards-print-note = Drukowanie z poziomu przeglądarki. Są tu tylko historie osób, które zgodziły się na druk.
cards-talk-about = Do rozmowy
cards-told-by = Opowiada: { $name }.
cards-credit = © { $owner }, udostępniono na licencji { $licence }. Źródło: { $site }.
reading-title = Wersja do czytania · { $pack }
reading-banner = Wersja do czytania: tylko dla osób prowadzących, nie do publicznego udostępniania.
reading-heading = Wersja do czytania: { $pack }
reading-intro = Pełny tekst każdej historii, której autor lub autorka zgodzili się na druk, do czytania na głos. Każda historia zaczyna się na nowej stronie, najpierw z informacją o treści; informacja o tym, gdzie szukać pomocy, jest u dołu każdej strony. Przed przeczytaniem historii z informacją o treści warto zapytać uczestników, jak się czują, zaproponować przerwę i przypomnieć, że każdy może wyjść z sali.
reading-none = Żadnej historii z tego pakietu nie można drukować.
reading-composite = przykładowa historia złożona
present-title = Widok prezentera · { $pack }
present-slide-title = Tytuł
present-keys = Strzałka w prawo, spacja, Page Down lub Dalej: następny slajd. Strzałka w lewo, Page Up lub Wstecz: poprzedni. Home i End: pierwszy i ostatni. Kliknięcie lub dotknięcie prawej połowy slajdu przechodzi dalej, a lewej — wstecz.
present-before-next = Przed następną historią
present-next-html = Następna: <cite>{ $title }</cite>
present-next-told-by-html = Następna: <cite>{ $title }</cite>, opowiada: { $name }
present-facilitator-html = <strong>Osoba prowadząca:</strong> przed przejściem dalej warto zapytać uczestników, jak się czują. Należy zaproponować przerwę i przypomnieć wszystkim, że mogą w każdej chwili wyjść i wrócić, gdy będą gotowi.
present-question = Pytanie
present-from-html = Z historii <cite>{ $title }</cite>
present-support = Wsparcie
present-thanks = Dziękujemy za uważne i życzliwe słuchanie
present-slides = Slajdy
present-back = Wstecz
present-next = Dalej
present-position = Slajd { $count } z { $total }

## Share your story (the /share/ page and share.js)

share-lead = Tutaj można napisać swoją historię, a ta strona zamieni ją w plik historii dla zespołu prowadzącego zbiór. Wszystko pozostaje na tym urządzeniu: nic z tego, co zostanie wpisane, nie jest nigdzie wysyłane ani zapisywane. Na końcu to Państwo decydują, co zrobić z plikiem.
share-consent-heading = Państwa historia, Państwa wybór
share-consent-yes-html = <strong>Nic nie zostanie opublikowane bez Państwa zgody.</strong> Osoba wspierająca z programu przeczyta historię razem z Państwem i zapisze Państwa zgodę. Do tego czasu plik podaje, że zgoda jest w toku (<em>pending</em>), i nic z historii nigdzie się nie pojawia.
share-consent-where-html = <strong>To Państwo decydują, gdzie trafi historia.</strong> Można zgodzić się na niektóre, wszystkie albo żadne z tych miejsc:
share-scope-web-html = <strong>strona internetowa</strong> (web): ta strona, na której każdy może ją przeczytać;
share-scope-workshop-html = <strong>warsztaty</strong> (workshop): sesje w małych grupach, podczas których ludzie czytają historie i o nich rozmawiają;
share-scope-print-html = <strong>druk</strong> (print): drukowane karty z historiami używane podczas tych sesji.
share-consent-change-html = <strong>Zdanie można zmienić w każdej chwili</strong>, przed publikacją lub po niej. Wystarczy powiedzieć o tym osobie wspierającej, a historia zostanie usunięta przy następnej aktualizacji.
share-consent-safe-html = <strong>Prosimy zadbać o bezpieczeństwo swoje i innych.</strong> Należy pominąć wszystko, co mogłoby pozwolić kogoś rozpoznać: pełne imiona i nazwiska, adresy, numery telefonów, adresy e-mail, numery NHS. Ta strona wskazuje te, które potrafi wykryć.
share-feelings-html = Pisanie o trudnych chwilach może wywołać silne emocje. Można przerwać w każdej chwili, a <a href="#support">pomoc jest opisana na górze tej strony</a>.
share-noscript-html = Ta strona potrzebuje JavaScriptu, aby utworzyć plik, a jest on wyłączony lub się nie załadował. Nadal można samodzielnie napisać plik: wyjaśniono to poniżej oraz w <a href="{ $guide }">przewodniku o tym, jak opowiedzieć swoją historię</a>.
share-form-heading = Napisz swoją historię
share-required-note-html = Na pytania oznaczone <span class="share-required">(wymagane)</span> trzeba odpowiedzieć, zanim będzie można utworzyć plik.
share-required = (wymagane)
share-errors-heading = Zanim będzie można utworzyć plik
share-field-title = Tytuł
share-field-title-hint = Tytuł historii w takiej formie, w jakiej ma być wyświetlany.
share-field-summary = Streszczenie
share-field-summary-hint = Jedno lub dwa zdania o historii, na karty z historiami i do wyników wyszukiwania.
share-field-summary-limit = Limit znaków: { $max }.
share-field-storyteller = Imię lub nazwa do podpisu
share-field-storyteller-hint = Imię, pod którym chcą być tu Państwo znani. Może to być prawdziwe imię, wymyślone imię albo „Anonim”.
share-field-site = Miejsce
share-field-site-hint = Gdzie wydarzyła się historia, jeśli jest to jedno z tych miejsc.
share-field-site-none = Żadne z tych miejsc albo wolę nie mówić
share-field-features = Co pokazuje historia
share-field-features-hint = Prosimy zaznaczyć co najmniej jedną odpowiedź.
share-field-themes = Tematy
share-field-themes-hint = Kilka słów o tym, czego dotyczy historia, oddzielonych przecinkami, np.: mieszkanie, wsparcie rówieśnicze. To pole można zostawić puste.
share-field-warnings = Ostrzeżenia o treści
share-field-warnings-hint = Prosimy zaznaczyć każdy temat, o którym czytelnik powinien wiedzieć przed rozpoczęciem lektury. Historia pozostaje zwinięta, dopóki każdy czytelnik sam nie zdecyduje się jej otworzyć.
share-field-story = Historia
share-field-story-hint = Własnymi słowami. Między akapitami należy zostawić pusty wiersz.
share-make = Utwórz plik z moją historią
share-result-heading = Plik z historią
share-download = Pobierz plik
share-copy = Kopiuj plik
share-github = Dodaj go w GitHub
share-new-tab = (otwiera się w nowej karcie)
share-file-text = Tekst pliku
share-next-heading = Co dalej
share-next-send-html = Plik należy wysłać osobie wspierającej albo dodać go w GitHub w folderze <code>{ $folder }</code> repozytorium <code>{ $repository }</code>.
share-next-read = Osoba wspierająca przeczyta go razem z Państwem i zapisze, gdzie zgodzili się Państwo go pokazać.
share-next-review = Osoba recenzująca go sprawdzi i dopiero wtedy zostanie opublikowany — tylko tam, gdzie wyrazili Państwo zgodę.
share-format-summary = Jak wygląda plik z historią
share-format-html = Historia to jeden plik tekstowy z rozszerzeniem <code>.md</code> w folderze <code>{ $folder }</code>. Zaczyna się od kilku wierszy o historii umieszczonych między dwoma wierszami <code>---</code>, a potem następuje sama historia. Zgoda ma zawsze na początku wartość <code>pending</code>, bez wybranych miejsc: osoba wspierająca uzupełni ją razem z Państwem.
share-format-guide-html = <a href="{ $guide }">Przewodnik o tym, jak opowiedzieć swoją historię</a>, wyjaśnia każdy wiersz oraz to, jak osoba wspierająca przesyła historię.
# Used by share.js: { $name } placeholders are filled in by the script.
share-js-personal = To wygląda na { $what }: „{ $text }”. Prosimy to usunąć lub zmienić tak, aby nikogo nie dało się rozpoznać.
share-js-need-title = Prosimy nadać historii tytuł.
share-js-need-summary = Prosimy napisać jedno lub dwa zdania o historii.
share-js-need-storyteller = Prosimy wpisać imię lub nazwę do podpisu. Może to być „Anonim”.
share-js-need-features = Prosimy zaznaczyć co najmniej jedną rzecz, którą pokazuje historia.
share-js-need-story = Prosimy napisać swoją historię.
share-js-summary-long = Liczba znaków w streszczeniu: { $length }. Karty i wyniki wyszukiwania pokazują około { $max } znaków, więc prosimy skrócić je o { $over } zn.
share-js-github-ready = GitHub otworzy się z wypełnionym plikiem, we właściwym folderze. Aby go tam zapisać, potrzebne jest konto GitHub.
share-js-github-too-long = Historia jest zbyt długa, aby automatycznie wypełnić ją w GitHub: zamiast tego należy ją skopiować i wkleić. Prosimy skopiować plik, otworzyć GitHub, a następnie wkleić go w duże puste pole.
share-js-ready = Plik { $name } jest gotowy.
share-js-downloaded = Pobrano plik { $name }. Można go znaleźć wśród pobranych plików.
share-js-copied = Skopiowano. Można go wkleić tam, gdzie jest potrzebny.
share-js-copy-failed = Kopiowanie tutaj nie zadziałało: prosimy zaznaczyć poniższy tekst i go skopiować.
share-personal-kind = { $code ->
    [personal-nhs-number] numer NHS
    [personal-email] adres e-mail
    [personal-phone] numer telefonu
   *[personal-postcode] kod pocztowy
  }
share-example-title = Znów staję na nogi
share-example-summary = Jedno lub dwa zdania o historii.
share-example-body = Historia opowiedziana własnymi słowami.
