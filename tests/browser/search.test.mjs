// The site's search in headless Chromium, on the example monitor as built
// (served over HTTP, as a reader gets it: Pagefind does not work from file://)
// and in `spiegel serve`: a word that stands in one aanbeveling only finds
// that aanbeveling first, with its gemeente; a filter narrows the results to
// one gemeente; the front page's field, the search page and a result work
// with the keyboard alone; the search page with results passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { buildExample, copyExample, launchChromium, sourceDir, spiegel } from './support.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// "samenstelling" stands in one aanbeveling of the example: Utrecht's second, to the college.
const word = 'samenstelling';
const expectedTitle = 'Aanbeveling 2 — Utrecht — aan het college';

let built;
let http;
let siteUrl;
let browser;

/** A static file server for the built site, as any web host would be. */
function serveFolder(root) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    try {
      if (!file.startsWith(root)) throw new Error('buiten de site');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

before(async () => {
  built = buildExample();
  http = await serveFolder(built.site);
  siteUrl = `http://127.0.0.1:${http.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  http?.close();
  built?.remove();
});

/** The results shown: title, link and the soort · gemeente · thema line of each. */
function results(tab) {
  return tab.locator('.zoekresultaat').evaluateAll((items) => items.map((li) => ({
    title: li.querySelector('h2').textContent,
    href: li.querySelector('h2 a').getAttribute('href'),
    about: li.querySelector('.zoekresultaat-soort').textContent,
  })));
}

/** Waits until the status line reports a finished search. */
async function settled(tab) {
  await tab.waitForFunction(() => /resulta/.test(document.getElementById('zoekstatus').textContent), null, { timeout: 10_000 });
}

test('the word stands in one aanbeveling of the example, and nowhere else as a word', () => {
  const folder = join(sourceDir, 'content');
  let places = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(md|yaml|csv)$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8').toLowerCase();
    places += text.match(new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  }
  assert.equal(places, 1, `'${word}' moet precies één keer in content/ staan; kies anders een ander woord voor deze test`);
});

test('a word from one aanbeveling finds that aanbeveling first, with its gemeente, and links to it', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${siteUrl}zoeken/index.html`, { waitUntil: 'load' });
  await tab.fill('#zoekterm', word);
  await tab.press('#zoekterm', 'Enter');
  await settled(tab);
  const found = await results(tab);
  assert.ok(found.length >= 1, 'geen resultaten');
  assert.equal(found[0].title, expectedTitle);
  assert.match(found[0].about, /^Aanbeveling · Utrecht/);
  assert.match(await tab.locator('.zoekresultaat mark').first().textContent(), new RegExp(word, 'i'));
  // The address holds the search, so it can be shared.
  assert.match(tab.url(), new RegExp(`\\?q=${word}$`));
  await tab.locator('.zoekresultaat h2 a').first().click();
  await tab.waitForURL(/gemeenten\/utrecht\/index\.html#/);
  const target = decodeURIComponent(new URL(tab.url()).hash.slice(1));
  assert.match(await tab.locator(`[id="${target}"]`).innerText(), new RegExp(word, 'i'));
  await tab.close();
});

test('a gemeente filter narrows the results to that gemeente', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${siteUrl}zoeken/index.html?q=gebruik`, { waitUntil: 'load' });
  await settled(tab);
  const all = await results(tab);
  const gemeenten = new Set(all.map((r) => r.about.split(' · ')[1]).filter(Boolean));
  assert.ok(gemeenten.size >= 2, `'gebruik' zou in meer gemeenten moeten staan: ${[...gemeenten]}`);
  await tab.selectOption('#filter-gemeente', 'Deventer');
  await tab.waitForFunction(() => {
    const about = [...document.querySelectorAll('.zoekresultaat-soort')];
    return about.length > 0 && about.every((p) => p.textContent.includes('Deventer'));
  }, null, { timeout: 10_000 });
  const narrowed = await results(tab);
  assert.ok(narrowed.length >= 1 && narrowed.length < all.length, `${narrowed.length} van ${all.length}`);
  for (const r of narrowed) assert.match(r.about, /· Deventer/, r.title);
  assert.match(tab.url(), /gemeente=Deventer/);
  await tab.close();
});

test('with the keyboard alone: the front page field, the results, a result', async () => {
  const tab = await browser.newPage();
  await tab.goto(siteUrl, { waitUntil: 'load' });
  // Tab from the top of the page to the search field, as a keyboard user would.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await tab.keyboard.press('Tab');
    reached = await tab.evaluate(() => document.activeElement?.id === 'zoekterm');
  }
  assert.ok(reached, 'het zoekveld op de voorpagina is met Tab niet te bereiken');
  await tab.keyboard.type(word);
  await tab.keyboard.press('Enter');
  await tab.waitForURL(/zoeken\/index\.html\?q=/);
  await settled(tab);
  // On to the first result: from the top of the new page, past the menu, the field, the button and the filters.
  let onResult = false;
  for (let i = 0; i < 40 && !onResult; i++) {
    await tab.keyboard.press('Tab');
    onResult = await tab.evaluate(() => document.activeElement?.closest('.zoekresultaat') !== null);
  }
  assert.ok(onResult, 'het eerste resultaat is met Tab niet te bereiken');
  assert.equal(await tab.evaluate(() => document.activeElement.textContent), expectedTitle);
  await tab.keyboard.press('Enter');
  await tab.waitForURL(/gemeenten\/utrecht\/index\.html#/);
  await tab.close();
});

test('the search page with results: no axe violations (WCAG 2.1 A and AA)', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${siteUrl}zoeken/index.html?q=gebruik`, { waitUntil: 'load' });
  await settled(tab);
  await tab.addScriptTag({ path: axePath });
  const result = await tab.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const lines = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
  assert.equal(lines.length, 0, lines.join('\n'));
  await tab.close();
});

test('spiegel serve serves the index too', async () => {
  const project = copyExample();
  const child = spawn(spiegel, ['serve', project.dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve gaf binnen 15 s geen adres:\n${log}`)), 15_000);
      child.stdout.on('data', (d) => {
        log += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(log);
        if (m) { clearTimeout(timer); resolve(m[0]); }
      });
      child.on('exit', (code) => reject(new Error(`serve stopte (${code}):\n${log}`)));
    });
    // The index follows the pages in the background: wait until it is there.
    const deadline = Date.now() + 15_000;
    while ((await fetch(`${url}pagefind/pagefind.js`)).status !== 200) {
      assert.ok(Date.now() < deadline, `geen zoekindex binnen 15 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const tab = await browser.newPage();
    await tab.goto(`${url}zoeken/index.html?q=${word}`, { waitUntil: 'load' });
    await settled(tab);
    assert.equal((await results(tab))[0]?.title, expectedTitle);
    await tab.close();
  } finally {
    child.kill('SIGKILL');
    project.remove();
  }
});
