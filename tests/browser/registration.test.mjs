// Registration: the form on /{lang}/events/<upcoming>/register, the
// confirmation mail (written as .eml into <data-dir>/mail/ by the demo's mail
// worker), the confirm page, the "place confirmed" mail with its .ics, the
// personal page, and the "places left" count. Also the invalid e-mail case,
// the Arabic form's direction, and axe-core on every page of the flow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  UPCOMING, useServerAndBrowser, watchPage, assertNoProblems, screenshot, settle,
} from './server.mjs';
import { plain, waitForMail, linkIn } from './mail.mjs';

const env = useServerAndBrowser({ before, after });

const EVENT = (lang) => `/${lang}/events/${UPCOMING}`;
const REGISTER = (lang) => `${EVENT(lang)}/register`;

/** The number in "N places left" (p.places) on the current page. */
async function placesLeft(page) {
  const text = plain(await page.locator('p.places').first().textContent());
  const m = text.match(/(\d+)/);
  assert.ok(m, `a number in p.places: "${text}"`);
  return Number(m[1]);
}

// --- The form. ----------------------------------------------------------------

async function fillForm(page, { name, email }) {
  await page.locator('#field-name').fill(name);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-country').selectOption('PK');
  await page.locator('#field-lang').selectOption('en');
  await page.locator('#field-tz').selectOption('Asia/Karachi');
  await page.locator('#field-attest').check();
  await page.locator('#field-consent').check();
  assert.equal(await page.locator('#field-website').inputValue(), '', 'honeypot #field-website is empty');
}

/** Submit and wait for the navigation; returns the response of the POST. */
async function submit(page) {
  const [res] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator('form button[type=submit]').click(),
  ]);
  await settle(page);
  return res;
}

let emailCounter = 0;
const uniqueEmail = (who) => `${who}.${process.pid}.${++emailCounter}@example.org`;

/**
 * Register `name`/`email` through the form in English and confirm through
 * the mailed link. Screenshots and assertions along the way; returns the
 * personal page URL and the places left before registering.
 */
async function registerAndConfirm(page, { name, email, shots = null }) {
  const res = await page.goto(env.url(REGISTER('en')));
  assert.equal(res.status(), 200, `status of ${REGISTER('en')}`);
  await settle(page);
  if (shots) await screenshot(page, `${shots}-form`);
  await fillForm(page, { name, email });
  await submit(page);
  assert.equal(new URL(page.url()).pathname, `${REGISTER('en')}/sent`, 'redirected to …/register/sent');
  assert.match(plain(await page.locator('main').textContent()), /Check your e-mail/);
  if (shots) await screenshot(page, `${shots}-sent`);

  const confirmMail = await waitForMail(env, email, 'Please confirm your registration:');
  const confirmURL = linkIn(confirmMail, /^\/en\/registrations\/confirm\/[^/]+$/);
  assert.equal(confirmURL.origin, env.server.baseURL, 'the confirm link points at the demo server');

  const cres = await page.goto(confirmURL.href);
  assert.equal(cres.status(), 200, `status of ${confirmURL.pathname}`);
  await settle(page);
  if (shots) await screenshot(page, `${shots}-confirm`);
  const button = page.getByRole('button', { name: 'Confirm my place' });
  assert.equal(await button.count(), 1, '"Confirm my place" button');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
  await settle(page);
  assert.match(plain(await page.locator('main').textContent()), /Your place is confirmed\./,
    `after pressing the button (at ${page.url()})`);
  if (shots) await screenshot(page, `${shots}-confirmed`);

  const doneMail = await waitForMail(env, email, 'Your place is confirmed:');
  const ics = doneMail.parts.find((p) => p.type === 'text/calendar' || /\.ics$/i.test(p.filename || ''));
  assert.ok(ics, `an .ics attachment in ${doneMail.file} (parts: ${doneMail.parts.map((p) => `${p.type} ${p.filename || ''}`).join(', ')})`);
  assert.match(ics.text, /BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*END:VEVENT[\s\S]*END:VCALENDAR/);
  const personalURL = linkIn(doneMail, /^\/en\/registrations\/(?!confirm\/)[^/]+$/);
  assert.equal(personalURL.origin, env.server.baseURL, 'the personal link points at the demo server');
  return { personalURL };
}

// --- Tests. -------------------------------------------------------------------

