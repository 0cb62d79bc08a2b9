/** Header navigation: only pages that exist are listed here. */
export interface NavItem {
  href: string;
  label: string;
}

export const siteNav: NavItem[] = [
  { href: '/planner', label: 'Planner' },
  { href: '/compare', label: 'Compare' },
  { href: '/structures', label: 'Structures' },
  { href: '/roles', label: 'Roles' },
  { href: '/careers', label: 'Careers' },
  { href: '/methodology', label: 'Methodology' },
];
