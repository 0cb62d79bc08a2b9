// Header navigation: only pages that exist are listed here.
import { page } from './routes.ts';

export interface NavItem {
  href: string;
  label: string;
}

export const siteNav: NavItem[] = [
  { href: page('planner'), label: 'Planner' },
  { href: page('compare'), label: 'Compare' },
  { href: page('structures'), label: 'Structures' },
  { href: page('roles'), label: 'Roles' },
  { href: page('careers'), label: 'Careers' },
  { href: page('methodology'), label: 'Methodology' },
];
