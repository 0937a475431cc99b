// Live captions under the player, on top of a form that works without JavaScript (choose a
// language, the page comes back with it). With this script the choice applies at once (the
// stream of updates opens again with the new language: hall.js), is remembered in this
// browser, and the text size can be changed. Cues arrive from hall.js as "hall-update"
// events of kind "caption"; a cue with the id of one shown is its correction.
(function () {
  "use strict";
  const hall = document.getElementById("hall");
  const picker = document.getElementById("captions-picker");
  const box = document.getElementById("caption-box");
  if (!hall || !picker || !box) return;
  const select = document.getElementById("captions-lang");
  const sizes = document.getElementById("captions-size");
  const SHOWN = 2;
  const LANG_KEY = "convene-captions";
  const SIZE_KEY = "convene-caption-size";
  const MAX_SIZE = 5;

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: not remembered */ }
  }
  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  function choose(lang) {
    const option = select.querySelector('option[value="' + CSS.escape(lang) + '"]');
    if (!option) return;
    select.value = lang;
    box.replaceChildren();
    box.hidden = lang === "";
    if (lang) {
      box.lang = lang;
      box.dir = option.dataset.dir || "auto";
    }
    store(LANG_KEY, lang);
    const url = new URL(location.href);
    if (lang) url.searchParams.set("captions", lang); else url.searchParams.delete("captions");
    history.replaceState(null, "", url);
    document.dispatchEvent(new CustomEvent("hall-captions", { detail: { lang: lang } }));
  }

  document.getElementById("captions-apply").hidden = true;
  select.addEventListener("change", function () { choose(select.value); });
  picker.addEventListener("submit", function (e) { e.preventDefault(); choose(select.value); });

  // The choice made earlier in this browser, unless the address names one.
  const remembered = stored(LANG_KEY);
  if (!new URL(location.href).searchParams.has("captions") && remembered && remembered !== (hall.dataset.captions || "")) {
    choose(remembered);
  }

  // Text size: steps 1 to 5 (CSS), remembered.
  function setSize(size) {
    box.dataset.size = String(Math.min(MAX_SIZE, Math.max(1, size)));
    store(SIZE_KEY, box.dataset.size);
  }
  const size = Number(stored(SIZE_KEY));
  if (size) setSize(size);
  sizes.hidden = false;
  sizes.addEventListener("click", function (e) {
    const button = e.target.closest("button[data-step]");
    if (button) setSize(Number(box.dataset.size) + Number(button.dataset.step));
  });

  document.addEventListener("hall-update", function (e) {
    if (e.detail.kind !== "caption") return;
    const cue = e.detail.data;
    if (cue.lang !== select.value) return;
    let line = box.querySelector('[data-id="' + CSS.escape(String(cue.id)) + '"]');
    if (!line) {
      line = document.createElement("p");
      line.className = "caption-line";
      line.dataset.id = String(cue.id);
      box.appendChild(line);
      while (box.children.length > SHOWN) box.removeChild(box.firstElementChild);
    }
    line.textContent = cue.text;
  });
})();
