// The online hall on the day, with the server's clock set by CONVENE_CLOCK_START:
// two attendees register and confirm through the public form and the mailed
// link; the personal page's "Enter the online hall" leads to the hall, which
// waits for doors open; a few seconds before doors open the countdown opens
// the hall without a reload; during the conference attendee A asks a question
// (in Arabic), only A and the moderator see it while it waits, the moderator
// shows it to everyone, attendee B votes for it (once), the count reaches every
// page live, and an announcement reaches both attendees live; a late joiner of
// the premiere of segment video-1 starts the video at the right second; after
// the end the hall points to the recordings. axe-core on the attendee's hall.
//
// `convene demo` shifts the demo's dates relative to the server's clock when it
// loads the demo into an empty data dir. So the file starts the demo once with
// the real clock (dates fixed in the data dir, registration open), reads the
// event's instants from /api/v1/events/<slug>, registers there, and then starts
// the server again on the SAME data dir with CONVENE_CLOCK_START at the instant
// each test needs (the content is not shifted again: the data dir is not empty).
// The moderator signs in once (the sign-in limit is 10 per 10 minutes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import {
  UPCOMING, CHROMIUM_ARGS, startServer, launchBrowser, watchPage, assertNoProblems, screenshot, settle,
} from './server.mjs';
import { plain, waitForMail, linkIn } from './mail.mjs';

const run = promisify(execFile);

const REGISTER = `/en/events/${UPCOMING}/register`;
const HALL = (token) => `/en/hall/${token}`;
const MOD_HALL = `/admin/hall/${UPCOMING}`;
/** How long before doors open the countdown test's clock starts (server start-up and page load fit in it). */
const COUNTDOWN_LEAD_MS = 8_000;
/** The late joiner comes this many seconds into the premiere (the trailer is about 9 s long). */
const PREMIERE_LATE_S = 2;
/** Live updates (SSE) arrive well within this. */
const LIVE_MS = 10_000;

// --- The server, restarted on one data dir with an injected clock. ---------------

let dataDir = null;
let server = null;
let clockStart = null; // { at: ms the server's clock started at, spawned: Date.now() just before spawning }
let browser = null;
const times = {}; // doors, starts, ends, segments[id]: ms since the epoch, from the API
const people = []; // { name, email, token }

/** Stop the running server and start it again on the same data dir with its clock at `at` (ms). */
async function serverAt(at) {
  if (server) { await server.stop(); server = null; }
  const iso = new Date(at).toISOString();
  const spawned = Date.now();
  server = await startServer({ dataDir, env: { CONVENE_CLOCK_START: iso } });
  clockStart = { at, iso, spawned };
  return server;
}

const url = (p) => new URL(p, server.baseURL).href;

/** The server's output, for failures that may be the server's. */
async function withServerLog(fn) {
  try {
    await fn();
  } catch (err) {
    if (server) {
      console.log(`# server output (last 6000 characters):\n${server.output().slice(-6000)}`);
    }
    throw err;
  }
}

// --- Pages. -------------------------------------------------------------------------

/**
 * watchPage(), minus the aborts that closing or leaving a page causes by
 * design: the update stream (EventSource of …/updates), hls.js's fetches of the
 * demo stream (media/live/…), and the moderation page's background fetch of
 * itself (admin.js refreshes its lists on every update, also on the one the
 * moderator's own form post causes while the page navigates).
 */
function watchHallPage(page) {
  const watch = watchPage(page);
  const take = watch.take;
  watch.take = () => take().filter((p) =>
    !/^request failed: GET \S+(\/updates(\?\S*)?|\/media\/live\/\S+|\/admin\/hall\/[^/?\s]+) \(net::ERR_ABORTED\)$/.test(p));
  return watch;
}

/** Wait for the load event and the fonts; no `networkidle`: the open hall keeps its update stream open. */
async function loaded(page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts && document.fonts.ready.then(() => true));
}

async function newPage(b = browser) {
  const context = await b.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  return { context, page, watch: watchHallPage(page) };
}

const phaseOf = (page) => page.locator('#hall').getAttribute('data-phase');

/** The server's clock now, as the hall page estimates it: data-server-now plus the time since the response. */
const serverNowIn = (page) => page.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return Number(document.getElementById('hall').dataset.serverNow) + (performance.now() - nav.responseStart);
});

/** Wait until `fn(arg)` is true in the page, polling every 100 ms. */
const until = (page, fn, arg, timeout = LIVE_MS) => page.waitForFunction(fn, arg, { timeout, polling: 100 });

