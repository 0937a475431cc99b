// What the hall's browser tests share (captions, polls, interpretation): one demo server
// on a fresh data folder, restarted with the server's clock set (CONVENE_CLOCK_START) at the
// moment a test needs; a browser; two attendees who registered and confirmed through the
// public form and the mailed links; a moderator signed in with an account made by
// `convene user add`; and the small waits and checks around them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import { UPCOMING, startServer, launchBrowser, watchPage, settle } from './server.mjs';
import { waitForMail, linkIn } from './mail.mjs';

const run = promisify(execFile);

export const REGISTER = `/en/events/${UPCOMING}/register`;
export const HALL = (token, lang = 'en') => `/${lang}/hall/${token}`;
/** Live updates (SSE, and counts the hall's tick writes every 2 s) arrive well within this. */
export const LIVE_MS = 10_000;

/**
 * The test file's hall: its data folder, server, the server's clock start, browser, the
 * programme's segment start times (ms, by id) and the confirmed attendees
 * ({ name, email, token }).
 */
export const hall = {
  dataDir: null,
  server: null,
  clockStart: null,
  browser: null,
  segments: {},
  people: [],
};

export async function serverAt(at) {
  if (hall.server) { await hall.server.stop(); hall.server = null; }
  const spawned = Date.now();
  hall.server = await startServer({ dataDir: hall.dataDir, env: { CONVENE_CLOCK_START: new Date(at).toISOString() } });
  hall.clockStart = { at, spawned };
}

export const url = (p) => new URL(p, hall.server.baseURL).href;

export async function withServerLog(fn) {
  try {
    await fn();
  } catch (err) {
    if (hall.server) console.log(`# server output (last 6000 characters):\n${hall.server.output().slice(-6000)}`);
    throw err;
  }
}

/** watchPage(), minus the aborts that leaving a page with an update stream causes by design. */
export function watchHallPage(page) {
  const watch = watchPage(page);
  const take = watch.take;
  watch.take = () => take().filter((p) =>
    !/^request failed: GET \S+(\/updates(\?\S*)?|\/media\/live\/\S+|\/admin\/hall\/[^?\s]+) \(net::ERR_ABORTED\)$/.test(p));
  return watch;
}

export async function loaded(page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts && document.fonts.ready.then(() => true));
}

export async function newPage({ javaScriptEnabled = true } = {}) {
  const context = await hall.browser.newContext({ locale: 'en-US', javaScriptEnabled });
  const page = await context.newPage();
  return { context, page, watch: watchHallPage(page) };
}

export const until = (page, fn, arg, timeout = LIVE_MS) => page.waitForFunction(fn, arg, { timeout, polling: 100 });

export async function submitAndWait(page, locator) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  await settle(page);
  return res;
}

export async function assertAxeClean(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const describe = (v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}`).join('\n')}`;
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.log(`# axe (moderate/minor) on ${where}:\n${minor.map(describe).join('\n')}`);
  assert.equal(blocking.length, 0, `axe violations on ${where}:\n${blocking.map(describe).join('\n')}`);
}

/** Register through the English form, confirm through the mailed link; the personal token. */
export async function registerAndConfirm(page, { name, email }) {
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
  const confirmURL = linkIn(await waitForMail(hall.dataDir, email, 'Please confirm your registration:'),
    /^\/en\/registrations\/confirm\/[^/]+$/);
  await page.goto(url(confirmURL.pathname));
  await settle(page);
  await submitAndWait(page, page.getByRole('button', { name: 'Confirm my place' }));
  const personal = linkIn(await waitForMail(hall.dataDir, email, 'Your place is confirmed:'),
    /^\/en\/registrations\/(?!confirm\/)[^/]+$/);
  return personal.pathname.split('/').pop();
}

export async function signInModerator(page, phrase) {
  const email = `nadia.${process.pid}@example.org`;
  const password = `${phrase} ${process.pid}`;
  const now = new Date(hall.clockStart.at + (Date.now() - hall.clockStart.spawned)).toISOString();
  const { stdout } = await run(process.env.CONVENE_BIN,
    ['user', 'add', '--role', 'moderator', email, '--name', 'Nadia Moderator', '--data-dir', hall.dataDir], {
      env: { ...process.env, CONVENE_PUBLIC_URL: hall.server.baseURL, CONVENE_CLOCK_START: now },
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

/**
 * For before(): a fresh data folder (named after `prefix`), the demo server with the real
 * clock, a browser (with `browserArgs` added), the programme's times (the segment `segment`
 * must be there), and the `attendees` ([[mailbox, name], ...]) registered and confirmed.
 */
export async function openHall({ prefix, segment, attendees, browserArgs = [] }) {
  hall.dataDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  hall.server = await startServer({ dataDir: hall.dataDir });
  hall.browser = await launchBrowser(browserArgs);
  const res = await fetch(url(`/api/v1/events/${UPCOMING}`));
  assert.equal(res.status, 200);
  const ev = await res.json();
  hall.segments = Object.fromEntries(ev.segments.map((s) => [s.id, Date.parse(s.starts_at.utc)]));
  assert.ok(Number.isFinite(hall.segments[segment]), `the segment ${segment} from the API`);
  const { context, page } = await newPage();
  try {
    for (const [who, name] of attendees) {
      const email = `${who}.${process.pid}@example.org`;
      hall.people.push({ name, email, token: await registerAndConfirm(page, { name, email }) });
    }
  } finally {
    await context.close();
  }
}

/** For after(): the browser closed, the server stopped, the data folder removed. */
export async function closeHall() {
  if (hall.browser) await hall.browser.close().catch(() => {});
  if (hall.server) await hall.server.stop();
  if (hall.dataDir) await rm(hall.dataDir, { recursive: true, force: true });
}
