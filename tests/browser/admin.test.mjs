// The organisers' area: the first owner made with `convene user add` sets a
// password from the printed one-time link, signs in, turns on two-step
// sign-in (QR code, a TOTP code computed here as an authenticator app would,
// recovery codes) and signs in again with a recovery code, which then works
// no more; an editor edits a post with the live preview and the public page
// shows the change at once; an owner adds a chapter editor, who edits their
// chapter's post in Arabic, and the audit log has every change; the overview
// in Arabic and Urdu is right to left, and its charts keep labels, bars and
// numbers apart. axe-core on every page of the area.
//
// Each test makes its own people with `convene user add` (no test depends on
// another). The server allows 10 sign-in attempts per address per 10 minutes
// and every test signs in from 127.0.0.1: this file uses 9.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import {
  useServerAndBrowser, watchPage, assertNoProblems, screenshot, settle, UPCOMING,
} from './server.mjs';
import { plain, waitForMail, linkIn } from './mail.mjs';

const env = useServerAndBrowser({ before, after });
const run = promisify(execFile);

const SESSION_COOKIE = '__Host-convene_session';
const CSRF_COOKIE = '__Host-convene_csrf';
const SLUG = 'invitation-lebanon';
const EDIT = (lang) => `/admin/posts/${SLUG}/${lang}`;
const PUBLIC = (lang) => `/${lang}/posts/${SLUG}`;
const CODE_WRONG = 'That code is not right or has been used already.';
const PREVIEW_TIMEOUT_MS = 5000; // the live preview waits 300 ms after typing, then fetches

// --- axe-core (as in registration.test.mjs). ----------------------------------

const BLOCKING = new Set(['serious', 'critical']);

function describeViolation(v) {
  const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ')}`);
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}\n${nodes.join('\n')}`;
}

async function assertAxeClean(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact));
  const minor = results.violations.filter((v) => !BLOCKING.has(v.impact));
  if (minor.length > 0) {
    console.log(`# axe (moderate/minor) on ${where}:\n${minor.map(describeViolation).join('\n')}`);
  }
  assert.equal(blocking.length, 0, `axe violations on ${where}:\n${blocking.map(describeViolation).join('\n')}`);
}

// --- TOTP (RFC 6238 over RFC 4226), as an authenticator app computes it. -------

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding (as the account page shows the key) to bytes. */
function base32Decode(text) {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const v = BASE32.indexOf(ch);
    assert.ok(v >= 0, `"${ch}" is a base32 letter (in ${text})`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** The 6-digit code for `unixSeconds`: HMAC-SHA1 over the 30-second step, dynamic truncation. */
function totp(secretBase32, unixSeconds = Math.floor(Date.now() / 1000)) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

test('the TOTP helper gives the RFC 6238 test vectors', () => {
  // Appendix B of RFC 6238, SHA-1, secret "12345678901234567890": the 6-digit
  // code is the last six digits of the 8-digit one.
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // base32 of "12345678901234567890"
  assert.equal(base32Decode(secret).toString('ascii'), '12345678901234567890');
  for (const [at, eight] of [[59, '94287082'], [1111111109, '07081804'], [2000000000, '69279037']]) {
    assert.equal(totp(secret, at), eight.slice(2), `code at ${at}`);
  }
});

// --- Helpers. -------------------------------------------------------------------

let emailCounter = 0;
const uniqueEmail = (who) => `${who}.${process.pid}.${++emailCounter}@example.org`;

/**
 * `convene user add` against the running demo's data folder, as an operator
 * would make the first owner; returns the printed one-time link (a URL).
 */
async function addAccount({ email, name, role, chapter = null }) {
  const args = ['user', 'add', '--role', role, email, '--name', name, '--data-dir', env.server.dataDir];
  if (chapter) args.push('--chapter', chapter);
  const { stdout } = await run(process.env.CONVENE_BIN, args, {
    env: { ...process.env, CONVENE_PUBLIC_URL: env.server.baseURL },
    timeout: 30_000,
  });
  const m = stdout.match(/^(https?:\/\/\S+\/admin\/password\/[0-9a-f]{64})$/m);
  assert.ok(m, `a set-password link in the output of convene user add:\n${stdout}`);
  const link = new URL(m[1]);
  assert.equal(link.origin, env.server.baseURL, 'the printed link points at the demo server');
  return link;
}

/** Run `fn(page, watch, context)` in a fresh context, then check for page problems. */
async function withPage(where, fn) {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    await fn(page, watch, context);
    assertNoProblems(assert, watch, where);
  } finally {
    await context.close();
  }
}

/** Go to `p`, expect `status`, settle, check with axe (unless `axe` is false) and take a screenshot. */
async function visit(page, p, { status = 200, shot = null, axe = true } = {}) {
  const res = await page.goto(env.url(p));
  assert.equal(res.status(), status, `status of ${p}`);
  await settle(page);
  if (axe) await assertAxeClean(page, p);
  if (shot) await screenshot(page, `admin-${shot}`);
  return res;
}

/** Click `locator` and wait for the navigation it starts; returns its response. */
async function clickAndWait(page, locator) {
  assert.equal(await locator.count(), 1, `exactly one ${locator} on ${page.url()}`);
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  await settle(page);
  return res;
}

const button = (page, name) => page.getByRole('button', { name, exact: true });
const pathOf = (page) => new URL(page.url()).pathname;
const mainText = async (page) => plain(await page.locator('main').innerText());

/** The set-password page from a one-time link: set `password` and expect the "done" page. */
async function setPassword(page, link, password, { shot = null } = {}) {
  const res = await visit(page, link.pathname, { shot });
  assert.equal(res.headers()['referrer-policy'], 'no-referrer', 'the link does not leak through Referer');
  assert.equal(res.headers()['cache-control'], 'no-store', 'nor into a cache');
  await page.locator('#field-password').fill(password);
  await page.locator('#field-again').fill(password);
  const done = await clickAndWait(page, button(page, 'Set password'));
  assert.equal(done.status(), 200, 'status after setting the password');
  assert.match(await mainText(page), /Your password is set/);
}

/** Sign in on /admin/login; returns the path it lands on. */
async function signIn(page, email, password, { shot = null } = {}) {
  await visit(page, '/admin/login', { shot, axe: shot !== null });
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await clickAndWait(page, button(page, 'Sign in'));
  return pathOf(page);
}

/** The two-step page: enter `code`; returns the response of the POST (its redirect's target's). */
async function enterCode(page, code) {
  assert.equal(pathOf(page), '/admin/login/code', 'on the two-step sign-in page');
  await page.locator('#field-code').fill(code);
  return clickAndWait(page, button(page, 'Sign in'));
}

async function signOut(page) {
  await clickAndWait(page, page.locator('header form.logout').getByRole('button', { name: 'Sign out', exact: true }));
  assert.equal(pathOf(page), '/admin/login', 'signing out leads to the sign-in page');
}

/** Labels of the area's main navigation. */
const navLabels = (page) => page.locator('header nav.main-nav a').evaluateAll((as) => as.map((a) => a.textContent.trim()));

/** The navigation offers every section of `shown` and none of `hidden` (other sections may come and go). */
async function assertSections(page, who, shown, hidden) {
  const labels = await navLabels(page);
  for (const l of shown) assert.ok(labels.includes(l), `${who} sees "${l}" in the navigation: ${JSON.stringify(labels)}`);
  for (const l of hidden) assert.ok(!labels.includes(l), `${who} does not see "${l}" in the navigation: ${JSON.stringify(labels)}`);
}

/** A new account of `role` (made with the command line) with a password, signed in. */
async function signedInAs(page, { who, name, role, chapter = null }) {
  const email = uniqueEmail(who);
  const password = `${name} keeps the water tank clean ${process.pid}`;
  const link = await addAccount({ email, name, role, chapter });
  await setPassword(page, link, password);
  assert.equal(await signIn(page, email, password), '/admin/', `${name} (${role}) lands on the overview`);
  return { email, password, link };
}

/** The rows of the audit log: [{ when, who, what, about, before, after }], as shown (newest first). */
async function auditRows(page) {
  return page.locator('section.admin-audit tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const [when, who, what, about, before, after] = [...tr.cells].map((td) => td.textContent.replace(/[\u2068\u2069]/g, '').trim());
    return { when, who, what, about, before, after };
  }));
}