/** Wait until #hall-attendees reads `want` (without the isolation marks around the number). */
const untilAttendees = (page, want) => until(page, (w) =>
  (document.getElementById('hall-attendees')?.textContent || '').replace(/[\u2066-\u2069]/g, '').trim() === w, want);

// --- axe-core (as in the other files: serious and critical fail, others are printed). ----

const BLOCKING = new Set(['serious', 'critical']);

function describeViolation(v) {
  const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ')}`);
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}\n${nodes.join('\n')}`;
}

/** axe on the page; prints what is not blocking; returns the blocking violations (described). */
async function axeBlocking(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact));
  const minor = results.violations.filter((v) => !BLOCKING.has(v.impact));
  if (minor.length > 0) console.log(`# axe (moderate/minor) on ${where}:\n${minor.map(describeViolation).join('\n')}`);
  return blocking.map(describeViolation);
}

async function assertAxeClean(page, where) {
  const blocking = await axeBlocking(page, where);
  assert.equal(blocking.length, 0, `axe violations on ${where}:\n${blocking.join('\n')}`);
}

// --- Registration (as in registration.test.mjs). ------------------------------------

async function submitAndWait(page, locator) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  await settle(page);
  return res;
}

/** Register through the English form, confirm through the mailed link; the personal token. */
async function registerAndConfirm(page, { name, email }) {
  const res = await page.goto(url(REGISTER));
  assert.equal(res.status(), 200, `status of ${REGISTER}`);
  await settle(page);
  await page.locator('#field-name').fill(name);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-country').selectOption('PK');
  await page.locator('#field-lang').selectOption('en');
  await page.locator('#field-tz').selectOption('Asia/Karachi');
  await page.locator('#field-attest').check();
  await page.locator('#field-consent').check();
  await submitAndWait(page, page.locator('form button[type=submit]'));
  assert.equal(new URL(page.url()).pathname, `${REGISTER}/sent`, 'redirected to …/register/sent');

  const confirmURL = linkIn(await waitForMail(dataDir, email, 'Please confirm your registration:'),
    /^\/en\/registrations\/confirm\/[^/]+$/);
  await page.goto(url(confirmURL.pathname));
  await settle(page);
  await submitAndWait(page, page.getByRole('button', { name: 'Confirm my place' }));
  assert.match(plain(await page.locator('main').textContent()), /Your place is confirmed\./);

  const personal = linkIn(await waitForMail(dataDir, email, 'Your place is confirmed:'),
    /^\/en\/registrations\/(?!confirm\/)[^/]+$/);
  return personal.pathname.split('/').pop();
}

// --- The moderator (as in admin.test.mjs). -----------------------------------------

/** `convene user add --role moderator` against the data dir, with the server's clock; the set-password link. */
async function addModerator(email, role = 'moderator', name = 'Huda Moderator') {
  const args = ['user', 'add', '--role', role, email, '--name', name, '--data-dir', dataDir];
  const { stdout } = await run(process.env.CONVENE_BIN, args, {
    env: { ...process.env, CONVENE_PUBLIC_URL: server.baseURL, CONVENE_CLOCK_START: new Date(clockStart.at + (Date.now() - clockStart.spawned)).toISOString() },
    timeout: 30_000,
  });
  const m = stdout.match(/^(https?:\/\/\S+\/admin\/password\/[0-9a-f]{64})$/m);
  assert.ok(m, `a set-password link in the output of convene user add:\n${stdout}`);
  return new URL(m[1]);
}

