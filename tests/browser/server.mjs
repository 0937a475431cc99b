// Helpers shared by the browser tests: start the Convene binary on a free
// loopback port with a fresh data directory, launch Debian's Chromium through
// playwright-core, watch pages for console errors and failed requests, and
// save screenshots for humans to look at.
//
// Environment:
//   CONVENE_BIN      path to the server binary (required), e.g. target/debug/convene
//   CHROMIUM_PATH    browser executable (default /usr/bin/chromium)
//   CONVENE_TEST_LOG set to 1 to copy the server's output to stderr as it runs

import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

export const LANGS = ['en', 'ar', 'ur', 'tr', 'id', 'fr'];
export const RTL_LANGS = new Set(['ar', 'ur']);
export const UPCOMING = 'water-for-every-home-2026';
export const PAST = 'water-for-every-home-2025';
export const EVENTS = [UPCOMING, PAST];
export const MISSING = 'no-such-event';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SCREENSHOT_DIR = path.join(HERE, 'screenshots');

const HEALTH_TRIES = 120; // x 250 ms = 30 s at most
const HEALTH_INTERVAL_MS = 250;

/** A free TCP port on 127.0.0.1: bind port 0, read the port, close. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Start `$CONVENE_BIN demo --listen 127.0.0.1:PORT --data-dir <fresh dir>` and
 * wait until GET /readyz answers 200. Returns { baseURL, port, dataDir,
 * output(), stop() }.
 *
 * `dataDir`: run on this data directory instead of a fresh one (e.g. to start
 * the server again on the data of an earlier run, with another clock). The
 * caller owns it: stop() leaves it in place.
 */
export async function startServer({ extraArgs = [], env = {}, dataDir: givenDataDir = null } = {}) {
  const bin = process.env.CONVENE_BIN;
  if (!bin) throw new Error('CONVENE_BIN is not set (path to the convene binary)');
  if (!existsSync(bin)) throw new Error(`CONVENE_BIN=${bin} does not exist`);

  const ownsDataDir = !givenDataDir;
  const dataDir = givenDataDir || await mkdtemp(path.join(os.tmpdir(), 'convene-browser-'));
  const removeDataDir = () => (ownsDataDir ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve());
  let lastError;
  // A port picked this way can in principle be taken by someone else before
  // the server binds it; try a few ports before giving up.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const args = ['demo', '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, ...extraArgs];
    const child = spawn(bin, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const keep = (chunk) => {
      out += chunk.toString();
      if (out.length > 200_000) out = out.slice(-100_000);
      if (process.env.CONVENE_TEST_LOG === '1') process.stderr.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exited = null;
    const exitPromise = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        exited = { code, signal };
        resolve(exited);
      });
      child.on('error', (err) => {
        exited = { code: null, signal: null, err };
        resolve(exited);
      });
    });
    // Make sure the child does not outlive this test process.
    const killOnExit = () => {
      try { child.kill('SIGKILL'); } catch { /* already gone */ }
    };
    process.on('exit', killOnExit);

    const baseURL = `http://127.0.0.1:${port}`;
    let ready = false;
    for (let i = 0; i < HEALTH_TRIES && !exited; i++) {
      try {
        const res = await fetch(`${baseURL}/readyz`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.status === 200) { ready = true; break; }
      } catch { /* not listening yet */ }
      await sleep(HEALTH_INTERVAL_MS);
    }
    if (ready) {
      return {
        baseURL,
        port,
        dataDir,
        output: () => out,
        async stop() {
          process.off('exit', killOnExit);
          if (!exited) {
            child.kill('SIGTERM');
            const t = sleep(5000).then(() => 'timeout');
            if ((await Promise.race([exitPromise, t])) === 'timeout') {
              child.kill('SIGKILL');
              await exitPromise;
            }
          }
          await removeDataDir();
        },
      };
    }
    killOnExit();
    await exitPromise;
    process.off('exit', killOnExit);
    lastError = new Error(
      `convene did not become healthy on ${baseURL} ` +
        (exited && exited.err ? `(spawn failed: ${exited.err.message})` :
          `(exit: ${JSON.stringify(exited)})`) +
        `\n--- ${bin} ${args.join(' ')} output ---\n${out.slice(-8000)}`,
    );
    // Retry only if the port was taken under us.
    if (!/address (already )?in use|AddrInUse|EADDRINUSE/i.test(out)) break;
  }
  await removeDataDir();
  throw lastError;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's chromium; `extraArgs` for a test's own needs (e.g. autoplay without a gesture). */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * Record everything that went wrong on a page: console errors, uncaught
 * exceptions, requests that failed at the network level and responses with
 * status >= 400. `expectStatus(url, status)` whitelists one expected error
 * response (e.g. the 404 page itself) and the console message Chromium logs
 * for it.
 */