/**
 * What is wrong with the bar charts (svg.chart) of the page, as drawn: a
 * label that overlaps its bar or its number, or sticks out of the chart
 * (where the SVG cuts it off). Screen boxes, so direction and anchors count.
 */
async function chartProblems(page) {
  return page.locator('svg.chart').evaluateAll((svgs) => {
    const out = [];
    const box = (el) => el.getBoundingClientRect();
    const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const px = (r) => `${Math.round(r.left)}..${Math.round(r.right)}`;
    for (const svg of svgs) {
      const frame = box(svg);
      const bars = svg.querySelectorAll('rect.chart-bar');
      const values = svg.querySelectorAll('text.chart-value');
      svg.querySelectorAll('text.chart-label').forEach((label, i) => {
        const [l, b, v] = [box(label), box(bars[i]), box(values[i])];
        const what = `"${label.textContent}" (${svg.getAttribute('aria-label')})`;
        if (overlap(l, b)) out.push(`${what}: the label (x ${px(l)}) overlaps its bar (x ${px(b)})`);
        if (overlap(l, v)) out.push(`${what}: the label (x ${px(l)}) overlaps its number (x ${px(v)})`);
        if (l.left < frame.left - 1 || l.right > frame.right + 1) {
          out.push(`${what}: the label (x ${px(l)}) is cut off by the chart (x ${px(frame)})`);
        }
      });
    }
    return out;
  });
}

// --- Tests. -------------------------------------------------------------------

