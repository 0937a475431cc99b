// Every public page in every language loads without console errors, uncaught
// exceptions or failed requests (fonts, CSS, scripts included), answers with
// the right status, and gets a screenshot under screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS, UPCOMING, pagesFor, useServerAndBrowser, watchPage, screenshot, settle,
} from './server.mjs';

const env = useServerAndBrowser({ before, after });

for (const lang of LANGS) {
  test(`pages in ${lang} load cleanly`, async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const watch = watchPage(page);
    const failures = [];
    try {
      for (const p of pagesFor(lang)) {
        const url = env.url(p.path);
        if (p.status !== 200) watch.expectStatus(url, p.status);
        const res = await page.goto(url);
        await settle(page);
        await screenshot(page, `${lang}-${p.name}`);
        if (res.status() !== p.status) failures.push(`${p.path}: status ${res.status()}, expected ${p.status}`);
        const type = res.headers()['content-type'] || '';
        if (!/^text\/html;\s*charset=utf-8$/i.test(type)) failures.push(`${p.path}: Content-Type "${type}"`);
        if (!(await page.title()).trim()) failures.push(`${p.path}: empty <title>`);
        for (const problem of watch.take()) failures.push(`${p.path}: ${problem}`);
      }
      assert.deepEqual(failures, [], `problems:\n  ${failures.join('\n  ')}`);
    } finally {
      await context.close();
    }
  });
}

// Arabic pages are set in Naskh and Urdu pages in Nastaliq, from the fonts
// shipped in /assets/fonts (families defined in /assets/css/fonts.css).
for (const [lang, family] of [['ar', 'Convene Naskh'], ['ur', 'Convene Nastaliq'], ['en', 'Convene Sans']]) {
  test(`${lang} pages load and use the ${family} font`, async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await page.goto(env.url(`/${lang}/events/${UPCOMING}`));
      await settle(page);
      const faces = await page.evaluate(() =>
        [...document.fonts].map((f) => ({ family: f.family.replace(/^["']|["']$/g, ''), weight: f.weight, status: f.status })));
      assert.ok(faces.some((f) => f.family === family && f.status === 'loaded'),
        `a "${family}" face was loaded: ${JSON.stringify(faces)}`);
      const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      assert.match(bodyFont, new RegExp(`^["']?${family}["']?`), `body font-family starts with ${family}`);
      assert.deepEqual(watch.take(), []);
    } finally {
      await context.close();
    }
  });
}
