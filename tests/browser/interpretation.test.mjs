// Interpretation channels in the hall, with the server's clock during the first dialogue
// (set by CONVENE_CLOCK_START, as hall.test.mjs does). The demo stream carries Arabic (the
// proceedings) and English as audio renditions of its playlist and Urdu as a separate stream
// of sound only. An attendee registered in English opens the hall: the English rendition is
// chosen; playing, she switches to Arabic (hls.js's audio track changes, Arabic segments are
// fetched, the picture goes on) and to Urdu (an <audio> plays beside the muted picture, at its
// position, its time advancing), without a reload; the address keeps the choice; her next
// visit (no ?channel=) comes back to Urdu; back to English, the separate sound stops. Without
// JavaScript the buttons are a plain form (?channel=). The Arabic (RTL) hall switches too;
// axe on the hall with the switcher in en, ar, ur.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, assertNoProblems, settle } from './server.mjs';
import {
  HALL, hall, serverAt, url, withServerLog, watchHallPage, loaded, submitAndWait, assertAxeClean,
  openHall, closeHall,
} from './hall-setup.mjs';

/** Media plays and switches well within this. */
const PLAY_MS = 15_000;
const until = (page, fn, arg, timeout = PLAY_MS) => page.waitForFunction(fn, arg, { timeout, polling: 100 });

/** What the page's players are doing. */
const state = (page) => page.evaluate(() => {
  const box = document.getElementById('hall-stream');
  const video = document.getElementById('hall-stream-video');
  const audio = document.getElementById('hall-channel-audio');
  const hls = box.hlsPlayer;
  const pressed = [...document.querySelectorAll('#hall-channels button[aria-pressed="true"]')].map((b) => b.value);
  return {
    pressed,
    status: document.getElementById('hall-channel-now').textContent,
    track: hls ? hls.audioTrack : null,
    tracks: hls ? hls.audioTracks.map((t) => t.lang) : [],
    audioLang: box.dataset.audioLang || '',
    videoTime: video.currentTime,
    videoPaused: video.paused,
    videoMuted: video.muted,
    audioHidden: audio.hidden,
    audioSrc: audio.dataset.src || '',
    audioPaused: audio.paused,
    audioTime: audio.currentTime,
    search: location.search,
  };
});

/** Wait until the picture's time passes `after` seconds (it plays). */
const videoPasses = (page, after) => until(page, (t) => document.getElementById('hall-stream-video').currentTime > t, after);

// Autoplay allowed: the test presses no play button (playing is started from the page).
before(async () => {
  await openHall({
    prefix: 'convene-interp-',
    segment: 'dialogue-1',
    attendees: [['rania', 'Rania Saleh']],
    browserArgs: ['--autoplay-policy=no-user-gesture-required'],
  });
  await serverAt(hall.segments['dialogue-1'] + 60_000);
});

after(closeHall);

/** The attendee's personal token. */
const token = () => hall.people[0].token;

