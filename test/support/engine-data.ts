// Every table the engine's data modules export (src/engine/data/*.ts, the source registry
// aside), each with the source ids found anywhere inside it. Read from the modules themselves,
// so a table added to the engine is checked without anyone listing it here.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sources, type SourceId } from '../../src/engine/data/sources';

const DATA_DIR = resolve('src/engine/data');

export interface EngineDataExport {
  /** `module/export`, e.g. `staffing/ratioBands`. */
  name: string;
  /** Source ids cited anywhere in the export, without duplicates. */
  sources: SourceId[];
}

function citedSources(value: unknown, found: Set<SourceId>): Set<SourceId> {
  if (typeof value === 'string') {
    if (Object.hasOwn(sources, value)) found.add(value as SourceId);
  } else if (Array.isArray(value)) {
    for (const item of value) citedSources(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) citedSources(item, found);
  }
  return found;
}

export async function engineDataExports(): Promise<EngineDataExport[]> {
  const modules = readdirSync(DATA_DIR)
    .filter((file) => file.endsWith('.ts') && file !== 'sources.ts')
    .sort();
  const found: EngineDataExport[] = [];
  for (const file of modules) {
    const module = (await import(pathToFileURL(join(DATA_DIR, file)).href)) as Record<string, unknown>;
    const base = file.slice(0, -'.ts'.length);
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function') continue;
      found.push({ name: `${base}/${name}`, sources: [...citedSources(value, new Set())] });
    }
  }
  return found;
}
