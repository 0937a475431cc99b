// Live captions in the hall, with the server's clock during the first dialogue (set by
// CONVENE_CLOCK_START, as hall.test.mjs does): two attendees register and confirm through
// the public form and the mailed link; in their open halls one chooses Arabic captions and
// the other English (no reload); a moderator types lines on the captioners' console
// (/admin/hall/<event>/captions, Enter sends without a reload); an Arabic line reaches the
// attendee who chose Arabic and not the other, an English one the other way round; a
// correction (ArrowUp brings the last line back) replaces the line on screen; the text size
// changes and is kept; the caption box is aria-live="polite"; axe on the hall with captions
// shown in en, ar and ur. Without JavaScript the console is a plain form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  UPCOMING, assertNoProblems, screenshot,
} from './server.mjs';
import {
  HALL, hall, openHall, closeHall, serverAt, withServerLog, loaded, newPage, until, url,
  submitAndWait, assertAxeClean, signInModerator,
} from './hall-setup.mjs';

const CONSOLE = `/admin/hall/${UPCOMING}/captions`;
/** The moderator's password is this and the process id. */
const MODERATOR_PHRASE = 'Nadia types every word twice';

/** The lines in the caption box, as shown. */
const lines = (page) => page.locator('#caption-box .caption-line').allTextContents();

/** Type a line on the console and press Enter; wait until the console lists it. */
async function typeLine(page, text) {
  const input = page.locator('#caption-text');
  await input.fill(text);
  await input.press('Enter');
  await until(page, (t) => [...document.querySelectorAll('#caption-lines li')].some((li) => li.textContent === t), text);
  assert.equal(await input.inputValue(), '', 'the input is cleared for the next line');
}

before(() => openHall({
  prefix: 'convene-captions-',
  segment: 'dialogue-1',
  attendees: [['samira', 'Samira Aziz'], ['tom', 'Tom Walker']],
}));

after(closeHall);

