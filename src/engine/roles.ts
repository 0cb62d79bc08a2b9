/**
 * The role catalog as the engine sees it. It is built from the role profiles in
 * content/roles/ (salaries live there only) and handed to the engine, which does no I/O.
 */
import type { HrFunction } from './hr-functions.ts';
import type { SourceId } from './data/sources.ts';

export const ROLE_FAMILIES = ['generalist', 'specialist', 'management', 'partner', 'operations'] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

export const ROLE_LEVELS = ['entry', 'mid', 'senior', 'lead', 'executive'] as const;
export type RoleLevel = (typeof ROLE_LEVELS)[number];

export type RoleArea = HrFunction | 'generalist' | 'management';

export interface SalaryRange {
  min: number;
  median: number;
  max: number;
  currency: 'USD';
  source: SourceId;
  basis: string;
}

export interface CatalogRole {
  slug: string;
  title: string;
  family: RoleFamily;
  area: RoleArea;
  level: RoleLevel;
  salary: SalaryRange;
}

export type RoleCatalog = Record<string, CatalogRole>;