test('register, confirm by the mailed link, see the personal page; places left goes down by one', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    const name = 'Amina Qureshi';
    const email = uniqueEmail('amina');

    await page.goto(env.url(EVENT('en')));
    await settle(page);
    const before = await placesLeft(page);
    const link = page.locator(`a.button[href="${REGISTER('en')}"]`);
    assert.equal(await link.count(), 1, `a.button linking to ${REGISTER('en')} on the event page`);
    await Promise.all([page.waitForURL(`**${REGISTER('en')}`), link.click()]);
    await settle(page);
    assert.equal(await placesLeft(page), before, 'the form shows the same places left as the event page');

    const { personalURL } = await registerAndConfirm(page, { name, email, shots: 'register-en' });

    const res = await page.goto(personalURL.href);
    assert.equal(res.status(), 200, 'status of the personal page');
    await settle(page);
    await screenshot(page, 'register-en-personal');
    assert.equal(plain(await page.locator('#registration-status').textContent()), 'Your place is confirmed.');
    const main = plain(await page.locator('main').textContent());
    assert.ok(main.includes(name), `the personal page shows the name "${name}"`);
    assert.ok(main.includes(email), `the personal page shows the e-mail "${email}"`);
    // Its calendar link serves the same kind of .ics as the mail's attachment.
    const icsLink = page.locator('main').getByRole('link', { name: /calendar/i });
    assert.equal(await icsLink.count(), 1, 'one calendar link on the personal page');
    const ics = await page.request.get(new URL(await icsLink.getAttribute('href'), page.url()).href);
    assert.equal(ics.status(), 200, 'status of the calendar link');
    assert.match(ics.headers()['content-type'] || '', /^text\/calendar/, 'Content-Type of the calendar link');
    assert.match(await ics.text(), /BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/);

    await page.goto(env.url(EVENT('en')));
    await settle(page);
    assert.equal(await placesLeft(page), before - 1, 'places left after one confirmed registration');
    assertNoProblems(assert, watch, 'the registration flow');
  } finally {
    await context.close();
  }
});

/** Submit the English form with an invalid e-mail; returns the response. */
async function submitInvalidEmail(page, watch, lang = 'en') {
  await page.goto(env.url(REGISTER(lang)));
  await settle(page);
  await fillForm(page, { name: 'Fatima Zahra', email: 'not-an-email' });
  // The form is re-shown with its errors, answered with 422 Unprocessable Content.
  watch.expectStatus(env.url(REGISTER(lang)), 422);
  return submit(page);
}

test('the zone field starts at the browser\'s zone, unless the page has one (?tz=), and names zones for people', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  try {
    await page.goto(env.url(REGISTER('en')), { waitUntil: 'load' });
    assert.equal(await page.locator('#field-tz').inputValue(), 'America/Los_Angeles', 'the browser\'s zone');
    // What the visitor reads is the zone's name, not its IANA id (which stays the value).
    const shown = () => page.locator('#field-tz').evaluate((s) => s.options[s.selectedIndex].textContent);
    assert.equal(await shown(), 'Pacific Time — Los Angeles (GMT-08:00)');
    await page.goto(env.url(`${REGISTER('en')}?tz=Asia/Tehran`), { waitUntil: 'load' });
    assert.equal(await page.locator('#field-tz').inputValue(), 'Asia/Tehran', 'the page\'s zone wins');
    assert.equal(await shown(), 'Iran Time — Tehran (GMT+03:30)');
    await page.goto(env.url(`/fr/events/${UPCOMING}/register?tz=Asia/Karachi`), { waitUntil: 'load' });
    assert.equal(await shown(), 'heure du Pakistan — Karachi (UTC+05:00)');
  } finally {
    await context.close();
  }
});

test('an invalid e-mail address is reported in an error summary and the form keeps the name', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    const res = await submitInvalidEmail(page, watch);
    assert.equal(res.status(), 422, 'status of the failed submission');
    assert.equal(new URL(page.url()).pathname, REGISTER('en'), 'still on the form');
    await screenshot(page, 'register-en-invalid-email');
    const summary = page.locator('.error-summary');
    assert.equal(await summary.count(), 1, '.error-summary is shown');
    assert.ok(await summary.isVisible(), '.error-summary is visible');
    const toEmail = summary.locator('a[href="#field-email"]');
    assert.equal(await toEmail.count(), 1, 'the summary links to #field-email');
    assert.equal(await page.getAttribute('#field-email', 'aria-invalid'), 'true', '#field-email aria-invalid');
    assert.equal(await page.locator('#field-name').inputValue(), 'Fatima Zahra', 'the name is kept');
    // The summary's link moves focus to the field.
    await toEmail.click();
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'field-email',
      'following the summary link focuses #field-email');
    assertNoProblems(assert, watch, 'the form with an invalid e-mail');
  } finally {
    await context.close();
  }
});

