/* storypress share: the /share/ page. It builds a story file in the browser and sends nothing
   anywhere: no fetch, no XHR, no form submission (the page's CSP forbids them too).

   The personal-data scanner below is the twin of src/personal_data.rs: the same patterns,
   the same splitting of digit runs, the same overlap rules. Both are run against one table,
   tests/fixtures/personal-data-cases.json (tests/personal_data_table.rs through `check`, and
   tests/browser/share.test.mjs through this page): change the two together. */
(function () {
  "use strict";

  var form = document.getElementById("share-form");
  var dataEl = document.getElementById("share-data");
  if (!form || !dataEl || !window.Blob || !window.URL) return;
  var DATA = JSON.parse(dataEl.textContent);

  /* ---------- Personal data (the twin of src/personal_data.rs) ---------- */

  var SPACE = "[\\x20\\u00A0\\u202F]";
  var DASH = "[\\-\\u2010\\u2011\\u2013]";
  var GAP = SPACE + "?" + DASH + "?" + SPACE + "?";
  var PHONE_RUN = new RegExp("(?<intl>(?:\\+|00)44" + GAP + "(?:\\(0\\)" + GAP + ")?)?[0-9]+(?:\\)?" + GAP + "\\(?[0-9]+)*", "gu");
  // Rust's \w is Unicode's; JavaScript's is ASCII even with the u flag, so it is spelt out.
  var W = "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}";
  var LETTER = "(?:(?![_\\p{Nd}])[\\p{Alphabetic}\\p{M}\\p{Pc}\\p{Join_Control}])"; // [^\W\d_]
  var LOCAL = "[" + W + ".%+\\-]";
  var EMAIL_TAIL = LOCAL + "+@(?:[" + W + "\\-]+\\.)+" + LETTER + "{2,}";
  // Starting only where a run of address characters starts keeps the search linear (a
  // backtracking engine would rescan a long run from each of its characters); the sticky
  // twin covers a search resumed inside a run, as Rust's find_iter does after a match.
  var EMAIL_FROM = new RegExp("(?<!" + LOCAL + ")" + EMAIL_TAIL, "gu");
  var EMAIL_AT = new RegExp(EMAIL_TAIL, "yu");
  var LOCAL_END = new RegExp(LOCAL + "$", "u");
  // Royal Mail's letters, with ASCII-only case folding spelt out (the i flag would let "ſ"
  // pass for "s"), and Unicode word boundaries as Rust's \b has them.
  var POSTCODE = new RegExp("(?<![" + W + "])(?:(?:[A-PR-UWYZa-pr-uwyz][0-9][0-9A-HJKPSTUWa-hjkpstuw]?|" +
    "[A-PR-UWYZa-pr-uwyz][A-HK-Ya-hk-y][0-9][0-9ABEHMNPRVWXYabehmnprvwxy]?)" + SPACE +
    "?(?<inward>[0-9][ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})|[Gg][Ii][Rr]" + SPACE + "?0[Aa][Aa])(?![" + W + "])", "gu");
  var ORDINALS = ["1st", "2nd", "3rd", "0th", "4th", "5th", "6th", "7th", "8th", "9th"];

  function isDigit(c) { return c >= "0" && c <= "9"; }
  function isSeparator(c) { return /^[\x20\u00A0\u202F\-\u2010\u2011\u2013]$/.test(c); }

  function continuesBefore(text, pos) {
    var c = text[pos - 1];
    return isDigit(c) || (c === "." && isDigit(text[pos - 2]));
  }
  function continuesAfter(text, pos) {
    var c = text[pos];
    return isDigit(c) || (c === "." && isDigit(text[pos + 1]));
  }

  function digitRuns(text, from, to) {
    var out = [], re = /[0-9]+/g, m;
    var part = text.slice(from, to);
    while ((m = re.exec(part))) out.push([from + m.index, from + m.index + m[0].length]);
    return out;
  }

  function finding(text, code, start, end) {
    return { code: code, start: start, end: end, text: text.slice(start, end) };
  }

  function isValidNhs(digits) {
    if (!/^[0-9]{10}$/.test(digits)) return false;
    var sum = 0;
    for (var i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
    var check = 11 - (sum % 11);
    if (check === 10) return false; // no NHS number is issued with this remainder
    if (check === 11) check = 0;
    return check === Number(digits[9]);
  }

  function emails(text, out) {
    var pos = 0, m;
    while (pos < text.length) {
      m = null;
      if (pos > 0 && LOCAL_END.test(text.slice(Math.max(0, pos - 2), pos))) {
        EMAIL_AT.lastIndex = pos;
        m = EMAIL_AT.exec(text);
      }
      if (!m) {
        EMAIL_FROM.lastIndex = pos;
        m = EMAIL_FROM.exec(text);
      }
      if (!m) return;
      out.push(finding(text, "personal-email", m.index, m.index + m[0].length));
      pos = m.index + m[0].length;
    }
  }

  function nhsNumbers(text, out) {
    var runs = digitRuns(text, 0, text.length);
    var single = function (from, to) { return to - from === 1 && isSeparator(text[from]); };
    for (var k = 0; k < runs.length; k++) {
      var start = runs[k][0], end = runs[k][1], r2 = runs[k + 1], r3 = runs[k + 2];
      if (end - start !== 10) {
        if (!(end - start === 3 && r2 && r3 && r2[1] - r2[0] === 3 && r3[1] - r3[0] === 4 &&
          single(end, r2[0]) && single(r2[1], r3[0]))) continue;
        end = r3[1];
      }
      var digits = text.slice(start, end).replace(/[^0-9]/g, "");
      if (!continuesBefore(text, start) && !continuesAfter(text, end) && isValidNhs(digits)) {
        out.push(finding(text, "personal-nhs-number", start, end));
      }
    }
  }

  function normaliseNumber(s) {
    s = s.trim();
    var rest = s.startsWith("+44") ? s.slice(3) : s.startsWith("0044") ? s.slice(4) : null;
    var digits = (rest === null ? s : rest).replace(/[^0-9]/g, "");
    return rest !== null && digits && digits[0] !== "0" ? "0" + digits : digits;
  }

  function isUkPhone(d) {
    if (d.startsWith("07")) return d.length === 11;
    return /^0[1238]/.test(d) && d.length >= 10 && d.length <= 11;
  }

  /** The longest end of a number opening at group i, as Rust's phones() takes it. */
  function phoneEnd(text, groups, i, start, international) {
    var first = text.slice(groups[i][0], groups[i][1]);
    var opens = international || (first[0] === "0" && first.length >= 3);
    if (!opens || continuesBefore(text, start)) return null;
    var digits = 0, within = [];
    for (var n = 0; i + n < groups.length; n++) {
      var g = groups[i + n];
      digits += g[1] - g[0];
      if (!(digits <= 11 && (n === 0 || g[1] - g[0] > 1))) break;
      within.push(g[1]);
    }
    for (var k = within.length - 1; k >= 0; k--) {
      var end = within[k];
      if (!continuesAfter(text, end) && isUkPhone(normaliseNumber(text.slice(start, end)))) return end;
    }
    return null;
  }

  function balanceBrackets(text, start, end) {
    var span = text.slice(start, end);
    var opens = span.split("(").length - 1, closes = span.split(")").length - 1;
    if (closes > opens && text[start - 1] === "(") start -= 1;
    else if (opens > closes && text[end] === ")") end += 1;
    return [start, end];
  }

  function phones(text, out) {
    PHONE_RUN.lastIndex = 0;
    var m;
    while ((m = PHONE_RUN.exec(text))) {
      var intl = m.groups.intl;
      var body = intl === undefined ? m.index : m.index + intl.length;
      var groups = digitRuns(text, body, m.index + m[0].length);
      var i = 0;
      while (i < groups.length) {
        var international = i === 0 && intl !== undefined;
        var start = international ? m.index : groups[i][0];
        var end = phoneEnd(text, groups, i, start, international);
        if (end === null) { i += 1; continue; }
        var span = balanceBrackets(text, start, end);
        out.push(finding(text, "personal-phone", span[0], span[1]));
        while (i < groups.length && groups[i][1] <= span[1]) i += 1;
      }
    }
  }

  function postcodes(text, out) {
    POSTCODE.lastIndex = 0;
    var m;
    while ((m = POSTCODE.exec(text))) {
      var ordinal = m.groups.inward !== undefined && ORDINALS.indexOf(m.groups.inward) >= 0;
      var code = m.index > 0 && (text[m.index - 1] === "#" || text[m.index - 1] === "\\");
      if (!ordinal && !code) out.push(finding(text, "personal-postcode", m.index, m.index + m[0].length));
    }
  }

  function allowList(allowed) {
    var keep = function (f) {
      var set = new Set();
      allowed.forEach(function (a) { var n = f(a); if (n) set.add(n); });
      return set;
    };
    var numbers = keep(normaliseNumber);
    var mails = keep(function (s) { return s.trim().toLowerCase(); });
    var codes = keep(function (s) { return s.replace(/\p{White_Space}/gu, "").toUpperCase(); });
    return function covers(f) {
      if (f.code === "personal-email") return mails.has(f.text.trim().toLowerCase());
      if (f.code === "personal-postcode") return codes.has(f.text.replace(/\p{White_Space}/gu, "").toUpperCase());
      return numbers.has(normaliseNumber(f.text));
    };
  }
  var covered = allowList(DATA.personal_data_ok || []);

  /** Every piece of personal data in text, by position; earlier kinds win overlaps. */
  function scan(text) {
    var candidates = [];
    emails(text, candidates);
    nhsNumbers(text, candidates);
    phones(text, candidates);
    postcodes(text, candidates);
    var kept = [];
    candidates.forEach(function (f) {
      var lo = 0, hi = kept.length; // kept is sorted by start and never overlaps
      while (lo < hi) { var mid = (lo + hi) >> 1; if (kept[mid].start < f.end) lo = mid + 1; else hi = mid; }
      if (lo > 0 && kept[lo - 1].end > f.start) return;
      kept.splice(lo, 0, f);
    });
    return kept.filter(function (f) { return !covered(f); });
  }

  /* ---------- The form ---------- */

  var WORDS = {};
  DATA.personal_data.forEach(function (k) { WORDS[k.code] = k.words; });
  /* The interface's words (from the theme's translation files); `{name}` gaps filled in. */
  var STRINGS = {};
  try { STRINGS = JSON.parse(document.getElementById("share-strings").textContent); } catch (e) { /* keys show */ }
  function msg(key, vars) {
    var m = STRINGS[key];
    if (m && typeof m === "object") m = m.other;
    if (typeof m !== "string") return key;
    return m.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return vars && Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole;
    });
  }
  var $ = function (id) { return document.getElementById(id); };
  var touched = {};

  /** Characters a story file may not hold (as src/text.rs refuses them), and line endings made plain. */
  function clean(s) {
    return s.replace(/\r\n?/g, "\n").replace(/[\p{Cs}\p{Noncharacter_Code_Point}]|(?![\t\n])\p{Cc}/gu, "");
  }
  /** One line: a pasted line break becomes a space, as it would read on a card. */
  function oneLine(s) { return clean(s).replace(/\s*\n\s*/g, " ").trim(); }

  function slugify(s) {
    return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/[ł]/g, "l").replace(/[ø]/g, "o").replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/œ/g, "oe")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function checked(name) {
    return Array.prototype.map.call(form.querySelectorAll("input[name='" + name + "']:checked"), function (i) { return i.value; });
  }

  function values() {
    var themes = [];
    oneLine($("share-themes").value).split(/[,\u060C]/).forEach(function (t) {
      var tag = slugify(t);
      if (tag && themes.indexOf(tag) < 0) themes.push(tag);
    });
    return {
      title: oneLine($("share-title").value),
      summary: oneLine($("share-summary").value),
      storyteller: oneLine($("share-storyteller").value),
      site: $("share-site").value,
      features: checked("features"),
      themes: themes,
      content_warnings: checked("content_warnings"),
      story: clean($("share-story").value).replace(/\s+$/, "")
    };
  }

  function personalFindings(text) {
    return scan(text).map(function (f) {
      return { code: f.code, text: f.text, message: msg("share-js-personal", { what: WORDS[f.code], text: f.text }) };
    });
  }

  /** What to say about each field, keyed by field id; `blocking` ones stop the file being made. */
  function problems(v, all) {
    var out = { title: [], summary: [], storyteller: [], features: [], themes: [], story: [] };
    var need = function (id, empty, words) {
      if (empty && (all || touched[id])) out[id].push({ message: words, blocking: true });
    };
    need("title", !v.title, msg("share-js-need-title"));
    need("summary", !v.summary, msg("share-js-need-summary"));
    need("storyteller", !v.storyteller, msg("share-js-need-storyteller"));
    need("features", !v.features.length, msg("share-js-need-features"));
    need("story", !v.story, msg("share-js-need-story"));
    var n = Array.from(v.summary).length;
    if (n > DATA.max_summary) {
      out.summary.push({ message: msg("share-js-summary-long", { length: n, max: DATA.max_summary, over: n - DATA.max_summary }), blocking: false });
    }
    [["title", v.title], ["summary", v.summary], ["storyteller", v.storyteller], ["themes", v.themes.join(", ")], ["story", v.story]]
      .forEach(function (pair) {
        personalFindings(pair[1]).forEach(function (f) { f.blocking = true; out[pair[0]].push(f); });
      });
    return out;
  }

  function showFindings(id, list) {
    var ul = $("share-" + id + "-findings");
    var control = id === "features" ? $("share-features") : $("share-" + id);
    var key = JSON.stringify(list.map(function (f) { return f.message; }));
    if (ul.dataset.shown !== key) {
      ul.textContent = "";
      list.forEach(function (f) {
        var li = document.createElement("li");
        li.textContent = f.message;
        if (f.code) { li.dataset.code = f.code; li.dataset.text = f.text; }
        ul.appendChild(li);
      });
      ul.dataset.shown = key;
    }
    if (list.some(function (f) { return f.blocking; })) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
    if (control.dataset) control.dataset.checked = "true";
  }

  function update(all) {
    var v = values(), found = problems(v, all);
    Object.keys(found).forEach(function (id) { showFindings(id, found[id]); });
    var blocking = Object.keys(found).some(function (id) { return found[id].some(function (f) { return f.blocking; }); });
    if (!$("share-result").hidden) {
      if (blocking) hideResult();
      else showFile(v);
    }
    return { v: v, found: found, blocking: blocking };
  }

  /* ---------- The file ---------- */

  /** A YAML double-quoted string: JSON's string syntax is valid YAML, and the text is clean. */
  function quoted(s) { return JSON.stringify(s); }

  function today() {
    var d = new Date(), pad = function (n) { return String(n).padStart(2, "0"); };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function fileText(v) {
    var lines = [
      "---",
      "# Written on the storybook's \"Share your story\" page. Nothing is published until a",
      "# supporter has talked it through with the storyteller and recorded their consent below.",
      "title: " + quoted(v.title),
      "summary: " + quoted(v.summary),
      "storyteller: " + quoted(v.storyteller),
      "date: " + today()
    ];
    if (v.site) lines.push("site: " + v.site);
    lines.push("features: [" + v.features.join(", ") + "]");
    lines.push("themes: [" + v.themes.join(", ") + "]");
    lines.push("content_warnings: [" + v.content_warnings.join(", ") + "]");
    lines.push(
      "# status stays pending until the storyteller agrees. scope lists where they agreed it may",
      "# appear: web (this website), workshop (sessions), print (printed cards).",
      "consent:", "  status: pending", "  scope: []", "  recorded:", "  review:", "---");
    return lines.join("\n") + "\n" + v.story + "\n";
  }

  function fileName(v) { return (slugify(v.title) || "my-story") + ".md"; }

  var current = null;

  function showFile(v) {
    var text = fileText(v), name = fileName(v);
    current = { text: text, name: name };
    $("share-file").value = text;
    var url = DATA.new_file_url + "?filename=" + encodeURIComponent(name);
    var full = url + "&value=" + encodeURIComponent(text);
    var link = $("share-github"), note = $("share-github-note");
    if (full.length <= DATA.max_url) {
      link.href = full;
      note.textContent = msg("share-js-github-ready");
    } else {
      link.href = url;
      note.textContent = msg("share-js-github-too-long");
    }
    $("share-result-status").textContent = msg("share-js-ready", { name: name });
  }

  function hideResult() {
    $("share-result").hidden = true;
    current = null;
  }

  function errorSummary(found) {
    var list = $("share-error-list");
    list.textContent = "";
    Object.keys(found).forEach(function (id) {
      found[id].filter(function (f) { return f.blocking; }).forEach(function (f) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = "#" + (id === "features" ? "share-feature-" + form.querySelector("input[name=features]").value : "share-" + id);
        a.textContent = f.message;
        li.appendChild(a);
        list.appendChild(li);
      });
    });
    var box = $("share-error-summary");
    box.hidden = list.children.length === 0;
    return !box.hidden;
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var state = update(true);
    if (errorSummary(state.found)) {
      hideResult();
      $("share-error-summary").focus();
      return;
    }
    showFile(state.v);
    $("share-result").hidden = false;
    $("share-result").focus();
  });

  $("share-download").addEventListener("click", function () {
    if (!current) return;
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([current.text], { type: "text/markdown;charset=utf-8" }));
    a.download = current.name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    $("share-result-status").textContent = msg("share-js-downloaded", { name: current.name });
  });

  $("share-copy").addEventListener("click", function () {
    if (!current) return;
    var done = function () { $("share-result-status").textContent = msg("share-js-copied"); };
    var fallback = function () {
      $("share-file").select();
      if (document.execCommand("copy")) done();
      else $("share-result-status").textContent = msg("share-js-copy-failed");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(current.text).then(done, fallback);
    else fallback();
  });

  /* ---------- Checking as the person types ---------- */

  // While the button is pressed, the findings above it must not change (and move it away
  // from under the pointer before the click lands): the submit checks everything anyway.
  var pressing = false;
  form.addEventListener("pointerdown", function (e) { pressing = !!e.target.closest("[type=submit]"); });
  document.addEventListener("pointerup", function () { setTimeout(function () { pressing = false; }, 0); });

  var timer = null;
  function now() {
    clearTimeout(timer);
    if (!pressing) update(false);
  }
  form.addEventListener("input", function () {
    Array.prototype.forEach.call(form.querySelectorAll("[data-checked]"), function (el) { delete el.dataset.checked; });
    clearTimeout(timer);
    // A short pause first, so a screen reader hears the result of a word, not of every key.
    timer = setTimeout(now, 300);
  });
  form.addEventListener("change", now);
  form.addEventListener("focusout", function (e) {
    var field = e.target.closest("[data-field]");
    if (!field || field.contains(e.relatedTarget)) return;
    touched[field.dataset.field] = true;
    now();
  });

  form.hidden = false;
  update(false);
})();
