/**
 * Runs a query against the Pagefind index that `npm run build` writes to dist/pagefind. The
 * index is loaded at run time from the site itself (never bundled), the first time it is needed.
 */

/** The part of Pagefind's JS API this site uses (https://pagefind.app/docs/api/). */
export interface PagefindApi {
  options?: (options: { excerptLength?: number }) => Promise<void>;
  init?: () => Promise<void>;
  search: (query: string) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] } | null>;
}

export interface PagefindResultData {
  url: string;
  /** Escaped text with <mark> around matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface SearchHit {
  url: string;
  title: string;
  /** Role family and level, from the `kind` meta of role pages. */
  kind?: string;
  excerpt: string;
}

export type SearchOutcome = { ok: true; total: number; hits: SearchHit[] } | { ok: false; message: string };

export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** A search function over a Pagefind loader; the loader is retried after a failure. */
export function createSiteSearch(load: () => Promise<PagefindApi>, limit = 30): (query: string) => Promise<SearchOutcome> {
  let ready: Promise<PagefindApi> | undefined;
  const pagefind = () => {
    ready ??= load()
      .then(async (api) => {
        await api.options?.({ excerptLength: 26 });
        await api.init?.();
        return api;
      })
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
    return ready;
  };

  return async (query) => {
    let api: PagefindApi;
    try {
      api = await pagefind();
    } catch {
      return { ok: false, message: 'Search is not available: the search index could not be loaded. Browse every HR role instead.' };
    }
    try {
      const found = await api.search(query);
      const results = found?.results ?? [];
      const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
      return {
        ok: true,
        total: results.length,
        hits: data.map((item) => ({
          url: item.url,
          title: item.meta.title ?? item.url,
          ...(item.meta.kind ? { kind: item.meta.kind } : {}),
          excerpt: item.excerpt,
        })),
      };
    } catch {
      return { ok: false, message: 'The search failed. Try again, or browse every HR role instead.' };
    }
  };
}

/** Site search over the real index, imported at run time so the bundler leaves it alone. */
export const runSiteSearch = createSiteSearch(() => import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>);
