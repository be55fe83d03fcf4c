// The Nu Html Checker (vnu-jar, the W3C validator) over every page of the
// example monitor: zero errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildExample, sourceDir } from './support.mjs';

test('every page of the example monitor is valid HTML', () => {
  const built = buildExample();
  try {
    assert.ok(built.pages.length >= 5, `te weinig pagina's: ${built.pages}`);
    const jar = join(sourceDir, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    const r = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...built.pages.map((p) => join(built.site, p))], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    assert.equal(r.error, undefined, `java start niet: ${r.error}`);
    const report = (r.stdout + r.stderr).split(built.site + '/').join('');
    assert.equal(report.trim(), '', `vnu vond fouten:\n${report}`);
    assert.equal(r.status, 0, report);
  } finally {
    built.remove();
  }
});
