/* storypress: the recording player's transcript. The page works without this file: the
   native controls play the recording, and the transcript is there to read.
   With it: each transcript line seeks the recording to its time and plays; the line being
   said is marked (aria-current); `?t=SECONDS` in the address starts there (a search result
   lands on the moment); a clip (`data-clip-end`) stops at its end; a recording held back
   by a content warning loads nothing until the reader opens it. */
(function () {
  "use strict";
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function setup(box) {
    var media = box.querySelector("audio, video");
    if (!media) {
      return;
    }
    // No download button unless the storybook offers recordings (media: {downloads: true}).
    if (media.hasAttribute("data-nodownload")) {
      media.setAttribute("controlslist", "nodownload");
    }
    var cues = Array.prototype.slice.call(box.querySelectorAll("a.cue"));
    var list = box.querySelector(".transcript-cues");
    var help = box.querySelector("[data-when-js]");
    if (help) {
      help.hidden = false;
    }
    var clipEnd = parseFloat(media.getAttribute("data-clip-end"));
    var clipStart = parseFloat(media.getAttribute("data-clip-start")) || 0;

    // Captions on by default, whatever the browser remembers.
    if (media.textTracks && media.textTracks.length) {
      media.textTracks[0].mode = "showing";
    }

    var seek = function (t, play) {
      var go = function () {
        media.currentTime = t;
        if (play) {
          var p = media.play();
          if (p && p.catch) {
            p.catch(function () {});
          }
        }
      };
      if (media.readyState >= 1) {
        go();
      } else {
        media.preload = "metadata";
        media.addEventListener("loadedmetadata", go, { once: true });
        media.load();
      }
    };

    cues.forEach(function (a) {
      a.addEventListener("click", function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        seek(parseFloat(a.getAttribute("data-start")), true);
      });
    });

    var current = null;
    media.addEventListener("timeupdate", function () {
      var t = media.currentTime;
      if (clipEnd && t >= clipEnd) {
        media.pause();
        media.currentTime = clipEnd;
      }
      var now = null;
      for (var i = 0; i < cues.length; i++) {
        var s = parseFloat(cues[i].getAttribute("data-start"));
        var e = parseFloat(cues[i].getAttribute("data-end"));
        if (t >= s && t < e) {
          now = cues[i];
          break;
        }
      }
      if (now === current) {
        return;
      }
      if (current) {
        current.removeAttribute("aria-current");
      }
      current = now;
      if (now) {
        now.setAttribute("aria-current", "time");
        // Keep the line in view inside the transcript's own box: the page never moves.
        if (list && list.scrollHeight > list.clientHeight) {
          var top = now.offsetTop - list.offsetTop - list.clientHeight / 3;
          if (list.scrollTo && !reduce) {
            list.scrollTo({ top: top, behavior: "smooth" });
          } else {
            list.scrollTop = top;
          }
        }
      }
    });
    if (clipEnd) {
      media.addEventListener("play", function () {
        if (media.currentTime < clipStart || media.currentTime >= clipEnd) {
          media.currentTime = clipStart;
        }
      });
    }

    // Held back by a content warning: load nothing until the reader opens the story.
    var held = box.closest("details");
    var start = parseFloat(new URLSearchParams(location.search).get("t"));
    var begin = function () {
      if (media.preload === "none") {
        media.preload = "metadata";
      }
      if (start >= 0) {
        seek(start, false);
        start = NaN;
      }
    };
    if (held && !held.open) {
      held.addEventListener("toggle", function () {
        if (held.open) {
          begin();
        }
      });
    } else if (start >= 0) {
      begin();
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-player]"), setup);
})();
