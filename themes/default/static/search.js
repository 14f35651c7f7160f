/* storypress search: the /search/ page. No dependencies; the page works without this file.

   The index is built by src/search.rs (its doc comment describes the files). This script
   fetches search/meta.json on the first query, then only the term shards a query's words fall
   in, and a fragment for each result shown. Scoring is elasticlunr.js 0.9.5's (OR, prefix
   expansion, coordination norm), and words become keys exactly as src/search/analyse.rs
   makes them: change both together.

   The state lives in the URL (q, feature, site, kind, theme; each filter repeatable), so a
   search can be shared as a link. */
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  if (!form || !window.fetch || !window.URLSearchParams || !window.TextEncoder || !window.Map) {
    return;
  }

  /* ---------- Words to keys (the twin of src/search/analyse.rs) ---------- */

  // elasticlunr's English stop words (elasticlunr-rs lang/en.rs).
  var STOP = new Set(("a able about across after all almost also am among an and any are as at be because " +
    "been but by can cannot could dear did do does either else ever every for from get got had has have he " +
    "her hers him his how however i if in into is it its just least let like likely may me might most must my " +
    "neither no nor not of off often on only or other our own rather said say says she should since so some " +
    "than that the their them then there these they this tis to too twas us wants was we were what when where " +
    "which while who whom why will with would yet you your").split(" "));

  /** Typographic apostrophes become ', and dashes, slashes and ellipses split words. */
  function normalise(text) {
    return text.replace(/[\u2019\u2018\u02BC]/g, "'").replace(/[\u2010-\u2015\/\u2026\uFEFF\u0085]/g, " ");
  }

  /** elasticlunr's tokeniser (white space and -), composed (NFC), lower case, possessive 's dropped. */
  function tokens(text) {
    var out = [];
    normalise(text).split(/[\s-]+/).forEach(function (t) {
      if (!t) return;
      t = t.normalize("NFC").toLowerCase();
      if (t.length > 2 && t.slice(-2) === "'s") t = t.slice(0, -2);
      out.push(t);
    });
    return out;
  }

  /** elasticlunr's English trimmer: no non-word ASCII at either end. */
  function enTrim(t) {
    return t.replace(/^\W+/, "").replace(/\W+$/, "");
  }

  /** The neutral pipeline: no character that is neither a letter nor a digit at either end. */
  function neutralKey(t) {
    return t.replace(/^[^\p{Alphabetic}\p{N}]+|[^\p{Alphabetic}\p{N}]+$/gu, "");
  }

  /** The English key of a token, or "" for none (a stop word, or nothing left). */
  function enKey(t) {
    var e = enTrim(t);
    return e && !STOP.has(e) ? stem(e) : "";
  }

  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  /* The Porter stemmer of elasticlunr-rs (lang/en.rs, from rust-stem, MIT licence,
     copyright (c) 2013 Do Nhat Minh), on UTF-8 bytes as there, so that every word gets the
     stem the index has. */
  function stem(word) {
    var b = encoder.encode(word);
    if (b.length <= 2) return word;
    for (var x = 0; x < b.length; x++) if (b[x] >= 65 && b[x] <= 90) b[x] += 32;
    var k = b.length;
    var j = 0;
    var vowel = function (c) { return c === 97 || c === 101 || c === 105 || c === 111 || c === 117; };
    var cons = function (i) {
      if (vowel(b[i])) return false;
      if (b[i] === 121) return i === 0 ? true : !cons(i - 1);
      return true;
    };
    var measure = function () {
      var n = 0;
      var i = 0;
      for (;;) {
        if (i >= j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
      for (;;) {
        for (;;) {
          if (i >= j) return n;
          if (cons(i)) break;
          i++;
        }
        i++;
        n++;
        for (;;) {
          if (i >= j) return n;
          if (!cons(i)) break;
          i++;
        }
        i++;
      }
    };
    var hasVowel = function () {
      for (var i = 0; i < j; i++) if (!cons(i)) return true;
      return false;
    };
    var doubleCons = function (i) { return i >= 1 && b[i] === b[i - 1] && b[i] < 128 && cons(i); };
    var cvc = function (i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      return b[i] !== 119 && b[i] !== 120 && b[i] !== 121;
    };
    var ends = function (s) {
      var l = s.length;
      if (l > k) return false;
      for (var i = 0; i < l; i++) if (b[k - l + i] !== s.charCodeAt(i)) return false;
      j = k - l;
      return true;
    };
    var setTo = function (s) {
      for (var i = 0; i < s.length; i++) b[j + i] = s.charCodeAt(i);
      k = j + s.length;
    };
    var r = function (s) { if (measure() > 0) setTo(s); };
    var at = function (i) { return String.fromCharCode(b[i]); };

    // step 1ab: plurals, -ed, -ing
    if (b[k - 1] === 115) {
      if (ends("sses")) k -= 2;
      else if (ends("ies")) setTo("i");
      else if (b[k - 2] !== 115) k -= 1;
    }
    if (ends("eed")) {
      if (measure() > 0) k -= 1;
    } else if ((ends("ed") || ends("ing")) && hasVowel()) {
      k = j;
      if (ends("at")) setTo("ate");
      else if (ends("bl")) setTo("ble");
      else if (ends("iz")) setTo("ize");
      else if (doubleCons(k - 1)) {
        k -= 1;
        if (b[k - 1] === 108 || b[k - 1] === 115 || b[k - 1] === 122) k += 1;
      } else if (measure() === 1 && cvc(k - 1)) setTo("e");
    }
    // step 1c: y to i
    if (k > 2 && ends("y") && !vowel(b[k - 2])) b[k - 1] = 105;
    // step 2: double suffixes
    var rules2 = {
      a: [["ational", "ate"], ["tional", "tion"]],
      c: [["enci", "ence"], ["anci", "ance"]],
      e: [["izer", "ize"]],
      l: [["bli", "ble"], ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"]],
      o: [["ization", "ize"], ["ation", "ate"], ["ator", "ate"]],
      s: [["alism", "al"], ["iveness", "ive"], ["fulness", "ful"], ["ousness", "ous"]],
      t: [["aliti", "al"], ["iviti", "ive"], ["biliti", "ble"]],
      g: [["logi", "log"]]
    };
    var rules3 = {
      e: [["icate", "ic"], ["ative", ""], ["alize", "al"]],
      i: [["iciti", "ic"]],
      l: [["ical", "ic"], ["ful", ""]],
      s: [["ness", ""]]
    };
    var apply = function (rules) {
      if (!rules) return;
      for (var i = 0; i < rules.length; i++) {
        if (ends(rules[i][0])) {
          r(rules[i][1]);
          return;
        }
      }
    };
    if (k >= 2) apply(rules2[at(k - 2)]);
    apply(rules3[at(k - 1)]);
    // step 4: -ant, -ence, … in <c>vcvc<v>
    if (k >= 2) {
      var matched = false;
      switch (at(k - 2)) {
        case "a": matched = ends("al"); break;
        case "c": matched = ends("ance") || ends("ence"); break;
        case "e": matched = ends("er"); break;
        case "i": matched = ends("ic"); break;
        case "l": matched = ends("able") || ends("ible"); break;
        case "n": matched = ends("ant") || ends("ement") || ends("ment") || ends("ent"); break;
        case "o": matched = (ends("ion") && j > 0 && (b[j - 1] === 115 || b[j - 1] === 116)) || ends("ou"); break;
        case "s": matched = ends("ism"); break;
        case "t": matched = ends("ate") || ends("iti"); break;
        case "u": matched = ends("ous"); break;
        case "v": matched = ends("ive"); break;
        case "z": matched = ends("ize"); break;
      }
      if (matched && measure() > 1) k = j;
    }
    // step 5: final -e, -ll
    j = k;
    if (b[k - 1] === 101) {
      var m = measure();
      if (m > 1 || (m === 1 && !cvc(k - 2))) k -= 1;
    }
    if (b[k - 1] === 108 && doubleCons(k - 1) && measure() > 1) k -= 1;
    return decoder.decode(b.subarray(0, k));
  }

  /* ---------- The page ---------- */

  var FACETS = ["feature", "site", "kind", "theme"];
  var PAGE = 10; // results per page
  var MIN_EXPAND = 3; // shorter words are not expanded to longer ones
  var MAX_EXPAND_SHARDS = 3; // nor are words whose expansions would need more shards than this

  var input = document.getElementById("search-q");
  var statusEl = document.getElementById("search-status");
  var list = document.getElementById("search-list");
  var more = document.getElementById("search-more");
  var results = document.getElementById("search-results");
  var filters = document.getElementById("search-filters");
  var chosen = document.querySelector("[data-chosen]");
  var clear = document.querySelector("[data-clear]");
  var base = form.getAttribute("data-index");
  var root = form.getAttribute("data-root");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[type=checkbox][data-facet]"));

  var meta = null;
  var metaPromise = null;
  var shards = new Map(); // shard number → promise of its object
  var fragments = new Map(); // doc → promise of its fragment
  var partsCache = new Map(); // "doc.first" → promise of the file of parts from `first`
  var run = 0; // the newest search; older ones drop their results
  var shown = []; // the current ranked doc numbers
  var shownCount = 0;
  var current = null; // what the current results were made from

  function say(text) {
    statusEl.textContent = text;
  }

  /* The interface's words, as data in the page (from the theme's translation files): a
     message is a string, or one string per plural form of the page's language. `{name}`
     gaps are filled from `vars`; `{count}` also picks the plural form. */
  var WORDS = {};
  try {
    WORDS = JSON.parse(document.getElementById("search-strings").textContent);
  } catch (e) { /* a theme without the strings: messages show their keys */ }
  var LANG = document.documentElement.lang || "en";
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(LANG) : null;
  function msg(key, vars) {
    vars = vars || {};
    var m = WORDS[key];
    if (m && typeof m === "object") {
      var category = plurals && typeof vars.count === "number" ? plurals.select(vars.count) : "other";
      m = m[category] || m.other || "";
    }
    if (typeof m !== "string") return key;
    return m.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole;
    });
  }

  function getJSON(url, options) {
    return fetch(url, options).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  /** Cached fetch: a failed request is forgotten, so the next search tries again. */
  function cached(map, key, url) {
    if (!map.has(key)) {
      var p = getJSON(url);
      p.catch(function () { map.delete(key); });
      map.set(key, p);
    }
    return map.get(key);
  }

  function width(values) {
    var w = 1;
    while (Math.pow(64, w) < values) w++;
    return w;
  }

  var MAX_BITMASK_VALUES = 24; // as in src/search.rs

  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.";

  function loadMeta() {
    if (!metaPromise) {
      metaPromise = getJSON(base + "meta.json", { cache: "no-cache" }).then(function (m) {
        m.siteEn = m.lang.split(/[-_]/)[0].toLowerCase() === "en";
        FACETS.forEach(function (name) {
          var f = m.facets[name];
          var values = f.values.length;
          f.byId = new Map(f.values.map(function (v, i) { return [v[0], i]; }));
          f.of = new Array(m.n);
          if (values <= MAX_BITMASK_VALUES) {
            // Each document's values as a bitmask, six a digit, least significant first.
            var bw = Math.max(1, Math.ceil(values / 6));
            for (var doc = 0; doc < m.n; doc++) {
              var set = [];
              for (var d = 0; d < bw; d++) {
                var bits = DIGITS.indexOf(f.docs.charAt(doc * bw + d));
                for (var b = 0; b < 6; b++) if (bits & (1 << b)) set.push(d * 6 + b);
              }
              f.of[doc] = set;
            }
          } else if (m.n) {
            // Each document's values as numbers of a fixed width, documents split by commas.
            var w = width(values);
            f.of = f.docs.split(",").map(function (codes) {
              var out = [];
              for (var i = 0; i < codes.length; i += w) {
                var v = 0;
                for (var d = 0; d < w; d++) v = v * 64 + DIGITS.indexOf(codes.charAt(i + d));
                out.push(v);
              }
              return out;
            });
          }
        });
        meta = m;
        return m;
      });
      metaPromise.catch(function () { metaPromise = null; });
    }
    return metaPromise;
  }

  /** The shard a key would be in: the last whose first key is not after it. */
  function shardOf(key) {
    var lo = 0;
    var hi = meta.shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (meta.shards[mid] <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function loadShard(i) {
    return cached(shards, i, base + "t/" + i + ".json?v=" + meta.v);
  }

  function loadDoc(n) {
    return cached(fragments, n, base + "d/" + n + ".json?v=" + meta.v);
  }

  /** Part `k` (from 1) of a text: parts after the first come `meta.pf` to a file. */
  function loadPart(n, k) {
    var per = meta.pf || 1;
    var first = k - ((k - 1) % per);
    return cached(partsCache, n + "." + first, base + "p/" + n + "." + first + ".json?v=" + meta.v)
      .then(function (file) { return { x: [].concat(file.x)[k - first] || "" }; });
  }

  /** The query's words, each with its keys (English stem and plain word). */
  function queryTokens(q) {
    var out = [];
    tokens(q).forEach(function (t) {
      var e = enTrim(t);
      if (e && STOP.has(e) && meta.siteEn) return; // elasticlunr drops stop words
      var keys = [];
      var en = enKey(t);
      var plain = neutralKey(t);
      if (en) keys.push(en);
      // Plain words are keys only where some page isn't English (meta.plain).
      if (plain && meta.plain && keys.indexOf(plain) < 0) keys.push(plain);
      if (keys.length) out.push({ keys: keys });
    });
    return out;
  }

  /** Which shards each key needs; expansions only where few shards hold them. */
  function plan(toks) {
    var need = new Set();
    toks.forEach(function (tok) {
      tok.ranges = tok.keys.map(function (key) {
        var from = shardOf(key);
        var to = from;
        var expand = false;
        if (key.length >= MIN_EXPAND) {
          var last = shardOf(key + "\uffff");
          if (last - from < MAX_EXPAND_SHARDS) {
            to = last;
            expand = true;
          }
        }
        for (var i = from; i <= to; i++) need.add(i);
        return [key, from, to, expand];
      });
    });
    return Array.from(need);
  }

  /** elasticlunr.js's Index.search (bool OR, expand true) over the loaded shards. Also finds,
      for each document, the part of its text where its best-scoring body match first is. */
  function score(toks, loaded) {
    var n = meta.n;
    var fields = meta.fields.length;
    var total = new Map();
    var hitKeys = new Set();
    var parts = new Map(); // doc → [best body score, its part]
    var perField = [];
    for (var f = 0; f < fields; f++) perField.push({ scores: null, coord: new Map() });
    toks.forEach(function (tok) {
      var cands = new Map(); // key → penalty
      tok.keys.forEach(function (key) { cands.set(key, 1); });
      tok.ranges.forEach(function (range) {
        if (!range[3]) return;
        var key = range[0];
        for (var i = range[1]; i <= range[2]; i++) {
          var shard = loaded.get(i);
          for (var other in shard) {
            if (other.length > key.length && other.lastIndexOf(key, 0) === 0 && !cands.has(other)) {
              cands.set(other, (1 - (other.length - key.length) / other.length) * 0.15);
            }
          }
        }
      });
      for (var f = 0; f < fields; f++) {
        var tokenScores = new Map();
        var counted = new Set();
        cands.forEach(function (penalty, key) {
          var postings = loaded.get(shardOf(key));
          var entry = postings && Object.prototype.hasOwnProperty.call(postings, key) ? postings[key] : null;
          var docs = entry && entry[f];
          if (!docs || !docs.length) return;
          hitKeys.add(key);
          var idf = 1 + Math.log(n / (docs.length / 2 + 1));
          var doc = 0;
          for (var p = 0; p < docs.length; p += 2) {
            doc += docs[p];
            var w = docs[p + 1];
            if (f === 0) {
              // Body weights carry the part of the text: weight × parts + part.
              var part = w % meta.parts;
              w = (w - part) / meta.parts;
            }
            var s = (w / meta.scale) * idf * penalty;
            if (f === 0 && !(parts.has(doc) && parts.get(doc)[0] >= s)) parts.set(doc, [s, part]);
            tokenScores.set(doc, (tokenScores.get(doc) || 0) + s);
            if (penalty === 1 && !counted.has(doc)) {
              counted.add(doc);
              perField[f].coord.set(doc, (perField[f].coord.get(doc) || 0) + 1);
            }
          }
        });
        var acc = perField[f].scores;
        if (!acc) perField[f].scores = tokenScores;
        else tokenScores.forEach(function (s, doc) { acc.set(doc, (acc.get(doc) || 0) + s); });
      }
    });
    perField.forEach(function (pf, f) {
      if (!pf.scores) return;
      var boost = meta.boost[f];
      pf.scores.forEach(function (s, doc) {
        var c = pf.coord.get(doc);
        if (c) s = (s * c) / toks.length;
        total.set(doc, (total.get(doc) || 0) + s * boost);
      });
    });
    return { scores: total, keys: hitKeys, parts: parts };
  }

  /* ---------- State, URL and filters ---------- */

  function readForm() {
    var state = { q: input.value.trim() };
    FACETS.forEach(function (f) { state[f] = []; });
    boxes.forEach(function (box) {
      if (box.checked) state[box.getAttribute("data-facet")].push(box.value);
    });
    return state;
  }

  function writeUrl(state) {
    var p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    FACETS.forEach(function (f) {
      state[f].forEach(function (v) { p.append(f, v); });
    });
    var query = p.toString();
    var url = location.pathname + (query ? "?" + query : "") + location.hash;
    if (url !== location.pathname + location.search + location.hash) {
      history.replaceState(history.state, "", url);
    }
  }

  function readUrl() {
    var p = new URLSearchParams(location.search);
    input.value = p.get("q") || "";
    boxes.forEach(function (box) {
      box.checked = p.getAll(box.getAttribute("data-facet")).indexOf(box.value) >= 0;
    });
  }

  function hasFilters(state) {
    return FACETS.some(function (f) { return state[f].length > 0; });
  }

  /** For each facet, the chosen values as numbers (unknown ones dropped). */
  function wanted(state) {
    return FACETS.map(function (f) {
      var byId = meta.facets[f].byId;
      return state[f].filter(function (id) { return byId.has(id); }).map(function (id) { return byId.get(id); });
    });
  }

  /** Filter `docs` and count every filter value: within a facet values are alternatives
      (OR), across facets all must hold (AND). A value's count is what ticking it would give. */
  function facetAndCount(docs, want) {
    var counts = FACETS.map(function (f) { return new Array(meta.facets[f].values.length).fill(0); });
    var kept = [];
    docs.forEach(function (doc) {
      var failed = -1;
      var fails = 0;
      for (var f = 0; f < FACETS.length; f++) {
        if (!want[f].length) continue;
        var has = meta.facets[FACETS[f]].of[doc];
        if (!want[f].some(function (v) { return has.indexOf(v) >= 0; })) {
          fails++;
          failed = f;
        }
      }
      if (fails > 1) return;
      for (var g = 0; g < FACETS.length; g++) {
        if (fails === 1 && g !== failed) continue;
        meta.facets[FACETS[g]].of[doc].forEach(function (v) { counts[g][v]++; });
      }
      if (fails === 0) kept.push(doc);
    });
    return { docs: kept, counts: counts };
  }

  function showCounts(counts) {
    boxes.forEach(function (box) {
      var f = FACETS.indexOf(box.getAttribute("data-facet"));
      var v = meta.facets[FACETS[f]].byId.get(box.value);
      var c = v === undefined ? 0 : counts[f][v];
      var span = box.parentNode.querySelector("[data-count]");
      if (span) span.textContent = "(" + c + ")";
      box.parentNode.classList.toggle("search-none", c === 0 && !box.checked);
    });
  }

  function showChosen(state) {
    var n = 0;
    FACETS.forEach(function (f) { n += state[f].length; });
    if (chosen) chosen.textContent = n ? msg("search-chosen", { count: n }) : "";
    if (clear) clear.hidden = n === 0;
  }

  /** "Salford, Networks": the names of the chosen filters. */
  function filterNames(state) {
    var names = [];
    boxes.forEach(function (box) {
      if (box.checked) names.push(box.getAttribute("data-name"));
    });
    return names.join(", ");
  }

  /* ---------- Searching and showing results ---------- */

  function search() {
    var state = readForm();
    writeUrl(state);
    showChosen(state);
    var mine = ++run;
    if (!state.q && !hasFilters(state)) {
      list.textContent = "";
      more.hidden = true;
      shown = [];
      current = null;
      say("");
      if (meta) showCounts(facetAndCount(allDocs(), wanted(state)).counts);
      return Promise.resolve();
    }
    results.setAttribute("aria-busy", "true");
    return loadMeta()
      .then(function () {
        var toks = state.q ? queryTokens(state.q) : null;
        if (!toks) return { docs: allDocs(), scores: null, keys: new Set() };
        if (!toks.length || !meta.shards.length) return { docs: [], scores: null, keys: new Set() };
        var need = plan(toks);
        return Promise.all(need.map(loadShard)).then(function (loadedShards) {
          var loaded = new Map();
          need.forEach(function (i, at) { loaded.set(i, loadedShards[at]); });
          var ranked = score(toks, loaded);
          var docs = Array.from(ranked.scores.keys());
          docs.sort(function (a, b) { return ranked.scores.get(b) - ranked.scores.get(a) || a - b; });
          return { docs: docs, scores: ranked.scores, keys: ranked.keys, parts: ranked.parts };
        });
      })
      .then(function (found) {
        if (mine !== run) return;
        var faceted = facetAndCount(found.docs, wanted(state));
        showCounts(faceted.counts);
        shown = faceted.docs;
        current = { state: state, keys: found.keys, parts: found.parts || new Map() };
        shownCount = 0;
        // The old results stay until the new ones are ready, so nothing jumps in between.
        return showMore(mine, false, true).then(function () {
          if (mine !== run) return;
          say(summary(state, shown.length));
        });
      })
      .catch(function (err) {
        if (mine !== run) return;
        say(msg(navigator.onLine === false ? "search-failed-offline" : "search-failed"));
        if (window.console) console.error(err);
      })
      .then(function () {
        if (mine === run) results.removeAttribute("aria-busy");
      });
  }

  function allDocs() {
    var docs = new Array(meta.n);
    for (var i = 0; i < meta.n; i++) docs[i] = i;
    return docs;
  }

  function summary(state, count) {
    var text = state.q
      ? msg("search-summary-query", { results: msg("search-result-count", { count: count }), query: state.q })
      : msg("search-summary-filters", { count: count });
    var names = filterNames(state);
    if (names) text = msg(state.q ? "search-summary-filtered" : "search-summary-filters-named", { summary: text, names: names });
    if (count > 0) return msg("search-summary-end", { summary: text });
    if (!state.q) return msg("search-none-filters", { summary: text });
    return msg(hasFilters(state) ? "search-none-query-filters" : "search-none-query", { summary: text });
  }

  /** Show the next page of results (in place of the old ones when `replace`); `focus` moves
      focus to the first new one. */
  function showMore(mine, focus, replace) {
    var from = shownCount;
    var page = shown.slice(from, from + PAGE);
    return Promise.all(page.map(function (doc) { return fragmentFor(doc); })).then(function (docs) {
      if (mine !== run) return;
      var frag = document.createDocumentFragment();
      docs.forEach(function (r, i) { frag.appendChild(renderResult(page[i], r)); });
      if (replace) list.textContent = "";
      list.appendChild(frag);
      shownCount = from + page.length;
      more.hidden = shownCount >= shown.length;
      if (!more.hidden) {
        var left = shown.length - shownCount;
        more.textContent = msg("search-more-count", { count: Math.min(PAGE, left), left: left });
      }
      if (focus) focusResult(from);
    });
  }

  /** A result's fragment, and (at the same time) the part of its text with the snippet. */
  function fragmentFor(doc) {
    var best = current && current.parts.get(doc);
    var part = best ? best[1] : 0;
    var text = part > 0 ? loadPart(doc, part).catch(function () { return null; }) : null;
    return Promise.all([loadDoc(doc), text]).then(function (got) {
      var d = got[0];
      var p = got[1];
      return { d: d, part: p ? part : 0, text: p ? p.x : d.x };
    });
  }

  function focusResult(i) {
    var link = list.querySelectorAll(".search-result-title a")[i];
    if (link) link.focus();
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function docLang(d) {
    return d.l || meta.lang;
  }

  /** The words of `text` with their offsets, and whether each is one of the matched keys. */
  function findHits(text, d, keys) {
    var isEn = docLang(d).split(/[-_]/)[0].toLowerCase() === "en";
    var words = [];
    var re = /[^\s\u2010-\u2015\/\u2026\uFEFF\u0085-]+/g;
    var m;
    while ((m = re.exec(text))) {
      var hit = false;
      if (keys.size) {
        var t = normalise(m[0]).normalize("NFC").toLowerCase();
        if (t.length > 2 && t.slice(-2) === "'s") t = t.slice(0, -2);
        var key = isEn ? enKey(t) : neutralKey(t);
        hit = key !== "" && keys.has(key);
      }
      words.push({ start: m.index, end: m.index + m[0].length, hit: hit });
    }
    return words;
  }

  /** Append `text` to `parent`, its matched words in <mark>. */
  function appendMarked(parent, text, words) {
    var at = 0;
    words.forEach(function (w) {
      if (!w.hit) return;
      // Mark the word, not the punctuation round it.
      var word = text.slice(w.start, w.end);
      var lead = word.length - word.replace(/^[^\p{Alphabetic}\p{N}]+/u, "").length;
      var tail = word.length - word.replace(/[^\p{Alphabetic}\p{N}]+$/u, "").length;
      var s = w.start + lead;
      var e = Math.max(s, w.end - tail);
      parent.appendChild(document.createTextNode(text.slice(at, s)));
      parent.appendChild(el("mark", "", text.slice(s, e)));
      at = e;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /** About 30 words round the densest run of matched words in the part of the text `r`
      holds, or nothing when none matched there. */
  function snippet(r, keys) {
    var d = r.d;
    var text = r.text;
    var words = findHits(text, d, keys);
    var best = -1;
    var bestCount = 0;
    for (var i = 0; i < words.length; i++) {
      if (!words[i].hit) continue;
      var from = Math.max(0, i - 8);
      var seen = new Set();
      for (var k = from; k < Math.min(words.length, from + 30); k++) {
        if (words[k].hit) seen.add(text.slice(words[k].start, words[k].end).toLowerCase());
      }
      if (seen.size > bestCount) {
        bestCount = seen.size;
        best = from;
      }
    }
    if (best < 0) return null;
    var last = Math.min(words.length, best + 30) - 1;
    var start = words[best].start;
    var end = words[last].end;
    var part = text.slice(start, end).replace(/\s+/g, " ");
    var p = el("p", "search-result-snippet");
    if (start > 0 || r.part > 0) p.appendChild(document.createTextNode("\u2026 "));
    appendMarked(p, part, findHits(part, d, keys));
    if (end < text.length || r.part < (d.k || 1) - 1) p.appendChild(document.createTextNode(" \u2026"));
    return p;
  }

  /** A recorded result's first spoken line holding a matched word (cues `d.c`, each
      `[seconds, words]`), linking to the story so its player starts at that moment. */

  function moment(d, keys) {
    for (var i = 0; d.c && i < d.c.length; i++) {
      var words = findHits(d.c[i][1], d, keys);
      if (!words.some(function (w) { return w.hit; })) continue;
      var t = d.c[i][0];
      var p = el("p", "search-result-moment");
      var a = el("a", "", msg("search-said-at", { time: Math.floor(t / 60) + ":" + ("0" + (t % 60)).slice(-2) }));
      a.href = root + d.u + "?t=" + t + "#player";
      p.appendChild(a);
      p.appendChild(document.createTextNode(": \u201c"));
      appendMarked(p, d.c[i][1], words);
      p.appendChild(document.createTextNode("\u201d"));
      return p;
    }
    return null;
  }

  /* The content notes the page rendered from partials/care-note.html, by warning ids. */
  var careNotes = new Map();
  Array.prototype.forEach.call(document.querySelectorAll("template.search-care-note"), function (t) {
    careNotes.set(t.getAttribute("data-cw"), t);
  });

  /** The content note for the warning ids `w`, in the page's own words. */
  function careNote(w) {
    var t = careNotes.get(w.join(" "));
    return t ? document.importNode(t.content, true) : null;
  }

  var SHOW_PASSAGE = msg("search-show-passage");
  var HIDE_PASSAGE = msg("search-hide-passage");

  /** A button in place of a warned result's passage: the passage joins the page (a polite
      live region, so it is read out) only when the reader asks, and leaves it again. */
  function heldBack(doc, snip) {
    var wrap = el("div", "search-result-held");
    var button = el("button", "search-reveal", SHOW_PASSAGE);
    button.type = "button";
    var region = el("div", "search-result-passage");
    region.id = "search-passage-" + doc;
    region.setAttribute("aria-live", "polite");
    button.setAttribute("aria-controls", region.id);
    button.addEventListener("click", function () {
      var open = region.firstChild !== null;
      region.textContent = "";
      if (!open) region.appendChild(snip);
      button.textContent = open ? SHOW_PASSAGE : HIDE_PASSAGE;
    });
    wrap.appendChild(button);
    wrap.appendChild(region);
    return wrap;
  }

  function renderResult(doc, r) {
    var d = r.d;
    var keys = current ? current.keys : new Set();
    var li = el("li", "search-result");
    var lang = d.l ? d.l : "";
    var h = el("h3", "search-result-title");
    var a = el("a", "", d.t);
    a.href = root + d.u;
    // Words in another language than the page's carry it, and their direction.
    var dir = d.r ? "rtl" : lang ? "ltr" : "";
    var mark = function (node) { if (lang) { node.lang = lang; node.dir = dir; } };
    mark(a);
    h.appendChild(a);
    li.appendChild(h);

    var facet = function (name) {
      return meta.facets[name].of[doc].map(function (v) { return meta.facets[name].values[v]; });
    };
    var kind = facet("kind")[0];
    var site = facet("site")[0];
    var bits = [];
    if (kind) bits.push(kind[3]);
    if (d.p) bits.push(msg("search-told-by", { name: d.p }));
    if (site) bits.push(site[1]);
    if (d.a) bits.push(d.a);
    li.appendChild(el("p", "search-result-meta", bits.join(" \u00b7 ")));

    // As on a card: the content note comes before any of the result's words but its title.
    var warned = d.w && d.w.length > 0;
    if (warned) {
      var note = careNote(d.w);
      if (note) li.appendChild(note);
    }
    if (d.s) {
      var s = el("p", "search-result-summary");
      mark(s);
      appendMarked(s, d.s, findHits(d.s, d, keys));
      li.appendChild(s);
    }
    var snip = keys.size ? snippet(r, keys) : null;
    var said = keys.size ? moment(d, keys) : null;
    if (said) {
      mark(said);
      if (snip) {
        var both = el("div");
        both.appendChild(said);
        both.appendChild(snip);
        snip = both;
      } else {
        snip = said;
      }
    }
    if (snip) {
      mark(snip);
      li.appendChild(warned ? heldBack(doc, snip) : snip);
    }
    var features = facet("feature");
    if (features.length) {
      var ul = el("ul", "search-result-tags");
      ul.setAttribute("aria-label", msg("search-features"));
      features.forEach(function (f) {
        var item = el("li");
        var link = el("a", "tag", f[1]);
        link.href = root + f[2];
        item.appendChild(link);
        ul.appendChild(item);
      });
      li.appendChild(ul);
    }
    return li;
  }

  /* ---------- Wiring ---------- */

  var timer = 0;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  }

  if (location.protocol === "file:") {
    say(msg("search-from-file"));
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    return;
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    search();
  });
  input.addEventListener("input", later);
  // Start fetching the index as soon as someone shows an interest.
  input.addEventListener("focus", function () { loadMeta().catch(function () {}); });
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      clearTimeout(timer);
      search();
    });
  });
  if (clear) {
    clear.addEventListener("click", function () {
      boxes.forEach(function (box) { box.checked = false; });
      search();
      input.focus();
    });
  }
  more.addEventListener("click", function () {
    showMore(run, true);
  });

  // Wide screens have room to show the filters open beside the results.
  if (filters && window.matchMedia && window.matchMedia("(min-width: 60em)").matches) filters.open = true;

  readUrl();
  var initial = readForm();
  if (initial.q || hasFilters(initial)) {
    if (filters && hasFilters(initial)) filters.open = true;
    search();
  } else {
    showChosen(initial);
  }
})();
