// The staffing model's own data: hires by type, the first HR hire, spans of control, what a
// PEO takes over and what the time before the first hire costs.
import type { RoleCatalog } from '../../engine/roles.ts';
import { formatMoney, formatNumber } from '../../engine/format.ts';
import { INDUSTRIES, INDUSTRY_LABELS } from '../../engine/profile.ts';
import { HIRE_TYPES, firstHrHire, hireCapacity, hireMix, hireMixSource, hourlyHrShare, reductionWork, timeToFill } from '../../engine/data/hiring.ts';
import { headPayBySize, spans, supervisorRole, teamShape } from '../../engine/data/team-shape.ts';
import { beforeFirstHire, peoContract, peoTakesOver } from '../../engine/data/costs.ts';
import { nonRecruitingFloor, oneHireUntilFte } from '../../engine/data/workload.ts';
import { sources, type SourceId } from '../../engine/data/sources.ts';
import { cite, num, pct, people, roleCell, text, times, type Cell, type TableGroup } from './cells.ts';

/** The strength of a figure's sources in words: the weakest published one, or Roleplan's assumption. */
export function strengthWords(ids: readonly SourceId[]): string {
  const published = ids.filter((id) => id !== 'roleplan-assumption');
  if (published.length === 0) return 'assumption';
  for (const level of ['weak', 'fair', 'strong'] as const) if (published.some((id) => sources[id].strength === level)) return level;
  return 'weak';
}

const strength = (ids: readonly SourceId[]): Cell => text(strengthWords(ids));