test('first owner sets a password, signs in, turns on two-step sign-in, signs in with a recovery code', () =>
  withPage('the first owner\'s sign-in', async (page, watch, context) => {
    const email = uniqueEmail('amal');
    const password = 'Amal counts every litre of water in Beirut';
    const link = await addAccount({ email, name: 'Amal Haddad', role: 'owner' });

    // The one-time link sets the password, once.
    await setPassword(page, link, password, { shot: 'set-password' });
    await assertAxeClean(page, 'the page after setting the password');
    watch.expectStatus(link.href, 404);
    await visit(page, link.pathname, { status: 404, axe: false });
    assert.match(await mainText(page), /This link is not valid, has been used or has expired/,
      'the link works only once');

    // Signed out, the area sends people to the sign-in page.
    await visit(page, '/admin/', { axe: false });
    assert.equal(pathOf(page), '/admin/login', '/admin/ without a session redirects to /admin/login');

    assert.equal(await signIn(page, email, password, { shot: 'login' }), '/admin/', 'signed in on the overview');
    const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    assert.ok(session, `Chromium keeps ${SESSION_COOKIE} from ${env.server.baseURL}: ` +
      JSON.stringify((await context.cookies()).map((c) => c.name)));
    assert.deepEqual(
      { secure: session.secure, httpOnly: session.httpOnly, sameSite: session.sameSite, path: session.path },
      { secure: true, httpOnly: true, sameSite: 'Strict', path: '/' },
      'the session cookie is Secure, HttpOnly, SameSite=Strict, Path=/');
    // The sign-in form's cookie is __Host- too, and Chromium kept it on http://127.0.0.1
    // (a secure context): the form above was accepted with it.
    const formCookie = (await context.cookies()).find((c) => c.name === CSRF_COOKIE);
    assert.ok(formCookie, `Chromium keeps ${CSRF_COOKIE}: ` +
      JSON.stringify((await context.cookies()).map((c) => c.name)));
    assert.deepEqual(
      { secure: formCookie.secure, httpOnly: formCookie.httpOnly, sameSite: formCookie.sameSite, path: formCookie.path },
      { secure: true, httpOnly: true, sameSite: 'Strict', path: '/' },
      'the form cookie is Secure, HttpOnly, SameSite=Strict, Path=/');
    assert.equal(plain(await page.locator('main h1').textContent()), 'Welcome, Amal Haddad');
    await assertSections(page, 'an owner',
      ['Overview', 'Registrations', 'Publications', 'Signatures', 'People', 'Audit log', 'My account'], []);
    const charts = page.locator('main figure.chart-figure svg.chart[role="img"]');
    assert.ok(await charts.count() >= 1, 'at least one SVG chart (svg.chart[role=img]) on the overview');
    for (const label of await charts.evaluateAll((ss) => ss.map((s) => s.getAttribute('aria-label')))) {
      assert.ok(label && label.length > 0, 'every chart has an aria-label');
    }
    assert.equal(await page.locator('main figure.chart-figure details table').count(), await charts.count(),
      'every chart has its numbers as a table');
    await assertAxeClean(page, '/admin/ (owner)');
    await screenshot(page, 'admin-overview-en');

    // The job queue: how many wait, since when, what failed (nothing yet on a fresh demo).
    await clickAndWait(page, page.locator('header nav.main-nav a', { hasText: 'Mail and jobs' }));
    assert.equal(pathOf(page), '/admin/jobs');
    assert.match(await mainText(page), /Waiting to run now/);
    assert.match(await mainText(page), /No job has failed\./);
    await assertAxeClean(page, '/admin/jobs');

    // Two-step sign-in: a QR code and the key, a code from "the app", recovery codes.
    await clickAndWait(page, page.locator('header nav.main-nav a', { hasText: 'My account' }));
    assert.equal(pathOf(page), '/admin/account');
    await assertAxeClean(page, '/admin/account (two-step sign-in off)');
    await clickAndWait(page, button(page, 'Set up two-step sign-in'));
    assert.equal(pathOf(page), '/admin/account', 'back on the account page');
    assert.equal(await page.locator('div.qr[role="img"] svg').count(), 1, 'a QR code (div.qr svg)');
    const qrBox = await page.locator('div.qr svg').boundingBox();
    assert.ok(qrBox && qrBox.width >= 150 && qrBox.height >= 150, `the QR code is drawn large enough: ${JSON.stringify(qrBox)}`);
    const secret = plain(await page.locator('#totp-secret').textContent());
    assert.match(secret, /^[A-Z2-7]{32}$/, 'a 160-bit base32 key in #totp-secret');
    const otpauth = new URL(await page.locator('a[href^="otpauth://"]').getAttribute('href'));
    assert.equal(otpauth.searchParams.get('secret'), secret, 'the otpauth:// link carries the same key');
    assert.equal(otpauth.searchParams.get('issuer'), 'Convene', 'issuer of the otpauth:// link');
    await assertAxeClean(page, '/admin/account (scan the QR code)');
    await screenshot(page, 'admin-account-qr');

    const enrolCode = totp(secret);
    await page.locator('#field-code').fill(enrolCode);
    await clickAndWait(page, button(page, 'Turn on'));
    assert.match(await mainText(page), /Two-step sign-in is now on\./);
    const recovery = await page.locator('ul.recovery-codes li').evaluateAll((lis) => lis.map((li) => li.textContent.trim()));
    assert.equal(recovery.length, 10, `ten recovery codes: ${JSON.stringify(recovery)}`);
    assert.equal(new Set(recovery).size, 10, 'all different');
    for (const c of recovery) assert.match(c, /^[a-z2-9]{5}-[a-z2-9]{5}$/, 'a recovery code looks like abcde-fghij');
    await assertAxeClean(page, '/admin/account (recovery codes)');
    await screenshot(page, 'admin-account-recovery-codes');

    // Sign in again: password, then the second step. The code that turned it
    // on is spent; a recovery code works once.
    await signOut(page);
    assert.equal((await context.cookies()).some((c) => c.name === SESSION_COOKIE), false,
      'signing out removes the session cookie');
    assert.equal(await signIn(page, email, password), '/admin/login/code', 'the password alone is not enough now');
    await assertAxeClean(page, '/admin/login/code');
    await screenshot(page, 'admin-login-code');
    watch.expectStatus(env.url('/admin/login/code'), 401);
    const replay = await enterCode(page, enrolCode);
    assert.equal(replay.status(), 401, 'the code used to turn two-step sign-in on is refused');
    assert.equal(plain(await page.locator('#form-error').textContent()), CODE_WRONG);
    assert.equal(pathOf(page), '/admin/login/code', 'still on the second step');
    await visit(page, '/admin/', { axe: false });
    assert.equal(pathOf(page), '/admin/login/code', 'half signed in, /admin/ sends back to the second step');

    await enterCode(page, recovery[0]);
    assert.equal(pathOf(page), '/admin/', 'a recovery code signs in');
    assert.equal(plain(await page.locator('main h1').textContent()), 'Welcome, Amal Haddad');

    await signOut(page);
    assert.equal(await signIn(page, email, password), '/admin/login/code');
    const again = await enterCode(page, recovery[0]);
    assert.equal(again.status(), 401, 'the same recovery code a second time is refused');
    assert.equal(plain(await page.locator('#form-error').textContent()), CODE_WRONG);
    await assertAxeClean(page, '/admin/login/code (with the error)');
    await screenshot(page, 'admin-login-code-used');
    await enterCode(page, recovery[1]);
    assert.equal(pathOf(page), '/admin/', 'the next recovery code signs in');

    await visit(page, '/admin/account', { axe: false });
    assert.match(await mainText(page), /Two-step sign-in is on\./);
    assert.equal(await page.locator('div.qr, #totp-secret, ul.recovery-codes').count(), 0,
      'neither the key nor the recovery codes are shown again');
  }));

