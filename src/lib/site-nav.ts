/** Header navigation: only pages that exist are listed here. */
export interface NavItem {
  href: string;
  label: string;
}

export const siteNav: NavItem[] = [
  { href: '/structures', label: 'Structures' },
  { href: '/methodology', label: 'Methodology' },
];
