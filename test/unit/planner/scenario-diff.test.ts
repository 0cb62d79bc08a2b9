// Saved scenarios side by side: which inputs differ, in words.
import { describe, expect, it } from 'vitest';
import { fromQuery } from '../../../src/lib/planner/url-state';
import { inputRows } from '../../../src/lib/planner/scenario-diff';
import { catalog } from '../../support/catalog';

const form = (query: string) => fromQuery(query, catalog).values;

describe('inputRows', () => {
  it('marks exactly the inputs that differ, in words', () => {
    const rows = inputRows([form('e=60&i=technology&b=120000&o=payroll'), form('e=400&i=technology&u=1&o=payroll,benefits')], catalog);
    const differing = Object.fromEntries(rows.filter((row) => row.differs).map((row) => [row.label, row.values]));
    expect(differing).toEqual({
      Employees: ['60', '400'],
      'Some employees are under a union contract': ['No', 'Yes'],
      'Yearly HR budget': ['120,000 USD', 'no limit, or e.g. 120k'],
      Outsourced: ['Payroll', 'Benefits administration, Payroll'],
    });
    expect(rows.find((row) => row.label === 'Industry')).toEqual({ label: 'Industry', values: ['Technology', 'Technology'], differs: false });
  });

  it('finds no difference between the same inputs written differently', () => {
    const rows = inputRows([form('e=60&b=120k'), form('b=120000&e=60')], catalog);
    expect(rows.filter((row) => row.differs)).toEqual([]);
  });
});
