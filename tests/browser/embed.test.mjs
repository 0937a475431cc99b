// Embeds for partner sites (issue 16): a partner's page, served by a tiny
// HTTP server of its own on another site (http://localhost:PORT, while the
// demo is at http://127.0.0.1:PORT), frames the demo's embeddable signature
// form; a visitor signs inside the frame (no cookie of ours is needed there),
// confirms from the mailed link, and the letter counts the signature. Until
// the organisers allow the partner's origin the browser refuses to show the
// form in the frame; a page that is not an embed is never shown in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  useServerAndBrowser, watchPage, assertNoProblems, screenshot, settle, freePort,
} from './server.mjs';
import { plain, waitForMail, linkIn } from './mail.mjs';

const env = useServerAndBrowser({ before, after });
const run = promisify(execFile);

const LETTER_SLUG = 'open-letter-water-ministers';
const EMBED_SIGN = `/en/embed/letters/${LETTER_SLUG}/sign`;
const NOT_AN_EMBED = `/en/posts/${LETTER_SLUG}/sign`;
const FRAME_TRIES = 40; // x 250 ms = 10 s at most

/** The partner's site: one page framing `src`, on http://localhost:PORT. */
async function partnerSite(src) {
  const port = await freePort();
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><h1>Water Users of Sfax</h1><p>Sign the open letter below.</p>
<iframe id="embed" title="Sign the letter" src="${src}" width="640" height="1100"></iframe></body></html>`);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${port}`,
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Allows `origin` to frame the embeds, as an organiser's settings do: export, edit site.toml, import. */
async function allowOrigin(origin) {
  const bin = process.env.CONVENE_BIN;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'convene-embed-content-'));
  try {
    const common = ['--data-dir', env.server.dataDir];
    await run(bin, ['export', dir, ...common]);
    const site = path.join(dir, 'site.toml');
    // A top-level key: before the first table.
    await writeFile(site, `embed_origins = ["${origin}"]\n${await readFile(site, 'utf8')}`);
    await run(bin, ['import', dir, ...common]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // The running server picks the new content up (bounded wait).
  for (let i = 0; i < FRAME_TRIES; i++) {
    const res = await fetch(env.url(EMBED_SIGN));
    await res.arrayBuffer();
    if ((res.headers.get('content-security-policy') || '').includes(`frame-ancestors ${origin}`)) return;
    await sleep(250);
  }
  assert.fail(`the embed page never allowed ${origin}`);
}

/** Whether the frame shows our form (a refused frame stays empty or shows Chromium's error page). */
async function frameShowsForm(frame) {
  try {
    return (await frame.locator('#field-email').count()) === 1;
  } catch {
    return false;
  }
}

async function signatures() {
  const res = await fetch(env.url(`/api/v1/letters/${LETTER_SLUG}`));
  assert.equal(res.status, 200);
  return (await res.json()).signatures;
}

test('a partner page frames the signature form and a visitor signs through it', async () => {
  const partner = await partnerSite(env.url(EMBED_SIGN));
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    // Not allowed yet: the browser refuses to show our page in the partner's frame.
    await page.goto(partner.url);
    await settle(page);
    const frame = () => page.frames().find((f) => f.url().startsWith(env.server.baseURL));
    assert.equal(await frameShowsForm(page.frameLocator('#embed')), false,
      'the form is not shown before the organisers allow the partner');
    watch.take(); // Chromium's messages about the refused frame

    await allowOrigin(partner.origin);
    const before = await signatures();
    await page.goto(partner.url);
    await settle(page);
    const form = page.frameLocator('#embed');
    assert.equal(await frameShowsForm(form), true, 'the form is shown in the partner page');
    assert.equal(await form.locator('header.site-header').count(), 0, 'no site header in the frame');
    const cookies = await context.cookies(env.server.baseURL);
    assert.deepEqual(cookies.map((c) => c.name), [], 'the embedded form sets no cookie');
    await screenshot(page, 'embed-partner-sign-form');

    const email = `embed.${process.pid}@example.org`;
    await form.locator('#field-name').fill('Hédi Ben Salah');
    await form.locator('#field-email').fill(email);
    await form.locator('#field-country').selectOption('TN');
    await form.locator('#field-consent').check();
    await Promise.all([
      frame().waitForNavigation(),
      form.locator('form button[type=submit]').click(),
    ]);
    await settle(page);
    await frame().waitForLoadState('load');
    await frame().evaluate(() => document.fonts && document.fonts.ready.then(() => true));
    assert.equal(new URL(frame().url()).pathname, `${EMBED_SIGN}/sent`, 'the frame shows the embed\'s "check your mail" page');
    assert.match(plain(await form.locator('main').textContent()), /Check your e-mail/);
    assert.equal(new URL(page.url()).origin, partner.origin, 'the visitor is still on the partner page');
    await screenshot(page, 'embed-partner-sign-sent');
    assertNoProblems(assert, watch, 'the partner page with the embedded form');

    // The signature is real: confirmed from the mail, it counts.
    const mail = await waitForMail(env, email, 'Please confirm your signature:');
    const confirmURL = linkIn(mail, /^\/en\/signatures\/confirm\/[^/]+$/);
    const top = await context.newPage();
    await top.goto(env.url(confirmURL.pathname));
    await Promise.all([
      top.waitForNavigation(),
      top.getByRole('button', { name: 'Confirm my signature' }).click(),
    ]);
    assert.equal(await signatures(), before + 1, 'the letter counts the signature made in the frame');
    await top.close();

    // A page that is not an embed is never shown in the partner's frame.
    const other = await partnerSite(env.url(NOT_AN_EMBED));
    try {
      await page.goto(other.url);
      await settle(page);
      assert.equal(await frameShowsForm(page.frameLocator('#embed')), false,
        'the site\'s own signing page refuses to be framed');
    } finally {
      await other.close();
    }
  } finally {
    await context.close();
    await partner.close();
  }
});
