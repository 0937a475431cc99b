// Progressive enhancement for Convene's public pages. Everything works without this file:
// it only (1) shows times in the browser's own zone when the visitor has not chosen one (and
// preselects it in a form's zone field the server had no zone for),
// (2) keeps the countdown current (minutes and seconds in the last hour), and (3) makes the contact address a mailto link.
"use strict";

(function () {
  const root = document.documentElement;
  const locale = root.getAttribute("data-intl-locale") || root.lang || "en";

  function browserZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch (e) { return null; }
  }

  function zoneName(zone) {
    try {
      const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "longGeneric" })
        .formatToParts(new Date()).find(function (p) { return p.type === "timeZoneName"; });
      if (part) return part.value;
    } catch (e) { /* an engine without longGeneric */ }
    return zone.replace(/_/g, " ");
  }

  // A date and time as the server writes them: on a right-to-left page the time is isolated
  // (FSI … PDI), else Urdu's "2:30 PM" shows as "PM 2:30".
  function shown(fmt, when) {
    if (root.dir !== "rtl" || !fmt.formatToParts) return fmt.format(when);
    const parts = fmt.formatToParts(when);
    const timeAt = [];
    parts.forEach(function (p, i) { if (p.type === "hour" || p.type === "minute" || p.type === "dayPeriod") timeAt.push(i); });
    if (!timeAt.length) return fmt.format(when);
    const from = Math.min.apply(null, timeAt), to = Math.max.apply(null, timeAt);
    const text = function (list) { return list.map(function (p) { return p.value; }).join(""); };
    return text(parts.slice(0, from)) + "\u2068" + text(parts.slice(from, to + 1)) + "\u2069" + text(parts.slice(to + 1));
  }

  // (1) Visitor times in the browser's zone, unless the visitor chose one on the page.
  const form = document.getElementById("zone-form");
  if (form && !form.hasAttribute("data-zone-chosen")) {
    const zone = browserZone();
    if (zone) {
      const fmt = new Intl.DateTimeFormat(locale, {
        weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: zone,
      });
      document.querySelectorAll('time[data-role="visitor-time"]').forEach(function (el) {
        const when = new Date(el.getAttribute("datetime"));
        if (!isNaN(when)) el.textContent = shown(fmt, when);
      });
      // The zone named for people, as the server names them: the picker's label, else
      // the browser's own CLDR name in the page's language ("Pakistan Time").
      let name = zoneName(zone);
      const select = document.getElementById("tz");
      if (select) {
        let option = Array.prototype.find.call(select.options, function (o) { return o.value === zone; });
        if (!option) {
          option = new Option(name, zone);
          select.add(option);
        }
        option.selected = true;
        name = option.textContent.replace(/\s*\([^()]*\)$/, "");
      }
      const hint = document.getElementById("zone-hint");
      if (hint && hint.dataset.template) hint.textContent = hint.dataset.template.replace("{zone}", name);
    }
  }

  // (1b) A form's zone field the server had no zone for (no ?tz=, no cookie): the browser's.
  document.querySelectorAll("select[data-browser-zone]").forEach(function (select) {
    const zone = browserZone();
    const option = zone && Array.prototype.find.call(select.options, function (o) { return o.value === zone; });
    if (option) option.selected = true;
  });

  // (2) The countdown text is rendered by the server (translated, with plural rules); when
  // the doors-open instant passes while the page is open, reload once to show it.
  const countdown = document.getElementById("countdown");
  if (countdown) {
    const doors = Date.parse(countdown.getAttribute("data-doors"));
    if (!isNaN(doors)) {
      const wait = doors - Date.now();
      if (wait > 0 && wait < 24 * 3600 * 1000) setTimeout(function () { window.location.reload(); }, wait + 1000);
      // In the last hour the server writes minutes and seconds ("38:05"); keep them current.
      const shown = countdown.querySelector("time");
      const digits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
      if (shown && wait > 0 && wait < 3600 * 1000) {
        const tick = function () {
          const seconds = Math.max(0, Math.ceil((doors - Date.now()) / 1000));
          shown.textContent = digits.format(Math.floor(seconds / 60)) + ":" + digits.format(seconds % 60);
          shown.setAttribute("datetime", "PT" + seconds + "S");
          if (seconds > 0) setTimeout(tick, 500);
        };
        tick();
      }
    }
  }

  // (3) The contact address: the visible text (hidden decoys excluded) becomes a mailto link.
  document.querySelectorAll(".contact-address").forEach(function (el) {
    let address = "";
    el.childNodes.forEach(function (node) {
      if (node.nodeType === Node.TEXT_NODE) address += node.textContent;
      else if (node.nodeType === Node.ELEMENT_NODE && !node.hidden) address += node.textContent;
    });
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) return;
    const link = document.createElement("a");
    link.href = "mailto:" + address;
    link.textContent = address;
    link.className = "contact-address";
    link.setAttribute("dir", "ltr");
    el.replaceWith(link);
  });

  // (4) Hashtags: a button beside each one copies it (the hashtag stays selectable text
  // without JavaScript or a clipboard).
  const copyLabel = document.body.dataset.copyLabel;
  const copiedLabel = document.body.dataset.copiedLabel;
  if (navigator.clipboard && copyLabel) {
    document.querySelectorAll("[data-copy]").forEach(function (el) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = copyLabel;
      button.setAttribute("aria-label", copyLabel + " " + el.dataset.copy);
      const status = document.createElement("span");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(el.dataset.copy).then(function () {
          button.textContent = copiedLabel;
          status.textContent = copiedLabel + " " + el.dataset.copy;
          setTimeout(function () {
            button.textContent = copyLabel;
            status.textContent = "";
          }, 2000);
        });
      });
      el.after(button, status);
    });
  }
})();
