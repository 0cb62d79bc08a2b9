// Federal employment-law obligations by headcount, and the revoked ones left out.
import { INDUSTRY_LABELS } from '../../engine/profile.ts';
import { obligationRules, revokedObligations } from '../../engine/data/obligations.ts';
import { cite, num, people, text, type TableGroup } from './cells.ts';

export function obligationsGroup(): TableGroup {
  return {
    id: 'obligations',
    title: 'Federal employment-law obligations',
    intro:
      'The US federal obligations a plan lists, by the headcount at which each starts. Plans show which apply today and which start inside the planning horizon as the company grows. State rules for the states a company lists follow in the next section.',
    tables: [
      {
        id: 'table-obligations',
        title: 'Obligations by headcount',
        exports: ['obligations/obligationRules'],
        description: 'Employee counts at which each obligation starts.',
        columns: [
          { label: 'From', numeric: true },
          { label: 'Obligation' },
          { label: 'What it requires' },
          { label: 'Applies to' },
          { label: 'Source' },
        ],
        rows: obligationRules.map((rule) => {
          const exempt = rule.exemptIndustries?.map((industry) => INDUSTRY_LABELS[industry].toLowerCase()).join(', ');
          const scope = rule.federalContractorOnly
            ? 'Federal contractors only'
            : exempt
              ? `All employers; left out for ${exempt} (mostly partially exempt)`
              : 'All employers';
          return [num(`${people(rule.threshold)}+`), text(rule.title), text(rule.detail), text(scope), cite(rule.source)];
        }),
        sources: [],
      },
      {
        id: 'table-revoked',
        title: 'Revoked and not applied',
        exports: ['obligations/revokedObligations'],
        description: 'Obligations that no longer apply. Roleplan leaves them out of every plan.',
        columns: [{ label: 'Obligation' }, { label: 'Status' }, { label: 'Source' }],
        rows: revokedObligations.map((revoked) => [
          text(revoked.title),
          text('Revoked by Executive Order 14173 (January 21, 2025), not by a FAR rule: not applied'),
          cite(revoked.source),
        ]),
        sources: [],
      },
    ],
  };
}
