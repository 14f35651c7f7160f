/* storypress: small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";

  var doc = document;
  var each = function (list, fn) {
    Array.prototype.forEach.call(list, fn);
  };

  doc.documentElement.classList.add("js");

  /* 1. Browsing straight from disk: "folder/" links need "folder/index.html". */
  if (location.protocol === "file:") {
    each(doc.querySelectorAll("a[href]"), function (a) {
      var href = a.getAttribute("href");
      // Leave alone: fragments, absolute URLs (http:, mailto:, tel:, …) and root-relative paths.
      if (!href || href.charAt(0) === "#" || href.charAt(0) === "/" || /^[a-z][a-z0-9+.\-]*:/i.test(href)) {
        return;
      }
      var cut = href.search(/[?#]/);
      var path = cut < 0 ? href : href.slice(0, cut);
      var rest = cut < 0 ? "" : href.slice(cut);
      if (path.charAt(path.length - 1) === "/") {
        a.setAttribute("href", path + "index.html" + rest);
      }
    });
  }

  /* 2. Printing: open every <details> (the story text), then put them back. */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = [];
    each(doc.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    each(opened, function (d) {
      d.open = false;
    });
    opened = [];
  });

  /* 3. Quick exit: the link replaces this page in history; Escape twice does the same.
     The page is blanked at once, so nothing stays on screen while a slow connection fetches
     the next site. */
  var exit = doc.querySelector("a[data-quick-exit]");
  if (exit) {
    var leave = function () {
      doc.documentElement.classList.add("leaving");
      doc.title = exit.getAttribute("data-leaving-title") || "";
      try {
        location.replace(exit.href);
      } catch (e) {
        location.href = exit.href;
      }
    };
    exit.addEventListener("click", function (event) {
      // Let people open it in a new tab or window if they ask to.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      leave();
    });
    // Coming back to a page kept in the browser's memory: show it again.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        doc.documentElement.classList.remove("leaving");
      }
    });
    var lastEscape = 0;
    doc.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" && event.key !== "Esc") {
        return;
      }
      // Escape in a text field clears it (the search box) or closes something: never leave.
      var t = event.target;
      if (event.defaultPrevented || (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))) {
        lastEscape = 0;
        return;
      }
      var now = Date.now();
      if (now - lastEscape < 800) {
        leave();
      }
      lastEscape = now;
    });
    each(doc.querySelectorAll(".quick-exit-hint"), function (hint) {
      hint.hidden = false;
    });
  }

  /* 4. In-page links (the skip link, "support is listed…", footnotes) move within the page
     without adding to the history, so the quick exit's one replaced entry is the whole
     visit to this page: Back never returns to it. A link to the help opens it. */
  var help = doc.querySelector("#support details");
  doc.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest('a[href^="#"]');
    if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var id = decodeURIComponent(a.getAttribute("href").slice(1));
    var target = id && doc.getElementById(id);
    if (!target) {
      return;
    }
    if (help && (target.id === "support" || help.contains(target))) {
      help.open = true;
    }
    event.preventDefault();
    // A fragment navigation that replaces this entry: :target, scrolling and focus as usual.
    location.replace("#" + encodeURIComponent(id));
    if (help && help.open && target.id === "support") {
      help.querySelector("summary").focus();
    }
  });
})();
