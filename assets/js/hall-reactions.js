// Reactions in the hall, on top of a form that works without JavaScript (each reaction a
// submit button). With this script a press is sent in the background; the server sends
// everyone's reactions of the last second as one "reactions" frame (hall.js hands it over
// as a "hall-update" event), shown briefly beside the buttons.
(function () {
  "use strict";
  const SHOWN_MS = 2000;
  const hideTimers = {};
  let statusTimer = null;

  function number(n) {
    const locale = document.documentElement.dataset.intlLocale || document.documentElement.lang;
    return new Intl.NumberFormat(locale).format(n);
  }

  document.addEventListener("hall-update", function (e) {
    if (e.detail.kind !== "reactions") return;
    const counts = e.detail.data;
    Object.keys(counts).forEach(function (name) {
      const burst = document.querySelector('#reaction-stream [data-reaction="' + CSS.escape(name) + '"]');
      if (!burst) return;
      burst.querySelector(".reaction-count").textContent = "×" + number(counts[name]);
      burst.hidden = false;
      // Start the fade again for a new second of reactions.
      burst.classList.remove("reaction-burst");
      void burst.offsetWidth;
      burst.classList.add("reaction-burst");
      clearTimeout(hideTimers[name]);
      hideTimers[name] = setTimeout(function () { burst.hidden = true; }, SHOWN_MS);
    });
  });

  function say(text) {
    const status = document.getElementById("hall-status");
    if (!status) return;
    status.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () { if (status.textContent === text) status.textContent = ""; }, 3000);
  }

  document.addEventListener("submit", function (e) {
    const form = e.target;
    if (!form.matches || !form.matches(".reaction-form")) return;
    e.preventDefault();
    const section = document.getElementById("reactions");
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form, e.submitter)),
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    }).then(function (r) {
      if (r.status === 429 && section) say(section.dataset.labelTooFast);
    }, function () { /* a lost reaction is no loss */ });
  });
})();