test('an editor edits a post with live preview and the public page shows it at once', () =>
  withPage('editing a post', async (page, watch) => {
    const stamp = `${process.pid}-${Date.now()}`;
    const newTitle = `An invitation from the Lebanon chapter (${stamp})`;
    const marker = `Bring your water bills ${stamp}`;

    await signedInAs(page, { who: 'bilal', name: 'Bilal Ahmed', role: 'editor' });
    await assertSections(page, 'an editor', ['Overview', 'Registrations', 'Publications', 'My account'],
      ['Signatures', 'People', 'Audit log']);
    await assertAxeClean(page, '/admin/ (editor)');

    // What the public sees before.
    await visit(page, PUBLIC('en'), { axe: false });
    const oldTitle = plain(await page.locator('main h1').textContent());
    assert.equal(oldTitle, 'An invitation from the Lebanon chapter');

    await visit(page, '/admin/posts', { shot: 'posts' });
    const languages = await page.locator(`a[href^="/admin/posts/${SLUG}/"]`)
      .evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.className]));
    // Languages by name; the demo post is in all six of the site's languages.
    assert.ok(languages.some(([t, cls]) => t === 'English' && cls === 'present'), `English is present: ${JSON.stringify(languages)}`);
    assert.equal(languages.filter(([, cls]) => cls === 'present').length, 6,
      `every language is present: ${JSON.stringify(languages)}`);
    await clickAndWait(page, page.locator(`a[href="${EDIT('en')}"]`));
    assert.equal(pathOf(page), EDIT('en'));
    await assertAxeClean(page, EDIT('en'));
    assert.equal(await page.locator('#field-title').inputValue(), oldTitle, '#field-title holds the title');
    assert.ok((await page.locator('#field-summary').inputValue()).startsWith('Nour Saadeh'), '#field-summary holds the summary');
    const original = await page.locator('#field-body').inputValue();
    assert.ok(original.startsWith('Dear friends,'), `#field-body holds the Markdown: ${original.slice(0, 60)}…`);
    const preview = page.locator('#preview');
    assert.equal(await preview.getAttribute('aria-live'), 'polite', '#preview announces changes');
    assert.equal(await page.locator('#field-body').getAttribute('data-live-preview'), 'preview');

    // The live preview: admin.js posts the form with fragment=1 some 300 ms
    // after the typing stops and puts the server's HTML into #preview. Every
    // change of #field-body waits for it (so that no preview request is still
    // under way when the page is left); what went wrong is reported at the end,
    // so that a broken live preview does not hide the rest of the flow.
    const formAction = env.url(EDIT('en'));
    const previewRequests = [];
    page.on('response', (r) => {
      const req = r.request();
      if (req.method() === 'POST' && /(^|&)fragment=1(&|$)/.test(req.postData() || '')) {
        previewRequests.push(`POST ${req.url()} → ${r.status()}`);
      }
    });
    const liveProblems = [];
    const typeBody = async (text, what, shows, arg) => {
      await page.locator('#field-body').fill(text);
      try {
        await page.waitForFunction(shows, arg, { timeout: PREVIEW_TIMEOUT_MS });
      } catch (e) {
        if (e.name !== 'TimeoutError') throw e;
        liveProblems.push(`after typing ${what}, #preview did not show it within ${PREVIEW_TIMEOUT_MS} ms`);
      }
    };
    const hasMarker = (m) => [...document.querySelectorAll('#preview strong')].some((s) => s.textContent === m);

    const body = `${original}\n\n**${marker}**, and a list:\n\n- one\n- two\n`;
    await typeBody(body, 'a bold line and a list', (m) => [...document.querySelectorAll('#preview strong')]
      .some((s) => s.textContent === m) && document.querySelectorAll('#preview ul li').length >= 2, marker);
    await screenshot(page, 'admin-post-live-preview');

    // Raw HTML and a script in the text: sanitised in the preview.
    await page.locator('#field-title').fill(newTitle);
    const withHtml = `${original}\n\n**${marker}** and <span onclick="window.__clicked = 1">no handlers</span><script>window.__ran = 1</script>`;
    await typeBody(withHtml, 'raw HTML', (m) => [...document.querySelectorAll('#preview strong')]
      .some((s) => s.textContent === m) && document.getElementById('preview').textContent.includes('no handlers'), marker);
    assert.equal(await preview.locator('[onclick], script').count(), 0, 'no event handler or script in the live preview');
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing typed ran');

    // The "Preview" button does the same as a form submission (without JavaScript, too).
    const res = await clickAndWait(page, page.locator('button[name="action"][value="preview"]'));
    assert.equal(res.status(), 200, 'status of the preview submission');
    assert.equal(pathOf(page), EDIT('en'), 'the preview stays on the editor');
    assert.equal(await page.locator('#field-title').inputValue(), newTitle, 'the typed title is kept');
    assert.equal(await page.locator('#field-body').inputValue(), withHtml, 'the typed text is kept');
    assert.ok(await page.evaluate(hasMarker, marker), 'the server rendered the preview (the marker in bold)');
    assert.match(plain(await preview.textContent()), /no handlers/, 'the text inside the raw HTML is kept');
    assert.equal(await preview.locator('[onclick], script').count(), 0, 'no event handler or script in the preview');
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing typed ran');
    assert.equal(await page.locator('.notice[role="status"]').count(), 0, 'nothing is saved by a preview');
    await assertAxeClean(page, `${EDIT('en')} (preview)`);
    await screenshot(page, 'admin-post-editor-preview');

    // Raw HTML is refused on saving (the sanitiser would drop it silently).
    watch.expectStatus(formAction, 422);
    const refused = await clickAndWait(page, button(page, 'Save and publish'));
    assert.equal(refused.status(), 422, 'saving raw HTML is refused');
    assert.ok(await page.locator('.error-summary[role="alert"] li').count() >= 1, 'with an error summary');
    assert.equal(await page.locator('#field-body').inputValue(), withHtml, 'the text is kept to be corrected');
    await assertAxeClean(page, `${EDIT('en')} (error)`);
    await screenshot(page, 'admin-post-editor-error');

    await typeBody(body, 'the text without HTML', () => document.querySelectorAll('#preview ul li').length >= 2 &&
      !document.getElementById('preview').textContent.includes('no handlers'), null);
    await clickAndWait(page, button(page, 'Save and publish'));
    assert.equal(`${pathOf(page)}${new URL(page.url()).search}`, `${EDIT('en')}?saved=1`, 'redirected back after saving');
    assert.equal(plain(await page.locator('.notice[role="status"]').textContent()), 'Saved. The public page shows it now.');
    assert.equal(await page.locator('#field-title').inputValue(), newTitle, 'the editor shows the saved title');
    assert.equal(await page.locator('#field-body').inputValue(), body, 'and the saved text');
    await assertAxeClean(page, `${EDIT('en')}?saved=1`);
    await screenshot(page, 'admin-post-saved');

    // The public page, at once.
    await clickAndWait(page, page.getByRole('link', { name: 'See it on the site', exact: true }));
    assert.equal(pathOf(page), PUBLIC('en'));
    assert.equal(plain(await page.locator('main h1').textContent()), newTitle, 'the public page has the new title');
    assert.equal(await page.locator('main strong', { hasText: marker }).count(), 1, 'and the new text');
    assert.ok((await page.title()).includes(newTitle), `<title> too: "${await page.title()}"`);
    await screenshot(page, 'admin-post-public');

    assert.deepEqual(liveProblems, [], `the live preview of ${EDIT('en')}:\n  ${liveProblems.join('\n  ')}\n` +
      `  its requests (form action ${formAction}):\n  ${previewRequests.join('\n  ') || '(none)'}`);
    for (const r of previewRequests) assert.equal(r, `POST ${formAction} → 200`, 'a live preview request');
  }));

