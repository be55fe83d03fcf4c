// spiegel serve in a real browser: open a report, change its text file and see
// the new text within 2 s without touching the browser; break the file and
// see the error page; fix it and see the report again. On a copy of the
// example project, on a free port of 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, launchChromium, spiegel } from './support.mjs';

let project;
let server;
let baseUrl;
let browser;
let serverLog = '';

/** Starts spiegel serve on port 0 (any free port) and reads the URL it prints. */
function startServe(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(spiegel, ['serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`serve gaf binnen 15 s geen adres:\n${serverLog}`)), 15_000);
    child.stderr.on('data', (d) => { serverLog += d; });
    child.stdout.on('data', (d) => {
      serverLog += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(serverLog);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[0] });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve stopte (${code}):\n${serverLog}`)));
  });
}

before(async () => {
  project = copyExample();
  const started = await startServe(project.dir);
  server = started.child;
  baseUrl = started.url;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) server.kill('SIGKILL');
  project?.remove();
});

test('live reload, the error page and recovery', async () => {
  const slug = readdirSync(join(project.dir, 'content', 'gemeenten')).filter((f) => f.endsWith('.md')).sort()[0].slice(0, -3);
  const file = join(project.dir, 'content', 'gemeenten', `${slug}.md`);
  const original = readFileSync(file, 'utf8');
  const page = await browser.newPage();
  // The report's URL is the slug of the gemeente's name; the index links to it.
  await page.goto(baseUrl, { waitUntil: 'load' });
  const href = await page.locator('a[href^="gemeenten/"]').first().getAttribute('href');
  await page.goto(new URL(href, baseUrl).href, { waitUntil: 'load' });
  const report = page.url();
  assert.match(await page.title(), /\S/);

  const marker = `Controlezin ${Date.now()} voor de live-herlaadtest.`;
  const edited = `${original.trimEnd()}\n\n${marker}\n`;
  writeFileSync(file, edited);
  await page.waitForFunction((m) => document.body?.innerText.includes(m), marker, { timeout: 2_000 });
  assert.equal(page.url(), report);

  writeFileSync(file, `${edited}\n{{< bestaat_niet >}}\n`);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('De site kan niet worden gebouwd'),
    null, { timeout: 2_000 });
  const error = await page.locator('ul.fouten').innerText();
  assert.match(error, new RegExp(`content/gemeenten/${slug}\\.md:\\d+`));
  assert.match(error, /bestaat_niet/);

  writeFileSync(file, edited);
  await page.waitForFunction((m) => document.body?.innerText.includes(m), marker, { timeout: 2_000 });
  assert.equal(await page.locator('h1').first().innerText() === 'De site kan niet worden gebouwd', false);
  await page.close();
});

test('Ctrl-C ends serve cleanly', async () => {
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  server.kill('SIGINT');
  const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r('te laat'), 5_000))]);
  assert.deepEqual(result, { code: 0, signal: null }, serverLog);
  assert.match(serverLog, /gestopt/);
});
