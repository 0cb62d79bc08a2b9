// The search page's wrapper around the Pagefind JS API: mapping results, limits and failures.
import { describe, expect, it, vi } from 'vitest';
import { createSiteSearch, type PagefindApi, type PagefindResultData } from '../../src/lib/site-search';

const result = (url: string, title: string, kind?: string): { id: string; data: () => Promise<PagefindResultData> } => ({
  id: url,
  data: async () => ({ url, excerpt: `The <mark>${title}</mark> role`, meta: { title, ...(kind ? { kind } : {}) } }),
});

function fakePagefind(results: ReturnType<typeof result>[]): PagefindApi & { search: ReturnType<typeof vi.fn> } {
  return {
    options: vi.fn(async () => undefined),
    init: vi.fn(async () => undefined),
    search: vi.fn(async () => ({ results })),
  };
}

describe('createSiteSearch', () => {
  it('returns links with title, kind and excerpt, and the total count', async () => {
    const api = fakePagefind([result('/roles/hr-assistant-manager/', 'HR Assistant Manager', 'Management · Senior'), result('/roles/hr-manager/', 'HR Manager')]);
    const search = createSiteSearch(async () => api);
    await expect(search('assistant manager')).resolves.toEqual({
      ok: true,
      total: 2,
      hits: [
        { url: '/roles/hr-assistant-manager/', title: 'HR Assistant Manager', kind: 'Management · Senior', excerpt: 'The <mark>HR Assistant Manager</mark> role' },
        { url: '/roles/hr-manager/', title: 'HR Manager', excerpt: 'The <mark>HR Manager</mark> role' },
      ],
    });
    expect(api.search).toHaveBeenCalledWith('assistant manager');
  });

  it('loads and initialises the index once, and loads only the data of the shown results', async () => {
    const many = Array.from({ length: 15 }, (_, index) => result(`/roles/r${index}/`, `Role ${index}`));
    const spies = many.map((item) => vi.spyOn(item, 'data'));
    const api = fakePagefind(many);
    const load = vi.fn(async () => api);
    const search = createSiteSearch(load, 10);
    const outcome = await search('role');
    await search('role again');
    expect(load).toHaveBeenCalledTimes(1);
    expect(api.init).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ ok: true, total: 15 });
    expect(outcome.ok && outcome.hits).toHaveLength(10);
    expect(spies.filter((spy) => spy.mock.calls.length > 0)).toHaveLength(10);
  });

  it('says so when the index cannot be loaded, and tries again next time', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('404')).mockResolvedValueOnce(fakePagefind([]));
    const search = createSiteSearch(load);
    await expect(search('x')).resolves.toEqual({ ok: false, message: expect.stringMatching(/could not be loaded/) });
    await expect(search('x')).resolves.toEqual({ ok: true, total: 0, hits: [] });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reports a failed query without throwing', async () => {
    const api = fakePagefind([]);
    api.search.mockRejectedValueOnce(new Error('boom'));
    await expect(createSiteSearch(async () => api)('x')).resolves.toEqual({ ok: false, message: expect.stringMatching(/search failed/) });
  });
});
