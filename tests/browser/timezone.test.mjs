// The visitor's time zone: choosing one in #zone-form changes the times shown
// in <time data-role="visitor-time">, the choice is remembered (cookie), and
// reference-zone times stay as they are. Run with and without JavaScript:
// the form must work without it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  UPCOMING, PAST, useServerAndBrowser, watchPage, assertNoProblems, screenshot, settle,
} from './server.mjs';

const env = useServerAndBrowser({ before, after });

// The browser's own zone differs from both zones chosen below, so a script
// that wrongly overrides the visitor's choice with the browser zone shows up.
const BROWSER_ZONE = 'Asia/Tokyo';

/** The time elements of one role: [{ text, datetime }]. */
function timesOf(page, role) {
  return page.locator(`time[data-role="${role}"]`).evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent.trim().replace(/\s+/g, ' '), datetime: e.getAttribute('datetime') })));
}

/**
 * An instant from a `datetime` attribute if it names one (a global date and
 * time: with Z or an offset); null for a local date/time or a date alone.
 */
function instantOf(datetime) {
  if (!datetime) return null;
  const s = datetime.trim().replace(' ', 'T');
  if (!/T\d{2}:\d{2}/.test(s) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(s)) return null;
  const ms = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : ms;
}

/** Wall-clock hour and minute of an instant in a zone. */
function wallClock(ms, zone) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (t) => Number(parts.find((p) => p.type === t).value);
  return { hour: get('hour'), minute: get('minute') };
}

/** Does the text show this wall-clock time, in 24 h or 12 h notation? */
function showsWallClock(text, { hour, minute }) {
  const mm = String(minute).padStart(2, '0');
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  // Latin digits (en pages); [:.] covers "16:00" and "16.00".
  const re = new RegExp(`(^|[^0-9])(0?${hour}|0?${h12})[:.]${mm}([^0-9]|$)`);
  return re.test(text);
}

