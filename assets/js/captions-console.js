// The captioners' console: Enter sends the line without a reload, the list keeps the last
// lines in view, and "Correct" (or Ctrl+Enter, or ArrowUp on an empty line to fetch the last
// line back) replaces the last cue. Without this script the form posts and the page returns.
(function () {
  "use strict";
  const form = document.getElementById("caption-form");
  if (!form) return;
  const input = document.getElementById("caption-text");
  const lines = document.getElementById("caption-lines");
  const error = document.getElementById("caption-error");
  const KEEP = 8;
  let correcting = false;

  function show(cue, replace) {
    const last = lines.lastElementChild;
    if (replace && last && last.dataset.id === String(cue.id)) {
      last.textContent = cue.text;
    } else {
      const li = document.createElement("li");
      li.dataset.id = String(cue.id);
      li.textContent = cue.text;
      lines.appendChild(li);
      while (lines.children.length > KEEP) lines.removeChild(lines.firstElementChild);
    }
    lines.lastElementChild.scrollIntoView({ block: "nearest" });
  }

  function send(correction) {
    const text = input.value;
    if (!text.trim()) return;
    const data = new URLSearchParams(new FormData(form));
    data.delete("correction");
    if (correction) data.set("correction", "1");
    input.value = "";
    correcting = false;
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (r) {
        return r.json().then(function (body) { return { ok: r.ok, body: body }; });
      })
      .then(function (res) {
        if (!res.ok) {
          input.value = text;
          error.textContent = res.body.error || "";
          error.hidden = false;
          return;
        }
        error.hidden = true;
        show(res.body, correction);
      })
      .catch(function () {
        input.value = text;
      });
    input.focus();
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    const submitter = e.submitter;
    send(correcting || (submitter && submitter.name === "correction"));
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      send(true);
    } else if (e.key === "ArrowUp" && input.value === "" && lines.lastElementChild) {
      e.preventDefault();
      input.value = lines.lastElementChild.textContent;
      correcting = true;
    } else if (e.key === "Escape" && correcting) {
      input.value = "";
      correcting = false;
    }
  });
})();
