// Federal employment-law obligations by headcount, and the revoked ones left out.
import { INDUSTRY_LABELS } from '../../engine/profile.ts';
import { groupWaiverRules, obligationRules, revokedObligations, warnLayoffCounts } from '../../engine/data/obligations.ts';
import { cite, num, pct, people, text, type TableGroup } from './cells.ts';

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
          const base = rule.federalContractorOnly
            ? 'Federal contractors only'
            : rule.employers === 'private'
              ? 'Private employers (not state or local government)'
              : rule.employers === 'public'
                ? 'State and local government only'
                : exempt
                  ? `All employers; left out for ${exempt} (mostly partially exempt)`
                  : 'All employers';
          const scope = rule.publicEmployer ? `${base}; a state or local government from ${people(rule.publicEmployer.threshold)}` : base;
          const sources = rule.publicEmployer ? [rule.source, rule.publicEmployer.source] : [rule.source];
          return [num(`${people(rule.threshold)}+`), text(rule.title), text(rule.detail), text(scope), cite(...sources)];
        }),
        sources: [],
      },
      {
        id: 'table-warn-counts',
        title: 'WARN Act counts at one site',
        exports: ['obligations/warnLayoffCounts'],
        description:
          'What a shrinking plan\u2019s warning tells about the people it lets go: the federal counts at one site of employment in any 30 days, part-time employees not counted. State notice laws can apply at lower counts.',
        columns: [{ label: 'Count' }, { label: 'Value', numeric: true }, { label: 'Source' }],
        rows: [
          [text('Job losses at one site from which a plant closing or mass layoff can need notice'), num(people(warnLayoffCounts.siteLossFrom)), cite(warnLayoffCounts.source)],
          [text('Below the next count, the share of the site\u2019s active workforce a mass layoff must reach'), num(pct(warnLayoffCounts.siteShareFrom, 0)), cite(warnLayoffCounts.source)],
          [text('A mass layoff whatever the share'), num(`${people(warnLayoffCounts.anyShareFrom)}+`), cite(warnLayoffCounts.source)],
          [text('Notice ahead, in days'), num(String(warnLayoffCounts.noticeDays)), cite(warnLayoffCounts.source)],
        ],
        sources: [],
      },
      {
        id: 'table-group-waivers',
        title: 'Releases in a group layoff (OWBPA)',
        exports: ['obligations/groupWaiverRules'],
        description:
          'What a shrinking plan\u2019s warning tells about severance agreements that release age-discrimination claims: the conditions for employees at or above the age below, when the agreement is offered to a group.',
        columns: [{ label: 'Condition' }, { label: 'Value', numeric: true }, { label: 'Source' }],
        rows: [
          [text('Age from which the conditions apply'), num(String(groupWaiverRules.ageFrom)), cite(groupWaiverRules.source)],
          [text('Days to consider the agreement'), num(String(groupWaiverRules.considerDays)), cite(groupWaiverRules.source)],
          [text('Days to revoke it after signing'), num(String(groupWaiverRules.revokeDays)), cite(groupWaiverRules.source)],
        ],
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