test('the Arabic form is right-to-left and loads cleanly', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    const res = await page.goto(env.url(REGISTER('ar')));
    assert.equal(res.status(), 200, `status of ${REGISTER('ar')}`);
    await settle(page);
    await screenshot(page, 'register-ar-form');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const dirs = await page.evaluate(() => ({
      body: getComputedStyle(document.body).direction,
      form: getComputedStyle(document.querySelector('form')).direction,
      name: getComputedStyle(document.querySelector('#field-name')).direction,
    }));
    assert.deepEqual(dirs, { body: 'rtl', form: 'rtl', name: 'rtl' }, 'computed direction');
    // Laid out from the right: the checkbox stands right of its label, and a
    // field's label starts at the right edge of its input.
    const geo = await page.evaluate(() => {
      const r = (sel) => document.querySelector(sel).getBoundingClientRect();
      return {
        attest: r('#field-attest'), attestLabel: r('label[for="field-attest"]'),
        name: r('#field-name'), nameLabel: r('label[for="field-name"]'),
      };
    });
    assert.ok(geo.attest.left > geo.attestLabel.left,
      `checkbox right of its label (checkbox x=${geo.attest.left}, label x=${geo.attestLabel.left})`);
    assert.ok(Math.abs(geo.nameLabel.right - geo.name.right) < 2,
      `label and input of the name share their right edge (${geo.nameLabel.right} vs ${geo.name.right})`);
    assert.equal(await page.locator('#field-email').evaluate((e) => getComputedStyle(e).direction), 'ltr',
      'the e-mail field is left-to-right');
    assertNoProblems(assert, watch, REGISTER('ar'));
  } finally {
    await context.close();
  }
});

// --- axe-core. ------------------------------------------------------------------

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

/** Run `fn(page, watch)` in a fresh context, then check for page problems. */
async function withPage(where, fn) {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    await fn(page, watch);
    assertNoProblems(assert, watch, where);
  } finally {
    await context.close();
  }
}

for (const lang of ['en', 'ar', 'ur']) {
  test(`axe: no serious or critical violation on ${REGISTER(lang)}`, () =>
    withPage(REGISTER(lang), async (page) => {
      const res = await page.goto(env.url(REGISTER(lang)));
      assert.equal(res.status(), 200, `status of ${REGISTER(lang)}`);
      await settle(page);
      if (lang === 'ur') await screenshot(page, 'register-ur-form');
      await assertAxeClean(page, REGISTER(lang));
    }));
}

for (const lang of ['en', 'ar']) {
  test(`axe: no serious or critical violation on ${REGISTER(lang)} with errors shown`, () =>
    withPage(`${REGISTER(lang)} with errors`, async (page, watch) => {
      await submitInvalidEmail(page, watch, lang);
      assert.equal(await page.locator('.error-summary').count(), 1, '.error-summary is shown');
      if (lang !== 'en') await screenshot(page, `register-${lang}-invalid-email`);
      await assertAxeClean(page, `${REGISTER(lang)} with errors`);
    }));
}

test('axe: no serious or critical violation on the confirm page and the personal page', () =>
  withPage('confirm and personal pages', async (page) => {
    const email = uniqueEmail('axe');
    // Stop on the confirm page first: register, read the mail, open the link.
    await page.goto(env.url(REGISTER('en')));
    await settle(page);
    await fillForm(page, { name: 'Khadija Noor', email });
    await submit(page);
    await assertAxeClean(page, `${REGISTER('en')}/sent`);
    const confirmURL = linkIn(await waitForMail(env, email, 'Please confirm your registration:'),
      /^\/en\/registrations\/confirm\/[^/]+$/);
    await page.goto(confirmURL.href);
    await settle(page);
    await assertAxeClean(page, 'the confirm page');
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.getByRole('button', { name: 'Confirm my place' }).click(),
    ]);
    await settle(page);
    await assertAxeClean(page, 'the page after confirming');
    const personalURL = linkIn(await waitForMail(env, email, 'Your place is confirmed:'),
      /^\/en\/registrations\/(?!confirm\/)[^/]+$/);
    const res = await page.goto(personalURL.href);
    assert.equal(res.status(), 200, 'status of the personal page');
    await settle(page);
    await assertAxeClean(page, 'the personal page');
  }));
