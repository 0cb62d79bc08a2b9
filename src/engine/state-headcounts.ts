// Employees by state as people type them ("CA=40", "NY:15"), for the CLI, CSV, URL and form.
// Codes and counts are checked by the profile schema; this only splits and reads numbers.

export type StateHeadcountsResult = { ok: true; value: Record<string, number> } | { ok: false; message: string };

const ENTRY = /^\s*([A-Za-z]{2})\s*[=:]\s*([-+]?\d+(?:\.\d+)?)\s*$/;

/** Reads entries such as `CA=40` (or `CA:40`, `ca 40` is not accepted); codes are upper-cased. */
export function parseStateHeadcounts(entries: readonly string[]): StateHeadcountsResult {
  const value: Record<string, number> = {};
  for (const entry of entries.flatMap((text) => text.split(/[,;]/)).filter((text) => text.trim() !== '')) {
    const match = ENTRY.exec(entry);
    if (!match) return { ok: false, message: `"${entry.trim()}" is not CODE=COUNT, e.g. CA=40` };
    const code = match[1]!.toUpperCase();
    if (code in value) return { ok: false, message: `${code} is listed twice` };
    value[code] = Number(match[2]);
  }
  return { ok: true, value };
}

/** The inverse: `CA=40, NY=15`. */
export function formatStateHeadcounts(counts: Partial<Record<string, number>>, separator = '=', joiner = ', '): string {
  return Object.entries(counts)
    .filter(([, count]) => count !== undefined)
    .map(([code, count]) => `${code}${separator}${count}`)
    .join(joiner);
}
