// Publications: signing the demo's open letter (form → mail in
// <data-dir>/mail/ → confirm link → count +1 → public list without the
// e-mail address → withdraw link → count back), switching between the
// translations of a post (including a language it has no version in: 404
// with links to the versions that exist), the lists (newest first, pagination,
// a kind, a hashtag with its copy button) and search with an Arabic word
// written with harakat. axe-core on every page visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  useServerAndBrowser, watchPage, assertNoProblems, screenshot, settle,
} from './server.mjs';
import { plain, waitForMail, linkIn } from './mail.mjs';

const env = useServerAndBrowser({ before, after });

const LETTER_SLUG = 'open-letter-water-ministers';
const LETTER = (lang) => `/${lang}/posts/${LETTER_SLUG}`;
const SIGN = (lang) => `${LETTER(lang)}/sign`;
const SIGNATURES = (lang) => `${LETTER(lang)}/signatures`;
const TRANSLATED_SLUG = 'invitation-pakistan'; // written in English and Urdu only
const TRANSLATED = (lang) => `/${lang}/posts/${TRANSLATED_SLUG}`;
const HASHTAG = 'WaterForEveryHome';

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

// --- Helpers. -------------------------------------------------------------------

/** Run `fn(page, watch, context)` in a fresh context, then check for page problems. */
async function withPage(where, fn, { permissions = [] } = {}) {
  const context = await env.browser.newContext({ locale: 'en-US' });
  if (permissions.length > 0) await context.grantPermissions(permissions, { origin: env.server.baseURL });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    await fn(page, watch, context);
    assertNoProblems(assert, watch, where);
  } finally {
    await context.close();
  }
}

/** Go to `p`, expect `status`, settle, check with axe (unless `axe` is false: seen before) and take a screenshot. */
async function visit(page, p, { status = 200, shot = null, axe = true } = {}) {
  const res = await page.goto(env.url(p));
  assert.equal(res.status(), status, `status of ${p}`);
  await settle(page);
  if (axe) await assertAxeClean(page, p);
  if (shot) await screenshot(page, `publications-${shot}`);
  return res;
}

/** Click `locator` and wait for the navigation it starts; returns its response. */
async function clickAndWait(page, locator) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  await settle(page);
  return res;
}

/** The number of signatures in p.signature-count ("No signatures yet" is 0). */
async function signatureCount(page) {
  const el = page.locator('p.signature-count');
  assert.equal(await el.count(), 1, `one p.signature-count on ${page.url()}`);
  const text = plain(await el.textContent());
  if (text === 'No signatures yet') return 0;
  const m = text.match(/^(\d[\d,]*) signatures?$/);
  assert.ok(m, `p.signature-count reads "No signatures yet" or "N signature(s)": "${text}"`);
  return Number(m[1].replace(/,/g, ''));
}

/** Paths of the cards' links, and their dates (the first time[datetime] of each card). */
async function cards(page) {
  return page.locator('li.post-card').evaluateAll((lis) => lis.map((li) => ({
    href: new URL(li.querySelector('h3 a').getAttribute('href'), document.baseURI).pathname,
    date: li.querySelector('.dates time[datetime]')?.getAttribute('datetime') || null,
    kind: li.querySelector('.kind')?.textContent.trim() || null,
  })));
}

function assertNewestFirst(list, where) {
  for (const c of list) assert.ok(c.date, `a date on the card ${c.href} (${where})`);
  for (let i = 1; i < list.length; i++) {
    assert.ok(list[i - 1].date >= list[i].date,
      `newest first on ${where}: ${list[i - 1].href} (${list[i - 1].date}) before ${list[i].href} (${list[i].date})`);
  }
}

let emailCounter = 0;
const uniqueEmail = (who) => `${who}.${process.pid}.${++emailCounter}@example.org`;

// --- Tests. -------------------------------------------------------------------

