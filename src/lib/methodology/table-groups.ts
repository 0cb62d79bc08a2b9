// Every data table of the methodology page, by name and in the order the page shows them.
import type { RoleCatalog } from '../../engine/roles.ts';
import type { TableGroup } from './cells.ts';
import { staffingGroup } from './staffing-tables.ts';
import { workloadGroup } from './workload-tables.ts';
import { industryGroup } from './industry-tables.ts';
import { teamGroup } from './team-tables.ts';
import { costGroup } from './cost-tables.ts';
import { scoringGroup } from './scoring-tables.ts';
import { obligationsGroup } from './obligation-tables.ts';
import { staffingModelGroup } from './staffing-model-tables.ts';
import { stateLawGroup } from './state-law-tables.ts';

/** The groups of data tables by name, so the page can place each where it belongs. */
export interface NamedTableGroups {
  staffing: TableGroup;
  workload: TableGroup;
  industries: TableGroup;
  team: TableGroup;
  model: TableGroup;
  costs: TableGroup;
  scoring: TableGroup;
  obligations: TableGroup;
  stateLaw: TableGroup;
}

export function namedTableGroups(catalog: RoleCatalog): NamedTableGroups {
  return {
    // The data tables have a page of their own.
    staffing: { ...staffingGroup(), page: 'methodologyData' },
    workload: { ...workloadGroup(), page: 'methodologyData' },
    industries: { ...industryGroup(), page: 'methodologyData' },
    team: { ...teamGroup(catalog), page: 'methodologyData' },
    model: { ...staffingModelGroup(catalog), page: 'methodologyData' },
    costs: { ...costGroup(catalog), page: 'methodologyData' },
    scoring: scoringGroup(),
    obligations: obligationsGroup(),
    stateLaw: stateLawGroup(),
  };
}

/** Every data table, grouped as the page shows them. */
export function tableGroups(catalog: RoleCatalog): TableGroup[] {
  const groups = namedTableGroups(catalog);
  return [groups.staffing, groups.workload, groups.industries, groups.team, groups.model, groups.costs, groups.scoring, groups.obligations, groups.stateLaw];
}
