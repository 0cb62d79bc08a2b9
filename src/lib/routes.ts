// Every link the site builds to its own pages, with one policy: a page path ends in a slash
// (`/roles/hr-generalist/`), queries and fragments follow it (`/careers/?from=…`, `/sources/#…`).

export const PAGES = {
  home: '/',
  planner: '/planner/',
  compare: '/compare/',
  structures: '/structures/',
  roles: '/roles/',
  roleCompare: '/roles/compare/',
  careers: '/careers/',
  methodology: '/methodology/',
  methodologyData: '/methodology/data/',
  methodologyStates: '/methodology/states/',
  sources: '/sources/',
  search: '/search/',
} as const;

export type PageName = keyof typeof PAGES;

/** A page, optionally at a fragment: `page('methodology', 'scoring')` is `/methodology/#scoring`. */
export const page = (name: PageName, fragment?: string): string => `${PAGES[name]}${fragment ? `#${fragment}` : ''}`;

export const roleHref = (slug: string): string => `${PAGES.roles}${slug}/`;
export const structureHref = (slug: string): string => `${PAGES.structures}${slug}/`;
export const sourceHref = (id: string): string => page('sources', `source-${id}`);

/** The career explorer from one role, optionally toward another. */
export const careersHref = (from: string, to?: string): string =>
  `${PAGES.careers}?${new URLSearchParams(to ? { from, to } : { from }).toString()}`;

/** Role comparison with the first role chosen. */
export const roleCompareHref = (a: string): string => `${PAGES.roleCompare}?${new URLSearchParams({ a }).toString()}`;

/** A page with a query string (left off when empty). */
export const withQuery = (name: PageName, query: string): string => `${PAGES[name]}${query ? `?${query}` : ''}`;