test('a captioner\'s line reaches the attendee who chose its language and not the other; corrections, size; axe in en, ar, ur', () => withServerLog(async () => {
  await serverAt(hall.segments['dialogue-1'] + 60_000);
  const [a, b] = hall.people;
  const mod = await newPage();
  const pa = await newPage();
  const pb = await newPage();
  try {
    await signInModerator(mod.page, MODERATOR_PHRASE);
    // The attendees choose their caption language in the open hall, without a reload.
    for (const [p, who, lang] of [[pa, a, 'ar'], [pb, b, 'en']]) {
      const res = await p.page.goto(url(HALL(who.token)));
      assert.equal(res.status(), 200, `${who.name}'s hall`);
      await loaded(p.page);
      assert.ok(await p.page.locator('#caption-box').isHidden(), 'no captions until chosen');
      await p.page.evaluate(() => { window.stayed = true; });
      await p.page.locator('#captions-lang').selectOption(lang);
      await p.page.locator('#caption-box').waitFor();
      assert.equal(await p.page.evaluate(() => window.stayed), true, 'no reload');
      assert.equal(new URL(p.page.url()).searchParams.get('captions'), lang, 'the address keeps the choice');
      assert.equal(await p.page.locator('#caption-box').getAttribute('aria-live'), 'polite');
      assert.equal(await p.page.locator('#caption-box').getAttribute('lang'), lang);
    }
    assert.equal(await pa.page.locator('#caption-box').getAttribute('dir'), 'rtl');

    // The captioner types an Arabic line: it reaches A, not B.
    await mod.page.goto(url(`${CONSOLE}?caption=ar`));
    await loaded(mod.page);
    assert.equal(await mod.page.evaluate(() => document.activeElement?.id), 'caption-text', 'the input has the focus');
    await mod.page.evaluate(() => { window.stayed = true; });
    const arabic = `مرحبًا بكم في الحوار الأول ${process.pid}`;
    await typeLine(mod.page, arabic);
    assert.equal(await mod.page.evaluate(() => window.stayed), true, 'Enter sent without a reload');
    await until(pa.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].some((l) => l.textContent === t), arabic);
    // Then an English line: B gets it, and never had the Arabic one; A does not get it.
    await mod.page.goto(url(`${CONSOLE}?caption=en`));
    await loaded(mod.page);
    const english = `Welcome to the first dialogue ${process.pid}`;
    await typeLine(mod.page, english);
    await until(pb.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].some((l) => l.textContent === t), english);
    assert.deepEqual(await lines(pb.page), [english], 'B saw the English line only');
    // A correction of the English line (ArrowUp brings it back), then one more Arabic
    // line: A's box has its two Arabic lines and nothing English.
    const input = mod.page.locator('#caption-text');
    await input.press('ArrowUp');
    assert.equal(await input.inputValue(), english);
    const corrected = `Welcome to our first dialogue ${process.pid}`;
    await input.fill(corrected);
    await input.press('Enter');
    await until(pb.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].map((l) => l.textContent).join('|') === t, corrected);
    assert.deepEqual(await mod.page.locator('#caption-lines li').allTextContents(), [corrected], 'the console replaced the line');
    await mod.page.goto(url(`${CONSOLE}?caption=ar`));
    await loaded(mod.page);
    const arabic2 = `سنبدأ بعد قليل ${process.pid}`;
    await typeLine(mod.page, arabic2);
    await until(pa.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].some((l) => l.textContent === t), arabic2);
    assert.deepEqual(await lines(pa.page), [arabic, arabic2], 'A saw the Arabic lines only');

    // Larger text, kept across a reload.
    await pa.page.getByRole('button', { name: 'Larger text', exact: true }).click();
    assert.equal(await pa.page.locator('#caption-box').getAttribute('data-size'), '3');
    const small = await pb.page.locator('#caption-box').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const large = await pa.page.locator('#caption-box').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(large > small, `larger text: ${large} > ${small}`);
    await screenshot(pa.page, 'captions-attendee-ar-choice');
    await screenshot(mod.page, 'captions-console');
    await assertAxeClean(pa.page, 'the hall with captions (en page)');

    // The hall in Arabic and Urdu with captions shown; the last lines are on the page
    // itself, and the choice and size are remembered.
    for (const lang of ['ar', 'ur']) {
      const res = await pa.page.goto(url(`${HALL(a.token, lang)}?captions=ar`));
      assert.equal(res.status(), 200);
      await loaded(pa.page);
      assert.equal(await pa.page.locator('html').getAttribute('dir'), 'rtl');
      assert.deepEqual(await lines(pa.page), [arabic, arabic2]);
      assert.equal(await pa.page.locator('#caption-box').getAttribute('data-size'), '3', 'the size is kept');
      await screenshot(pa.page, `captions-hall-${lang}`);
      await assertAxeClean(pa.page, `the hall with captions (${lang})`);
    }

    // Without JavaScript the console is a plain form that comes back with the line.
    const plainMod = await hall.browser.newContext({ locale: 'en-US', javaScriptEnabled: false, storageState: await mod.context.storageState() });
    try {
      const page = await plainMod.newPage();
      await page.goto(url(`${CONSOLE}?caption=en`));
      const line = `Plain form line ${process.pid}`;
      await page.locator('#caption-text').fill(line);
      await submitAndWait(page, page.getByRole('button', { name: 'Send', exact: true }));
      assert.deepEqual((await page.locator('#caption-lines li').allTextContents()).slice(-1), [line]);
      await until(pb.page, (t) => [...document.querySelectorAll('#caption-box .caption-line')].some((l) => l.textContent === t), line);
    } finally {
      await plainMod.close();
    }

    assertNoProblems(assert, pa.watch, 'A\'s hall');
    assertNoProblems(assert, pb.watch, 'B\'s hall');
    assertNoProblems(assert, mod.watch, 'the captions console');
  } finally {
    await Promise.all([mod.context.close(), pa.context.close(), pb.context.close()]);
  }
}));