test('sign an open letter and confirm it from the mailed link', () =>
  withPage('the signing flow', async (page) => {
    const name = 'Salma Ben Youssef';
    const organisation = 'Association des femmes de Sfax';
    const email = uniqueEmail('salma');

    await visit(page, LETTER('en'), { shot: 'letter-en' });
    const before = await signatureCount(page);
    const signLink = page.locator('a.button', { hasText: 'Sign the letter' });
    assert.equal(await signLink.count(), 1, '"Sign the letter" a.button on the letter page');
    assert.equal(await signLink.getAttribute('href'), SIGN('en'), 'href of "Sign the letter"');
    await clickAndWait(page, signLink);
    assert.equal(new URL(page.url()).pathname, SIGN('en'), 'on the signing form');
    assert.equal(await signatureCount(page), before, 'the form shows the same count as the letter');
    await assertAxeClean(page, SIGN('en'));
    await screenshot(page, 'publications-sign-form');

    await page.locator('#field-name').fill(name);
    await page.locator('#field-email').fill(email);
    await page.locator('#field-country').selectOption('TN');
    await page.locator('#field-organisation').fill(organisation);
    await page.locator('#field-show_name').check();
    await page.locator('#field-consent').check();
    assert.equal(await page.locator('#field-website').inputValue(), '', 'honeypot #field-website is empty');
    await clickAndWait(page, page.locator('form button[type=submit]'));
    assert.equal(new URL(page.url()).pathname, `${SIGN('en')}/sent`, 'redirected to …/sign/sent');
    assert.match(plain(await page.locator('main').textContent()), /Check your e-mail/);
    await assertAxeClean(page, `${SIGN('en')}/sent`);
    await screenshot(page, 'publications-sign-sent');

    const confirmMail = await waitForMail(env, email, 'Please confirm your signature:');
    const confirmURL = linkIn(confirmMail, /^\/en\/signatures\/confirm\/[^/]+$/);
    assert.equal(confirmURL.origin, env.server.baseURL, 'the confirm link points at the demo server');
    await visit(page, confirmURL.pathname, { shot: 'sign-confirm' });
    const confirm = page.getByRole('button', { name: 'Confirm my signature' });
    assert.equal(await confirm.count(), 1, '"Confirm my signature" button');
    await clickAndWait(page, confirm);
    assert.match(plain(await page.locator('main').textContent()), /your signature counts/,
      `after pressing the button (at ${page.url()})`);
    await assertAxeClean(page, 'the page after confirming the signature');
    await screenshot(page, 'publications-sign-confirmed');

    await visit(page, LETTER('en'), { axe: false });
    assert.equal(await signatureCount(page), before + 1, 'the letter counts the new signature');

    await visit(page, SIGNATURES('en'), { shot: 'signatures-en' });
    assert.equal(await signatureCount(page), before + 1, 'the list of signatories counts it too');
    const listed = await page.locator('ol.signatory-list > li').evaluateAll((lis) => lis.map((li) => li.textContent));
    assert.ok(listed.some((t) => plain(t).includes(name)), `"${name}" in ol.signatory-list: ${JSON.stringify(listed)}`);
    assert.ok(listed.some((t) => plain(t).includes(name) && plain(t).includes(organisation)),
      `"${name}" listed with "${organisation}": ${JSON.stringify(listed)}`);
    assert.ok(!plain(await page.locator('body').innerText()).includes(email),
      'the text of the signatories page does not contain the e-mail address');
    assert.ok(!(await page.content()).includes(email), 'the HTML of the signatories page does not contain the e-mail address');
    const local = email.split('@')[0];
    assert.ok(!(await page.content()).includes(local), `nor its local part "${local}"`);

    const countsMail = await waitForMail(env, email, 'Your signature counts:');
    const withdrawURL = linkIn(countsMail, /^\/en\/signatures\/[^/]+\/withdraw$/);
    assert.equal(withdrawURL.origin, env.server.baseURL, 'the withdraw link points at the demo server');
    await visit(page, withdrawURL.pathname, { shot: 'sign-withdraw' });
    const withdraw = page.getByRole('button', { name: 'Withdraw my signature' });
    assert.equal(await withdraw.count(), 1, '"Withdraw my signature" button');
    await clickAndWait(page, withdraw);
    assert.match(plain(await page.locator('main').textContent()), /Your signature is withdrawn/,
      `after pressing the button (at ${page.url()})`);
    await assertAxeClean(page, 'the page after withdrawing the signature');
    await screenshot(page, 'publications-sign-withdrawn');

    await visit(page, LETTER('en'), { axe: false });
    assert.equal(await signatureCount(page), before, 'the count is back where it started');
    // The list forgets the name. Asked outside the browser's HTTP cache: the
    // signatories page is sent with Cache-Control: public, max-age=60, so the
    // browser would show its earlier copy for up to a minute.
    const list = await page.request.get(env.url(SIGNATURES('en')));
    assert.equal(list.status(), 200, `status of ${SIGNATURES('en')} after withdrawing`);
    const html = await list.text();
    assert.ok(!html.includes(name) && !html.includes(email), `neither "${name}" nor the address on the list after withdrawing`);
  }));

