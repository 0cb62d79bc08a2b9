// Workload: the figures that turn a profile into HR work.
import { HR_FUNCTIONS, HR_FUNCTION_LABELS } from '../../engine/hr-functions.ts';
import { AUTOMATION_LEVELS, INDUSTRIES, INDUSTRY_LABELS, PRIORITY_LEVELS } from '../../engine/profile.ts';
import { formatNumber } from '../../engine/format.ts';
import {
  adminShare,
  automationAdminSaving,
  baselineAutomation,
  baselineAutomationSource,
  complexity,
  defaultAttritionPct,
  depthThresholds,
  FTE_STEP,
  fteStepSource,
  functionShares,
  functionSharesSource,
  priorityWeight,
  priorityWeightSource,
  recruitingCapacity,
  typicalGrowthPct,
} from '../../engine/data/workload.ts';
import { cite, num, pct, text, times, type TableGroup } from './cells.ts';

const RECRUITING_LABELS: Record<keyof typeof recruitingCapacity, string> = {
  generalistPerYear: 'Hires a year a generalist makes alongside other work (context)',
  recruiterPerYear: 'Hires a year a dedicated recruiter makes, all types together (context: plans use the capacity by type of hire)',
  requisitionsPerRecruiter: 'Open requisitions a recruiter carries (context)',
  daysToHire: 'Days from opening a role to the hire (context: the timeline places each hire in the month its need arises)',
};

const COMPLEXITY_LABELS: Record<Exclude<keyof typeof complexity, 'source'>, string> = {
  perExtraState: 'Extra compliance, payroll and benefits work per additional US state',
  perExtraCountry: 'Extra compliance, payroll and benefits work per additional country',
  unionEmployeeRelations: 'Extra employee relations work under a union contract',
  unionCompliance: 'Extra compliance work under a union contract',
  federalContractorCompliance: 'Extra compliance work for a federal contractor',
  fullyRemoteEngagement: 'Extra engagement and onboarding work at 100% remote (scaled by the remote share)',
  outsourcedResidual: 'Share of an outsourced function’s work that stays in-house (vendor oversight)',
  executiveSearchShare: 'Share of recruiting work that executive search takes away',
  onboardingPerHireShare: 'Share of onboarding work done once per hire, which moves with hires against a typical company’s (turnover and growth); the rest follows headcount',
};

const DEPTH_LABELS: Record<Exclude<keyof typeof depthThresholds, 'source'>, string> = {
  specialistFte: 'Work in one function that justifies an owner',
  priorityFte: 'The same for a high-priority function (or one a rule marks as needing depth)',
  specialistStructureFte: 'In a specialist team, the smallest function that gets its own specialist',
};

