// The hall's live stream, on top of a page that works without JavaScript (the player plays
// the main stream or the chosen channel's; the channel buttons reload with ?channel=):
// (1) HLS plays through the bundled hls.js wherever Media Source Extensions exist, even where
//     the browser says it plays HLS itself (Chromium does): its own player exposes no audio
//     tracks a page can switch. Without MSE (iOS Safari) the browser plays it.
// (2) Interpretation channels switch in place, without a reload: an audio rendition of the
//     playlist (hls.audioTrack; natively, video.audioTracks), a stream of sound only (the
//     <audio> beside the muted picture, kept at the picture's position on demand and playing
//     when it plays), or a stream with a picture of its own (the player loads it at the same
//     position). An embedded player's frame is pointed at the channel's page.
// (3) The choice is remembered in this browser; the address keeps it (?channel=) for a
//     reload and for the caption form. Until a choice is made, the server's (the
//     registration's language) stands.
(function () {
  "use strict";
  const KEY = "convene-channel";
  let library = null;

  function store(value) {
    try { localStorage.setItem(KEY, value); } catch (e) { /* private mode: not remembered */ }
  }
  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function isHls(src) { return /\.m3u8([?#]|$)/i.test(src); }
  // "en" is the rendition "en", "en-GB", "EN".
  function sameLang(tag, lang) {
    tag = (tag || "").toLowerCase();
    lang = (lang || "").toLowerCase();
    return tag === lang || tag.indexOf(lang + "-") === 0;
  }
  function mse() { return !!(window.MediaSource || window.ManagedMediaSource); }

  // hls.js, loaded once, or null where it cannot play.
  function loadHls(url) {
    if (!library) library = new Promise(function (resolve) {
      if (!mse()) { resolve(null); return; }
      const script = document.createElement("script");
      script.src = url;
      script.onload = function () { resolve(window.Hls && window.Hls.isSupported() ? window.Hls : null); };
      script.onerror = function () { resolve(null); };
      document.head.appendChild(script);
    });
    return library;
  }

  function start(hall) {
    const box = document.getElementById("hall-stream");
    if (!box || box.dataset.started) return;
    box.dataset.started = "true";
    const form = document.getElementById("hall-channels");
    const buttons = form ? Array.prototype.slice.call(form.querySelectorAll("button.hall-channel")) : [];
    const status = document.getElementById("hall-channel-now");
    const main = buttons.find(function (b) { return b.dataset.kind === "main"; });
    const video = document.getElementById("hall-stream-video");
    const audio = document.getElementById("hall-channel-audio");
    const frame = box.querySelector("iframe");
    const mainSrc = main ? main.dataset.src : box.dataset.src;
    let Hls = null;
    let hls = null;
    let audioHls = null;
    let picture = null; // the address the player has loaded
    let current = box.dataset.channel;
    let mutedBefore = false;
    let soundOnly = false;

    function buttonFor(lang) { return buttons.find(function (b) { return b.value === lang; }); }

    function say(text) { if (status) status.textContent = text; }

    // The picture: `src` at `at` seconds (on demand), playing if it was.
    function load(src, at, play) {
      picture = src;
      if (hls) { hls.destroy(); hls = null; }
      if (Hls && isHls(src)) {
        hls = new Hls({ enableWorker: false, startPosition: at > 0 ? at : -1 });
        box.hlsPlayer = hls;
        hls.on(Hls.Events.AUDIO_TRACKS_UPDATED, rendition);
        hls.on(Hls.Events.AUDIO_TRACK_SWITCHED, function (e, d) {
          const track = hls.audioTracks[d.id];
          box.dataset.audioLang = track ? track.lang || "" : "";
        });
        hls.on(Hls.Events.ERROR, function (e, d) {
          if (d.fatal && src !== mainSrc) failed();
        });
        hls.loadSource(src);
        hls.attachMedia(video);
      } else {
        box.hlsPlayer = null;
        video.src = src;
        if (at > 0) video.addEventListener("loadedmetadata", function () { video.currentTime = at; }, { once: true });
        video.addEventListener("loadedmetadata", rendition, { once: true });
      }
      if (play) {
        const played = video.play();
        if (played && played.catch) played.catch(function () { /* the player's own button starts it */ });
      }
    }

    // The sound of the main stream in the chosen language, when it is a rendition of it
    // (the proceedings: their language, else the playlist's default).
    function rendition() {
      if (picture !== mainSrc) return;
      const button = buttonFor(current);
      if (!button || (button.dataset.kind !== "main" && button.dataset.kind !== "rendition")) return;
      const main = button.dataset.kind === "main";
      if (hls) {
        const tracks = hls.audioTracks || [];
        if (!tracks.length) return;
        let index = tracks.findIndex(function (t) { return sameLang(t.lang, current); });
        if (index < 0 && main) index = Math.max(0, tracks.findIndex(function (t) { return t.default; }));
        if (index < 0) { failed(); return; }
        if (hls.audioTrack !== index) hls.audioTrack = index;
        else box.dataset.audioLang = tracks[index].lang || "";
      } else if (video.audioTracks && video.audioTracks.length) {
        const list = Array.prototype.slice.call(video.audioTracks);
        let chosen = list.find(function (t) { return sameLang(t.language, current); });
        if (!chosen && main) chosen = list[0];
        if (!chosen) { failed(); return; }
        list.forEach(function (t) { t.enabled = t === chosen; });
        box.dataset.audioLang = chosen.language || "";
      }
    }

    // A channel of sound only beside the muted picture.
    function listen(src, lang) {
      silence();
      audio.hidden = false;
      audio.lang = lang;
      if (Hls && isHls(src)) {
        audioHls = new Hls({ enableWorker: false });
        audioHls.on(Hls.Events.ERROR, function (e, d) { if (d.fatal) failed(); });
        audioHls.loadSource(src);
        audioHls.attachMedia(audio);
      } else {
        audio.src = src;
      }
      audio.dataset.src = src;
      if (!soundOnly) mutedBefore = video.muted;
      soundOnly = true;
      video.muted = true;
      if (!video.paused) follow();
    }

    function silence() {
      if (audioHls) { audioHls.destroy(); audioHls = null; }
      audio.pause();
      audio.removeAttribute("src");
      delete audio.dataset.src;
      audio.load();
      audio.hidden = true;
      if (soundOnly) video.muted = mutedBefore;
      soundOnly = false;
    }

    // The sound follows the picture: on demand at the same position (live streams each play
    // at their own live edge), playing when it plays.
    function follow() {
      if (!soundOnly) return;
      if (!audio.seeking && isFinite(video.duration) && isFinite(audio.duration) && Math.abs(audio.currentTime - video.currentTime) > 0.75) {
        audio.currentTime = Math.min(video.currentTime, audio.duration);
      }
      if (!video.paused && audio.paused) {
        const played = audio.play();
        if (played && played.catch) played.catch(function () { /* the audio's own button starts it */ });
      }
    }

    function failed() {
      if (form && form.dataset.labelFailed) say(form.dataset.labelFailed);
      if (main && current !== main.value) choose(main.value, false, true);
    }

    function choose(lang, remember, keepStatus) {
      const button = buttonFor(lang);
      if (!button) return;
      const kind = button.dataset.kind;
      current = lang;
      box.dataset.channel = lang;
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", b === button ? "true" : "false"); });
      if (!keepStatus) say(button.dataset.playing);
      if (remember) {
        store(lang);
        const url = new URL(location.href);
        url.searchParams.set("channel", lang);
        history.replaceState(null, "", url);
        const kept = document.querySelector('#captions-picker input[name="channel"]');
        const picker = document.getElementById("captions-picker");
        if (kept) kept.value = lang;
        else if (picker) {
          const input = document.createElement("input");
          input.type = "hidden";
          input.name = "channel";
          input.value = lang;
          picker.prepend(input);
        }
      }
      if (frame) {
        const src = button.dataset.src || mainSrc;
        if (frame.getAttribute("src") !== src) frame.src = src;
        return;
      }
      if (!video) return;
      const want = kind === "video" ? button.dataset.src : mainSrc;
      // On demand the new picture starts where the old one was; live, at its live edge.
      const at = isFinite(video.duration) ? video.currentTime : -1;
      if (want !== picture) load(want, at, picture !== null && !video.paused);
      if (kind === "audio") listen(button.dataset.src, lang);
      else if (soundOnly) silence();
      rendition();
    }

    // The choice made earlier in this browser, unless the address names one.
    function first() {
      const remembered = stored();
      const named = new URL(location.href).searchParams.has("channel");
      return !named && remembered && buttonFor(remembered) ? remembered : current;
    }

    if (form) {
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        const button = e.submitter;
        if (button && button.value) choose(button.value, true);
      });
    }
    if (!video) {
      if (frame && first() !== current) choose(first(), false);
      return;
    }
    video.addEventListener("play", follow);
    video.addEventListener("seeked", follow);
    video.addEventListener("timeupdate", follow);
    video.addEventListener("pause", function () { if (soundOnly) audio.pause(); });
    video.addEventListener("ratechange", function () { audio.playbackRate = video.playbackRate; });
    audio.addEventListener("play", function () {
      if (soundOnly && video.paused) {
        const played = video.play();
        if (played && played.catch) played.catch(function () { /* started by its own button */ });
      }
    });
    audio.addEventListener("error", function () { if (soundOnly && audio.dataset.src) failed(); });

    loadHls(hall.dataset.hlsLib).then(function (lib) {
      Hls = lib;
      // Everything from the start, in this script's hands: the page's addresses were for
      // a browser without it.
      video.removeAttribute("src");
      video.removeAttribute("muted");
      video.muted = false;
      audio.removeAttribute("src");
      video.load();
      choose(first(), false);
    });
  }

  document.addEventListener("hall-opened", function (e) { start(e.detail); });
  const hall = document.getElementById("hall");
  if (hall && hall.dataset.phase === "open") start(hall);
})();
