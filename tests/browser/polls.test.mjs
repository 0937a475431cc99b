// Polls in the hall, with the server's clock during the interactive segment (set by
// CONVENE_CLOCK_START, as hall.test.mjs does): two attendees register and confirm through
// the public form and the mailed link; a moderator prepares a poll (English and Arabic,
// Urdu left empty) on /admin/hall/<event>/polls and opens it; it appears in both
// attendees' open halls without a reload; each votes (in the background), both see the
// counts, percentages and bars live, each their own vote marked; the moderator's page
// follows the results live; axe on the hall with the poll on screen in en, ar and ur (Urdu
// reads the poll in English, the default language); without JavaScript a vote is a plain
// form post that comes back to the poll; a reaction from one attendee reaches the other;
// after the close the results stay and the form goes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  UPCOMING, assertNoProblems, screenshot,
} from './server.mjs';
import { plain } from './mail.mjs';
import {
  HALL, LIVE_MS, hall, openHall, closeHall, serverAt, withServerLog, loaded, newPage,
  until, url, submitAndWait, assertAxeClean, signInModerator,
} from './hall-setup.mjs';

const POLLS = `/admin/hall/${UPCOMING}/polls`;
const QUESTION = `Where should the next water point go? ${process.pid}`;
const QUESTION_AR = `أين تُقام نقطة المياه التالية؟ ${process.pid}`;
/** The moderator's password is this and the process id. */
const MODERATOR_PHRASE = 'Nadia counts every vote twice';

