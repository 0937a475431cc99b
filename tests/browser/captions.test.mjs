// Live captions in the hall, with the server's clock during the first dialogue (set by
// CONVENE_CLOCK_START, as hall.test.mjs does): two attendees register and confirm through
// the public form and the mailed link; in their open halls one chooses Arabic captions and
// the other English (no reload); a moderator types lines on the captioners' console
// (/admin/hall/<event>/captions, Enter sends without a reload); an Arabic line reaches the
// attendee who chose Arabic and not the other, an English one the other way round; a
// correction (ArrowUp brings the last line back) replaces the line on screen; the text size
// changes and is kept; the caption box is aria-live="polite"; axe on the hall with captions
// shown in en, ar and ur. Without JavaScript the console is a plain form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import {
  UPCOMING, startServer, launchBrowser, watchPage, assertNoProblems, screenshot, settle,
} from './server.mjs';
import { waitForMail, linkIn } from './mail.mjs';

const run = promisify(execFile);

const REGISTER = `/en/events/${UPCOMING}/register`;
const HALL = (token, lang = 'en') => `/${lang}/hall/${token}`;
const CONSOLE = `/admin/hall/${UPCOMING}/captions`;
/** Live updates (SSE, and counts the hall's tick writes every 2 s) arrive well within this. */
const LIVE_MS = 10_000;

let dataDir = null;
let server = null;
let clockStart = null;
let browser = null;
const times = {};
const people = [];

async function serverAt(at) {
  if (server) { await server.stop(); server = null; }
  const spawned = Date.now();
  server = await startServer({ dataDir, env: { CONVENE_CLOCK_START: new Date(at).toISOString() } });
  clockStart = { at, spawned };
}

const url = (p) => new URL(p, server.baseURL).href;

async function withServerLog(fn) {
  try {
    await fn();
  } catch (err) {
    if (server) console.log(`# server output (last 6000 characters):\n${server.output().slice(-6000)}`);
    throw err;
  }
}

/** watchPage(), minus the aborts that leaving a page with an update stream causes by design. */
function watchHallPage(page) {
  const watch = watchPage(page);
  const take = watch.take;
  watch.take = () => take().filter((p) =>
    !/^request failed: GET \S+(\/updates(\?\S*)?|\/media\/live\/\S+|\/admin\/hall\/[^?\s]+) \(net::ERR_ABORTED\)$/.test(p));
  return watch;
}

async function loaded(page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts && document.fonts.ready.then(() => true));
}

async function newPage({ javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ locale: 'en-US', javaScriptEnabled });
  const page = await context.newPage();
  return { context, page, watch: watchHallPage(page) };
}

const until = (page, fn, arg, timeout = LIVE_MS) => page.waitForFunction(fn, arg, { timeout, polling: 100 });

async function submitAndWait(page, locator) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  await settle(page);
  return res;
}

async function assertAxeClean(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const describe = (v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}`).join('\n')}`;
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.log(`# axe (moderate/minor) on ${where}:\n${minor.map(describe).join('\n')}`);
  assert.equal(blocking.length, 0, `axe violations on ${where}:\n${blocking.map(describe).join('\n')}`);
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
  const confirmURL = linkIn(await waitForMail(dataDir, email, 'Please confirm your registration:'),
    /^\/en\/registrations\/confirm\/[^/]+$/);
  await page.goto(url(confirmURL.pathname));
  await settle(page);
  await submitAndWait(page, page.getByRole('button', { name: 'Confirm my place' }));
  const personal = linkIn(await waitForMail(dataDir, email, 'Your place is confirmed:'),
    /^\/en\/registrations\/(?!confirm\/)[^/]+$/);
  return personal.pathname.split('/').pop();
}

