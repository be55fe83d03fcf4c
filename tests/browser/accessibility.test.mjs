// axe-core in headless Chromium, WCAG 2.1 A and AA rules, on the index, a
// report, an indicator page and the aanbevelingen page (the last two when the
// site has them): zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildExample, launchChromium } from './support.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let built;
let browser;

before(async () => {
  built = buildExample();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  built?.remove();
});

/** The pages to check: the first match of each kind. */
function pagesToCheck() {
  const first = (re) => built.pages.find((p) => re.test(p));
  return [
    'index.html',
    first(/^gemeenten\/[^/]+\/index\.html$/),
    first(/^indicatoren\/[^/]+\/index\.html$/),
    existsSync(join(built.site, 'aanbevelingen', 'index.html')) ? 'aanbevelingen/index.html' : undefined,
    existsSync(join(built.site, 'opvolging', 'index.html')) ? 'opvolging/index.html' : undefined,
  ].filter(Boolean);
}

test('WCAG 2.1 A and AA: no axe violations', async (t) => {
  const pages = pagesToCheck();
  assert.ok(pages.length >= 2, `te weinig pagina's om te controleren: ${pages}`);
  for (const page of pages) {
    await t.test(page, async () => {
      const tab = await browser.newPage();
      try {
        await tab.goto(pathToFileURL(join(built.site, page)).href, { waitUntil: 'load', timeout: 15_000 });
        await tab.addScriptTag({ path: axePath });
        const result = await tab.evaluate(() =>
          // eslint-disable-next-line no-undef
          axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
        const describe = (v, n) => `${v.id} (${v.impact}): ${v.help}\n    ${n.target.join(' ')}\n    ${n.failureSummary?.split('\n').join(' ')}`;
        const lines = [];
        for (const v of result.violations) for (const n of v.nodes) lines.push(describe(v, n));
        assert.equal(lines.length, 0, `${page}:\n  ${lines.join('\n  ')}`);
      } finally {
        await tab.close();
      }
    });
  }
});
