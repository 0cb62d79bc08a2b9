/**
 * Typo tolerance for site search. Pagefind matches whole words and prefixes only, so a query
 * like "recruter" finds nothing; here each word is corrected against the words of page titles
 * (roles, guides, main pages) and the closest titles are suggested. Pure: no DOM.
 */

/** A page a query can lead to. */
export interface SearchTarget {
  title: string;
  url: string;
  /** What the page is, e.g. "Role" or "Guide". */
  kind: string;
}

export const normalizeWords = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** How many edits a word of this length may need and still count as a typo: 0 up to 3 letters, 1 up to 5, else 2. */
export const typoAllowance = (word: string): number => (word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2);

/** The closest vocabulary word to `word` within its typo allowance (the word itself if known), or null. */
export function closestWord(word: string, vocabulary: ReadonlySet<string>): string | null {
  if (vocabulary.has(word)) return word;
  let best: { word: string; distance: number } | null = null;
  for (const candidate of vocabulary) {
    // A prefix is a match for Pagefind already ("recruit" finds "recruiter").
    if (candidate.startsWith(word) && word.length >= 3) return word;
    const distance = editDistance(word, candidate);
    if (distance > typoAllowance(word)) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate.localeCompare(best.word) < 0)) {
      best = { word: candidate, distance };
    }
  }
  return best?.word ?? null;
}

/** Every distinct word of the targets' titles. */
export function titleVocabulary(targets: readonly SearchTarget[]): Set<string> {
  return new Set(targets.flatMap((target) => normalizeWords(target.title)));
}

/**
 * The query with each misspelled word replaced by the closest title word, or null when nothing
 * needed (or could be) corrected.
 */
export function correctQuery(query: string, vocabulary: ReadonlySet<string>): string | null {
  const words = normalizeWords(query);
  if (words.length === 0) return null;
  let changed = false;
  const corrected = words.map((word) => {
    const closest = closestWord(word, vocabulary);
    if (closest && closest !== word) changed = true;
    return closest ?? word;
  });
  return changed ? corrected.join(' ') : null;
}

/**
 * Pages whose titles best match the query, allowing typos: each query word is matched to its
 * closest title word; a page qualifies when every query word matches one of its title words.
 */
export function suggestTargets(query: string, targets: readonly SearchTarget[], limit = 3): SearchTarget[] {
  const words = normalizeWords(query);
  if (words.length === 0) return [];
  const scored = targets
    .map((target) => {
      const titleWords = normalizeWords(target.title);
      let total = 0;
      for (const word of words) {
        const distances = titleWords.map((titleWord) =>
          titleWord.startsWith(word) && word.length >= 3 ? 0 : editDistance(word, titleWord),
        );
        const best = Math.min(...distances);
        if (best > typoAllowance(word)) return null;
        total += best;
      }
      // Fewer edits first, then titles with fewer extra words.
      return { target, score: total * 10 + (titleWords.length - words.length) };
    })
    .filter((item): item is { target: SearchTarget; score: number } => item !== null)
    .sort((a, b) => a.score - b.score || a.target.title.localeCompare(b.target.title));
  return scored.slice(0, limit).map((item) => item.target);
}
