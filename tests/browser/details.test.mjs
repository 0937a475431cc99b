// The small things a careful reader noticed (issue 15), as a browser shows them: the zone
// picker without JavaScript shows the zone the text names; a card's dates are smaller than
// its title; "3:30 PM Madinah time" stays on one line on a phone; an Urdu time reads
// "2:30 PM", not "PM 2:30"; the menu marks Home only on the home page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { UPCOMING, useServerAndBrowser, watchPage, assertNoProblems, screenshot, settle } from './server.mjs';

const env = useServerAndBrowser({ before, after });

async function open(path, options = {}) {
  const context = await env.browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Tokyo', ...options });
  const page = await context.newPage();
  const watch = watchPage(page);
  const res = await page.goto(env.url(path));
  assert.equal(res.status(), 200, path);
  await settle(page);
  return { context, page, watch };
}

test('without JavaScript the zone picker shows the zone the page names', async () => {
  for (const [query, zone, name] of [['', 'UTC', 'Coordinated Universal Time'], ['?tz=Asia/Tehran', 'Asia/Tehran', 'Iran']]) {
    const { context, page, watch } = await open(`/en/events/${UPCOMING}${query}`, { javaScriptEnabled: false });
    try {
      const shown = await page.evaluate(() => {
        const select = document.getElementById('tz');
        return { value: select.value, label: select.options[select.selectedIndex].textContent };
      });
      assert.equal(shown.value, zone, 'the picker shows the zone whose times are shown');
      const hint = await page.locator('#zone-hint').textContent();
      assert.ok(hint.includes(name), `the text names it: ${hint}`);
      assert.ok(shown.label.startsWith(name), `${shown.label} is the zone named in ${hint}`);
      assertNoProblems(assert, watch, `no-JS ${zone}`);
    } finally {
      await context.close();
    }
  }
});

test('the menu marks Home on the home page only', async () => {
  for (const [path, current] of [['/en/', 1], [`/en/events/${UPCOMING}`, 0]]) {
    const { context, page } = await open(path);
    try {
      assert.equal(await page.locator('.main-nav a[aria-current="page"]').count(), current, path);
      // Nothing in the menu looks current on an event page (the underline is the mark).
      const underlined = await page.$$eval('.main-nav a', (as) => as.filter((a) => getComputedStyle(a).borderBlockEndStyle !== 'none').length);
      assert.equal(underlined, current, `${path}: underlined menu entries`);
    } finally {
      await context.close();
    }
  }
});

test("a card's dates are smaller than its title, in every script", async () => {
  for (const lang of ['en', 'ar', 'ur']) {
    const { context, page } = await open(`/${lang}/`);
    try {
      const sizes = await page.$$eval('.card', (cards) => cards.map((c) => ({
        title: parseFloat(getComputedStyle(c.querySelector('h3')).fontSize),
        dates: parseFloat(getComputedStyle(c.querySelector('.dates')).fontSize),
      })));
      assert.ok(sizes.length > 0, `${lang}: cards on the home page`);
      for (const s of sizes) assert.ok(s.dates < s.title, `${lang}: dates ${s.dates}px, title ${s.title}px`);
    } finally {
      await context.close();
    }
  }
});

test('on a phone each time of the event stays on one line, its zone included', async () => {
  for (const lang of ['en', 'ar', 'ur', 'fr']) {
    const { context, page } = await open(`/${lang}/events/${UPCOMING}`, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    try {
      const lines = await page.$$eval('.when .times time', (els) => els.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { text: el.textContent, lines: tops.size };
      }));
      assert.equal(lines.length, 3, `${lang}: doors, start, end`);
      for (const l of lines) assert.equal(l.lines, 1, `${lang}: "${l.text}" on ${l.lines} lines`);
      // Nothing wider than the phone (the zone picker's long names once pushed the page out).
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(widths[0] <= widths[1], `${lang}: the page scrolls sideways (${widths[0]} px content in ${widths[1]} px)`);
      await screenshot(page, `details-phone-${lang}`);
    } finally {
      await context.close();
    }
  }
});

test('an Urdu time reads "2:30 PM" in the cities table as in the times above it', async () => {
  const { context, page, watch } = await open(`/ur/events/${UPCOMING}`);
  try {
    // Where the digits and "PM" are drawn: left to right, the digits come first.
    const order = await page.$$eval('.cities td time, .when .times time', (els) => els
      .filter((el) => /[AP]M/.test(el.textContent))
      .map((el) => {
        const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /[AP]M/.test(n.textContent));
        const text = node.textContent;
        const box = (from, to) => {
          const r = document.createRange();
          r.setStart(node, from);
          r.setEnd(node, to);
          return r.getBoundingClientRect();
        };
        // The time's own digits: after the isolate that opens it (a date may come first).
        const from = Math.max(0, text.indexOf('\u2068'));
        const digit = from + text.slice(from).search(/\d/);
        const period = text.search(/[AP]M/);
        return { text, digitsLeft: box(digit, digit + 1).left, periodLeft: box(period, period + 2).left };
      }));
    assert.ok(order.length >= 4, `times with AM/PM: ${JSON.stringify(order)}`);
    for (const o of order) {
      assert.ok(o.digitsLeft < o.periodLeft, `"${o.text}" is drawn as "PM …" (digits at ${o.digitsLeft}, PM at ${o.periodLeft})`);
    }
    await page.locator('.cities').scrollIntoViewIfNeeded();
    await screenshot(page, 'details-cities-ur');
    assertNoProblems(assert, watch, 'the Urdu event page');
  } finally {
    await context.close();
  }
});

test('screenshots of the event page in English, Arabic and Urdu', async () => {
  for (const lang of ['en', 'ar', 'ur']) {
    const { context, page, watch } = await open(`/${lang}/events/${UPCOMING}?tz=Pacific/Kiritimati`);
    try {
      await screenshot(page, `details-event-${lang}`);
      assertNoProblems(assert, watch, `${lang} event page`);
    } finally {
      await context.close();
    }
  }
});