export function staffingModelGroup(catalog: RoleCatalog): TableGroup {
  return {
    id: 'data-staffing-model',
    title: 'Hiring, first hire and team shape',
    intro:
      'How hires turn into recruiting work, when a company makes its first HR hire, how the hierarchy is built from spans of control, and what providers take over. Each row shows the strength of its sources.',
    tables: [
      {
        id: 'table-hire-capacity',
        title: 'Recruiting capacity by type of hire',
        exports: ['hiring/hireCapacity', 'hiring/HIRE_TYPES', 'hiring/hourlyHrShare'],
        description: `Hires a year one recruiting FTE makes, by type. Recruiting FTE is hires of each type divided by its capacity, so it grows in step with hires. For hourly hires, line managers make most decisions and HR keeps ${pct(hourlyHrShare.value, 0)} of the work (${hourlyHrShare.note}).`,
        columns: [
          { label: 'Type of hire' },
          { label: 'Published range', numeric: true },
          { label: 'Used', numeric: true },
          { label: 'Strength' },
          { label: 'Sources' },
        ],
        rows: HIRE_TYPES.map((type) => {
          const capacity = hireCapacity[type];
          return [
            text(capacity.label),
            num(`${capacity.low}-${capacity.high}`),
            num(people(capacity.value)),
            strength(capacity.sources),
            cite(...capacity.sources),
          ];
        }),
        sources: [],
        sourceNotes: [{ label: 'HR share of hourly hiring', ids: [...hourlyHrShare.sources] }],
      },
      {
        id: 'table-hire-mix',
        title: 'Hire mix by industry',
        exports: ['hiring/hireMix', 'hiring/hireMixSource'],
        description: 'Share of each industry’s hires by type. No published source: Roleplan’s assumption, shown so you can judge it.',
        columns: [{ label: 'Industry' }, ...HIRE_TYPES.map((type) => ({ label: hireCapacity[type].label, numeric: true }))],
        rows: INDUSTRIES.map((industry) => [text(INDUSTRY_LABELS[industry]), ...HIRE_TYPES.map((type) => num(pct(hireMix[industry][type], 0)))]),
        sources: [hireMixSource],
      },
      {
        id: 'table-first-hire',
        title: 'The first HR hire',
        exports: ['hiring/firstHrHire', 'hiring/timeToFill', 'hiring/reductionWork'],
        description: `Below the first-hire point the plan has no in-house HR staff: the founder’s time, HR software and a PEO, each priced. ${firstHrHire.note} A first hire due within the time it takes to fill a post is recruited now, so they join about when they are due.`,
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Strength' }],
        rows: [
          [text('First HR hire with nothing complicating'), num(`${people(firstHrHire.typical)} employees`), strength(['zelt-2023'])],
          [text('Earliest it moves to'), num(`${people(firstHrHire.earliest)} employees`), strength(['first-hire-estimates'])],
          [text('Earlier per complicating factor (union, several states or countries, federal contracts, safety-critical work)'), num(`${firstHrHire.perComplexity} employees`), text('assumption')],
          [text('Hires a year a founder handles'), num(people(firstHrHire.founderHiresPerYear)), strength(['first-hire-estimates'])],
          [text('Earlier per 10 hires a year beyond that'), num(`${firstHrHire.perTenHires} employees`), text('assumption')],
          [text('Time to fill a post (a first HR hire due within it is recruited now)'), num(`${timeToFill.days.low}-${timeToFill.days.high} days (${timeToFill.months} months)`), strength(timeToFill.sources)],
          [text('HR hours per person let go in a reduction'), num(`${reductionWork.hoursPerDeparture} hours`), text('assumption')],
          [text('WARN Act can apply from'), num(`${people(reductionWork.warnFromEmployees)} employees`), strength(['dol-warn'])],
        ],
        sources: [...new Set([...firstHrHire.sources, ...timeToFill.sources, ...reductionWork.sources])],
      },
      {
        id: 'table-spans',
        title: 'Spans of control and the head of HR',
        exports: ['team-shape/spans', 'team-shape/supervisorRole', 'team-shape/headPayBySize', 'team-shape/safetyComplianceRole'],
        description: `A full-time lead for every team of ${teamShape.managerFromFte.value} FTE or more (a supervisor up to ${spans.managerFromFte.value - 1} FTE, then an HR manager, and from ${people(spans.managerFromEmployees.value)} employees an HR manager heads any team of ${spans.managerTeamFromFte.value} FTE or more), while a smaller team is led by its most senior member (from two FTE with a full-time generalist, a senior generalist hired to head it, or with two generalists or more); functional teams of four or more get their own lead in place of a general manager; two or more first-line leads get a director, and an organisation of ${teamShape.executiveFromFte.value} FTE or more (or several directors) a VP. A growing company's head of HR is titled for the team it reaches a year ahead, so the plan hires now the lead it grows into (Roleplan's assumption). Compliance depth is an HR compliance specialist; in safety-critical industries a rule staffs it with a compliance and safety specialist, who also owns workplace safety.`,
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Strength' }, { label: 'Sources' }],
        rows: [
          ...Object.values(spans).map((figure) => [text(figure.note), num(people(figure.value)), strength([figure.source]), cite(figure.source)]),
          [roleCell(catalog, supervisorRole), num(`${teamShape.managerFromFte.value}-${spans.managerFromFte.value - 1} FTE`), text('assumption'), cite('roleplan-assumption')],
          ...headPayBySize.points.map((point) => [
            text(`Head of HR pay at ${people(point.employees)} employees`),
            num(times(point.factor)),
            text('assumption'),
            cite(...headPayBySize.sources),
          ]),
        ],
        sources: [],
      },
      {
        id: 'table-providers-model',
        title: 'What a PEO takes over, and the time before the first hire',
        exports: ['costs/peoTakesOver', 'costs/peoContract', 'costs/beforeFirstHire', 'workload/nonRecruitingFloor', 'workload/oneHireUntilFte'],
        description: `${peoTakesOver.note}. ${peoContract.note}: a plan whose first HR hire is due sooner says so. ${beforeFirstHire.note}. Outside recruiting, HR work is the staffing anchor less a typical company’s recruiting, never below ${pct(nonRecruitingFloor.value, 0)} of the anchor.`,
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Strength' }],
        rows: [
          [text('Share of compliance administration a PEO takes over'), num(pct(peoTakesOver.complianceShare, 0)), strength(peoTakesOver.sources)],
          [text('Usual PEO contract term, months'), num(String(peoContract.termMonths)), strength(peoContract.sources)],
          [text("Notice to leave a PEO, days"), num(`${peoContract.noticeDays.low}-${peoContract.noticeDays.high}`), strength(peoContract.sources)],
          [text('Hours in a work year (founder and manager time: the workload left in-house, in hours)'), num(formatNumber(beforeFirstHire.hoursPerYear)), text('assumption')],
          [
            text('HR software, per employee a year'),
            num(`${formatMoney(beforeFirstHire.software.low)}-${formatMoney(beforeFirstHire.software.high)}`),
            text('assumption'),
          ],
          [text('Non-recruiting floor, share of the anchor'), num(pct(nonRecruitingFloor.value, 0)), text('assumption')],
          [text('After the first-hire point, one full-time HR person until the in-house work reaches'), num(`${oneHireUntilFte.value} FTE`), text('assumption')],
        ],
        sources: [...new Set([...peoTakesOver.sources, ...peoContract.sources, ...beforeFirstHire.sources, nonRecruitingFloor.source, oneHireUntilFte.source])],
      },
    ],
  };
}
