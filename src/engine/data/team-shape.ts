// Which role fills which need, and how teams are led. Role slugs refer to content/roles.
import type { HrFunction } from '../hr-functions.ts';
import type { SourceId } from './sources.ts';

/** The specialist who owns each function, where one exists (onboarding and engagement have none). */
export const specialistFor: Partial<Record<HrFunction, string>> = {
  recruiting: 'recruiter',
  'employee-relations': 'employee-relations-specialist',
  benefits: 'benefits-specialist',
  compensation: 'compensation-analyst',
  compliance: 'hr-compliance-specialist',
  learning: 'training-and-development-specialist',
  'hris-analytics': 'hris-analyst',
  payroll: 'payroll-specialist',
};

/** Department-facing areas whose work HR business partners share with the specialists (Roleplan's assumption). */
export const partnerAreas: readonly HrFunction[] = ['employee-relations', 'compensation', 'learning', 'engagement', 'onboarding'];

/** With a union contract, employee relations is owned by a labor relations specialist. */
export const unionEmployeeRelationsRole = 'labor-relations-specialist';

/** Who leads a functional team once it is big enough. */
export const functionLeadFor: Partial<Record<HrFunction, string>> = {
  recruiting: 'talent-acquisition-manager',
  compensation: 'compensation-manager',
  benefits: 'compensation-manager',
  learning: 'learning-and-development-manager',
};

/**
 * A lead's title where it differs from its role's: the catalog has no benefits manager, and the
 * compensation manager's BLS occupation (11-3111) is Compensation and Benefits Managers.
 */
export const functionLeadTitle: Partial<Record<HrFunction, string>> = {
  benefits: 'Compensation and Benefits Manager',
};

export const roleSlugs = {
  generalist: 'hr-generalist',
  seniorGeneralist: 'senior-hr-generalist',
  coordinator: 'hr-coordinator',
  administrator: 'hr-administrator',
  assistant: 'hr-assistant',
  manager: 'hr-manager',
  assistantManager: 'hr-assistant-manager',
  director: 'hr-director',
  executive: 'vp-of-hr',
  businessPartner: 'hr-business-partner',
} as const;

export interface TeamShapeFigure {
  value: number;
  source: SourceId;
  note: string;
}

