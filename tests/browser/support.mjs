// Shared by the real-tool checks: the spiegel binary, a built copy of the
// example monitor, and headless Chromium as this machine runs it (Debian's
// chromium; playwright-core never downloads a browser).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (holds content/ and node_modules/). */
export const sourceDir = process.env.SPIEGEL_SOURCE_DIR ?? fileURLToPath(new URL('../..', import.meta.url));

/** The spiegel binary under test; ctest passes it in SPIEGEL. */
export const spiegel = process.env.SPIEGEL ?? join(sourceDir, 'build', 'spiegel');

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the example project (content/ only: the theme is built in). */
export function copyExample() {
  const t = tempDir('spiegel-voorbeeld-');
  cpSync(join(sourceDir, 'content'), join(t.dir, 'content'), { recursive: true });
  return t;
}

/** Builds the example monitor into a temporary folder; returns it and its pages. */
export function buildExample() {
  const project = copyExample();
  const out = join(project.dir, 'site');
  const r = spawnSync(spiegel, ['build', project.dir, '--output', out], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`spiegel build faalde (${r.status}):\n${r.stderr}`);
  return { site: out, pages: htmlFiles(out).map((f) => relative(out, f)), remove: project.remove };
}

/** Every .html file under dir, sorted. */
export function htmlFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) out.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return out.sort();
}

/** Headless Chromium with the flags this machine needs; playwright gives it a fresh profile. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}
