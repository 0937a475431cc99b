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