export const teamShape = {
  /** Median direct reports of a middle manager. */
  managerSpan: { value: 8, source: 'shrm-span-2016', note: 'Median 8 direct reports for middle managers' },
  /** Median direct reports of an executive. */
  executiveSpan: { value: 5, source: 'shrm-span-2016', note: 'Median 5 direct reports for executives' },
  /**
   * HR headcount from which someone leads the team full time. Below it the most senior member
   * leads while carrying a full caseload: a lead's pay premium on a team of three would add a
   * third to its cost for one more employee.
   */
  managerFromFte: { value: 4, source: 'roleplan-assumption', note: 'A team of four gets a lead; a smaller team is led by its most senior member' },
  /** HR headcount from which a director leads managers (more than one manager's span). */
  directorFromFte: { value: 10, source: 'shrm-span-2016', note: 'More than a manager\'s span of 8 plus the manager' },
  /** A growing company's head of HR is titled for its size a year on, but at most this many times today's headcount. */
  titleLookAheadAtMost: { value: 2, source: 'roleplan-assumption', note: 'Titled for at most twice today\'s headcount: at 300% growth a 150-person company hires a director it can retitle, not a VP' },
  /** HR headcount from which an executive (VP of HR / CHRO) leads directors. */
  executiveFromFte: { value: 40, source: 'shrm-span-2016', note: 'Several directors under an executive span of 5' },
  /** A generalist in the senior grade for every this many generalists. */
  generalistsPerSenior: { value: 3, source: 'roleplan-assumption', note: 'One senior generalist per three; two or more generalists without a manager are headed by one' },
  /** Function team size from which it gets its own lead. */
  functionLeadFromFte: { value: 4, source: 'roleplan-assumption', note: 'A functional team of four gets a lead' },
  /** Share of a specialist team's time, percent, that areas below one whole specialist may leave idle before the team counts as underused. */
  specialistMaxIdlePct: { value: 15, source: 'roleplan-assumption', note: 'A specialist team pays off once nearly every area fills a specialist' },
  /** Headcount from which a specialist team has business partners. */
  partnersFromEmployees: { value: 500, source: 'seed-uptalent', note: '500+: specialist teams with generalists as business partners' },
  /** The largest share of the specialists' own work, percent, that business partners take over (department-facing advice). */
  partnerMaxSpecialistPct: { value: 50, source: 'roleplan-assumption', note: 'Partners advise and route; specialists keep at least half of their areas' },
  /** Employees per HR business partner in fast-scaling firms. */
  employeesPerPartnerFast: { value: 275, source: 'hrbp-ratio-estimate', note: '1 per 250-300 in fast-scaling firms' },
  /** Employees per HR business partner in mature firms. */
  employeesPerPartnerMature: { value: 400, source: 'hrbp-ratio-estimate', note: '1 per 400+ in mature firms' },
  /** Growth from which a firm counts as fast-scaling. */
  fastScalingGrowthPct: { value: 20, source: 'roleplan-assumption', note: 'Growth of 20% a year or more' },
  /** The least FTE a shrinking company's yearly step-down gives up; a smaller drift is absorbed by not back-filling. */
  leastStepDownFte: { value: 1, source: 'roleplan-assumption', note: 'A step-down of half an FTE reshapes a team for a drift that leavers absorb' },
  /** One assistant manager for about this many HR staff. */
  assistantManagerTeamFte: { value: 15, source: 'seed-assistant-manager', note: 'A 20-person department: an assistant manager with 3-5 direct reports' },
  /** Direct reports of an assistant manager in a large department. */
  assistantManagerSpan: { value: 5, source: 'seed-assistant-manager', note: '3-5 direct reports in a 20-person department' },
  /** Fewest direct reports an assistant manager is planned for. */
  assistantManagerMinSpan: { value: 3, source: 'seed-assistant-manager', note: '3-5 direct reports in a 20-person department' },
  /** HR FTE hired at once above which (and above the team they join) the plan advises phasing the hires. */
  phaseHiresAboveFte: { value: 10, source: 'roleplan-assumption', note: 'More HR hires at once than this, and than the team already has, are phased rather than made in one wave' },
  /** Months a structure must stay recommended, between two others, before a timeline rebuilds the team for it. */
  shortestStructureMonths: { value: 12, source: 'roleplan-assumption', note: 'A structure recommended for less than a year between two others is a passing stage, not a team to hire for: an HR team is not restructured twice in a year' },
  /** Months ahead a practitioner's half-time need is hired as a whole person, where the role needs that person by then. */
  wholeHireWithinMonths: { value: 12, source: 'roleplan-assumption', note: 'A half-time post that becomes a whole person\'s work within the year is one hire, not a half hired now and topped up months later: two hiring rounds for one job' },
  /** Months of a hiring round: a half-time need the timeline makes a full-time post within them is one full-time hire now. */
  hiringRoundMonths: { value: 3, source: 'roleplan-assumption', note: 'About one recruiting cycle; half a post hired now and topped up within it is two hiring rounds for one job' },
} as const satisfies Record<string, TeamShapeFigure>;

/** Spans of control the hierarchy is built from. */
export const spans = {
  /** Direct reports a lead takes before another lead is added (median for middle managers). */
  workable: { value: 8, source: 'shrm-span-2016', note: 'Median 8 direct reports for middle managers' },
  /** Most direct reports per lead FTE the engine ever plans. */
  maximum: { value: 12, source: 'roleplan-assumption', note: 'Half again the median span: the widest the engine plans' },
  /** HR team size from which the lead is an HR manager rather than a supervisor. */
  managerFromFte: { value: 6, source: 'roleplan-assumption', note: 'A supervisor leads a team of 3-5; a manager from 6' },
  /** Company size from which the head of HR is an HR manager whatever the team's size. */
  managerFromEmployees: { value: 200, source: 'roleplan-assumption', note: 'From 200 employees (a growing company counted a year on) the head of HR owns HR strategy: an HR manager, not a supervisor' },
  /** Team size from which a company of `managerFromEmployees` or more has an HR manager at its head, below the usual lead size. */
  managerTeamFromFte: { value: 2, source: 'roleplan-assumption', note: 'At 200+ employees a team of two is an HR manager and a practitioner, not two peers' },
} as const satisfies Record<string, TeamShapeFigure>;

/** The working lead of a small HR team (3 to 5 FTE). */
export const supervisorRole = 'hr-supervisor';

/**
 * Pay of the head of HR by company size, as a multiple of the head role's catalog range. BLS
 * wages stop at $239,200 (top-coded 90th percentile), so no public figure covers the heads of
 * large companies: the multiples are Roleplan's assumption.
 */
export const headPayBySize = {
  points: [
    { employees: 1000, factor: 1 },
    { employees: 10000, factor: 1.4 },
    { employees: 100000, factor: 2 },
  ],
  sources: ['roleplan-assumption', 'bls-oews-2024'] as SourceId[],
  note: 'Catalog pay up to 1,000 employees, then rising with the log of headcount (assumption; BLS tops out at $239,200)',
};

/** Compliance depth in safety-critical industries: the specialist also owns workplace safety. */
export const safetyComplianceRole = 'hr-compliance-and-safety-specialist';
