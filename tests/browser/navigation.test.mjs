// Languages and writing direction: the root redirect, the language switcher,
// and dir="rtl" for Arabic and Urdu.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS, RTL_LANGS, UPCOMING, PAST, pagesFor,
  useServerAndBrowser, watchPage, assertNoProblems, screenshot, settle,
} from './server.mjs';

const env = useServerAndBrowser({ before, after });

test('GET / redirects with 303 to the language chosen from Accept-Language', async () => {
  const cases = [
    [null, '/en/'],
    ['ar', '/ar/'],
    ['ur-PK,ur;q=0.9,en;q=0.5', '/ur/'],
    ['fr-CA,fr;q=0.9', '/fr/'],
    ['de-DE,tr;q=0.8,en;q=0.5', '/tr/'],
    ['de-DE,de;q=0.9', '/en/'],
    ['id;q=0.4,en;q=0.9', '/en/'],
  ];
  for (const [acceptLanguage, want] of cases) {
    const headers = acceptLanguage ? { 'accept-language': acceptLanguage } : {};
    const res = await fetch(env.url('/'), { headers, redirect: 'manual' });
    await res.arrayBuffer();
    assert.equal(res.status, 303, `status of / with Accept-Language: ${acceptLanguage}`);
    const location = res.headers.get('location');
    assert.ok(location, 'Location header');
    assert.equal(new URL(location, env.url('/')).pathname, want,
      `Location for Accept-Language: ${acceptLanguage}`);
  }
});

test('the language switcher lists every language and keeps the event page (en -> ar)', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    await page.goto(env.url(`/en/events/${UPCOMING}`));
    await settle(page);

    const links = page.locator('nav.lang-switch a[hreflang]');
    const hreflangs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')));
    assert.deepEqual([...hreflangs].sort(), [...LANGS].sort(),
      'one <a hreflang> per language in nav.lang-switch');
    // Every link points at the same event in its own language.
    for (const lang of LANGS) {
      const href = await page.locator(`nav.lang-switch a[hreflang="${lang}"]`).getAttribute('href');
      assert.equal(new URL(href, page.url()).pathname, `/${lang}/events/${UPCOMING}`,
        `href of the ${lang} link`);
    }

    await Promise.all([
      page.waitForURL(`**/ar/events/${UPCOMING}*`),
      page.locator('nav.lang-switch a[hreflang="ar"]').click(),
    ]);
    await settle(page);
    assert.equal(new URL(page.url()).pathname, `/ar/events/${UPCOMING}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await screenshot(page, `switch-en-to-ar-${UPCOMING}`);

    // And back, from the past event's page, to French.
    await page.goto(env.url(`/ar/events/${PAST}`));
    await settle(page);
    await Promise.all([
      page.waitForURL(`**/fr/events/${PAST}*`),
      page.locator('nav.lang-switch a[hreflang="fr"]').click(),
    ]);
    await settle(page);
    assert.equal(new URL(page.url()).pathname, `/fr/events/${PAST}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assertNoProblems(assert, watch, 'language switch pages');
  } finally {
    await context.close();
  }
});

test('html lang/dir and the computed direction of body follow the language', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    for (const lang of LANGS) {
      for (const p of pagesFor(lang)) {
        const url = env.url(p.path);
        if (p.status !== 200) watch.expectStatus(url, p.status);
        const res = await page.goto(url);
        assert.equal(res.status(), p.status, `status of ${p.path}`);
        await settle(page);
        const want = RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
        assert.equal(await page.getAttribute('html', 'lang'), lang, `<html lang> on ${p.path}`);
        assert.equal(await page.getAttribute('html', 'dir'), want, `<html dir> on ${p.path}`);
        const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
        assert.equal(direction, want, `computed direction of body on ${p.path}`);
      }
    }
    assertNoProblems(assert, watch, 'lang/dir pages');
  } finally {
    await context.close();
  }
});