test('owners add people and every change is in the audit log', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const editorContext = await env.browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    const watch = watchPage(page);
    const owner = await signedInAs(page, { who: 'farah', name: 'Farah Qureshi', role: 'owner' });

    // Adding a person: a chapter editor needs a chapter.
    const nour = { email: uniqueEmail('nour'), name: 'Nour Saadeh', password: 'Nour fills the roof tank every Tuesday' };
    await visit(page, '/admin/users', { shot: 'users-before' });
    const fill = async (chapter) => {
      await page.locator('#field-name').fill(nour.name);
      await page.locator('#field-email').fill(nour.email);
      await page.locator('#field-role').selectOption('chapter-editor');
      await page.locator('#field-chapter').selectOption(chapter);
    };
    await fill('');
    watch.expectStatus(env.url('/admin/users'), 422);
    const refused = await clickAndWait(page, button(page, 'Add a person'));
    assert.equal(refused.status(), 422, 'a chapter editor without a chapter is refused');
    assert.match(await mainText(page), /Choose a role; a chapter editor also needs a chapter\./);
    await fill('lebanon');
    const added = await clickAndWait(page, button(page, 'Add a person'));
    assert.equal(added.status(), 200, 'status after adding a person');
    const notice = plain(await page.locator('.notice[role="status"]').textContent());
    assert.ok(notice.includes(nour.email), `the notice names ${nour.email}: "${notice}"`);
    const link = new URL(plain(await page.locator('code.one-time-link').textContent()));
    assert.equal(link.origin, env.server.baseURL, 'the one-time link points at the server');
    assert.match(link.pathname, /^\/admin\/password\/[0-9a-f]{64}$/);
    const rows = await page.locator('section.admin-users tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].slice(0, 3).map((td) => td.textContent.replace(/\s+/g, ' ').trim())));
    assert.ok(rows.some(([n, e, r]) => n === nour.name && e === nour.email && r === 'Chapter editor · Lebanon chapter'),
      `${nour.name} is listed as chapter editor of the Lebanon chapter: ${JSON.stringify(rows)}`);
    await assertAxeClean(page, '/admin/users (one-time link)');
    await screenshot(page, 'admin-users');
    assertNoProblems(assert, watch, '/admin/users');

    // The new chapter editor, in a browser of her own: her chapter's posts only.
    const editor = await editorContext.newPage();
    const editorWatch = watchPage(editor);
    await setPassword(editor, link, nour.password);
    assert.equal(await signIn(editor, nour.email, nour.password), '/admin/');
    await assertSections(editor, 'a chapter editor', ['Overview', 'Publications', 'My account'],
      ['Registrations', 'Signatures', 'People', 'Audit log']);
    await visit(editor, '/admin/posts', { axe: false });
    const slugs = await editor.locator('section.admin-posts tbody a[href^="/admin/posts/"]').evaluateAll((as) =>
      [...new Set(as.map((a) => a.getAttribute('href').split('/')[3]))]);
    assert.ok(slugs.includes(SLUG), `${SLUG} is listed: ${JSON.stringify(slugs)}`);
    assert.ok(!slugs.includes('invitation-pakistan'), `another chapter's post is not: ${JSON.stringify(slugs)}`);
    const froms = await editor.locator('section.admin-posts tbody tr td:nth-child(2)').allTextContents();
    assert.deepEqual([...new Set(froms.map((t) => t.trim()))], ['Lebanon chapter'], 'every post listed is from the Lebanon chapter, by its name');
    editorWatch.expectStatus(env.url('/admin/posts/invitation-pakistan/en'), 403);
    await visit(editor, '/admin/posts/invitation-pakistan/en', { status: 403, axe: false });
    assert.equal(plain(await editor.locator('main h1').textContent()), 'Not allowed');
    editorWatch.expectStatus(env.url('/admin/users'), 403);
    await visit(editor, '/admin/users', { status: 403, axe: false });

    // She edits the Arabic version of her chapter's post.
    await visit(editor, EDIT('ar'));
    for (const id of ['#field-title', '#field-summary', '#field-body', '#preview']) {
      assert.deepEqual([await editor.getAttribute(id, 'lang'), await editor.getAttribute(id, 'dir')], ['ar', 'rtl'],
        `${id} is marked as Arabic, right to left`);
    }
    const arOld = await editor.locator('#field-title').inputValue();
    assert.equal(arOld, 'دعوة من فرع لبنان');
    const arNew = `${arOld} – ${process.pid}`;
    await editor.locator('#field-title').fill(arNew);
    await clickAndWait(editor, button(editor, 'Save and publish'));
    assert.equal(plain(await editor.locator('.notice[role="status"]').textContent()), 'Saved. The public page shows it now.');
    await screenshot(editor, 'admin-post-editor-ar');
    await visit(editor, PUBLIC('ar'), { axe: false });
    assert.equal(plain(await editor.locator('main h1').textContent()), arNew, 'the Arabic page has the new title');
    assertNoProblems(assert, editorWatch, 'the chapter editor\'s pages');

    // The owner's audit log: newest first, every change with who and what.
    await clickAndWait(page, page.locator('header nav.main-nav a', { hasText: 'Audit log' }));
    assert.equal(pathOf(page), '/admin/audit');
    const log = await auditRows(page);
    // Shown in the area's language: roles, titles and languages by name.
    const find = (who, what, about) => log.findIndex((r) => r.who === who && r.what === what
      && (typeof about === 'function' ? about(r.about) : r.about === about));
    const expected = [
      ['command line', 'added a person as Owner', owner.email],
      [owner.email, 'set password', owner.email],
      [owner.email, 'added a person', nour.email],
      [nour.email, 'set password', nour.email],
      [nour.email, 'edited a post', (about) => about.startsWith('An invitation from the Lebanon chapter') && about.endsWith('(Arabic)')],
    ];
    const at = expected.map(([who, what, about]) => {
      const i = find(who, what, about);
      assert.ok(i >= 0, `"${who} | ${what} | ${about}" in the audit log:\n${log.map((r) => `  ${r.who} | ${r.what} | ${r.about}`).join('\n')}`);
      return i;
    });
    for (let i = 1; i < at.length; i++) {
      assert.ok(at[i] < at[i - 1], `newest first: "${expected[i][1]}" above "${expected[i - 1][1]}"`);
    }
    assert.equal(log[at[2]].after, 'role: Chapter editor', 'what the person was added as');
    const edit = log[at[4]];
    assert.ok(edit.before.includes(arOld) && edit.after.includes(arNew), `before and after of the edit: ${JSON.stringify(edit)}`);
    for (let i = 1; i < log.length; i++) {
      assert.ok(log[i - 1].when >= log[i].when, `times newest first: ${log[i - 1].when} before ${log[i].when}`);
    }
    await assertAxeClean(page, '/admin/audit');
    await screenshot(page, 'admin-audit');
    assertNoProblems(assert, watch, 'the owner\'s pages');
  } finally {
    await editorContext.close();
    await context.close();
  }
});

