// Pay and cost: role salaries, the employer-cost factor, outside providers and HR spending.
import type { RoleCatalog } from '../../engine/roles.ts';
import { formatMoney } from '../../engine/format.ts';
import { loadedFactor } from '../../engine/cost.ts';
import { hrSpendPerEmployee, loadedCost, outsourcingPrices } from '../../engine/data/costs.ts';
import { cite, num, people, roleCell, text, times, type TableGroup } from './cells.ts';

const PRICE_LABELS: Record<keyof typeof outsourcingPrices, string> = {
  peo: 'Professional employer organization (PEO)',
  fractionalHrLeader: 'Fractional HR leader',
  benefitsAdministration: 'Benefits administration',
  recruitingPerHire: 'Recruiting, cost per hire',
};

export function costGroup(catalog: RoleCatalog): TableGroup {
  const roles = Object.values(catalog).sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return {
    id: 'data-costs',
    title: 'Pay and cost',
    intro:
      'Salaries come from the role profiles, the only place they are kept. Fully loaded cost adds employer costs by establishment size. Outside providers are priced from weak sources and always shown as ranges.',
    tables: [
      {
        id: 'table-salaries',
        title: 'Role salaries',
        exports: ['roles/salary'],
        description: 'Yearly base salary of each role: low, typical (the engine’s mid cost) and high.',
        columns: [
          { label: 'Role' },
          { label: 'Low', numeric: true },
          { label: 'Typical', numeric: true },
          { label: 'High', numeric: true },
          { label: 'Basis' },
          { label: 'Source' },
        ],
        rows: roles.map((role) => [
          roleCell(catalog, role.slug),
          num(formatMoney(role.salary.min)),
          num(formatMoney(role.salary.median)),
          num(formatMoney(role.salary.max)),
          text(role.salary.basis),
          cite(role.salary.source),
        ]),
        sources: [],
      },
      {
        id: 'table-loaded-cost',
        title: 'Fully loaded cost',
        exports: ['costs/loadedCost'],
        description: `Total compensation as a multiple of wages, by establishment size. BLS counts paid leave as a benefit, but BLS annual wages already include it, so the engine scales each published factor by ${loadedCost.withoutPaidLeave} / ${loadedCost.allPrivate} (all private industry with and without paid leave) to count leave once.`,
        columns: [
          { label: 'Establishment size' },
          { label: 'Published factor', numeric: true },
          { label: 'Factor used', numeric: true },
        ],
        rows: loadedCost.bands.map((band, index) => {
          const next = loadedCost.bands[index + 1];
          const size = next ? `${people(band.minEmployees)} to ${people(next.minEmployees - 1)} employees` : `${people(band.minEmployees)}+ employees`;
          return [text(size), num(times(band.published)), num(times(loadedFactor(band.minEmployees)))];
        }),
        sources: [loadedCost.source],
      },
      {
        id: 'table-outsourcing',
        title: 'Outside providers',
        exports: ['costs/outsourcingPrices'],
        description: 'Price ranges of the providers a plan may use instead of in-house staff.',
        columns: [
          { label: 'Provider' },
          { label: 'Low', numeric: true },
          { label: 'Mid', numeric: true },
          { label: 'High', numeric: true },
          { label: 'Unit' },
          { label: 'Basis' },
          { label: 'Sources' },
        ],
        rows: (Object.keys(outsourcingPrices) as (keyof typeof outsourcingPrices)[]).map((key) => {
          const price = outsourcingPrices[key];
          return [
            text(PRICE_LABELS[key]),
            num(formatMoney(price.low)),
            num(formatMoney(price.mid)),
            num(formatMoney(price.high)),
            text(price.unit),
            text(price.note),
            cite(...price.sources),
          ];
        }),
        sources: [],
      },
      {
        id: 'table-hr-spend',
        title: 'HR spending per employee',
        exports: ['costs/hrSpendPerEmployee'],
        description: 'Average yearly HR spending per employee, for context.',
        columns: [{ label: 'Company size' }, { label: 'Per employee a year', numeric: true }],
        rows: [
          [text('Under 250 employees'), num(formatMoney(hrSpendPerEmployee.under250))],
          [text('2,500 employees and more'), num(formatMoney(hrSpendPerEmployee.over2500))],
          [text('Median, all sizes'), num(formatMoney(hrSpendPerEmployee.median))],
        ],
        sources: [hrSpendPerEmployee.source],
      },
    ],
  };
}
