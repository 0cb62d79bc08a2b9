// US federal employment-law obligations by employee count. Federal only: states add their own.
import type { Industry } from '../profile.ts';
import type { SourceId } from './sources.ts';
import type { Counting } from './counting.ts';

export interface ObligationRule {
  id: string;
  title: string;
  /** Employee count at which it starts to apply. */
  threshold: number;
  /** Only for federal contractors. */
  federalContractorOnly?: boolean;
  /** Industries where most employers are partially exempt (the obligation is then left out). */
  exemptIndustries?: Industry[];
  detail: string;
  source: SourceId;
  /** How employees are counted; absent: the headcount at the time. */
  counting?: Counting;
  /** Only for private employers, or only for state and local government (the public-sector industry). */
  employers?: 'private' | 'public';
  /** How it applies to a state or local government when that differs: from another headcount, on another source. */
  publicEmployer?: { threshold: number; detail: string; source: SourceId };
}

const TWENTY_WEEKS: Counting = { scope: 'everyone', timing: 'twenty-weeks', stated: true };

export const obligationRules: ObligationRule[] = [
  {
    id: 'equal-pay-act',
    title: 'Equal Pay Act',
    threshold: 1,
    detail: 'Equal pay for equal work regardless of sex, for virtually every employer.',
    source: 'eeoc-coverage',
  },
  {
    id: 'flsa',
    title: 'Fair Labor Standards Act (minimum wage, overtime, records)',
    threshold: 1,
    detail: 'Covers most employers: minimum wage, overtime and pay records.',
    source: 'dol-flsa',
  },
  {
    id: 'osha-logs',
    title: 'OSHA injury and illness logs (Forms 300, 300A, 301)',
    threshold: 11,
    exemptIndustries: ['technology', 'finance', 'professional-services', 'education', 'public-sector'],
    detail: 'Employers with more than 10 employees at any time in the last calendar year keep injury logs, unless their industry is partially exempt.',
    source: 'osha-recordkeeping',
    counting: { scope: 'everyone', timing: 'prior-year-any-time', stated: true },
  },
  {
    id: 'title-vii-ada-gina-pwfa',
    title: 'Title VII, ADA Title I, GINA and the Pregnant Workers Fairness Act',
    threshold: 15,
    detail: 'Anti-discrimination and accommodation duties at 15 or more employees in each of 20 or more workweeks this or last calendar year.',
    source: 'eeoc-coverage',
    counting: TWENTY_WEEKS,
  },
  {
    id: 'adea',
    title: 'Age Discrimination in Employment Act',
    threshold: 20,
    detail: 'Protects workers aged 40 and over, at 20 or more employees in each of 20 or more workweeks this or last calendar year.',
    source: 'eeoc-coverage',
    counting: TWENTY_WEEKS,
    publicEmployer: {
      threshold: 1,
      detail: 'Protects workers aged 40 and over, whatever the headcount of a state or local government (Mount Lemmon Fire District v. Guido, 2018).',
      source: 'scotus-mount-lemmon',
    },
  },
  {
    id: 'cobra',
    title: 'COBRA continuation coverage',
    threshold: 20,
    detail: 'Group health plans must offer continuation coverage once the employer had 20 or more employees on more than half its typical business days in the previous calendar year.',
    source: 'dol-cobra',
    counting: { scope: 'everyone', timing: 'prior-year-most-days', stated: true },
  },
  {
    id: 'fmla',
    title: 'Family and Medical Leave Act',
    threshold: 50,
    detail: 'Job-protected leave at 50 or more employees in each of 20 or more workweeks this or last calendar year.',
    source: 'cfr-825-105',
    counting: TWENTY_WEEKS,
    publicEmployer: {
      threshold: 1,
      detail: 'Job-protected leave: a public agency is covered whatever its headcount, but an employee is eligible only where it employs 50 or more within 75 miles.',
      source: 'cfr-825-108',
    },
  },
  {
    id: 'aca-employer-mandate',
    title: 'ACA employer mandate and reporting (Forms 1094-C, 1095-C)',
    threshold: 50,
    detail:
      "Applicable large employers offer coverage and report it: status for a calendar year follows the prior calendar year's average of 50+ full-time equivalents (Roleplan counts every employee as full-time).",
    source: 'irs-aca',
    counting: { scope: 'everyone', timing: 'prior-year-average', stated: true },
  },
  {
    id: 'section-503',
    title: 'Section 503 affirmative action plan (disability)',
    threshold: 50,
    federalContractorOnly: true,
    detail: 'Written plan for federal contractors with 50+ employees and a contract of $50,000 or more.',
    source: 'far-90fr41872',
  },
  {
    id: 'vets-4212',
    title: 'VETS-4212 report (veterans in the workforce)',
    threshold: 1,
    federalContractorOnly: true,
    detail: 'A yearly report for federal contractors with a contract of $200,000 or more (since October 2025), whatever their headcount.',
    source: 'far-90fr41872',
  },
  {
    id: 'vevraa',
    title: 'VEVRAA affirmative action plan (veterans)',
    threshold: 50,
    federalContractorOnly: true,
    detail: 'A written plan for federal contractors with 50+ employees and a contract of $200,000 or more (since October 2025).',
    source: 'far-90fr41872',
  },
  {
    id: 'eeo-1',
    title: 'EEO-1 Component 1 report',
    threshold: 100,
    detail: 'Yearly workforce demographics report for private employers with 100 or more employees.',
    source: 'eeoc-eeo1',
    employers: 'private',
  },
  {
    id: 'eeo-4',
    title: 'EEO-4 report (State and Local Government Information)',
    threshold: 100,
    detail: 'Workforce demographics by job category and salary band, filed every odd-numbered year by state and local governments with 100 or more employees.',
    source: 'eeoc-eeo4',
    employers: 'public',
  },
  {
    id: 'warn-act',
    title: 'WARN Act notice',
    threshold: 100,
    detail: '60 days notice of plant closings and mass layoffs at 100 or more employees; regular federal, state and local governments are not covered (20 CFR 639.3).',
    source: 'dol-warn',
    employers: 'private',
  },
];

/**
 * The federal WARN Act's counts at one site of employment, in any 30 days: what a shrinking plan's
 * warning says about the people it lets go. Part-time employees are not counted.
 */
export const warnLayoffCounts = {
  /** Employees losing their jobs at one site from which a plant closing, or a mass layoff, can need notice. */
  siteLossFrom: 50,
  /** A mass layoff of this many or more needs notice whatever the share of the site. */
  anyShareFrom: 500,
  /** Below `anyShareFrom`, the layoff counts when it is at least this share of the site's active workforce. */
  siteShareFrom: 0.33,
  noticeDays: 60,
  source: 'dol-warn-advisor' as SourceId,
};

/** Releases of age claims in a group layoff (OWBPA): what a shrinking plan's warning tells. */
export const groupWaiverRules = {
  /** The age from which a release of age-discrimination claims has these conditions. */
  ageFrom: 40,
  /** Days to consider a release offered in a program to a group of employees. */
  considerDays: 45,
  /** Days to revoke it after signing. */
  revokeDays: 7,
  source: 'owbpa-626f' as SourceId,
};

/** Executive Order 11246 affirmative action plans were revoked by Executive Order 14173 (January 21, 2025), not by a FAR rule: not applied. */
export const revokedObligations = [
  { id: 'eo-11246', title: 'Executive Order 11246 affirmative action plans', source: 'eo-14173' as SourceId },
];
