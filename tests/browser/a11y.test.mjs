// Accessibility: axe-core finds no serious or critical violation on the home
// page, both event pages and the 404 page, in English, Arabic and Urdu.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { pagesFor, useServerAndBrowser, watchPage, settle } from './server.mjs';

const env = useServerAndBrowser({ before, after });

const BLOCKING = new Set(['serious', 'critical']);

function describeViolation(v) {
  const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ')}`);
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}\n${nodes.join('\n')}`;
}

for (const lang of ['en', 'ar', 'ur']) {
  for (const p of pagesFor(lang)) {
    test(`axe: no serious or critical violation on ${p.path}`, async () => {
      // AxeBuilder needs a page from browser.newContext(), not browser.newPage().
      const context = await env.browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        const url = env.url(p.path);
        if (p.status !== 200) watch.expectStatus(url, p.status);
        const res = await page.goto(url);
        assert.equal(res.status(), p.status, `status of ${p.path}`);
        await settle(page);
        const results = await new AxeBuilder({ page }).analyze();
        const blocking = results.violations.filter((v) => BLOCKING.has(v.impact));
        const minor = results.violations.filter((v) => !BLOCKING.has(v.impact));
        if (minor.length > 0) {
          // Reported, not failed: moderate and minor findings are for humans to weigh.
          console.log(`# axe (moderate/minor) on ${p.path}:\n${minor.map(describeViolation).join('\n')}`);
        }
        assert.equal(blocking.length, 0,
          `axe violations on ${p.path}:\n${blocking.map(describeViolation).join('\n')}`);
      } finally {
        await context.close();
      }
    });
  }
}