export function watchPage(page) {
  const problems = [];
  const expected = new Map(); // absolute URL -> status
  const expectedUrl = (u) => {
    try { return expected.has(new URL(u).href); } catch { return false; }
  };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    if (loc && loc.url && expectedUrl(loc.url) && /Failed to load resource/.test(msg.text())) return;
    // Chromium fetches /favicon.ico on its own, at a time unrelated to the
    // page being tested; favicon.test.mjs checks the icon deterministically.
    if (loc && loc.url && /\/favicon\.ico$/.test(new URL(loc.url).pathname)) return;
    problems.push(`console error: ${msg.text()}${loc && loc.url ? ` (at ${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on('requestfailed', (req) => {
    const failure = req.failure();
    const why = failure ? failure.errorText : 'unknown';
    // Chromium cancels media requests by itself once it has read enough
    // (preload=metadata); that is not a failure. Tests settle() before they
    // navigate away, so other aborts are real.
    if (why === 'net::ERR_ABORTED' && req.resourceType() === 'media') return;
    problems.push(`request failed: ${req.method()} ${req.url()} (${why})`);
  });
  page.on('response', (res) => {
    const status = res.status();
    if (status < 400) return;
    if (expected.get(res.url()) === status) return;
    problems.push(`HTTP ${status}: ${res.request().method()} ${res.url()}`);
  });
  return {
    problems,
    expectStatus(url, status) { expected.set(new URL(url).href, status); },
    take() { return problems.splice(0, problems.length); },
  };
}

/** Save a full-page screenshot as screenshots/<name>.png. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Paths of the pages every language has: home, both events, and a 404. */
export function pagesFor(lang) {
  return [
    { name: 'home', path: `/${lang}/`, status: 200 },
    { name: UPCOMING, path: `/${lang}/events/${UPCOMING}`, status: 200 },
    { name: PAST, path: `/${lang}/events/${PAST}`, status: 200 },
    { name: '404', path: `/${lang}/events/${MISSING}`, status: 404 },
    { name: 'updates', path: `/${lang}/updates`, status: 200 },
  ];
}

/**
 * Wait until the page and its fonts are settled (fonts matter for the
 * screenshots; `networkidle` catches late failed requests).
 */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts && document.fonts.ready.then(() => true));
}

/**
 * Register before/after hooks of node:test that start one server and one
 * browser for the calling test file. Returns an object whose fields are
 * filled in once `before` has run: { server, browser, url(path) }.
 */
export function useServerAndBrowser({ before, after }) {
  const ctx = {
    server: null,
    browser: null,
    url(p) { return new URL(p, ctx.server.baseURL).href; },
  };
  before(async () => {
    ctx.server = await startServer();
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    if (ctx.browser) await ctx.browser.close().catch(() => {});
    if (ctx.server) await ctx.server.stop();
  });
  return ctx;
}

/** Fail with every recorded problem of a watched page, if any. */
export function assertNoProblems(assert, watcher, where) {
  const problems = watcher.take();
  assert.deepEqual(problems, [], `problems on ${where}:\n  ${problems.join('\n  ')}`);
}
