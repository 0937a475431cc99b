// Browsers ask for an icon on every site: either the page names one with
// <link rel="icon"> or /favicon.ico must exist; a 404 there shows up as a
// console error on every first visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, useServerAndBrowser } from './server.mjs';

const env = useServerAndBrowser({ before, after });

test('every home page has a working icon', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  try {
    for (const lang of LANGS) {
      await page.goto(env.url(`/${lang}/`));
      const hrefs = await page.locator('link[rel~="icon"]').evaluateAll((ls) => ls.map((l) => l.href));
      const candidates = hrefs.length > 0 ? hrefs : [env.url('/favicon.ico')];
      for (const href of candidates) {
        if (href.startsWith('data:')) continue;
        const res = await fetch(href);
        const body = await res.arrayBuffer();
        assert.equal(res.status, 200, `icon ${href} (from /${lang}/)`);
        assert.ok(body.byteLength > 0, `icon ${href} is not empty`);
        assert.match(res.headers.get('content-type') || '', /^image\//, `Content-Type of ${href}`);
      }
    }
  } finally {
    await context.close();
  }
});