export function workloadGroup(): TableGroup {
  const automationNote = `The staffing anchors are taken to reflect ${baselineAutomation} HR software; other levels scale the administrative share of the workload up or down from there.`;
  return {
    id: 'data-workload',
    title: 'Workload',
    intro:
      'What turns a profile into HR work: hiring, turnover, administration, how HR time splits across the ten functions, and what makes each function heavier.',
    tables: [
      {
        id: 'table-workload-basics',
        title: 'Workload basics',
        exports: ['workload/typicalGrowthPct', 'workload/adminShare', 'workload/FTE_STEP', 'workload/fteStepSource'],
        description: 'The figures every workload starts from.',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: [
          [text('Growth of the typical company behind the staffing anchors'), num(`${formatNumber(typicalGrowthPct.value)}%`), text(typicalGrowthPct.note), cite(typicalGrowthPct.source)],
          [text('Share of HR time spent on administration'), num(pct(adminShare.value, 0)), text(adminShare.note), cite(adminShare.source)],
          [text('Step in which teams are planned'), num(`${formatNumber(FTE_STEP, 1)} FTE`), text('Teams are planned in half positions'), cite(fteStepSource)],
        ],
        sources: [],
      },
      {
        id: 'table-recruiting-capacity',
        title: 'Recruiting capacity',
        exports: ['workload/recruitingCapacity'],
        description:
          'Hiring beyond what a typical company makes adds recruiting work at one FTE per recruiter’s yearly hires.',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: (Object.keys(recruitingCapacity) as (keyof typeof recruitingCapacity)[]).map((key) => {
          const figure = recruitingCapacity[key];
          const value = typeof figure.value === 'number' ? formatNumber(figure.value) : `${figure.value.low}–${figure.value.high}`;
          return [text(RECRUITING_LABELS[key]), num(value), text(figure.note), cite(figure.source)];
        }),
        sources: [],
      },
      {
        id: 'table-attrition',
        title: 'Default turnover by industry',
        exports: ['workload/defaultAttritionPct'],
        description: 'Yearly turnover to back-fill when the profile leaves it empty: the monthly quits rate times 12.',
        columns: [{ label: 'Industry' }, { label: 'Turnover a year', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: INDUSTRIES.map((industry) => {
          const figure = defaultAttritionPct[industry];
          return [text(INDUSTRY_LABELS[industry]), num(`${formatNumber(figure.value)}%`), text(figure.note), cite(figure.source)];
        }),
        sources: [],
      },
      {
        id: 'table-automation',
        title: 'HR software and administration',
        exports: ['workload/automationAdminSaving', 'workload/baselineAutomation', 'workload/baselineAutomationSource'],
        description: `Share of administrative time each level of HR software removes, against none. ${automationNote}`,
        columns: [{ label: 'HR software' }, { label: 'Administration removed', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: AUTOMATION_LEVELS.map((level) => {
          const figure = automationAdminSaving[level];
          const name = level === baselineAutomation ? `${level} (the baseline)` : level;
          return [text(name), num(pct(figure.value, 0)), text(figure.note), cite(figure.source)];
        }),
        sources: [],
        sourceNotes: [{ label: 'Baseline level', ids: [baselineAutomationSource] }],
      },
      {
        id: 'table-function-shares',
        title: 'How HR time splits across the functions',
        exports: ['workload/functionShares', 'workload/functionSharesSource'],
        description: 'The share of a typical HR team’s time each function takes; the shares sum to 100%.',
        columns: [{ label: 'Function' }, { label: 'Share of HR time', numeric: true }],
        rows: HR_FUNCTIONS.map((fn) => [text(HR_FUNCTION_LABELS[fn]), num(pct(functionShares[fn], 0))]),
        sources: [functionSharesSource],
      },
      {
        id: 'table-priority-weights',
        title: 'Priority weights',
        exports: ['workload/priorityWeight', 'workload/priorityWeightSource'],
        description: 'How a function’s priority (set by you or by a rule) scales its workload.',
        columns: [{ label: 'Priority' }, { label: 'Workload multiplier', numeric: true }],
        rows: PRIORITY_LEVELS.map((level) => [text(level), num(times(priorityWeight[level]))]),
        sources: [priorityWeightSource],
      },
      {
        id: 'table-complexity',
        title: 'Complexity drivers',
        exports: ['workload/complexity'],
        description: 'Extra work per driver, as a share of the affected function’s typical load.',
        columns: [{ label: 'Driver' }, { label: 'Extra work', numeric: true }],
        rows: (Object.keys(COMPLEXITY_LABELS) as (keyof typeof COMPLEXITY_LABELS)[]).map((key) => [
          text(COMPLEXITY_LABELS[key]),
          num(pct(complexity[key], 0)),
        ]),
        sources: [complexity.source],
      },
      {
        id: 'table-depth',
        title: 'When a function needs an owner',
        exports: ['workload/depthThresholds'],
        description: 'Functions with at least this much work get a specialist who owns them (deep coverage).',
        columns: [{ label: 'Threshold' }, { label: 'Work in the function', numeric: true }],
        rows: (Object.keys(DEPTH_LABELS) as (keyof typeof DEPTH_LABELS)[]).map((key) => [
          text(DEPTH_LABELS[key]),
          num(`${formatNumber(depthThresholds[key], 2)} FTE`),
        ]),
        sources: [depthThresholds.source],
      },
    ],
  };
}
