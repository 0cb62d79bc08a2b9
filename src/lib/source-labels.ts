// The labels islands need, read from the source registry at build time.
import { sources } from '../engine/data/sources.ts';

export const sourceLabels: Record<string, string> = Object.fromEntries(
  Object.entries(sources).map(([id, source]) => [id, source.label]),
);