test('switching channels while playing changes the sound without a reload, and the choice is remembered', () => withServerLog(async () => {
  const context = await hall.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchHallPage(page);
  const media = [];
  page.on('request', (r) => { if (/\/media\/live\//.test(r.url())) media.push(new URL(r.url()).pathname.split('/').pop()); });
  try {
    const res = await page.goto(url(HALL(token())));
    assert.equal(res.status(), 200);
    await loaded(page);
    await page.evaluate(() => { window.stayed = true; });
    // Registered in English: the English rendition, through hls.js's audio tracks.
    await until(page, () => {
      const hls = document.getElementById('hall-stream').hlsPlayer;
      return hls && hls.audioTracks.length === 2 && document.getElementById('hall-stream').dataset.audioLang === 'en';
    });
    let s = await state(page);
    assert.deepEqual(s.tracks, ['ar', 'en'], 'the playlist\'s audio renditions');
    assert.deepEqual(s.pressed, ['en'], 'the registration\'s language is chosen');
    assert.equal(s.track, 1, 'hls.js plays the English rendition');
    assert.match(s.status, /English/);
    await page.evaluate(() => document.getElementById('hall-stream-video').play());
    await videoPasses(page, 1);
    assert.ok(media.some((f) => /^seg_en_\d+\.m4s$/.test(f)), `English sound fetched: ${media.join(' ')}`);
    await screenshot(page, 'hall-interpretation-en');

    // Arabic, the proceedings: another rendition of the same playlist.
    media.length = 0;
    let t = (await state(page)).videoTime;
    await page.locator('#hall-channels button[value="ar"]').click();
    await until(page, () => document.getElementById('hall-stream').dataset.audioLang === 'ar');
    await videoPasses(page, t + 1);
    s = await state(page);
    assert.deepEqual(s.pressed, ['ar']);
    assert.equal(s.track, 0, 'hls.js switched to the Arabic rendition');
    assert.equal(s.videoPaused, false, 'the picture goes on');
    assert.equal(s.videoMuted, false, 'with its own (Arabic) sound');
    assert.ok(s.audioHidden, 'no separate sound');
    await until(page, () => performance.getEntriesByType('resource').some((e) => /seg_ar_\d+\.m4s$/.test(e.name)));
    assert.match(s.search, /channel=ar/, 'the address keeps the choice');

    // Urdu: a stream of sound only beside the muted picture, at its position.
    t = s.videoTime;
    await page.locator('#hall-channels button[value="ur"]').click();
    await until(page, () => {
      const audio = document.getElementById('hall-channel-audio');
      return !audio.hidden && !audio.paused && audio.currentTime > 0.5;
    });
    await videoPasses(page, t + 1);
    const a1 = (await state(page)).audioTime;
    await until(page, (x) => document.getElementById('hall-channel-audio').currentTime > x + 1, a1);
    s = await state(page);
    assert.deepEqual(s.pressed, ['ur']);
    assert.match(s.audioSrc, /\/media\/live\/ur\.m3u8$/, 'the Urdu stream plays');
    assert.equal(s.videoMuted, true, 'the picture is muted');
    assert.equal(s.videoPaused, false, 'and goes on');
    assert.ok(Math.abs(s.audioTime - s.videoTime) < 1.5, `the sound follows the picture (audio ${s.audioTime}, video ${s.videoTime})`);
    assert.ok(media.some((f) => /^seg_ur_\d+\.m4s$/.test(f)), `Urdu sound fetched: ${media.join(' ')}`);
    assert.match(s.status, /Urdu|اردو/);
    assert.match(s.status, /sound only/);
    assert.match(s.search, /channel=ur/);
    // Pausing the picture pauses the sound.
    await page.evaluate(() => document.getElementById('hall-stream-video').pause());
    await until(page, () => document.getElementById('hall-channel-audio').paused);
    await screenshot(page, 'hall-interpretation-ur');

    // The same document all along (history.replaceState changed the address only).
    assert.equal(await page.evaluate(() => window.stayed), true, 'no reload');
    assertNoProblems(assert, watch, 'the hall while switching channels');

    // The next visit, by the plain link: Urdu again.
    const next = await context.newPage();
    const watchNext = watchHallPage(next);
    await next.goto(url(HALL(token())));
    await loaded(next);
    await until(next, () => {
      const audio = document.getElementById('hall-channel-audio');
      return !audio.hidden && /ur\.m3u8$/.test(audio.dataset.src || '');
    });
    s = await state(next);
    assert.deepEqual(s.pressed, ['ur'], 'the last choice is remembered');
    assert.equal(s.videoMuted, true);
    // Back to English: the separate sound stops, the rendition plays.
    await next.evaluate(() => document.getElementById('hall-stream-video').play());
    await next.locator('#hall-channels button[value="en"]').click();
    await until(next, () => document.getElementById('hall-stream').dataset.audioLang === 'en');
    s = await state(next);
    assert.deepEqual(s.pressed, ['en']);
    assert.ok(s.audioHidden && s.audioPaused && !s.audioSrc, 'no separate sound any more');
    assert.equal(s.videoMuted, false, 'the picture\'s own sound again');
    await videoPasses(next, s.videoTime + 0.5);
    assertNoProblems(assert, watchNext, 'the next visit');
  } finally {
    await context.close();
  }
}));

test('without JavaScript the channels are a form: ?channel= chooses', () => withServerLog(async () => {
  const context = await hall.browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
  const page = await context.newPage();
  const watch = watchHallPage(page);
  try {
    await page.goto(url(`${HALL(token())}?channel=ur`));
    await settle(page);
    assert.equal(await page.locator('#hall-channels button[value="ur"]').getAttribute('aria-pressed'), 'true');
    const audio = page.locator('#hall-channel-audio');
    assert.ok(await audio.isVisible(), 'the Urdu sound has its own player');
    assert.match(await audio.getAttribute('src'), /\/media\/live\/ur\.m3u8$/);
    assert.equal(await page.locator('#hall-stream-video').getAttribute('muted'), '');
    await submitAndWait(page, page.locator('#hall-channels button[value="en"]'));
    assert.equal(new URL(page.url()).searchParams.get('channel'), 'en');
    assert.equal(await page.locator('#hall-channels button[value="en"]').getAttribute('aria-pressed'), 'true');
    assert.ok(await page.locator('#hall-channel-audio').isHidden());
    assertNoProblems(assert, watch, 'the hall without JavaScript');
  } finally {
    await context.close();
  }
}));

test('the Arabic and Urdu halls switch too (right to left); axe on the switcher in en, ar, ur', () => withServerLog(async () => {
  const context = await hall.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchHallPage(page);
  try {
    for (const lang of ['ar', 'ur', 'en']) {
      await page.goto(url(`${HALL(token(), lang)}?channel=en`));
      await loaded(page);
      await until(page, () => document.getElementById('hall-stream').dataset.audioLang === 'en');
      if (lang !== 'en') {
        assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
        assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('hall-channels')).direction), 'rtl');
      }
      await page.locator('#hall-channels button[value="ar"]').click();
      await until(page, () => document.getElementById('hall-stream').dataset.audioLang === 'ar');
      assert.deepEqual((await state(page)).pressed, ['ar']);
      await screenshot(page, `hall-interpretation-switcher-${lang}`);
      await assertAxeClean(page, `the ${lang} hall with the channel switcher`);
    }
    assertNoProblems(assert, watch, 'the halls in ar, ur, en');
  } finally {
    await context.close();
  }
}));
