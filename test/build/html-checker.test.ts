// The HTML check in `npm test` must reject invalid markup, or a clean run proves nothing.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function checkHtml(file: string) {
  return spawnSync(process.execPath, ['scripts/check-html.mjs', file], { encoding: 'utf8' });
}

// Each case starts a Java VM: seconds on a busy machine, hence the generous timeouts.
const JVM_TIMEOUT = 120_000;

describe('scripts/check-html.mjs (Nu HTML Checker)', () => {
  it('fails on an unclosed element and names the problem', () => {
    const result = checkHtml('test/fixtures/broken-pages/unclosed-element.html');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error/i);
    expect(result.stderr).toMatch(/em/);
  }, JVM_TIMEOUT);

  it('fails on a word run into a link, as a source line break before an element builds', () => {
    const result = checkHtml('test/fixtures/broken-pages/glued-link.html');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Words run into a link');
    expect(result.stderr).toContain('e<a href="/methodology/">');
  }, JVM_TIMEOUT);

  it('passes a valid page', () => {
    const result = checkHtml('test/fixtures/broken-pages/valid.html');
    expect(result.status, result.stderr).toBe(0);
  }, JVM_TIMEOUT);
});