test('a visitor switches between translations of a post', () =>
  withPage('translations of a post', async (page, watch) => {
    /** hreflang values of <link rel=alternate hreflang>, sorted. */
    const alternates = () => page.locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')).sort());
    /** [hreflang, path] of the links in nav.translations. */
    const translations = () => page.locator('nav.translations a').evaluateAll((as) =>
      as.map((a) => [a.getAttribute('hreflang'), new URL(a.getAttribute('href'), document.baseURI).pathname]));

    const ALL = ['ar', 'en', 'fr', 'id', 'tr', 'ur'];
    /** The languages nav.translations offers, each checked to link to its own version. */
    const offeredLanguages = async () => {
      const links = await translations();
      for (const [l, path] of links) assert.equal(path, TRANSLATED(l), `the ${l} link goes to the ${l} version`);
      return links.map(([l]) => l).sort();
    };

    // The demo post is in all six of the site's languages.
    await visit(page, TRANSLATED('en'), { shot: 'translations-en' });
    assert.equal(plain(await page.locator('nav.translations h2').textContent()), 'Read this in');
    assert.deepEqual(await offeredLanguages(), ALL.filter((l) => l !== 'en'), 'nav.translations lists the five other versions');
    assert.deepEqual(await alternates(), ALL, '<link rel=alternate hreflang> on the English version');

    await clickAndWait(page, page.locator('nav.translations a[hreflang="ur"]'));
    assert.equal(new URL(page.url()).pathname, TRANSLATED('ur'));
    assert.equal(await page.getAttribute('html', 'lang'), 'ur');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.ok(await page.locator('body').evaluate((b) => b.classList.contains('script-nastaliq')),
      `body has class script-nastaliq (class="${await page.getAttribute('body', 'class')}")`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl', 'computed direction');
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /^["']?Convene Nastaliq["']?/,
      'body font-family starts with Convene Nastaliq');
    assert.deepEqual(await offeredLanguages(), ALL.filter((l) => l !== 'ur'), 'nav.translations on the Urdu version');
    assert.deepEqual(await alternates(), ALL, '<link rel=alternate hreflang> on the Urdu version');
    await assertAxeClean(page, TRANSLATED('ur'));
    await screenshot(page, 'publications-translations-ur');

    // French through the site's language switcher: the French version of the same post.
    const fr = page.locator('nav.lang-switch a[hreflang="fr"]');
    assert.equal(new URL(await fr.getAttribute('href'), page.url()).pathname, TRANSLATED('fr'), 'href of the French switch');
    const res = await clickAndWait(page, fr);
    assert.equal(res.status(), 200, `status of ${TRANSLATED('fr')}`);
    assert.equal(new URL(page.url()).pathname, TRANSLATED('fr'));
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(plain(await page.locator('main h1').textContent()), 'Une invitation de la section Pakistan');
    await assertAxeClean(page, TRANSLATED('fr'));

    await clickAndWait(page, page.locator('nav.translations a[hreflang="en"]'));
    assert.equal(new URL(page.url()).pathname, TRANSLATED('en'));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(plain(await page.locator('main h1').textContent()), 'An invitation from the Pakistan chapter');
  }));

test('lists, hashtag page and search', () =>
  withPage('lists, hashtag and search pages', async (page) => {
    // All publications, newest first, in pages.
    await visit(page, '/en/posts/', { shot: 'list-en' });
    const first = await cards(page);
    assert.ok(first.length > 0, 'cards (li.post-card) on /en/posts/');
    assertNewestFirst(first, '/en/posts/');
    const older = page.locator('nav.pagination a[rel="next"]');
    assert.equal(await older.count(), 1, 'an "Older" link in nav.pagination');
    assert.equal(plain(await older.textContent()), 'Older');
    await clickAndWait(page, older);
    assert.equal(new URL(page.url()).pathname, '/en/posts/');
    assert.equal(new URL(page.url()).searchParams.get('page'), '2', 'on ?page=2');
    await assertAxeClean(page, '/en/posts/?page=2');
    await screenshot(page, 'publications-list-en-page-2');
    const second = await cards(page);
    assert.ok(second.length > 0, 'cards on ?page=2');
    assertNewestFirst([...first, ...second], '/en/posts/ pages 1 and 2');
    const overlap = second.filter((c) => first.some((f) => f.href === c.href));
    assert.deepEqual(overlap, [], 'no card on both pages');
    assert.equal(await page.locator('nav.pagination a[rel="prev"]').count(), 1, 'a "Newer" link back on ?page=2');

    // One kind.
    await visit(page, '/en/kinds/invitation/', { shot: 'kind-invitation-en' });
    const invitations = await cards(page);
    assert.equal(invitations.length, 6, `6 invitations: ${JSON.stringify(invitations.map((c) => c.href))}`);
    assert.deepEqual([...new Set(invitations.map((c) => c.kind))], ['Invitation'], 'every card is an invitation');
    assertNewestFirst(invitations, '/en/kinds/invitation/');

    // A hashtag, and the copy button site.js adds beside it.
    await visit(page, `/en/hashtags/${HASHTAG}`);
    assert.equal(plain(await page.locator('main h1').textContent()), `#${HASHTAG}`, 'the heading is the hashtag');
    assert.ok((await cards(page)).some((c) => c.href === LETTER('en')), 'the open letter carries the hashtag');
    const button = page.locator(`.hashtag-tools [data-copy="#${HASHTAG}"] + button.copy-button`);
    assert.equal(await button.count(), 1, `a button.copy-button right after [data-copy="#${HASHTAG}"]`);
    assert.equal(plain(await button.textContent()), 'Copy');
    await screenshot(page, 'publications-hashtag-en');
    await button.click();
    // site.js puts "Copy" back 2 s later: wait for "Copied" (no fixed sleep).
    await page.waitForFunction((b) => b.textContent.trim() === 'Copied', await button.elementHandle(), { timeout: 1500 });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `#${HASHTAG}`, 'the clipboard holds the hashtag');
    await assertAxeClean(page, `/en/hashtags/${HASHTAG} after copying`);

    // Search with an Arabic word written with harakat (short vowel marks).
    const word = 'رِسَالَة';
    await visit(page, '/en/search');
    const box = page.locator('input#search-q');
    assert.equal(await box.count(), 1, 'the search box input#search-q');
    await box.pressSequentially(word);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), box.press('Enter')]);
    await settle(page);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/en/search');
    assert.equal(url.searchParams.get('q'), word, 'the query is in the URL as typed');
    assert.equal(await box.inputValue(), word, 'the search box keeps the query');
    const hits = await cards(page);
    assert.ok(hits.some((c) => c.href.endsWith(`/posts/${LETTER_SLUG}`)),
      `a result card links to …/posts/${LETTER_SLUG}: ${JSON.stringify(hits.map((c) => c.href))}`);
    await assertAxeClean(page, `/en/search?q=${word}`);
    await screenshot(page, 'publications-search-ar-word');

    // Right-to-left pages, for a visual check of the screenshots.
    await visit(page, '/ar/posts/', { shot: 'list-ar' });
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.ok((await cards(page)).length > 0, 'cards on /ar/posts/');
    await visit(page, LETTER('ur'), { shot: 'letter-ur' });
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.locator('p.signature-count').count(), 1, 'the Urdu letter shows its signature count');
    assert.equal(await page.locator(`a.button[href="${SIGN('ur')}"]`).count(), 1, 'and links to the Urdu form');
  }, { permissions: ['clipboard-read', 'clipboard-write'] }));
