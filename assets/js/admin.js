// The organisers' area: the live preview of a post's Markdown. Without JavaScript the
// "Preview" button shows the same preview after a round trip; with it, the preview follows
// the typing (debounced), rendered by the server's own Markdown code.
(function () {
  "use strict";
  const body = document.querySelector("textarea[data-live-preview]");
  if (!body) return;
  const form = body.form;
  const target = document.getElementById(body.dataset.livePreview);
  let timer = null;
  let sent = 0;
  body.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      const data = new URLSearchParams(new FormData(form));
      data.set("action", "preview");
      data.set("fragment", "1");
      const mine = ++sent;
      // getAttribute: form.action would be the buttons named "action".
      fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { if (mine === sent) target.innerHTML = html; })
        .catch(function () { /* the Preview button still works */ });
    }, 300);
  });
})();

// The hall's moderation pages (questions, polls) follow the hall live: each update fetches the page again and
// swaps the lists in (moderators are few; the page stays the single source of its markup).
(function () {
  "use strict";
  const root = document.getElementById("hall-moderation");
  if (!root || !window.EventSource) return;
  let running = false;
  let again = false;
  // One fetch at a time; an update arriving meanwhile fetches once more afterwards.
  function refresh() {
    if (running) { again = true; return; }
    running = true;
    again = false;
    fetch(root.dataset.page, { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("moderation-lists");
        const lists = document.getElementById("moderation-lists");
        if (fresh && lists) lists.replaceWith(document.importNode(fresh, true));
      }, function () { /* the next update tries again */ })
      .then(function () {
        running = false;
        if (again) refresh();
      });
  }
  const source = new EventSource(root.dataset.updates);
  // The kinds of update the page shows (data-follow), by default the console's own.
  const kinds = (root.dataset.follow || "question announcement segment").split(" ");
  kinds.forEach(function (kind) { source.addEventListener(kind, refresh); });
  source.addEventListener("count", function (e) {
    const el = document.getElementById("hall-attendee-count");
    if (el) el.textContent = JSON.parse(e.data).attendees;
  });
})();

// A page answering a POST that must not be sent again on reload (the one-time link of a
// new person is shown once): the address bar gets the list's address, so a reload GETs it.
(function () {
  "use strict";
  const marked = document.querySelector("[data-replace-url]");
  if (marked && window.history && window.history.replaceState) {
    window.history.replaceState(null, "", marked.getAttribute("data-replace-url"));
  }
})();
