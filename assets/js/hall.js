// The online hall, on top of a page that works without JavaScript:
// (1) the countdown opens the hall at doors-open time without a reload;
// (2) Server-Sent Events bring questions, votes, announcements, the live segment and the
//     attendee count (EventSource resumes with Last-Event-ID after a reconnect), and poll
//     updates, which hall-polls.js shows;
// (3) asking and voting post in the background;
// (4) the live segment follows the schedule and the organisers' choice, and a premiering
//     video starts at the same second for everyone, synchronised to the server's clock;
// (5) the stream and its interpretation channels are hall-stream.js's: it starts when the
//     page is open, or when this script opens it ("hall-opened").
(function () {
  "use strict";
  let offset = 0; // server clock minus this browser's clock, in ms
  function now() { return Date.now() + offset; }

  function init(hall) {
    offset = Number(hall.dataset.serverNow) - Date.now();
    const base = hall.dataset.base;
    const status = document.getElementById("hall-status");
    function say(text) { if (status) status.textContent = text || ""; }

    if (hall.dataset.phase === "waiting") {
      const doors = Number(hall.dataset.doors);
      // In the last hour the countdown shows minutes and seconds (the server's text, with
      // its plural rules, says the rest).
      const shown = document.querySelector("#hall-countdown time");
      const digits = new Intl.NumberFormat(document.documentElement.dataset.intlLocale, { minimumIntegerDigits: 2 });
      const timer = setInterval(function () {
        const left = doors - now();
        if (left <= 0) { clearInterval(timer); reopen(hall); return; }
        if (shown && left < 3600 * 1000) {
          const seconds = Math.ceil(left / 1000);
          shown.textContent = digits.format(Math.floor(seconds / 60)) + ":" + digits.format(seconds % 60);
          shown.setAttribute("datetime", "PT" + seconds + "S");
        }
      }, 500);
      return;
    }
    if (hall.dataset.phase !== "open") return;

    document.dispatchEvent(new CustomEvent("hall-opened", { detail: hall }));
    const list = document.getElementById("question-list");
    const template = document.getElementById("question-template");
    const langNames = {};
    document.querySelectorAll("#ask-lang option").forEach(function (o) { langNames[o.value] = o.textContent; });

    function setAttendees(n) {
      const el = document.getElementById("hall-attendees");
      if (!el) return;
      const rule = new Intl.PluralRules(document.documentElement.lang).select(n);
      const text = hall.dataset["attendees" + rule[0].toUpperCase() + rule.slice(1)] || hall.dataset.attendeesOther;
      if (text) el.textContent = text.replace("#", new Intl.NumberFormat(document.documentElement.dataset.intlLocale).format(n));
    }

    function sortList() {
      const items = Array.prototype.slice.call(list.children);
      function key(li) {
        const d = li.dataset;
        return [d.pinned === "true" ? 0 : 1, d.status === "answered" ? 1 : 0, d.status === "pending" ? 0 : 1, -Number(d.votes), Number(d.id)];
      }
      items.sort(function (a, b) {
        const ka = key(a), kb = key(b);
        for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
        return 0;
      });
      items.forEach(function (li) { list.appendChild(li); });
    }

    function upsertQuestion(q) {
      let li = document.getElementById("question-" + q.id);
      if (q.status === "hidden") { if (li) li.remove(); return; }
      if (!li) {
        li = template.content.firstElementChild.cloneNode(true);
        li.id = "question-" + q.id;
        li.dataset.id = q.id;
        if (q.status === "pending") li.classList.add("question-mine");
        list.appendChild(li);
      }
      li.dataset.votes = q.votes;
      li.dataset.status = q.status;
      li.dataset.pinned = q.pinned ? "true" : "false";
      li.className = "question question-" + q.status + (q.pinned ? " question-pinned" : "") + (li.classList.contains("question-mine") ? " question-mine" : "");
      const text = li.querySelector(".question-text");
      text.textContent = q.text;
      text.lang = q.lang;
      li.querySelector(".question-lang").textContent = langNames[q.lang] || q.lang;
      const states = [];
      if (q.pinned) states.push(hall.dataset.labelPinned);
      if (q.status === "answered") states.push(hall.dataset.labelAnswered);
      if (q.status === "pending") states.push(hall.dataset.labelPending);
      li.querySelector(".question-state").textContent = states.join(" ");
      let form = li.querySelector(".vote-form");
      const counter = li.querySelector(".vote-count");
      if (counter) counter.textContent = q.votes;
      if (form) {
        form.action = base + "/questions/" + q.id + "/vote";
        form.hidden = q.status !== "approved";
        const voted = li.dataset.voted === "true" || form.querySelector("button").disabled;
        form.querySelector(".vote-label").textContent = voted ? hall.dataset.labelVoted : hall.dataset.labelVote;
      }
      sortList();
    }

    // The text in the page's language, else the event's main language, else any.
    function announcementText(a, ol) {
      if (!a.texts) return { lang: "", text: a.text };
      const langs = [document.documentElement.lang, ol.dataset.mainLang].concat(Object.keys(a.texts));
      for (const lang of langs) {
        if (lang && Object.prototype.hasOwnProperty.call(a.texts, lang)) {
          return { lang: lang === "und" ? "" : lang, text: a.texts[lang] };
        }
      }
      return { lang: "", text: a.text || "" };
    }

    function withdrawAnnouncement(id) {
      const li = document.getElementById("announcement-" + id);
      if (li) li.remove();
    }

    function addAnnouncement(a) {
      const ol = document.getElementById("announcements");
      // A withdrawn announcement replayed from the log carries its number only.
      if (a.withdrawn) { withdrawAnnouncement(a.id); return; }
      if (!ol || document.getElementById("announcement-" + a.id)) return;
      const shown = announcementText(a, ol);
      const li = document.createElement("li");
      li.id = "announcement-" + a.id;
      const time = document.createElement("time");
      const at = new Date(a.at);
      time.dateTime = at.toISOString();
      time.textContent = at.toLocaleTimeString(document.documentElement.dataset.intlLocale, { hour: "numeric", minute: "2-digit", timeZone: hall.dataset.zone || undefined });
      const span = document.createElement("span");
      span.className = "announcement-text";
      span.dir = "auto";
      if (shown.lang) span.lang = shown.lang;
      span.textContent = shown.text;
      li.append(time, " ", span);
      ol.prepend(li);
    }

    // (2) the stream of updates. Choosing another caption language (hall-captions.js sends
    // "hall-captions") opens the stream again from the last update received, with the new
    // language: captions in other languages never reach this page.
    let source = null;
    let lastId = hall.dataset.seq;
    function listen(kind, handle) {
      source.addEventListener(kind, function (e) {
        if (e.lastEventId) lastId = e.lastEventId;
        handle(e);
      });
    }
    function connect() {
      const captions = hall.dataset.captions ? "&captions=" + encodeURIComponent(hall.dataset.captions) : "";
      source = new EventSource(base + "/updates?after=" + encodeURIComponent(lastId) + captions);
      listen("hello", function (e) {
        const d = JSON.parse(e.data);
        offset = d.now - Date.now();
        setAttendees(d.attendees);
        say("");
      });
      listen("question", function (e) { upsertQuestion(JSON.parse(e.data)); });
      listen("announcement", function (e) { addAnnouncement(JSON.parse(e.data)); });
      listen("announcement-withdrawn", function (e) { withdrawAnnouncement(JSON.parse(e.data).id); });
      listen("count", function (e) { setAttendees(JSON.parse(e.data).attendees); });
      listen("segment", function (e) {
        const d = JSON.parse(e.data);
        hall.dataset.liveSegment = d.segment || "";
        hall.dataset.liveSince = d.since || 0;
        followProgramme();
      });
      // Polls, reactions and captions are hall-polls.js's, hall-reactions.js's and
      // hall-captions.js's: they get their frames as "hall-update" events.
      ["poll", "poll-counts", "reactions", "caption"].forEach(function (kind) {
        listen(kind, function (e) {
          document.dispatchEvent(new CustomEvent("hall-update", { detail: { kind: kind, data: JSON.parse(e.data) } }));
        });
      });
      listen("revoked", function () {
        source.close();
        say(hall.dataset.labelRevoked);
        hall.querySelectorAll("form button, form textarea").forEach(function (el) { el.disabled = true; });
      });
      source.onerror = function () { if (source.readyState !== EventSource.CLOSED) say(hall.dataset.labelReconnecting); };
      source.onopen = function () { say(""); };
    }
    connect();
    document.addEventListener("hall-captions", function (e) {
      if (source.readyState === EventSource.CLOSED) return;
      hall.dataset.captions = e.detail.lang || "";
      source.close();
      connect();
    });

    // (3) asking and voting in the background
    hall.addEventListener("submit", function (e) {
      const form = e.target;
      if (!form.matches("#ask-form, .vote-form")) return;
      e.preventDefault();
      const button = form.querySelector("button");
      button.disabled = true;
      const error = document.getElementById("ask-error");
      fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: "application/json" },
        credentials: "same-origin"
      }).then(function (r) {
        if (r.status === 204) {
          if (form.id === "ask-form") {
            form.reset();
            button.disabled = false;
            if (error) error.hidden = true;
          } else {
            const li = form.closest("li");
            li.dataset.voted = "true";
            button.setAttribute("aria-pressed", "true");
            form.querySelector(".vote-label").textContent = hall.dataset.labelVoted;
          }
          return;
        }
        button.disabled = false;
        return r.json().then(function (d) { return d.error; }, function () { return hall.dataset.labelError; }).then(function (message) {
          if (form.id === "ask-form" && error) { error.textContent = message; error.hidden = false; } else { say(message); }
        });
      }, function () {
        button.disabled = false;
        say(hall.dataset.labelError);
      });
    });

    // (4) the live segment and premieres
    followProgramme();
    setInterval(followProgramme, 1000);
  }

  function liveSegment(hall) {
    const t = now();
    const items = Array.prototype.slice.call(document.querySelectorAll("#hall-programme [data-segment]"));
    let scheduled = null;
    items.forEach(function (li) { if (Number(li.dataset.starts) <= t && t < Number(li.dataset.ends)) scheduled = li; });
    const chosenId = hall.dataset.liveSegment;
    const since = Number(hall.dataset.liveSince);
    const chosen = chosenId ? document.querySelector('#hall-programme [data-segment="' + CSS.escape(chosenId) + '"]') : null;
    if (chosen && scheduled && scheduled !== chosen && Number(scheduled.dataset.starts) > since) return { li: scheduled, since: Number(scheduled.dataset.starts) };
    if (chosen) return { li: chosen, since: since };
    return scheduled ? { li: scheduled, since: Number(scheduled.dataset.starts) } : null;
  }

  function followProgramme() {
    const hall = document.getElementById("hall");
    if (!hall) return;
    const live = liveSegment(hall);
    document.querySelectorAll("#hall-programme [data-segment]").forEach(function (li) {
      const on = live && live.li === li;
      li.classList.toggle("segment-live", !!on);
      if (on) li.setAttribute("aria-current", "step"); else li.removeAttribute("aria-current");
    });
    premiere(hall, live && live.li.dataset.premiere ? live : null);
  }

  // The premiere that has played to its end ("segment@start"): the stream comes back for
  // the rest of its segment.
  let premiereDone = "";
  function premiereKey(live) { return live.li.dataset.segment + "@" + live.since; }
  function premiereEnded(hall, live) {
    premiereDone = premiereKey(live);
    premiere(hall, null);
  }

  function premiere(hall, live) {
    const box = document.getElementById("hall-premiere");
    const stream = document.getElementById("hall-stream");
    if (!box) return;
    if (live && premiereDone === premiereKey(live)) live = null;
    let video = box.querySelector("video");
    if (!live) {
      if (video) { video.remove(); box.querySelectorAll("button").forEach(function (b) { b.remove(); }); }
      box.hidden = true;
      if (stream) {
        stream.hidden = false;
        if (stream.parkedFrame) { stream.prepend(stream.parkedFrame); stream.parkedFrame = null; }
      }
      return;
    }
    const expected = Math.max(0, (now() - live.since) / 1000);
    if (!video || video.dataset.segment !== live.li.dataset.segment) {
      if (video) video.remove();
      video = document.createElement("video");
      video.id = "premiere-video";
      video.dataset.segment = live.li.dataset.segment;
      video.controls = true;
      video.playsInline = true;
      video.preload = "auto";
      video.src = live.li.dataset.premiere;
      live.li.querySelectorAll(".premiere-track").forEach(function (t) {
        const track = document.createElement("track");
        track.kind = "captions";
        track.src = t.dataset.src;
        track.srclang = t.dataset.srclang;
        track.label = t.dataset.label;
        video.appendChild(track);
      });
      box.appendChild(video);
      box.hidden = false;
      if (stream) {
        stream.hidden = true;
        const sv = stream.querySelector("video");
        if (sv) sv.pause();
        // An embedded player has no pause we can reach: take it out until the premiere ends.
        const frame = stream.querySelector("iframe");
        if (frame) { stream.parkedFrame = frame; frame.remove(); }
      }
      video.addEventListener("loadedmetadata", function () { seekAndPlay(hall, video); }, { once: true });
      video.addEventListener("ended", function () {
        const now = liveSegment(hall);
        if (now && now.li.dataset.premiere) premiereEnded(hall, now);
      });
      return;
    }
    // Keep in step with everyone else: a drift of more than two seconds is corrected.
    if (!video.paused && Math.abs(video.currentTime - expected) > 2 && expected < (video.duration || Infinity)) video.currentTime = expected;
  }

  function seekAndPlay(hall, video) {
    const live = liveSegment(hall);
    if (!live) return;
    const expected = Math.max(0, (now() - live.since) / 1000);
    // Joined after the premiere's end: straight back to the stream.
    if (video.duration && expected >= video.duration) { premiereEnded(hall, live); return; }
    video.currentTime = expected;
    const played = video.play();
    if (played && played.catch) played.catch(function () {
      // Autoplay refused: one press starts it at the right second.
      const box = document.getElementById("hall-premiere");
      if (box.querySelector("button")) return;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button";
      button.textContent = hall.dataset.labelPlay;
      button.addEventListener("click", function () { button.remove(); seekAndPlay(hall, video); });
      box.appendChild(button);
    });
  }

  // (1) at doors open: fetch the open hall and swap it in.
  function reopen(hall) {
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("hall");
        if (!fresh || fresh.dataset.phase === "waiting") { setTimeout(function () { reopen(hall); }, 2000); return; }
        const adopted = document.importNode(fresh, true);
        hall.replaceWith(adopted);
        init(adopted);
      }, function () { setTimeout(function () { reopen(hall); }, 5000); });
  }

  const hall = document.getElementById("hall");
  if (hall) init(hall);
})();