async function signInModerator(page) {
  const email = `nadia.${process.pid}@example.org`;
  const password = `Nadia types every word twice ${process.pid}`;
  const now = new Date(clockStart.at + (Date.now() - clockStart.spawned)).toISOString();
  const { stdout } = await run(process.env.CONVENE_BIN,
    ['user', 'add', '--role', 'moderator', email, '--name', 'Nadia Moderator', '--data-dir', dataDir], {
      env: { ...process.env, CONVENE_PUBLIC_URL: server.baseURL, CONVENE_CLOCK_START: now },
      timeout: 30_000,
    });
  const m = stdout.match(/^(https?:\/\/\S+\/admin\/password\/[0-9a-f]{64})$/m);
  assert.ok(m, `a set-password link in the output of convene user add:\n${stdout}`);
  await page.goto(url(new URL(m[1]).pathname));
  await settle(page);
  await page.locator('#field-password').fill(password);
  await page.locator('#field-again').fill(password);
  await submitAndWait(page, page.getByRole('button', { name: 'Set password', exact: true }));
  await page.goto(url('/admin/login'));
  await settle(page);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await submitAndWait(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  assert.equal(new URL(page.url()).pathname, '/admin/', 'the moderator lands on the overview');
}

/** The lines in the caption box, as shown. */
const lines = (page) => page.locator('#caption-box .caption-line').allTextContents();

/** Type a line on the console and press Enter; wait until the console lists it. */
async function typeLine(page, text) {
  const input = page.locator('#caption-text');
  await input.fill(text);
  await input.press('Enter');
  await until(page, (t) => [...document.querySelectorAll('#caption-lines li')].some((li) => li.textContent === t), text);
  assert.equal(await input.inputValue(), '', 'the input is cleared for the next line');
}

before(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'convene-captions-'));
  server = await startServer({ dataDir });
  browser = await launchBrowser();
  const res = await fetch(url(`/api/v1/events/${UPCOMING}`));
  assert.equal(res.status, 200);
  const ev = await res.json();
  times.segments = Object.fromEntries(ev.segments.map((s) => [s.id, Date.parse(s.starts_at.utc)]));
  assert.ok(Number.isFinite(times.segments['dialogue-1']), 'the first dialogue from the API');
  const { context, page } = await newPage();
  try {
    for (const [who, name] of [['samira', 'Samira Aziz'], ['tom', 'Tom Walker']]) {
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

test('a captioner\'s line reaches the attendee who chose its language and not the other; corrections, size; axe in en, ar, ur', () => withServerLog(async () => {
  await serverAt(times.segments['dialogue-1'] + 60_000);
  const [a, b] = people;
  const mod = await newPage();
  const pa = await newPage();
  const pb = await newPage();
  try {
    await signInModerator(mod.page);
    // The attendees choose their caption language in the open hall, without a reload.
    for (const [p, who, lang] of [[pa, a, 'ar'], [pb, b, 'en']]) {
      const res = await p.page.goto(url(HALL(who.token)));
      assert.equal(res.status(), 200, `${who.name}'s hall`);
      await loaded(p.page);
      assert.ok(await p.page.locator('#caption-box').isHidden(), 'no captions until chosen');
      await p.page.evaluate(() => { window.stayed = true; });
      await p.page.locator('#captions-lang').selectOption(lang);
      await p.page.locator('#caption-box').waitFor();
      assert.equal(await p.page.evaluate(() => window.stayed), true, 'no reload');
      assert.equal(new URL(p.page.url()).searchParams.get('captions'), lang, 'the address keeps the choice');
      assert.equal(await p.page.locator('#caption-box').getAttribute('aria-live'), 'polite');
      assert.equal(await p.page.locator('#caption-box').getAttribute('lang'), lang);
    }
    assert.equal(await pa.page.locator('#caption-box').getAttribute('dir'), 'rtl');

    // The captioner types an Arabic line: it reaches A, not B.
    await mod.page.goto(url(`${CONSOLE}?caption=ar`));
    await loaded(mod.page);
    assert.equal(await mod.page.evaluate(() => document.activeElement?.id), 'caption-text', 'the input has the focus');
    await mod.page.evaluate(() => { window.stayed = true; });
    const arabic = `مرحبًا بكم في الحوار الأول ${process.pid}`;
    await typeLine(mod.page, arabic);
    assert.equal(await mod.page.evaluate(() => window.stayed), true, 'Enter sent without a reload');
    await until(pa.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].some((l) => l.textContent === t), arabic);
    // Then an English line: B gets it, and never had the Arabic one; A does not get it.
    await mod.page.goto(url(`${CONSOLE}?caption=en`));
    await loaded(mod.page);
    const english = `Welcome to the first dialogue ${process.pid}`;
    await typeLine(mod.page, english);
    await until(pb.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].some((l) => l.textContent === t), english);
    assert.deepEqual(await lines(pb.page), [english], 'B saw the English line only');
    // A correction of the English line (ArrowUp brings it back), then one more Arabic
    // line: A's box has its two Arabic lines and nothing English.
    const input = mod.page.locator('#caption-text');
    await input.press('ArrowUp');
    assert.equal(await input.inputValue(), english);
    const corrected = `Welcome to our first dialogue ${process.pid}`;
    await input.fill(corrected);
    await input.press('Enter');
    await until(pb.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].map((l) => l.textContent).join('|') === t, corrected);
    assert.deepEqual(await mod.page.locator('#caption-lines li').allTextContents(), [corrected], 'the console replaced the line');
    await mod.page.goto(url(`${CONSOLE}?caption=ar`));
    await loaded(mod.page);
    const arabic2 = `سنبدأ بعد قليل ${process.pid}`;
    await typeLine(mod.page, arabic2);
    await until(pa.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].some((l) => l.textContent === t), arabic2);
    assert.deepEqual(await lines(pa.page), [arabic, arabic2], 'A saw the Arabic lines only');

    // Larger text, kept across a reload.
    await pa.page.getByRole('button', { name: 'Larger text', exact: true }).click();
    assert.equal(await pa.page.locator('#caption-box').getAttribute('data-size'), '3');
    const small = await pb.page.locator('#caption-box').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const large = await pa.page.locator('#caption-box').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(large > small, `larger text: ${large} > ${small}`);
    await screenshot(pa.page, 'captions-attendee-ar-choice');
    await screenshot(mod.page, 'captions-console');
    await assertAxeClean(pa.page, 'the hall with captions (en page)');

    // The hall in Arabic and Urdu with captions shown; the last lines are on the page
    // itself, and the choice and size are remembered.
    for (const lang of ['ar', 'ur']) {
      const res = await pa.page.goto(url(`${HALL(a.token, lang)}?captions=ar`));
      assert.equal(res.status(), 200);
      await loaded(pa.page);
      assert.equal(await pa.page.locator('html').getAttribute('dir'), 'rtl');
      assert.deepEqual(await lines(pa.page), [arabic, arabic2]);
      assert.equal(await pa.page.locator('#caption-box').getAttribute('data-size'), '3', 'the size is kept');
      await screenshot(pa.page, `captions-hall-${lang}`);
      await assertAxeClean(pa.page, `the hall with captions (${lang})`);
    }

    // Without JavaScript the console is a plain form that comes back with the line.
    const plainMod = await browser.newContext({ locale: 'en-US', javaScriptEnabled: false, storageState: await mod.context.storageState() });
    try {
      const page = await plainMod.newPage();
      await page.goto(url(`${CONSOLE}?caption=en`));
      const line = `Plain form line ${process.pid}`;
      await page.locator('#caption-text').fill(line);
      await submitAndWait(page, page.getByRole('button', { name: 'Send', exact: true }));
      assert.deepEqual((await page.locator('#caption-lines li').allTextContents()).slice(-1), [line]);
      await until(pb.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].some((l) => l.textContent === t), line);
    } finally {
      await plainMod.close();
    }

    assertNoProblems(assert, pa.watch, 'A\'s hall');
    assertNoProblems(assert, pb.watch, 'B\'s hall');
    assertNoProblems(assert, mod.watch, 'the captions console');
  } finally {
    await Promise.all([mod.context.close(), pa.context.close(), pb.context.close()]);
  }
}));
