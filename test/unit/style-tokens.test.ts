// Sizes and colours come from the tokens in src/styles/global.css: no literal font size outside
// the type scale, and no hex colour in TypeScript (charts read --chart-* tokens when they draw).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const TOKENS = 'src/styles/global.css';

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, pattern);
    return pattern.test(entry.name) ? [relative(root, path)] : [];
  });
}

function linesMatching(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe('style tokens', () => {
  it('every font size outside the token definitions is a --text-* token (code keeps its relative em)', () => {
    const styled = filesUnder(join(root, 'src'), /\.(css|astro|tsx)$/);
    expect(styled.length).toBeGreaterThan(20);
    expect(linesMatching(styled, /font-size:(?!\s*var\(--text-)(?!\s*0\.88em;)/)).toEqual([]);
  });

  it('the type scale defines every token the styles use', () => {
    const defined = new Set([...readFileSync(TOKENS, 'utf8').matchAll(/(--text-[\w-]+):/g)].map((match) => match[1]));
    const used = new Set(
      filesUnder(join(root, 'src'), /\.(css|astro|tsx)$/).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--text-[\w-]+)\)/g)].map((match) => match[1]!)),
    );
    expect([...used].filter((token) => !defined.has(token))).toEqual([]);
  });

  it('no hex colour in the islands or lib TypeScript: colours are CSS tokens', () => {
    const code = [...filesUnder(join(root, 'src', 'islands'), /\.tsx?$/), ...filesUnder(join(root, 'src', 'lib'), /\.tsx?$/)];
    expect(linesMatching(code, /['"`]#[0-9a-fA-F]{3,8}['"`]/)).toEqual([]);
  });
});
