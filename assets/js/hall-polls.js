// Polls in the hall, on top of forms that work without JavaScript. hall.js hands over the
// update stream's poll frames as "hall-update" events on the document; this script shows a
// poll opened or closed without a reload, keeps its counts, percentages and bars live, and
// sends votes in the background (the same form, answered with 204 or a JSON error). Numbers
// are written with the page's locale; the texts around them come from the page
// (data-label-* on #polls), so they are the server's translations.
(function () {
  "use strict";
  const PATTERNS = 8;

  function section() { return document.getElementById("polls"); }
  function label(name) {
    const s = section();
    return (s && s.getAttribute("data-label-" + name)) || "";
  }
  function locale() { return document.documentElement.dataset.intlLocale || document.documentElement.lang; }
  function number(n) { return new Intl.NumberFormat(locale()).format(n); }
  // "# votes" for the total ("votes") or one answer ("answer"), in the page's plural forms.
  function votesText(n, kind) {
    const rule = n === 0 ? "zero" : new Intl.PluralRules(document.documentElement.lang).select(n);
    return (label(kind + "-" + rule) || label(kind + "-other")).replace("#", number(n));
  }
  function percentText(p) { return label("percent").replace("#", number(p)); }

  // Whole percentages adding up to 100, the largest remainders rounded up (as the server).
  function percentages(counts) {
    const total = counts.reduce(function (a, b) { return a + b; }, 0);
    if (total <= 0) return counts.map(function () { return 0; });
    const shares = counts.map(function (c, i) { return { i: i, p: Math.floor(c * 100 / total), r: (c * 100) % total }; });
    let left = 100 - shares.reduce(function (a, s) { return a + s.p; }, 0);
    shares.slice().sort(function (a, b) { return b.r - a.r || a.i - b.i; }).forEach(function (s) {
      if (left > 0) { s.p += 1; left -= 1; }
    });
    return shares.map(function (s) { return s.p; });
  }

  function setCounts(article, counts, total) {
    const shares = percentages(counts);
    article.querySelectorAll(".poll-row").forEach(function (li) {
      const i = Number(li.dataset.position);
      if (!(i < counts.length)) return;
      const text = votesText(counts[i], "answer") + " · " + percentText(shares[i]);
      const count = li.querySelector(".poll-count");
      if (count.textContent !== text) count.textContent = text;
      li.querySelector(".poll-bar-fill").setAttribute("width", shares[i] + "%");
    });
    const totalText = votesText(total, "votes");
    const shown = article.querySelector(".poll-total");
    if (shown.textContent !== totalText) shown.textContent = totalText;
  }

  function markMine(article, position) {
    article.querySelectorAll(".poll-row").forEach(function (li) {
      const mine = Number(li.dataset.position) === position;
      li.classList.toggle("poll-row-mine", mine);
      const marker = li.querySelector(".poll-mine");
      marker.textContent = "(" + label("your-vote") + ")";
      marker.hidden = !mine;
    });
  }

  // The texts in the page's language, else the site's default, else any.
  function textsFor(texts) {
    const lang = document.documentElement.lang;
    const fallback = section().dataset.defaultLang;
    const key = texts[lang] ? lang : (texts[fallback] ? fallback : Object.keys(texts)[0]);
    return { lang: key, text: texts[key] || { question: "", options: [] } };
  }

  function segmentTitle(id) {
    const heading = document.querySelector("#segment-" + CSS.escape(id) + " h3");
    return heading ? heading.textContent : id;
  }

  function build(p) {
    const hall = document.getElementById("hall");
    const t = textsFor(p.texts);
    const article = document.getElementById("poll-template").content.firstElementChild.cloneNode(true);
    article.id = "poll-" + p.id;
    article.dataset.poll = p.id;
    article.setAttribute("aria-labelledby", "poll-" + p.id + "-question");
    const question = article.querySelector(".poll-question");
    question.id = "poll-" + p.id + "-question";
    question.textContent = t.text.question;
    question.lang = t.lang;
    article.querySelector(".poll-segment").textContent = segmentTitle(p.segment);
    const form = article.querySelector(".poll-form");
    form.action = hall.dataset.base + "/polls/" + p.id + "/vote";
    const legend = form.querySelector("legend");
    legend.textContent = t.text.question;
    legend.lang = t.lang;
    const choices = form.querySelector(".poll-choices");
    const bars = article.querySelector(".poll-bars");
    t.text.options.forEach(function (option, i) {
      const choice = document.getElementById("poll-choice-template").content.firstElementChild.cloneNode(true);
      choice.querySelector("input").value = i;
      const span = choice.querySelector("span");
      span.textContent = option;
      span.lang = t.lang;
      choices.appendChild(choice);
      const row = document.getElementById("poll-row-template").content.firstElementChild.cloneNode(true);
      row.dataset.position = i;
      const name = row.querySelector(".poll-option");
      name.textContent = option;
      name.lang = t.lang;
      row.querySelector(".poll-bar-fill").setAttribute("fill", "url(#poll-pattern-" + (i % PATTERNS) + ")");
      bars.appendChild(row);
    });
    form.querySelector(".poll-submit").textContent = label("vote");
    return article;
  }

  function setStatus(article, status) {
    article.dataset.status = status;
    article.classList.remove("poll-open", "poll-closed");
    article.classList.add("poll-" + status);
    article.querySelector(".poll-state").textContent = label(status);
    if (status !== "open") {
      const form = article.querySelector(".poll-form");
      if (form) form.remove();
    }
  }

  function upsert(p) {
    const s = section();
    if (!s) return;
    let article = document.getElementById("poll-" + p.id);
    if (!article) {
      article = build(p);
      document.getElementById("poll-list").prepend(article);
    }
    setStatus(article, p.status);
    setCounts(article, p.counts, p.total);
    s.hidden = false;
  }

  document.addEventListener("hall-update", function (e) {
    const d = e.detail;
    if (d.kind === "poll") upsert(d.data);
    if (d.kind === "poll-counts") {
      const article = document.getElementById("poll-" + d.data.id);
      if (article) setCounts(article, d.data.counts, d.data.total);
    }
  });

  // Votes in the background; the counts come back over the update stream.
  document.addEventListener("submit", function (e) {
    const form = e.target;
    if (!form.matches || !form.matches(".poll-form")) return;
    e.preventDefault();
    const article = form.closest(".poll");
    const error = article.querySelector(".poll-error");
    const chosen = form.querySelector("input[name=option]:checked");
    const button = form.querySelector("button");
    const failed = (document.getElementById("hall") || {}).dataset;
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    }).then(function (r) {
      button.disabled = false;
      if (r.status === 204) {
        error.hidden = true;
        if (chosen) markMine(article, Number(chosen.value));
        button.textContent = label("change");
        return;
      }
      return r.json().then(function (d) { return d.error; }, function () { return failed && failed.labelError; })
        .then(function (message) { error.textContent = message || ""; error.hidden = false; });
    }, function () {
      button.disabled = false;
      error.textContent = (failed && failed.labelError) || "";
      error.hidden = false;
    });
  });
})();