async function signInModerator(page, role = 'moderator', who = 'huda') {
  const email = `${who}.${process.pid}@example.org`;
  const password = `${who} reads every question twice ${process.pid}`;
  const link = await addModerator(email, role, who === 'huda' ? 'Huda Moderator' : `${who} Organiser`);
  await page.goto(url(link.pathname));
  await settle(page);
  await page.locator('#field-password').fill(password);
  await page.locator('#field-again').fill(password);
  await submitAndWait(page, page.getByRole('button', { name: 'Set password', exact: true }));
  assert.match(plain(await page.locator('main').innerText()), /Your password is set/);
  await page.goto(url('/admin/login'));
  await settle(page);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await submitAndWait(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  assert.equal(new URL(page.url()).pathname, '/admin/', `the ${role} lands on the overview`);
}

// --- Set-up: the demo with the real clock; two attendees register. -------------------

before(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'convene-hall-'));
  server = await startServer({ dataDir });
  browser = await launchBrowser();
  const res = await fetch(url(`/api/v1/events/${UPCOMING}`));
  assert.equal(res.status, 200, `GET /api/v1/events/${UPCOMING}`);
  const ev = await res.json();
  times.doors = Date.parse(ev.doors_open_at.utc);
  times.starts = Date.parse(ev.starts_at.utc);
  times.ends = Date.parse(ev.ends_at.utc);
  times.segments = Object.fromEntries(ev.segments.map((s) => [s.id, Date.parse(s.starts_at.utc)]));
  for (const [k, v] of Object.entries({ doors: times.doors, starts: times.starts, ends: times.ends, 'video-1': times.segments['video-1'] })) {
    assert.ok(Number.isFinite(v), `${k} from the API: ${JSON.stringify(ev).slice(0, 300)}`);
  }
  assert.ok(times.doors > Date.now(), `the demo's upcoming edition lies ahead: doors open ${ev.doors_open_at.utc}`);

  const { context, page } = await newPage();
  try {
    for (const [who, name] of [['amina', 'Amina Qureshi'], ['siti', 'Siti Rahayu']]) {
      const email = `${who}.${process.pid}@example.org`;
      people.push({ name, email, token: await registerAndConfirm(page, { name, email }) });
    }
  } finally {
    await context.close();
  }
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

// --- Tests. -------------------------------------------------------------------------

test('the personal page leads into the hall, which is closed until doors open; other links get nothing', () => withServerLog(async () => {
  const { context, page, watch } = await newPage();
  try {
    const [a] = people;
    await page.goto(url(`/en/registrations/${a.token}`));
    await settle(page);
    const enter = page.locator('#enter-hall');
    assert.equal(await enter.count(), 1, '#enter-hall on the personal page');
    assert.equal(await enter.getAttribute('href'), HALL(a.token), 'it links to the hall with the same token');
    assert.equal(plain(await enter.textContent()), 'Enter the online hall');
    const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enter.click()]);
    await settle(page);
    assert.equal(res.status(), 200, 'status of the hall');
    assert.equal(new URL(page.url()).pathname, HALL(a.token));
    const h = res.headers();
    assert.equal(h['cache-control'], 'no-store', 'the hall is not cached');
    assert.equal(h['referrer-policy'], 'no-referrer', 'the hall\'s address does not leak through Referer');
    assert.equal(h['x-robots-tag'], 'noindex', 'nor into search engines');
    assert.equal(await phaseOf(page), 'waiting', 'weeks before the conference the hall waits');
    assert.ok(plain(await page.locator('#hall-countdown').textContent()).length > 0, 'a countdown (#hall-countdown)');
    assert.equal(await page.locator('#ask-form').count(), 0, 'no questions before doors open');
    await screenshot(page, 'hall-waiting-en');
    await assertAxeClean(page, 'the waiting hall');

    for (const bad of ['not-a-token', `${a.token.slice(0, -2)}xx`]) {
      watch.expectStatus(url(HALL(bad)), 404);
      const r = await page.goto(url(HALL(bad)));
      assert.equal(r.status(), 404, `${HALL(bad)} is not a hall`);
      // Let the error page finish (its icon too) before going on.
      await settle(page);
    }
    assertNoProblems(assert, watch, 'the waiting hall');
  } finally {
    await context.close();
  }
}));