test('removing a segment with a premiere asks first, and going back keeps the form', () =>
  withPage('removing a segment', async (page) => {
    await signedInAs(page, { who: 'samir', name: 'Samir Haddad', role: 'editor' });
    const programme = '/admin/events/water-for-every-home-2026/programme';
    await visit(page, programme);
    const media = page.locator('label.check', { hasText: 'its recording and premiere go with it' });
    const row = page.locator('fieldset.segment-row', { has: media }).first();
    // The legend names the segment, then its id.
    const id = (await row.locator(':scope > legend code').innerText()).trim();
    await row.locator('input[name$="-remove"]').check();
    await clickAndWait(page, button(page, 'Check and save the programme'));
    assert.equal(pathOf(page), programme, 'the question answers the same address');
    assert.equal(plain(await page.locator('main h1').textContent()), 'Remove for good?');
    const listed = await page.locator('main ul.removed li').allInnerTexts();
    assert.equal(listed.length, 1, `one segment listed: ${JSON.stringify(listed)}`);
    assert.ok(listed[0].startsWith(`${id}:`), `${id} is listed: ${listed[0]}`);
    await assertAxeClean(page, 'the question before removing a segment');
    await screenshot(page, 'admin-confirm-removal');

    // Back: the form as it was, the box still ticked, nothing removed.
    await clickAndWait(page, button(page, 'No, back to the form'));
    const again = page.locator('fieldset.segment-row', { has: page.locator(':scope > legend', { hasText: id }) })
      .locator('input[name$="-remove"]');
    assert.equal(await again.isChecked(), true, 'the ticked box is kept');
    await clickAndWait(page, button(page, 'Check and save the programme'));
    await clickAndWait(page, button(page, 'Yes, remove and save'));
    assert.equal(pathOf(page), programme);
    assert.match(await mainText(page), /The programme is saved/);
    assert.equal(await page.locator('fieldset.segment-row > legend', { hasText: id }).count(), 0, `${id} is gone`);
  }));