/** Hours ("16:00", "4:00 PM" -> 16) shown in a text, in order. */
function hoursIn(text) {
  const out = [];
  for (const m of text.matchAll(/(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?/gi)) {
    let h = Number(m[1]);
    const ampm = (m[3] || '').toLowerCase().replace(/\./g, '');
    if (ampm === 'pm' && h < 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
    out.push(h);
  }
  return out;
}

async function chooseZone(page, zone) {
  const form = page.locator('form#zone-form');
  assert.equal((await form.getAttribute('method') || '').toLowerCase(), 'get', 'zone form method');
  const select = form.locator('select#tz[name="tz"]');
  await select.selectOption(zone);
  await settle(page);
  // A plain GET submission navigates; a script may instead update the page in
  // place, so a missing navigation is not an error by itself (the checks on
  // the visitor times decide).
  const navigated = page.waitForNavigation({ waitUntil: 'load', timeout: 10_000 }).catch(() => null);
  await form.locator('button').first().click();
  await navigated;
  await settle(page);
  assert.equal(await page.locator('select#tz').inputValue(), zone, `select#tz shows ${zone} after submitting`);
}

for (const javaScriptEnabled of [true, false]) {
  const label = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`choosing a time zone changes the visitor times and is remembered (${label})`, async () => {
    const context = await env.browser.newContext({
      locale: 'en-US', timezoneId: BROWSER_ZONE, javaScriptEnabled,
    });
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      const eventUrl = env.url(`/en/events/${UPCOMING}`);
      await page.goto(eventUrl);
      await settle(page);

      // The zone list is made of IANA names and has both zones we use.
      const options = await page.locator('select#tz option').evaluateAll((os) => os.map((o) => o.value));
      for (const z of ['America/New_York', 'Asia/Karachi']) {
        assert.ok(options.includes(z), `select#tz offers ${z}`);
      }
      assert.ok(options.filter((v) => v).every((v) => /^[A-Za-z_]+(\/[A-Za-z0-9_+\-]+)*$/.test(v)),
        'option values look like IANA zone names');

      // Zones are named for people; the hint names the zone the times are shown in: the
      // browser's (Tokyo) when the script runs, else UTC, which is then the one selected.
      const hint = () => page.locator('#zone-hint').textContent();
      const shown = () => page.locator('select#tz').evaluate((s) => s.options[s.selectedIndex].textContent);
      if (javaScriptEnabled) {
        assert.match(await hint(), /Japan Time — Tokyo/);
        assert.equal(await shown(), 'Japan Time — Tokyo (GMT+09:00)');
      } else {
        assert.match(await hint(), /Coordinated Universal Time/);
        assert.equal(await page.locator('select#tz').inputValue(), 'UTC', 'the picker shows the zone the text names');
      }

      const reference0 = await timesOf(page, 'reference-time');
      assert.ok(reference0.length > 0, 'at least one time[data-role=reference-time]');
      assert.ok((await timesOf(page, 'visitor-time')).length > 0, 'at least one time[data-role=visitor-time]');

      await chooseZone(page, 'America/New_York');
      const ny = await timesOf(page, 'visitor-time');
      assert.ok(ny.length > 0, 'visitor times after choosing New York');
      await screenshot(page, `tz-new-york-${javaScriptEnabled ? 'js' : 'nojs'}`);

      await chooseZone(page, 'Asia/Karachi');
      const khi = await timesOf(page, 'visitor-time');
      assert.match(await hint(), /Pakistan Time — Karachi/);
      assert.equal(await shown(), 'Pakistan Time — Karachi (GMT+05:00)');
      await screenshot(page, `tz-karachi-${javaScriptEnabled ? 'js' : 'nojs'}`);
      assert.equal(khi.length, ny.length, 'same number of visitor times in both zones');
      assert.notDeepEqual(khi.map((t) => t.text), ny.map((t) => t.text), 'visitor-time text changed');
      const nyHours = hoursIn(ny[0].text);
      const khiHours = hoursIn(khi[0].text);
      assert.ok(nyHours.length > 0 && khiHours.length > 0,
        `visitor times show an hour: "${ny[0].text}" / "${khi[0].text}"`);
      assert.notEqual(khiHours[0], nyHours[0], `hour differs: "${khi[0].text}" vs "${ny[0].text}"`);

      // The reference zone's times do not move with the visitor's choice.
      assert.deepEqual((await timesOf(page, 'reference-time')).map((t) => t.text),
        reference0.map((t) => t.text), 'reference-time text unchanged');

      // Where datetime names an instant, the shown wall-clock time is that
      // instant in the chosen zone, and it is one of the reference instants.
      const refInstants = new Set(reference0.map((t) => instantOf(t.datetime)).filter((x) => x !== null));
      for (const [zone, times] of [['America/New_York', ny], ['Asia/Karachi', khi]]) {
        for (const t of times) {
          const ms = instantOf(t.datetime);
          if (ms === null) continue;
          assert.ok(showsWallClock(t.text, wallClock(ms, zone)),
            `"${t.text}" shows ${t.datetime} in ${zone} (${JSON.stringify(wallClock(ms, zone))})`);
          if (refInstants.size > 0) {
            assert.ok(refInstants.has(ms), `visitor time ${t.datetime} is one of the reference instants`);
          }
        }
      }

      // Remembered: a cookie holds the choice, and a plain reload (no query)
      // and another page show Karachi times.
      const cookies = await context.cookies(env.server.baseURL);
      assert.ok(cookies.some((c) => decodeURIComponent(c.value).includes('Asia/Karachi')),
        `a cookie remembers the zone: ${JSON.stringify(cookies.map((c) => [c.name, c.value]))}`);
      await page.goto(eventUrl);
      await settle(page);
      assert.equal(await page.locator('select#tz').inputValue(), 'Asia/Karachi', 'select#tz keeps the choice');
      assert.deepEqual((await timesOf(page, 'visitor-time')).map((t) => t.text), khi.map((t) => t.text),
        'visitor times after reload');

      await page.goto(env.url(`/en/events/${PAST}`));
      await settle(page);
      assert.equal(await page.locator('select#tz').inputValue(), 'Asia/Karachi', 'choice kept on the past event');
      assertNoProblems(assert, watch, `time zone pages (${label})`);
    } finally {
      await context.close();
    }
  });
}

test('the upcoming event has a countdown', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const watch = watchPage(page);
  try {
    await page.goto(env.url(`/en/events/${UPCOMING}`));
    await settle(page);
    const countdown = page.locator('#countdown');
    assert.equal(await countdown.count(), 1, 'one #countdown');
    assert.ok(await countdown.isVisible(), '#countdown is visible');
    assert.notEqual((await countdown.textContent()).trim(), '', '#countdown has text');
    assertNoProblems(assert, watch, 'countdown page');
  } finally {
    await context.close();
  }
});