test('the countdown opens the hall at doors open without a reload', () => withServerLog(async () => {
  await serverAt(times.doors - COUNTDOWN_LEAD_MS);
  const { context, page, watch } = await newPage();
  try {
    let navigations = 0;
    page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations++; });
    const res = await page.goto(url(HALL(people[0].token)));
    assert.equal(res.status(), 200);
    await loaded(page);
    const serverNow = await serverNowIn(page);
    assert.equal(await phaseOf(page), 'waiting',
      `${Math.round((times.doors - serverNow) / 1000)} s before doors open the hall still waits (if negative, the server took too long to start)`);
    assert.equal(await page.locator('#hall-countdown').count(), 1, '#hall-countdown while waiting');
    await screenshot(page, 'hall-countdown-en');
    const navigationsBefore = navigations;
    await page.evaluate(() => {
      window.__marker = 1;
      // When did the open hall arrive, by the server's clock (as the page estimates it)?
      const hall = document.getElementById('hall');
      const nav = performance.getEntriesByType('navigation')[0];
      const offset = Number(hall.dataset.serverNow) - (performance.timeOrigin + nav.responseStart);
      new MutationObserver((_, obs) => {
        const h = document.getElementById('hall');
        if (h && h.dataset.phase === 'open') { window.__openedAt = Date.now() + offset; obs.disconnect(); }
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-phase'] });
    });

    // The waiting hall has no update stream; the open one opens it.
    const stream = page.waitForResponse((r) => new URL(r.url()).pathname === `${HALL(people[0].token)}/updates`,
      { timeout: COUNTDOWN_LEAD_MS + 20_000 });

    await until(page, () => document.querySelector('#hall')?.dataset.phase === 'open', null,
      COUNTDOWN_LEAD_MS + 15_000);
    const after = await page.evaluate(() => ({ marker: window.__marker, openedAt: window.__openedAt }));
    assert.equal(after.marker, 1, 'window.__marker survived: the page was not reloaded');
    assert.equal(navigations, navigationsBefore, 'no navigation of the main frame');
    assert.ok(after.openedAt >= times.doors - 1000,
      `opened at doors open, not before: ${after.openedAt - times.doors} ms after doors open`);
    assert.ok(after.openedAt < times.doors + 6000,
      `opened within seconds of doors open: ${after.openedAt - times.doors} ms after`);
    assert.equal(await page.locator('#hall-countdown').count(), 0, 'the countdown is gone');
    assert.equal(await page.locator('#ask-form').count(), 1, 'the ask form is there');
    assert.equal(await page.locator('#hall-stream-video').count(), 1, 'the stream\'s video is there');
    // The swapped-in hall is alive: it opened its update stream.
    const updates = await stream;
    assert.equal(updates.status(), 200, 'status of the update stream');
    assert.match(updates.headers()['content-type'] || '', /^text\/event-stream/, 'Content-Type of the update stream');
    await untilAttendees(page, '1 person in the hall');
    await screenshot(page, 'hall-opened-en');
    assertNoProblems(assert, watch, 'the hall opening at doors open');
  } finally {
    await context.close();
  }
}));