/** The poll's total and each answer's count text, as shown (isolation marks removed). */
const shown = (page, id) => page.evaluate((i) => {
  const strip = (t) => (t || '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  const article = document.getElementById(`poll-${i}`);
  return {
    total: strip(article.querySelector('.poll-total').textContent),
    counts: [...article.querySelectorAll('.poll-row .poll-count')].map((c) => strip(c.textContent)),
    widths: [...article.querySelectorAll('.poll-bar-fill')].map((r) => r.getAttribute('width')),
    mine: [...article.querySelectorAll('.poll-row')].map((r) => !r.querySelector('.poll-mine').hidden),
  };
}, id);

before(() => openHall({
  prefix: 'convene-polls-',
  segment: 'interactive',
  attendees: [['leila', 'Leila Haddad'], ['ayse', 'Ayşe Kaya']],
}));

after(closeHall);

test('a poll opened by a moderator, voted by two attendees, results live for both; axe in en, ar, ur; the plain form; closed', () => withServerLog(async () => {
  await serverAt(hall.segments.interactive + 60_000);
  const [a, b] = hall.people;
  const mod = await newPage();
  const pa = await newPage();
  const pb = await newPage();
  try {
    await signInModerator(mod.page, MODERATOR_PHRASE);
    // The attendees are in the hall before the poll exists: it must come to them.
    for (const [p, who] of [[pa, a], [pb, b]]) {
      const res = await p.page.goto(url(HALL(who.token)));
      assert.equal(res.status(), 200, `${who.name}'s hall`);
      await loaded(p.page);
      assert.equal(await p.page.locator('#hall').getAttribute('data-phase'), 'open');
      assert.ok(await p.page.locator('#polls').isHidden(), 'no polls yet: the section is hidden');
    }

    // The moderator prepares the poll: English and Arabic, Urdu left to the default.
    await mod.page.goto(url(POLLS));
    await loaded(mod.page);
    await mod.page.locator('#poll-segment').selectOption('interactive');
    await mod.page.locator('#question-en').fill(QUESTION);
    await mod.page.locator('#options-en').fill('Near the school\nBy the market');
    await mod.page.locator('#question-ar').fill(QUESTION_AR);
    await mod.page.locator('#options-ar').fill('قرب المدرسة\nعند السوق');
    await submitAndWait(mod.page, mod.page.getByRole('button', { name: 'Save as a draft', exact: true }));
    const draft = mod.page.locator('#mod-polls > li', { hasText: QUESTION });
    await draft.waitFor();
    const id = (await draft.getAttribute('id')).replace(/^poll-/, '');
    assert.match(id, /^\d+$/);
    assert.match(plain(await draft.locator('.poll-status').textContent()), /^Draft/);
    assert.ok(await pa.page.locator('#polls').isHidden(), 'a draft is not shown to attendees');
    await submitAndWait(mod.page, mod.page.locator(`#poll-${id}`).getByRole('button', { name: 'Open to everyone', exact: true }));

    // Both attendees see it, live, in English.
    for (const p of [pa, pb]) {
      await p.page.locator(`#poll-${id}.poll-open`).waitFor({ timeout: LIVE_MS });
      assert.equal(plain(await p.page.locator(`#poll-${id} .poll-question`).textContent()), QUESTION);
      assert.deepEqual((await shown(p.page, id)).counts, ['0 votes · 0%', '0 votes · 0%']);
    }

    // A votes for the school, B for the market; in the background.
    for (const [p, answer] of [[pa, 'Near the school'], [pb, 'By the market']]) {
      await p.page.locator(`#poll-${id} .poll-choice`, { hasText: answer }).locator('input').check();
      await p.page.locator(`#poll-${id} .poll-submit`).click();
    }
    for (const [p, mine] of [[pa, [true, false]], [pb, [false, true]]]) {
      await until(p.page, (i) => (document.querySelector(`#poll-${i} .poll-total`)?.textContent || '')
        .replace(/[\u2066-\u2069]/g, '').trim() === '2 votes', id);
      const now = await shown(p.page, id);
      assert.deepEqual(now.counts, ['1 vote · 50%', '1 vote · 50%']);
      assert.deepEqual(now.widths, ['50%', '50%'], 'the bars');
      assert.deepEqual(now.mine, mine, 'the attendee\'s own vote is marked');
      assert.equal(plain(await p.page.locator(`#poll-${id} .poll-submit`).textContent()), 'Change my vote');
    }
    // Each answer's bar has its own pattern, not only a colour.
    const fills = await pa.page.locator(`#poll-${id} .poll-bar-fill`).evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
    assert.equal(new Set(fills).size, 2, `two patterns: ${fills}`);
    assert.equal(await pa.page.locator(`#poll-${id} .poll-results`).getAttribute('aria-live'), 'polite');
    // The moderator's page follows the results.
    await until(mod.page, (i) => /2 votes/.test((document.querySelector(`#poll-${i} .poll-total`)?.textContent || '')
      .replace(/[\u2066-\u2069]/g, '')), id);
    await screenshot(pa.page, 'polls-attendee-a-en');
    await screenshot(mod.page, 'polls-moderator');
    await assertAxeClean(pa.page, 'the hall with a poll (en)');

    // The same hall in Arabic (the Arabic texts, right to left) and Urdu (the English ones).
    for (const [lang, question] of [['ar', QUESTION_AR], ['ur', QUESTION]]) {
      const res = await pb.page.goto(url(HALL(b.token, lang)));
      assert.equal(res.status(), 200);
      await loaded(pb.page);
      assert.equal(await pb.page.locator('html').getAttribute('dir'), 'rtl');
      assert.equal(plain(await pb.page.locator(`#poll-${id} .poll-question`).textContent()), question);
      assert.equal(await pb.page.locator(`#poll-${id} .poll-question`).getAttribute('lang'), lang === 'ar' ? 'ar' : 'en');
      assert.equal(await pb.page.locator(`#poll-${id} .poll-row-mine`).count(), 1, 'B\'s vote marked');
      await screenshot(pb.page, `polls-attendee-b-${lang}`);
      await assertAxeClean(pb.page, `the hall with a poll (${lang})`);
    }

    // Without JavaScript: the plain form, back to the poll, the vote changed.
    const plainPage = await newPage({ javaScriptEnabled: false });
    try {
      await plainPage.page.goto(url(HALL(a.token)));
      await plainPage.page.locator(`#poll-${id} .poll-choice`, { hasText: 'By the market' }).locator('input').check();
      await submitAndWait(plainPage.page, plainPage.page.locator(`#poll-${id} .poll-submit`));
      const back = new URL(plainPage.page.url());
      assert.equal(`${back.pathname}${back.hash}`, `${HALL(a.token)}#poll-${id}`);
      assert.deepEqual((await shown(plainPage.page, id)).counts, ['0 votes · 0%', '2 votes · 100%']);
      assert.deepEqual((await shown(plainPage.page, id)).mine, [false, true]);
      assertNoProblems(assert, plainPage.watch, 'the hall without JavaScript');
    } finally {
      await plainPage.context.close();
    }

    // A reaction from A reaches B (on the Urdu page now) within the second's frame.
    await pa.page.getByRole('button', { name: 'Applause', exact: true }).click();
    await until(pb.page, () => {
      const burst = document.querySelector('#reaction-stream [data-reaction="clap"]');
      return burst && !burst.hidden && /1/.test(burst.textContent);
    });
    assert.equal(new URL(pa.page.url()).pathname, HALL(a.token), 'A stayed in the hall (sent in the background)');

    // Closed: the results stay on A's open page, the form goes, live.
    await submitAndWait(mod.page, mod.page.locator(`#poll-${id}`).getByRole('button', { name: 'Close the poll', exact: true }));
    await pa.page.locator(`#poll-${id}.poll-closed`).waitFor({ timeout: LIVE_MS });
    assert.equal(await pa.page.locator(`#poll-${id} .poll-form`).count(), 0, 'no form on a closed poll');
    assert.equal(plain(await pa.page.locator(`#poll-${id} .poll-state`).textContent()), 'Closed');
    assert.deepEqual((await shown(pa.page, id)).counts, ['0 votes · 0%', '2 votes · 100%']);

    assertNoProblems(assert, pa.watch, 'A\'s hall');
    assertNoProblems(assert, pb.watch, 'B\'s hall');
    assertNoProblems(assert, mod.watch, 'the polls page');
  } finally {
    await Promise.all([mod.context.close(), pa.context.close(), pb.context.close()]);
  }
}));
