// The layers point one way: the engine is pure, and the code that runs in the browser (engine,
// lib, islands, components, schemas) imports nothing from Node, the CLI, the pages or src/node.
// Only src/node and src/cli read files. Like Starlight's no-node-builtins test, this reads every
// import of every source file, so a new file or a new import is checked without listing it here.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const src = join(root, 'src');
const CODE = /\.(ts|tsx|mjs|js|astro)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports: static imports and re-exports, dynamic import() and type imports. */
function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  // In an .astro file only the frontmatter and <script> blocks hold imports.
  if (file.endsWith('.astro')) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    text = [frontmatter, ...scripts].join('\n');
  }
  const patterns = [
    /(?:^|;)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /(?:^|;)\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]!);

/** The top folder under src/ a relative import lands in (e.g. "cli"), or undefined for a package. */
function layerOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(src, resolve(dirname(file), specifier));
  return target.startsWith('..') ? 'outside-src' : target.split(/[\\/]/)[0];
}

interface Violation {
  file: string;
  specifier: string;
}

function violations(layer: string, allowed: (file: string, specifier: string) => boolean): Violation[] {
  return filesUnder(join(src, layer))
    .flatMap((file) => importsOf(file).map((specifier) => ({ file: relative(root, file), specifier, ok: allowed(file, specifier) })))
    .filter((entry) => !entry.ok)
    .map(({ file, specifier }) => ({ file, specifier }));
}

const BROWSER_LAYERS = ['engine', 'lib', 'islands', 'components', 'schemas'];
const SERVER_ONLY = new Set(['cli', 'pages', 'node', 'layouts']);

describe('layers', () => {
  it('finds the imports it checks (the test reads real files)', () => {
    const engineImports = filesUnder(join(src, 'engine')).flatMap(importsOf);
    expect(engineImports.length).toBeGreaterThan(20);
    expect(importsOf(join(src, 'cli', 'run.ts'))).toContain('../node/content-files.ts');
  });

  it.each(BROWSER_LAYERS)('src/%s imports nothing from Node, the CLI, the pages, the layouts or src/node', (layer) => {
    const found = violations(layer, (file, specifier) => !isNodeBuiltin(specifier) && !SERVER_ONLY.has(layerOf(file, specifier) ?? ''));
    expect(found).toEqual([]);
  });

  it('src/engine imports only itself and zod: no Astro, no Preact, no other layer', () => {
    const found = violations('engine', (file, specifier) =>
      specifier.startsWith('.') ? layerOf(file, specifier) === 'engine' : specifier === 'zod' || specifier.startsWith('zod/'),
    );
    expect(found).toEqual([]);
  });

  it('src/engine touches no browser globals', () => {
    const globals = /\b(?:window|document|localStorage|sessionStorage|navigator)\s*\./;
    const found = filesUnder(join(src, 'engine'))
      .filter((file) => globals.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(found).toEqual([]);
  });

  it('src/islands imports no astro: modules (islands run in the browser)', () => {
    const found = violations('islands', (_file, specifier) => !specifier.startsWith('astro:'));
    expect(found).toEqual([]);
  });

  it('src/node and src/cli import nothing from the pages, layouts, components or islands', () => {
    const uiLayers = new Set(['pages', 'layouts', 'components', 'islands']);
    const found = ['node', 'cli'].flatMap((layer) => violations(layer, (file, specifier) => !uiLayers.has(layerOf(file, specifier) ?? '')));
    expect(found).toEqual([]);
  });
});