test('Q&A: ask, only the asker and the moderator see it pending, approve, vote once, announcements, live everywhere', () => withServerLog(async () => {
  await serverAt(times.starts + 2 * 60_000); // the opening segment is live
  const [a, b] = people;
  const mod = await newPage();
  const pa = await newPage();
  const pb = await newPage();
  // What the moderator's page did not show live (it is then reloaded, so the
  // rest of the flow is still checked); the test fails at the end if any.
  const notLive = [];
  async function onModerator(fn, arg, what) {
    try {
      await until(mod.page, fn, arg);
    } catch (err) {
      if (err.name !== 'TimeoutError') throw err;
      const scripts = await mod.page.locator('script[src]').evaluateAll((ss) => ss.map((s) => new URL(s.src).pathname));
      notLive.push(`${what}: not on the moderation page within ${LIVE_MS} ms without a reload ` +
        `(its scripts: ${JSON.stringify(scripts)})`);
      await mod.page.reload();
      await loaded(mod.page);
      await until(mod.page, fn, arg, 2000).catch(() => assert.fail(`${what}: not on the moderation page even after a reload`));
    }
  }
  try {
    // The moderator first (the hall's own pages do not depend on it).
    await signInModerator(mod.page);
    const modRes = await mod.page.goto(url(MOD_HALL));
    assert.equal(modRes.status(), 200, `status of ${MOD_HALL}`);
    await loaded(mod.page);

    for (const [p, who] of [[pa, a], [pb, b]]) {
      const res = await p.page.goto(url(HALL(who.token)));
      assert.equal(res.status(), 200, `status of ${who.name}'s hall`);
      await loaded(p.page);
      assert.equal(await phaseOf(p.page), 'open', `${who.name}'s hall is open`);
    }
    const pageA = pa.page;
    const pageB = pb.page;
    assert.equal(await pageA.locator('#hall-stream-video').count(), 1, '<video id=hall-stream-video>');
    assert.ok((await pageA.locator('#hall-stream-video').getAttribute('data-hls')).endsWith('media/live/index.m3u8'),
      'the stream is the demo\'s HLS playlist');
    assert.deepEqual(
      await pageA.locator('#hall-programme li.segment-live').evaluateAll((lis) => lis.map((li) => li.dataset.segment)),
      ['opening'], 'two minutes in, the opening is the live segment');

    // Attendee A asks, in Arabic.
    const text = `أين تذهب مياه الأمطار التي نجمعها على السطح؟ ${process.pid}`;
    await pageA.locator('#ask-text').fill(text);
    await pageA.locator('#ask-lang').selectOption('ar');
    await pageA.locator('#ask-form button[type=submit]').click();
    const mine = pageA.locator('#question-list li.question', { hasText: text });
    await mine.waitFor({ timeout: LIVE_MS });
    const qid = (await mine.getAttribute('id')).replace(/^question-/, '');
    assert.match(qid, /^\d+$/, `li#question-{id}: ${qid}`);
    const sel = `#question-${qid}`;
    assert.match(await mine.getAttribute('class'), /\bquestion-pending\b/, 'A sees it marked pending');
    assert.equal(plain(await mine.locator('.question-state').textContent()), 'Waiting for a moderator');
    assert.equal(await mine.locator('.question-text').getAttribute('lang'), 'ar', 'the question\'s text is marked lang=ar');
    assert.equal(await pageA.locator('#ask-text').inputValue(), '', 'the form is emptied after sending');
    assert.equal(new URL(pageA.url()).pathname, HALL(a.token), 'A did not leave the hall (asked in the background)');

    // The moderator sees it waiting, live.
    const pending = mod.page.locator(`#pending-questions ${sel}`);
    await onModerator((s) => !!document.querySelector(`#pending-questions ${s}`), sel, 'the new question among those waiting');
    assert.equal(plain(await pending.locator('.question-text').textContent()), text);
    await screenshot(mod.page, 'hall-moderator-pending');

    // B does not see it: not live (B's stream has had every update up to here
    // that was B's to have), nor in B's page as the server renders it.
    assert.equal(await pageB.locator(sel).count(), 0, 'B does not see the pending question');
    const bHtml = await (await pageB.request.get(url(HALL(b.token)))).text();
    assert.ok(!bHtml.includes(text), 'B\'s hall as rendered by the server does not have it');

    // Approve: "Show to everyone".
    await submitAndWait(mod.page, pending.getByRole('button', { name: 'Show to everyone', exact: true }));
    await loaded(mod.page);
    await mod.page.locator(`#shown-questions ${sel}`).waitFor({ timeout: LIVE_MS });
    assert.equal(await mod.page.locator(`#pending-questions ${sel}`).count(), 0, 'no longer waiting');

    // B sees it, live; A sees it approved.
    await pageB.locator(`#question-list ${sel}.question-approved`).waitFor({ timeout: LIVE_MS });
    assert.equal(plain(await pageB.locator(`${sel} .question-text`).textContent()), text);
    await pageA.locator(`#question-list ${sel}.question-approved`).waitFor({ timeout: LIVE_MS });
    assert.equal(plain(await pageA.locator(`${sel} .question-state`).textContent()), '', 'A: no longer "waiting"');
    const voteB = pageB.locator(`${sel} button.vote`);
    assert.ok(await voteB.isVisible(), 'B has a visible vote button');
    assert.ok(await voteB.isEnabled(), 'B\'s vote button is enabled');
    assert.equal(plain(await voteB.locator('.vote-count').textContent()), '0');

    // B votes: the count is 1 everywhere.
    await voteB.click();
    await until(pageB, (s) => {
      const btn = document.querySelector(`${s} button.vote`);
      return btn && btn.disabled && btn.querySelector('.vote-count').textContent.trim() === '1';
    }, sel);
    assert.equal(await voteB.getAttribute('aria-pressed'), 'true', 'B\'s button is pressed');
    assert.equal(plain(await voteB.locator('.vote-label').textContent()), 'You asked this too');
    await until(pageA, (s) => document.querySelector(`${s} .vote-count`)?.textContent.trim() === '1', sel);
    await onModerator((s) => /▲\s*1\b/.test(document.querySelector(`#shown-questions ${s} .question-meta`)?.textContent || ''), sel,
      'the vote (▲ 1)');

    // A second vote: the button is disabled, so a click does nothing; and the
    // same POST sent anyway (as a second tab would) changes nothing either.
    await voteB.click({ force: true, timeout: 2000 }).catch(() => {});
    const second = await pageB.evaluate(async (s) => {
      const form = document.querySelector(`${s} form.vote-form`);
      const r = await fetch(form.action, {
        method: 'POST', body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json' }, credentials: 'same-origin',
      });
      return r.status;
    }, sel);
    assert.equal(second, 204, 'a second vote is answered quietly');

    // An announcement, live on both attendees' pages. It comes after the
    // second vote in the hall's log, so once it is there, any change the
    // second vote made would be there too.
    const news = `The dialogue on rainwater starts ten minutes late. ${process.pid}`;
    // Written per language: the event's main language (Arabic) and English;
    // the attendees' pages are in English, so they read the English text.
    await mod.page.locator('#announcement-text').fill(`يبدأ الحوار حول مياه الأمطار متأخرًا عشر دقائق. ${process.pid}`);
    await mod.page.getByText('The same announcement in other languages (optional)').click();
    await mod.page.locator('#announcement-en').fill(news);
    await submitAndWait(mod.page, mod.page.getByRole('button', { name: 'Post the announcement', exact: true }));
    for (const [p, who] of [[pageA, a], [pageB, b]]) {
      await p.locator('#announcements li', { hasText: news }).waitFor({ timeout: LIVE_MS });
      assert.equal(plain(await p.locator('#announcements li').first().locator('.announcement-text').textContent()), news,
        `${who.name}: the newest announcement first`);
    }
    for (const [p, who] of [[pageA, 'A'], [pageB, 'B']]) {
      assert.equal(plain(await p.locator(`${sel} .vote-count`).textContent()), '1', `${who}: still one vote after the second POST`);
    }
    assert.match(plain(await mod.page.locator(`#shown-questions ${sel} .question-meta`).textContent()), /▲ 1\b/,
      'the moderator\'s page: still one vote');

    // The people in the hall: A and B (the moderator is not counted).
    await untilAttendees(pageA, '2 people in the hall');
    await onModerator(() => document.getElementById('hall-attendee-count')?.textContent.trim() === '2', null,
      'the count of people in the hall (2)');

    await screenshot(pageA, 'hall-attendee-a-en');
    await screenshot(pageB, 'hall-attendee-b-en');
    await screenshot(mod.page, 'hall-moderator');

    // As the server renders them now: B has voted (disabled, pressed), one vote.
    await pageB.reload();
    await loaded(pageB);
    const votedB = pageB.locator(`${sel} button.vote`);
    assert.ok(await votedB.isDisabled(), 'after a reload B\'s vote button is still disabled');
    assert.equal(await votedB.getAttribute('aria-pressed'), 'true');
    assert.equal(plain(await votedB.locator('.vote-count').textContent()), '1');
    assert.equal(plain(await pageB.locator('#announcements li .announcement-text').first().textContent()), news);

    const blocking = await axeBlocking(pageA, 'the open hall (attendee)');
    const modBlocking = await axeBlocking(mod.page, `${MOD_HALL} (report only)`);
    if (modBlocking.length > 0) console.log(`# axe (serious/critical) on ${MOD_HALL}, not failing this test:\n${modBlocking.join('\n')}`);
    assert.equal(blocking.length, 0, `axe violations on the open hall:\n${blocking.join('\n')}`);

    // Afterwards: the moderator lists the announcements (time, author) and
    // withdraws this one; it leaves both open halls at once, without a reload.
    await mod.page.getByRole('link', { name: 'Announcements made: time, author, withdraw' }).click();
    await loaded(mod.page);
    const row = mod.page.locator('.announcements-table tbody tr', { hasText: news });
    assert.equal(await row.count(), 1, 'the announcement is listed');
    assert.match(plain(await row.textContent()), /Shown in the hall/);
    const listBlocking = await axeBlocking(mod.page, 'the announcements list');
    assert.equal(listBlocking.length, 0, `axe violations on the announcements list:\n${listBlocking.join('\n')}`);
    await screenshot(mod.page, 'hall-announcements-list');
    await submitAndWait(mod.page, row.getByRole('button', { name: 'Withdraw', exact: true }));
    assert.match(plain(await mod.page.locator('.announcements-table tbody tr', { hasText: news }).textContent()),
      /Withdrawn .* by /, 'the list says when and by whom');
    for (const [p, who] of [[pageA, 'A'], [pageB, 'B']]) {
      await p.locator('#announcements li', { hasText: news }).waitFor({ state: 'detached', timeout: LIVE_MS });
      assert.equal(await p.locator('#announcements li', { hasText: news }).count(), 0, `${who}: the withdrawn announcement is gone`);
    }
    await pageB.reload();
    await loaded(pageB);
    assert.equal(await pageB.locator('#announcements li', { hasText: news }).count(), 0,
      'after a reload the withdrawn announcement stays gone');

    assert.deepEqual(notLive, [], `the moderation page follows the hall live:\n  ${notLive.join('\n  ')}`);
    assertNoProblems(assert, pa.watch, 'A\'s hall');
    assertNoProblems(assert, pb.watch, 'B\'s hall');
    assertNoProblems(assert, mod.watch, 'the moderation page');
  } finally {
    await Promise.all([mod.context.close(), pa.context.close(), pb.context.close()]);
  }
}));

