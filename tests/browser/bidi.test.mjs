// Mixed-direction text as a reader sees it: a Latin hashtag inside an Urdu (and an
// Arabic) paragraph keeps its "#" before the word — on the word's left — because the
// hashtag is an isolated link (dir="auto"). Without isolation the bidi algorithm puts
// the "#" after the word ("WaterForEveryHome#"). Checked on the rendered glyphs: the
// bounding boxes of the "#" and of the word's first letter, and the hashtag's place
// between the Urdu words around it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, watchPage, assertNoProblems, screenshot, settle } from './server.mjs';

const env = useServerAndBrowser({ before, after });

/**
 * Boxes of the rendered text around the hashtag link `selector`: the "#", the first letter
 * after it, and the last characters of the text node before the link.
 */
async function boxes(page, selector) {
  return page.locator(selector).first().evaluate((link) => {
    const rect = (node, start, end) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, width: r.width };
    };
    const text = link.firstChild;
    let before = link.previousSibling;
    while (before && before.nodeType !== Node.TEXT_NODE) before = before.previousSibling;
    const beforeText = before.textContent.trimEnd();
    const style = getComputedStyle(link);
    return {
      dir: link.getAttribute('dir'),
      direction: style.direction,
      unicodeBidi: style.unicodeBidi,
      paragraphDirection: getComputedStyle(link.closest('p')).direction,
      text: text.textContent,
      hash: rect(text, 0, 1),
      first: rect(text, 1, 2),
      word: rect(text, 1, text.textContent.length),
      previousWord: rect(before, beforeText.length - 2, beforeText.length),
    };
  });
}

for (const { lang, path, tag } of [
  { lang: 'ur', path: '/ur/posts/invitation-pakistan', tag: 'WaterForEveryHome' },
  { lang: 'ar', path: '/ar/posts/invitation-lebanon', tag: 'WaterForEveryHome' },
]) {
  test(`a Latin hashtag in ${lang} text keeps its # on the left of the word`, async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await page.goto(env.url(path));
      await settle(page);
      await screenshot(page, `bidi-hashtag-${lang}`);
      const selector = `.body p a[href="/${lang}/hashtags/${tag}"]`;
      const b = await boxes(page, selector);
      assert.equal(b.paragraphDirection, 'rtl', 'the paragraph is right-to-left');
      assert.equal(b.text, `#${tag}`);
      assert.equal(b.dir, 'auto');
      assert.equal(b.direction, 'ltr', 'dir=auto resolves to the tag\'s own direction');
      assert.equal(b.unicodeBidi, 'isolate');
      // Same line, and the "#" comes first reading left to right: "#WaterForEveryHome".
      assert.ok(Math.abs(b.hash.top - b.first.top) < 2, `one line: ${JSON.stringify(b)}`);
      assert.ok(b.hash.width > 0 && b.first.width > 0, JSON.stringify(b));
      assert.ok(b.hash.right <= b.first.left + 1, `# before the word: ${JSON.stringify(b)}`);
      // In the right-to-left sentence the hashtag follows the Urdu/Arabic word before it,
      // that is, it stands to that word's left.
      assert.ok(b.word.right <= b.previousWord.left + 1, `order in the sentence: ${JSON.stringify(b)}`);
      // The control: the same link without isolation shows the fault the issue saw,
      // "WaterForEveryHome#" (so the measurement above can tell the two apart).
      await page.locator(selector).first().evaluate((link) => {
        link.removeAttribute('dir');
        link.style.unicodeBidi = 'normal';
      });
      const bare = await boxes(page, selector);
      assert.ok(bare.hash.left >= bare.first.right - 1, `without isolation: ${JSON.stringify(bare)}`);
      await page.reload();
      // The link leads to the hashtag's page.
      await page.locator(selector).first().click();
      await page.waitForURL(`**/${lang}/hashtags/${tag}`);
      assertNoProblems(assert, watch, path);
    } finally {
      await context.close();
    }
  });
}