test('the overview in Arabic and Urdu is right to left', () =>
  withPage('the area in Arabic and Urdu', async (page) => {
    await signedInAs(page, { who: 'samira', name: 'Samira Khan', role: 'owner' });
    for (const [lang, script] of [['ar', 'script-naskh'], ['ur', 'script-nastaliq']]) {
      // ?lang= is remembered in a cookie and dropped from the address.
      await visit(page, `/admin/?lang=${lang}`, { axe: false });
      assert.equal(`${pathOf(page)}${new URL(page.url()).search}`, '/admin/', `?lang=${lang} redirects to /admin/`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl', 'computed direction');
      assert.ok(await page.locator('body').evaluate((b, c) => b.classList.contains(c), script),
        `body has class ${script} (class="${await page.getAttribute('body', 'class')}")`);
      assert.equal(await page.locator(`nav.lang-switch a[hreflang="${lang}"][aria-current="page"]`).count(), 1,
        'the language switch marks the language');
      // The header starts on the right: the area's name is right of the sign-out form.
      const name = await page.locator('header .site-name').boundingBox();
      const logout = await page.locator('header form.logout').boundingBox();
      assert.ok(name.x > logout.x, `in ${lang} the area's name (x=${name.x}) is right of "Sign out" (x=${logout.x})`);
      await assertAxeClean(page, `/admin/ in ${lang}`);
      await screenshot(page, `admin-overview-${lang}`);
      await visit(page, '/admin/account', { axe: false });
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl', `the language stays for the next page (${lang})`);
      await screenshot(page, `admin-account-${lang}`);
    }
    await visit(page, '/admin/?lang=en', { axe: false });
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr', 'back to English, left to right');
  }));

test('the overview\'s charts keep labels, bars and numbers apart in English, Arabic and Urdu', () =>
  withPage('the charts of the overview', async (page) => {
    await signedInAs(page, { who: 'leila', name: 'Leila Mansour', role: 'owner' });
    const problems = [];
    for (const lang of ['en', 'ar', 'ur']) {
      await visit(page, `/admin/?lang=${lang}`, { axe: false });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.ok(await page.locator('svg.chart text.chart-label').count() >= 1, `a chart with at least one bar in ${lang}`);
      await screenshot(page, `admin-charts-${lang}`);
      problems.push(...(await chartProblems(page)).map((p) => `${lang}: ${p}`));
    }
    assert.deepEqual(problems, [], `the charts as drawn:\n  ${problems.join('\n  ')}`);
  }));

test('an owner writes to the registrants in English and Arabic, sees it sent, and one click unsubscribes', () =>
  withPage('mail to people', async (page) => {
    await signedInAs(page, { who: 'salma', name: 'Salma Haddad', role: 'owner' });
    await assertSections(page, 'an owner', ['Mail to people'], []);
    await visit(page, '/admin/mail', { shot: 'mail-list' });
    await clickAndWait(page, page.getByRole('link', { name: 'Write a message', exact: true }));
    assert.equal(pathOf(page), '/admin/mail/new');
    await assertAxeClean(page, '/admin/mail/new');

    const stamp = `${process.pid}-${Date.now()}`;
    const subject = `The stream address changed (${stamp})`;
    await page.locator('#field-event').selectOption(UPCOMING);
    await page.locator('#field-which').selectOption('confirmed');
    await page.locator('#field-subject-en').fill(subject);
    await page.locator('#field-body-en').fill('Please use the **new** address from now on.');
    await page.locator('#field-subject-ar').fill(`تغيّر عنوان البث (${stamp})`);
    await page.locator('#field-body-ar').fill('يُرجى استخدام العنوان **الجديد** من الآن.');

    // Preview: each written language as it will look, Markdown rendered.
    await clickAndWait(page, button(page, 'Preview'));
    assert.equal(await page.locator('#preview-en strong').textContent(), 'new');
    assert.equal(await page.locator('#preview-ar strong').textContent(), 'الجديد');
    assert.equal(await page.locator('#field-subject-en').inputValue(), subject, 'what was typed is kept');

    // Count, then send: the first press only confirms the number.
    await clickAndWait(page, button(page, 'Count recipients'));
    const counted = plain(await page.locator('#mail-count').textContent());
    const m = counted.match(/Recipients: (\d+) \(left out because they unsubscribed: (\d+)\)/);
    assert.ok(m, `a count: ${counted}`);
    const reach = Number(m[1]);
    assert.ok(reach >= 1, `the demo attendee at least: ${counted}`);
    await screenshot(page, 'admin-mail-compose');
    await clickAndWait(page, button(page, 'Send to everyone'));
    assert.match(pathOf(page), /^\/admin\/mail\/\d+$/, 'the progress page');

    // The demo's worker sends; the page refreshes itself until everything is handled.
    await page.waitForFunction(() => document.querySelector('#broadcast-percent')?.textContent.trim() === '100%',
      null, { timeout: 20_000 });
    await settle(page);
    assert.match(await mainText(page), /Every message has been handled/);
    assert.equal(await page.locator('meta[http-equiv="refresh"]').count(), 0, 'no more refreshing once done');
    await assertAxeClean(page, 'the progress page');
    await screenshot(page, 'admin-mail-progress');

    // The demo attendee's message: in English, with the one-click unsubscribe headers.
    const mail = await waitForMail(env, 'hall-demo@example.org', subject);
    assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    const unsubscribe = new URL(mail.headers['list-unsubscribe'].replace(/^<|>$/g, ''));
    assert.match(unsubscribe.pathname, /^\/en\/unsubscribe\/[0-9a-f]{32}\.[0-9a-f]{32}$/);
    assert.equal(linkIn(mail, /\/unsubscribe\//).pathname, unsubscribe.pathname, 'the same link in the text');

    // The recipient opens the link and presses the one button.
    await visit(page, unsubscribe.pathname, { shot: 'unsubscribe' });
    await clickAndWait(page, button(page, 'Unsubscribe'));
    assert.match(await mainText(page), /You are unsubscribed/);

    // The next message leaves them out.
    await visit(page, '/admin/mail/new', { axe: false });
    await page.locator('#field-event').selectOption(UPCOMING);
    await page.locator('#field-subject-en').fill(`${subject} again`);
    await page.locator('#field-body-en').fill('Another message.');
    await clickAndWait(page, button(page, 'Count recipients'));
    const again = plain(await page.locator('#mail-count').textContent());
    assert.match(again, new RegExp(`Recipients: ${reach - 1} \\(left out because they unsubscribed: ${Number(m[2]) + 1}\\)`));
  }));

test('an editor creates a publication, previews it and publishes it one language at a time', () =>
  withPage('creating a publication', async (page, watch) => {
    const stamp = `${process.pid}-${Date.now()}`;
    const title = `Rain gardens in every street ${stamp}`;
    await signedInAs(page, { who: 'noura', name: 'Noura Saleh', role: 'editor' });
    await visit(page, '/admin/posts', { axe: false });
    await clickAndWait(page, page.getByRole('link', { name: 'New publication', exact: true }));
    assert.equal(pathOf(page), '/admin/posts/new');
    await assertAxeClean(page, '/admin/posts/new');

    // Written in English first; the live preview, then the Preview button, which
    // also proposes the address from the title.
    await page.locator('#field-kind').selectOption('news');
    await page.locator('#field-lang').selectOption('en');
    await page.locator('#field-title').fill(title);
    await page.locator('#field-summary').fill('Neighbours dig shallow gardens that keep the rain in the ground.');
    await page.locator('#field-body').fill('Dig a **shallow** bowl and plant it.');
    await page.waitForFunction(() => document.querySelector('#preview strong')?.textContent === 'shallow',
      null, { timeout: PREVIEW_TIMEOUT_MS });
    await clickAndWait(page, button(page, 'Preview'));
    assert.equal(await page.locator('#preview strong').textContent(), 'shallow');
    const slug = await page.locator('#field-slug').inputValue();
    assert.equal(slug, `rain-gardens-in-every-street-${stamp}`, 'the address is proposed from the title');
    assert.equal(await page.locator('#field-title').inputValue(), title, 'what was typed is kept');
    await assertAxeClean(page, '/admin/posts/new (preview)');
    await screenshot(page, 'admin-post-new');

    // Created as a draft: nowhere public.
    await clickAndWait(page, button(page, 'Create as draft'));
    assert.equal(pathOf(page), `/admin/posts/${slug}/en`);
    assert.match(plain(await page.locator('#version-state').innerText()), /A draft: not on the public site\./);
    assert.equal(plain(await page.locator('p.notice[role="status"]').innerText()), 'Saved as a draft: not on the public site.');
    await assertAxeClean(page, 'a new draft');
    const publicPage = (lang) => `/${lang}/posts/${slug}`;
    watch.expectStatus(env.url(publicPage('en')), 404);
    await visit(page, publicPage('en'), { status: 404, axe: false });

    // English published: public at once.
    await visit(page, `/admin/posts/${slug}/en`, { axe: false });
    await clickAndWait(page, button(page, 'Save and publish'));
    assert.equal(plain(await page.locator('#version-state').innerText()), 'Public.');
    await visit(page, publicPage('en'));
    assert.equal(plain(await page.locator('main h1').textContent()), title);

    // Translated into Arabic: previewed, saved as a draft (waiting, not public), then published.
    await visit(page, `/admin/posts/${slug}/ar`);
    assert.equal(await page.locator('#field-title').getAttribute('dir'), 'rtl', 'the Arabic fields are right to left');
    await page.locator('#field-title').fill(`حدائق المطر في كل شارع ${stamp}`);
    await page.locator('#field-summary').fill('يحفر الجيران حدائق ضحلة تحفظ ماء المطر في الأرض.');
    await page.locator('#field-body').fill('احفروا حوضًا **ضحلًا** وازرعوه.');
    await page.waitForFunction(() => document.querySelector('#preview strong')?.textContent === 'ضحلًا',
      null, { timeout: PREVIEW_TIMEOUT_MS });
    await clickAndWait(page, button(page, 'Preview'));
    assert.equal(await page.locator('#preview strong').textContent(), 'ضحلًا');
    await assertAxeClean(page, 'the Arabic version, previewed');
    await clickAndWait(page, button(page, 'Save as draft'));
    assert.match(plain(await page.locator('#version-state').innerText()), /A draft/);
    watch.expectStatus(env.url(publicPage('ar')), 404);
    await visit(page, publicPage('ar'), { status: 404, axe: false });
    await visit(page, publicPage('en'), { axe: false });
    assert.equal(await page.locator(`a[href="${publicPage('ar')}"][hreflang="ar"]:not(nav.lang-switch a)`).count(), 0,
      'the English page offers no Arabic version yet');

    await visit(page, `/admin/posts/${slug}`, { shot: 'post-overview' });
    const states = await page.locator('main tbody tr').evaluateAll((trs) => trs.map((tr) => tr.cells[1].textContent.trim()));
    assert.deepEqual(states.slice(0, 2).map((s) => s.replace(/[\u2068\u2069]/g, '')), ['Public.', 'A draft: not on the public site.'],
      `English public, Arabic a draft: ${JSON.stringify(states)}`);
    await clickAndWait(page, page.locator(`a[href="/admin/posts/${slug}/ar"]`));
    await clickAndWait(page, button(page, 'Save and publish'));
    assert.equal(plain(await page.locator('#version-state').innerText()), 'Public.');
    await visit(page, publicPage('ar'));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(plain(await page.locator('main h1').textContent()), `حدائق المطر في كل شارع ${stamp}`);
    await screenshot(page, 'admin-post-published-ar');
  }));