test('a late joiner of the premiere starts the video at the right second', () => withServerLog(async () => {
  const premiereStart = times.segments['video-1'];
  // Autoplay allowed in one browser; the default policy (which may refuse it
  // and show "Play the premiere") in the other. Both ready before the server
  // starts: the trailer is short, every second counts.
  const autoplay = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'],
  });
  const late = await newPage(autoplay);
  const other = await newPage(browser);
  try {
    await serverAt(premiereStart + PREMIERE_LATE_S * 1000);
    /** Open the hall and wait until the premiere plays (pressing "Play the premiere" if it is offered). */
    async function joinPremiere({ page }, who) {
      const res = await page.goto(url(HALL(who.token)));
      assert.equal(res.status(), 200);
      await loaded(page);
      assert.equal(await phaseOf(page), 'open');
      await until(page, () => {
        const v = document.getElementById('premiere-video');
        return (v && !v.paused && v.readyState >= 2) || document.querySelector('#hall-premiere button');
      }, null, 15_000);
      const play = page.locator('#hall-premiere button');
      let pressed = false;
      if (await play.count() > 0) {
        assert.equal(plain(await play.textContent()), 'Play the premiere');
        await play.click();
        pressed = true;
        await until(page, () => { const v = document.getElementById('premiere-video'); return v && !v.paused; }, null);
      }
      return pressed;
    }
    /** currentTime of the premiere and where it should be by the server's clock, at one moment. */
    const measure = (page) => page.evaluate(({ start }) => {
      const v = document.getElementById('premiere-video');
      const nav = performance.getEntriesByType('navigation')[0];
      const serverNow = Number(document.getElementById('hall').dataset.serverNow) + (performance.now() - nav.responseStart);
      return { currentTime: v.currentTime, duration: v.duration, paused: v.paused, expected: (serverNow - start) / 1000 };
    }, { start: premiereStart });

    const [pressedLate, pressedOther] = await Promise.all([joinPremiere(late, people[0]), joinPremiere(other, people[1])]);
    const m = await measure(late.page);
    const byTestClock = (clockStart.at + (Date.now() - clockStart.spawned) - premiereStart) / 1000;
    const detail = `currentTime ${m.currentTime.toFixed(2)} s, expected ${m.expected.toFixed(2)} s by the page's server time ` +
      `(${byTestClock.toFixed(2)} s by the test's clock), duration ${m.duration} s`;
    console.log(`# premiere, autoplay allowed: ${detail}; default policy: currentTime ${(await measure(other.page)).currentTime.toFixed(2)} s` +
      `${pressedOther ? ' after pressing "Play the premiere"' : ' (started by itself)'}`);
    assert.ok(m.duration > m.expected, `the trailer (${m.duration} s) is still running at ${m.expected.toFixed(2)} s; ${detail}`);
    assert.ok(m.expected >= PREMIERE_LATE_S, `the joiner came ${PREMIERE_LATE_S} s or more late: ${detail}`);
    assert.ok(Math.abs(m.currentTime - m.expected) < 2, `the premiere plays at the server's offset: ${detail}`);
    assert.ok(m.currentTime >= PREMIERE_LATE_S - 0.5, `it did not start from 0: ${detail}`);
    assert.equal(pressedLate, false, 'with autoplay allowed the premiere starts by itself');

    const m2 = await measure(other.page);
    assert.ok(Math.abs(m2.currentTime - m2.expected) < 2,
      `with the default autoplay policy${pressedOther ? ' and "Play the premiere" pressed' : ''}, too: ` +
      `currentTime ${m2.currentTime.toFixed(2)} s, expected ${m2.expected.toFixed(2)} s`);

    const page = late.page;
    assert.deepEqual(
      await page.locator('#hall-programme li.segment-live').evaluateAll((lis) => lis.map((li) => li.dataset.segment)),
      ['video-1'], 'video-1 is the live segment');
    assert.ok(await page.locator('#hall-premiere').isVisible(), '#hall-premiere is shown');
    assert.ok(await page.locator('#hall-stream').isHidden(), 'the stream makes room for the premiere');
    assert.equal(await page.locator('#premiere-video track').count(), 3, 'the premiere has its three caption tracks');
    await screenshot(page, 'hall-premiere-en');
    assertNoProblems(assert, late.watch, 'the late joiner\'s hall');
    assertNoProblems(assert, other.watch, 'the other attendee\'s hall');
  } finally {
    await Promise.all([late.context.close(), other.context.close()]);
    await autoplay.close().catch(() => {});
  }
}));

