// The example monitor on a phone (390 px wide, as an iPhone 12–15) in headless
// Chromium: the page never scrolls sideways, a table wider than its box shows
// the cue that it scrolls (and a table that fits shows none), the Kerncijfers
// fit whole, and the footer speaks in the rekenkamer's name, not the tool's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildExample, launchChromium } from './support.mjs';

const phone = { width: 390, height: 844 };
let built;
let browser;
let tab;

before(async () => {
  built = buildExample();
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: phone });
});

after(async () => {
  await browser?.close();
  built?.remove();
});

/** Opens a page of the built site in the phone-sized tab. */
async function open(page) {
  await tab.goto(pathToFileURL(join(built.site, page)).href, { waitUntil: 'load', timeout: 15_000 });
}

/**
 * Every table on the open page: whether its box scrolls and whether the cue is
 * shown. The cue is the table holder's ::before ("Schuif opzij voor meer
 * kolommen →"), visible and with a height only while the holder scrolls.
 */
function tables() {
  return tab.evaluate(() => [...document.querySelectorAll('main table')].map((table) => {
    const holder = table.closest('.tabelhouder');
    const name = (table.caption?.textContent ?? holder?.getAttribute('aria-label') ?? '(zonder naam)').trim();
    if (!holder) return { name, holder: false, right: table.getBoundingClientRect().right };
    const cue = getComputedStyle(holder, '::before');
    return {
      name,
      holder: true,
      scrolls: holder.scrollWidth > holder.clientWidth,
      cue: cue.visibility === 'visible' && parseFloat(cue.height) > 0,
      cueText: cue.content,
      right: holder.getBoundingClientRect().right,
    };
  }));
}

test('390 px: no page scrolls sideways, and a table scrolls only with its cue', async () => {
  const pages = built.pages.filter((p) => p !== '404.html');
  let wide = 0;
  for (const page of pages) {
    await open(page);
    const { scrollWidth, clientWidth } = await tab.evaluate(() => {
      const { scrollWidth, clientWidth } = document.documentElement;
      return { scrollWidth, clientWidth };
    });
    assert.ok(scrollWidth <= clientWidth, `${page}: de pagina schuift opzij (${scrollWidth} px breed op ${clientWidth} px)`);
    for (const t of await tables()) {
      assert.ok(t.right <= phone.width, `${page}: ${t.name} steekt buiten het scherm`);
      if (!t.holder) continue;
      assert.equal(t.cue, t.scrolls, `${page}: ${t.name} ${t.scrolls ? 'schuift zonder' : 'past, maar toont toch'} de aanwijzing`);
      if (t.scrolls) {
        assert.match(t.cueText, /Schuif opzij/);
        wide += 1;
      }
    }
  }
  // The example's benchmark tables have five indicators: at 390 px they must scroll, or this test tests nothing.
  assert.ok(wide >= 2, `maar ${wide} brede tabellen gezien`);
});

test('390 px: the Kerncijfers fit whole, Nederland included', async () => {
  const reports = built.pages.filter((p) => /^gemeenten\/[^/]+\/index\.html$/.test(p));
  assert.ok(reports.length > 0);
  for (const page of reports) {
    await open(page);
    const k = await tab.evaluate(() => {
      const holder = document.querySelector('section.kerncijfers .tabelhouder');
      const box = holder.getBoundingClientRect();
      const cut = [...holder.querySelectorAll('th, td')]
        .filter((c) => c.offsetParent !== null && c.getBoundingClientRect().right > box.right + 0.5)
        .map((c) => c.textContent.trim());
      return { scrolls: holder.scrollWidth > holder.clientWidth, cut, head: holder.querySelector('thead').innerText };
    });
    assert.equal(k.scrolls, false, `${page}: de Kerncijfers schuiven; afgesneden: ${k.cut.join(', ')}`);
    assert.deepEqual(k.cut, [], `${page}: afgesneden in de Kerncijfers`);
    assert.match(k.head, /Nederland/);
  }
});

test('the footer names the rekenkamer, not the tool', async () => {
  for (const page of ['index.html', built.pages.find((p) => p.startsWith('gemeenten/'))]) {
    await open(page);
    const footer = await tab.locator('footer.sitevoet').innerText();
    assert.match(footer, /Rekenkamer Voorbeeld/);
    assert.doesNotMatch(footer, /Spiegel/, `${page}: ${footer}`);
  }
});