test('after the end the hall points to the recordings', () => withServerLog(async () => {
  await serverAt(times.ends + 60_000);
  const { context, page, watch } = await newPage();
  try {
    const res = await page.goto(url(HALL(people[0].token)));
    assert.equal(res.status(), 200);
    await settle(page);
    assert.equal(await phaseOf(page), 'ended');
    const rec = page.locator('#hall a.button', { hasText: 'Watch the recordings' });
    assert.equal(await rec.getAttribute('href'), `/en/events/${UPCOMING}/recordings`);
    assert.equal(await page.locator('#ask-form').count(), 0, 'no questions after the end');
    await screenshot(page, 'hall-ended-en');
    assertNoProblems(assert, watch, 'the ended hall');
  } finally {
    await context.close();
  }
}));

test('attendance afterwards: who was in the hall, charts, CSV, certificates with a verification address', () => withServerLog(async () => {
  await serverAt(times.ends + 10 * 60_000);
  const owner = await newPage();
  try {
    await signInModerator(owner.page, 'owner', 'rana');
    await owner.page.goto(url(`/admin/events/${UPCOMING}/attendance`));
    await loaded(owner.page);
    // A and B were in the hall during the earlier tests.
    for (const who of people) {
      assert.equal(await owner.page.locator('.attendance-table tbody tr', { hasText: who.name }).count(), 1,
        `${who.name} is in the attendance table`);
    }
    // Two charts drawn on the server, each an image with a name and its table.
    for (const name of [/^Arrivals over time/, /^Attendees per segment$/]) {
      assert.equal(await owner.page.getByRole('img', { name }).count(), 1, `the chart ${name}`);
    }
    assert.equal(await owner.page.locator('figure.chart-figure details table').count(), 2, 'each chart has its table');
    const csvHref = await owner.page.getByRole('link', { name: 'Download the attendance as CSV' }).getAttribute('href');
    const csv = await owner.page.request.get(url(csvHref));
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /^registration,name,email,minutes,segments_seen/);
    const blocking = await axeBlocking(owner.page, 'the attendance page');
    assert.equal(blocking.length, 0, `axe violations on the attendance page:\n${blocking.join('\n')}`);
    await screenshot(owner.page, 'admin-attendance');

    // Certificates for everyone who was in the hall (0 minutes or more).
    await owner.page.locator('#certificate-minutes').fill('0');
    await submitAndWait(owner.page, owner.page.getByRole('button', { name: 'Issue certificates', exact: true }));
    assert.equal(await owner.page.locator('.certificate-link').count(), people.length, 'one certificate each');
    const href = await owner.page.locator('.attendance-table tbody tr', { hasText: people[0].name })
      .locator('.certificate-link').getAttribute('href');
    assert.match(href, /\/en\/certificates\/[0-9a-f]{32}$/, 'the verification address, in the attendee\'s language');

    // The certificate, as anyone with the address sees it (no session).
    const visitor = await newPage();
    try {
      await visitor.page.goto(url(new URL(href).pathname));
      await loaded(visitor.page);
      assert.equal(plain(await visitor.page.locator('h1').textContent()), 'Certificate of attendance');
      const text = plain(await visitor.page.locator('main').innerText());
      assert.ok(text.includes(people[0].name), `the certificate names the attendee:\n${text}`);
      assert.ok(!text.includes('@'), 'no e-mail address on the certificate');
      assert.ok(text.includes(new URL(href).pathname), 'the verification address is printed on it');
      const certBlocking = await axeBlocking(visitor.page, 'the certificate');
      assert.equal(certBlocking.length, 0, `axe violations on the certificate:\n${certBlocking.join('\n')}`);
      await screenshot(visitor.page, 'attendance-certificate');
    } finally {
      await visitor.context.close();
    }
  } finally {
    await owner.context.close();
  }
}));
