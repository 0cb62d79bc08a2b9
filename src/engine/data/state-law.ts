// State employment-law obligations by headcount, as dated data: one row per obligation, each with
// its counting basis, effective date and phase-in steps, and its sources. Gathered in
// /work/shared/data/state-law.md (20 states); rows that could not be stated without guessing are
// left out and listed in notes/law-left-out.md. Dates are calendar months: a law that takes effect
// on the 2nd of a month is shown from that month.
import type { Industry } from '../profile.ts';
import type { Counting } from './counting.ts';
import type { StateCode } from './state-codes.ts';

export type LawStrength = 'verified' | 'fair';

export interface ThresholdStep {
  /** Calendar month (`YYYY-MM`) this threshold takes effect; null: in force since before any plan starts. */
  from: string | null;
  /** Employee count at which the obligation applies from then on. */
  threshold: number;
}

export interface StateRule {
  id: string;
  state: StateCode;
  title: string;
  /** Thresholds over time, oldest first; before the first dated step the rule does not apply. */
  steps: ThresholdStep[];
  counting: Counting;
  /** The counting rule as the source states it. */
  countingNote: string;
  /** What it asks of the employer. */
  requires: string;
  /** Only employers in these industries (e.g. retail stores). */
  industries?: Industry[];
  /** Official or secondary pages the row was read from. */
  sources: string[];
  /** verified: an official page or the statute read; fair: a reputable secondary source. */
  strength: LawStrength;
  /** A caution the reader needs (planned, challenged, delayed). */
  caution?: string;
  /** Requires a pay range in job postings (posting drafts then include one and name the law). */
  payRangeInPostings?: boolean;
  /**
   * The next tier of the same law (more hours, paid instead of unpaid, more weeks): once that rule
   * applies, this one is not listed or counted, since an employer falls in one tier.
   */
  supersededBy?: string;
}

const inForce = (threshold: number): ThresholdStep[] => [{ from: null, threshold }];
const since = (from: string, threshold: number): ThresholdStep[] => [{ from, threshold }];

const EVERYONE: Counting = { scope: 'everyone', timing: 'current', stated: true };
const IN_STATE: Counting = { scope: 'in-state', timing: 'current', stated: true };
const UNSTATED: Counting = { scope: 'everyone', timing: 'current', stated: false };
const EVERYONE_20_WEEKS: Counting = { scope: 'everyone', timing: 'twenty-weeks', stated: true };
const UNSTATED_SCOPE_20_WEEKS: Counting = { scope: 'everyone', timing: 'twenty-weeks', stated: false };

export const stateRules: StateRule[] = [
  // California
  {
    id: 'ca-feha', state: 'CA', title: 'FEHA anti-discrimination', steps: inForce(5), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'No discrimination in employment at 5 or more employees.',
    sources: ['https://calcivilrights.ca.gov/Employment/?content=faq%2Fsexual-harassment-faqs%2F'], strength: 'verified',
  },
  {
    id: 'ca-feha-harassment', state: 'CA', title: 'FEHA harassment ban', steps: inForce(1), counting: EVERYONE,
    countingNote: 'any size', requires: 'Harassment is barred at any size.',
    sources: ['https://calcivilrights.ca.gov/Employment/?content=faq%2Fsexual-harassment-faqs%2F'], strength: 'verified',
  },
  {
    id: 'ca-harassment-training', state: 'CA', title: 'Sexual harassment prevention training', steps: since('2021-01', 5),
    counting: EVERYONE, countingNote: 'workers anywhere count, contractors included; only California staff must be trained',
    requires: '1 hour of training for staff and 2 hours for supervisors, every 2 years.',
    sources: [
      'https://calcivilrights.ca.gov/2025/12/17/civil-rights-department-reminds-employers-and-employees-to-complete-sexual-harassment-prevention-training',
      'https://www.shrm.org/resourcesandtools/tools-and-samples/hr-qa/pages/californiatopsexualharassmenttraining.aspx',
    ],
    strength: 'verified', caution: 'The threshold is verified; the counting rule comes from a secondary source (fair).',
  },
  {
    id: 'ca-cfra', state: 'CA', title: 'CFRA job-protected leave', steps: since('2021-01', 5), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: '12 weeks of job-protected family, medical or bonding leave.',
    sources: ['https://calcivilrights.ca.gov/Employment/?content=faq%2Fsexual-harassment-faqs%2F'], strength: 'verified',
  },
  {
    id: 'ca-paid-sick-leave', state: 'CA', title: 'Paid sick leave', steps: inForce(1), counting: EVERYONE,
    countingNote: 'every employer', requires: 'Accrue 1 hour per 30 worked; allow use of at least 40 hours or 5 days a year (SB 616, since January 2024).',
    sources: ['https://www.laboremploymentlawblog.com/2023/10/articles/california-employment-legislation/california-employers-must-provide-additional-paid-sick-leave-in-2024/'],
    strength: 'fair',
  },
  {
    id: 'ca-warn', state: 'CA', title: 'Cal-WARN notice', steps: inForce(75), counting: IN_STATE,
    countingNote: 'per covered California establishment, at any time in the prior 12 months, part-timers included; Roleplan counts all California staff as one establishment, so check each site',
    requires: "60 days' notice of a layoff of 50+ in 30 days, any closure, or a move of 100+ miles (notice content expanded in 2026 by SB 617).",
    sources: ['https://www.californiaworkplacelawblog.com/2022/02/articles/terminations/california-has-its-own-flavor-of-warn-requirements-that-employers-should-be-aware-of/'],
    strength: 'fair',
  },
  {
    id: 'ca-pay-scale-postings', state: 'CA', title: 'Pay scale in job postings', steps: since('2023-01', 15), counting: EVERYONE,
    countingNote: 'employees anywhere, with at least one in California',
    requires: 'A pay scale in every posting for a job that may be filled in California; a good-faith estimate is defined from January 2026 (SB 642).',
    sources: ['https://ogletree.com/insights-resources/blog-posts/california-labor-agency-posts-faqs-relating-to-new-pay-scale-posting-requirements'],
    strength: 'fair', payRangeInPostings: true,
  },
  {
    id: 'ca-pay-data-report', state: 'CA', title: 'Pay data report', steps: inForce(100), counting: EVERYONE,
    countingNote: '100 payroll employees (or 100 workers through labor contractors) anywhere, with at least one in California',
    requires: 'File pay and hours by sex, race or ethnicity and job category with the Civil Rights Department, by the second Wednesday of May each year.',
    sources: ['https://www.californiaemploymentlawreport.com/2024/04/californias-pay-data-reporting-deadline-is-may-8-2024-for-employers-with-100-or-more-employees-or-contracted-employees/'],
    strength: 'fair',
  },
  // New York
  {
    id: 'ny-human-rights-law', state: 'NY', title: 'Human Rights Law', steps: since('2020-02', 1), counting: EVERYONE,
    countingNote: 'every employer (the threshold was 4 before February 2020)', requires: 'No discrimination in employment, at any size.',
    sources: ['https://www.nylaborandemploymentlaw.com/2020/02/new-york-human-rights-law-now-applies-to-all-employers/'], strength: 'fair',
  },
  {
    id: 'ny-harassment-training', state: 'NY', title: 'Harassment prevention policy and training', steps: since('2018-10', 1),
    counting: EVERYONE, countingNote: 'every employer', requires: 'A written policy and interactive training every year.',
    sources: ['https://www.law.cornell.edu/gender-justice/resource/New_York_Labor_Law_%C2%A7_201-g_Prevention_of_Sexual_Harassment'],
    strength: 'fair',
  },
  {
    id: 'ny-sick-leave', supersededBy: 'ny-sick-leave-paid', state: 'NY', title: 'Sick leave: 40 hours', steps: since('2020-09', 1), counting: EVERYONE,
    countingNote: 'all employees nationwide, the most employed at once in the calendar year',
    requires: 'Accrue 1 hour per 30 worked, up to 40 hours a year: unpaid for 0-4 employees with net income of $1 million or less, paid otherwise; 20 hours of paid prenatal leave since January 2025.',
    sources: ['https://www.dwt.com/blogs/employment-labor-and-benefits/2022/01/new-york-state-sick-leave-law-rules'], strength: 'fair',
  },
  {
    id: 'ny-sick-leave-paid', supersededBy: 'ny-sick-leave-56', state: 'NY', title: 'Sick leave: 40 hours paid', steps: since('2020-09', 5), counting: EVERYONE,
    countingNote: 'all employees nationwide, the most employed at once in the calendar year', requires: 'Up to 40 hours of paid sick leave a year at 5-99 employees.',
    sources: ['https://www.dwt.com/blogs/employment-labor-and-benefits/2022/01/new-york-state-sick-leave-law-rules'], strength: 'fair',
  },
  {
    id: 'ny-sick-leave-56', state: 'NY', title: 'Sick leave: 56 hours paid', steps: since('2020-09', 100), counting: EVERYONE,
    countingNote: 'all employees nationwide, the most employed at once in the calendar year', requires: 'Up to 56 hours of paid sick leave a year at 100 or more employees.',
    sources: ['https://www.dwt.com/blogs/employment-labor-and-benefits/2022/01/new-york-state-sick-leave-law-rules'], strength: 'fair',
  },
  {
    id: 'ny-paid-family-leave', state: 'NY', title: 'Paid Family Leave insurance', steps: since('2018-01', 1), counting: IN_STATE,
    countingNote: 'employees in New York', requires: 'Carry PFL insurance, funded by an employee payroll deduction (0.388% in 2025).',
    sources: ['https://paychex.com/articles/compliance/new-york-state-paid-family-leave'], strength: 'fair',
  },
  {
    id: 'ny-warn', state: 'NY', title: 'NY WARN notice', steps: inForce(50),
    counting: { scope: 'in-state', timing: 'current', fullTimeOnly: true, stated: true },
    countingNote: '50 full-time employees in New York; part-timers excluded',
    requires: "90 days' notice of a closing affecting 25+, or a layoff of 25+ (if at least 33% of staff) or 250+.",
    sources: ['https://www.dwt.com/blogs/employment-labor-and-benefits/2023/07/new-york-warn-act-labor-laws'], strength: 'fair',
  },
  {
    id: 'ny-pay-transparency', state: 'NY', title: 'Pay range in job postings', steps: since('2023-09', 4), counting: EVERYONE,
    countingNote: 'not limited to New York staff (a law firm reading)',
    requires: 'A pay range and the job description in postings for jobs done in, or reporting to, New York.',
    sources: ['https://dol.ny.gov/pay-transparency-act-frequently-asked-questions'], strength: 'fair', payRangeInPostings: true,
  },
  {
    id: 'ny-retail-worker-safety', state: 'NY', title: 'Retail Worker Safety Act', steps: since('2025-06', 10), counting: IN_STATE,
    countingNote: 'retail-store employees statewide', industries: ['retail'],
    requires: 'A workplace violence prevention policy and training for retail staff.',
    sources: ['https://natlawreview.com/article/new-york-retail-worker-safety-act-countdown-compliance'], strength: 'fair',
  },
  {
    id: 'ny-retail-panic-buttons', state: 'NY', title: 'Retail Worker Safety Act: silent response buttons', steps: since('2027-01', 500),
    counting: IN_STATE, countingNote: 'retail-store employees statewide', industries: ['retail'],
    requires: 'Silent response (panic) buttons in retail stores.',
    sources: ['https://natlawreview.com/article/new-york-retail-worker-safety-act-countdown-compliance'], strength: 'fair',
  },
  // Texas
  {
    id: 'tx-tchra', state: 'TX', title: 'TCHRA anti-discrimination', steps: inForce(15), counting: EVERYONE_20_WEEKS,
    countingNote: 'each working day in 20 or more weeks of this or last year', requires: "Texas's counterpart of Title VII.",
    sources: ['http://wageproject.org/files/tx_lawsays.php'], strength: 'fair',
  },
  {
    id: 'tx-harassment-liability', state: 'TX', title: 'Sexual harassment liability (SB 45)', steps: since('2021-09', 1), counting: EVERYONE,
    countingNote: 'every employer', requires: 'Liable for harassment the employer knew or should have known of and did not act on promptly.',
    sources: ['http://capitol.texas.gov/tlodocs/87R/billtext/html/SB00045E.HTM'], strength: 'verified',
  },
  // Florida
  {
    id: 'fl-civil-rights-act', state: 'FL', title: 'Florida Civil Rights Act', steps: inForce(15), counting: UNSTATED_SCOPE_20_WEEKS,
    countingNote: 'each working day in 20 or more weeks of this or last year', requires: 'No discrimination in employment.',
    sources: ['https://flsenate.gov/laws/statutes/2012/760.02'], strength: 'verified',
  },
  {
    id: 'fl-e-verify', state: 'FL', title: 'E-Verify', steps: since('2023-07', 25), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'E-Verify new hires within 3 days and certify compliance once a year.',
    sources: ['https://www.bilzin.com/insights/publications/2024/01/fl-law-imposes-e-verify-requirements'], strength: 'fair',
  },
  // Illinois
  {
    id: 'il-human-rights-act', state: 'IL', title: 'Human Rights Act', steps: since('2020-07', 1),
    counting: { scope: 'in-state', timing: 'twenty-weeks', stated: true }, countingNote: 'in Illinois, in 20 or more weeks of this or last year',
    requires: 'No discrimination in employment.', sources: ['https://jacksonlewis.com/insights/illinois-expands-state-human-rights-act-include-employers-one-or-more-employees'],
    strength: 'fair',
  },
  {
    id: 'il-ai-notice', state: 'IL', title: 'Notice of AI use in employment decisions (HB 3773)', steps: since('2026-01', 1),
    counting: { scope: 'in-state', timing: 'twenty-weeks', stated: true }, countingNote: 'in Illinois, in 20 or more weeks of this or last year',
    requires: 'Tell employees and applicants when AI is used in employment decisions.',
    sources: ['https://jacksonlewis.com/insights/illinois-expands-state-human-rights-act-include-employers-one-or-more-employees'], strength: 'fair',
  },
  {
    id: 'il-harassment-training', state: 'IL', title: 'Harassment prevention training', steps: since('2020-01', 1), counting: IN_STATE,
    countingNote: 'employees working in Illinois', requires: 'Yearly training meeting the Department of Human Rights minimum standards.',
    sources: ['https://shdh.illinois.gov/training.html'], strength: 'verified',
  },
  {
    id: 'il-paid-leave', state: 'IL', title: 'Paid Leave for All Workers Act', steps: since('2024-01', 1), counting: IN_STATE,
    countingNote: 'employees in Illinois; Chicago and Cook County staff fall under local ordinances instead',
    requires: '40 hours of paid leave a year, for any reason.', sources: ['https://labor.illinois.gov/laws-rules/leave_rights_division.html'],
    strength: 'verified',
  },
  {
    id: 'il-vessa', supersededBy: 'il-vessa-8-weeks', state: 'IL', title: 'VESSA victims\' leave: 4 weeks', steps: inForce(1), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'Unpaid, job-protected leave for victims of violence: 4 weeks at 1-14 employees.',
    sources: ['https://www.leavemanager.com/resources/articles/2023/illinois-expands-leave-reasons-for-victims-of-violent-crime'], strength: 'fair',
  },
  {
    id: 'il-vessa-8-weeks', supersededBy: 'il-vessa-12-weeks', state: 'IL', title: 'VESSA victims\' leave: 8 weeks', steps: inForce(15), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'Unpaid, job-protected leave for victims of violence: 8 weeks at 15-49 employees.',
    sources: ['https://www.leavemanager.com/resources/articles/2023/illinois-expands-leave-reasons-for-victims-of-violent-crime'], strength: 'fair',
  },
  {
    id: 'il-vessa-12-weeks', state: 'IL', title: 'VESSA victims\' leave: 12 weeks', steps: inForce(50), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'Unpaid, job-protected leave for victims of violence: 12 weeks at 50 or more employees.',
    sources: ['https://www.leavemanager.com/resources/articles/2023/illinois-expands-leave-reasons-for-victims-of-violent-crime'], strength: 'fair',
  },
  {
    id: 'il-warn', state: 'IL', title: 'IL WARN notice', steps: inForce(75),
    counting: { scope: 'everyone', timing: 'current', fullTimeOnly: true, stated: false },
    countingNote: '75 full-time employees; part-timers excluded; where they work is not stated',
    requires: "60 days' notice of a layoff of 25+ full-time staff (if at least a third) or 250+, and of closings.",
    sources: ['https://dceo.illinois.gov/workforcedevelopment/warn.html'], strength: 'verified',
  },
  {
    id: 'il-pay-transparency', state: 'IL', title: 'Pay scale and benefits in job postings', steps: since('2025-01', 15), counting: EVERYONE,
    countingNote: 'employees anywhere (the agency FAQ, as a secondary summary reports it)',
    requires: 'Pay scale and benefits in postings; tell current staff about promotion openings.',
    sources: ['https://www.dowellcpa.com/employer-alert-1-1-25-new-laws-impacting-illinois-employers'], strength: 'fair', payRangeInPostings: true,
  },
  {
    id: 'il-equal-pay-certificate', state: 'IL', title: 'Equal Pay Registration Certificate', steps: inForce(100), counting: IN_STATE,
    countingNote: '100 employees in Illinois, for an employer that files an EEO-1 report',
    requires: 'File pay data and a compliance statement; recertify every 2 years.',
    sources: ['https://labor.illinois.gov/laws-rules/conmed/eprc-faqs'], strength: 'verified',
  },
  // Washington
  {
    id: 'wa-wlad', state: 'WA', title: 'WLAD anti-discrimination', steps: inForce(8), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'No discrimination in employment.',
    sources: ['https://www.hum.wa.gov/Employment/'], strength: 'verified',
  },
  {
    id: 'wa-paid-sick-leave', state: 'WA', title: 'Paid sick leave', steps: since('2018-01', 1), counting: IN_STATE,
    countingNote: 'non-exempt employees', requires: 'Accrue 1 hour per 40 worked; carry over up to 40 hours.',
    sources: ['https://lni.wa.gov/workers-rights/leave/paid-sick-leave/paid-sick-leave-minimum-requirements'], strength: 'verified',
  },
  {
    id: 'wa-pfml-premiums', state: 'WA', title: 'Paid Family and Medical Leave premiums', steps: inForce(1), counting: IN_STATE,
    countingNote: 'employees in Washington', requires: 'Collect the employee share and remit premiums every quarter (1.13% in total in 2026).',
    sources: ['https://paidleave.wa.gov/updates'], strength: 'verified',
  },
  {
    id: 'wa-pfml-employer-share', state: 'WA', title: 'PFML employer premium share', steps: inForce(50),
    counting: { scope: 'everyone', timing: 'prior-year-average', stated: false },
    countingNote: "the Employment Security Department's size class for the prior year",
    requires: 'Pay the employer share of premiums (28.57% of the total in 2026).',
    sources: ['https://paidleave.wa.gov/updates'], strength: 'verified',
  },
  {
    id: 'wa-pfml-job-protection', state: 'WA', title: 'PFML job protection',
    steps: [{ from: '2026-01', threshold: 25 }, { from: '2027-01', threshold: 15 }, { from: '2028-01', threshold: 8 }],
    counting: UNSTATED, countingNote: 'not stated in the source read',
    requires: 'Restore the job after paid family or medical leave, for employees with 180 or more days of service (HB 1213).',
    sources: ['https://www.millernash.com/industry-news/washington-legislature-expands-worker-protections-and-clarifies-stacking-limits-for-paid-family-and-medical-leave'],
    strength: 'fair',
  },
  {
    id: 'wa-pay-transparency', state: 'WA', title: 'Pay range in job postings', steps: since('2023-01', 15), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'A wage scale or salary range, and the benefits, in every posting.',
    sources: ['https://lawfilesext.leg.wa.gov/biennium/2025-26/Htm/Bill%20Reports/House/5408-S%20HBR%20APH%2025.htm'], strength: 'verified',
    payRangeInPostings: true,
  },
  {
    id: 'wa-mini-warn', state: 'WA', title: 'Washington mini-WARN notice', steps: since('2025-07', 50),
    counting: { scope: 'in-state', timing: 'current', fullTimeOnly: true, stated: true },
    countingNote: '50 full-time employees in Washington; part-timers excluded',
    requires: "60 days' notice of a closing or a layoff of 50+ full-time staff in 30 days.",
    sources: ['https://www.fenwick.com/insights/publications/new-washington-mini-warn-act-for-mass-layoffs-and-business-site-closures'], strength: 'fair',
  },
  // Massachusetts
  {
    id: 'ma-151b', state: 'MA', title: 'Chapter 151B anti-discrimination and harassment policy', steps: inForce(6), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'No discrimination; a written harassment policy handed out every year.',
    sources: ['http://www.mass.gov/mcad/forEmployers.html'], strength: 'verified',
  },
  {
    id: 'ma-earned-sick-time', supersededBy: 'ma-earned-sick-time-paid', state: 'MA', title: 'Earned sick time (unpaid under 11)', steps: since('2015-07', 1),
    counting: { scope: 'everyone', timing: 'prior-year-average', stated: true },
    countingNote: 'all employees in or outside Massachusetts, averaged per pay period over the prior benefit year (Roleplan uses the calendar year)',
    requires: 'Up to 40 hours of sick time a year; unpaid below 11 employees.',
    sources: ['https://www.law.cornell.edu/regulations/massachusetts/940-CMR-33-04'], strength: 'verified',
  },
  {
    id: 'ma-earned-sick-time-paid', state: 'MA', title: 'Earned sick time, paid (11 or more)', steps: since('2015-07', 11),
    counting: { scope: 'everyone', timing: 'prior-year-average', stated: true },
    countingNote: 'all employees in or outside Massachusetts, averaged per pay period over the prior benefit year (Roleplan uses the calendar year)',
    requires: 'The 40 hours of sick time are paid at 11 or more employees.',
    sources: ['https://www.law.cornell.edu/regulations/massachusetts/940-CMR-33-04'], strength: 'verified',
  },
  {
    id: 'ma-pfml-contributions', state: 'MA', title: 'PFML contributions', steps: inForce(1), counting: IN_STATE,
    countingNote: 'covered individuals in Massachusetts', requires: 'Collect and remit contributions (0.88% in total in 2026).',
    sources: ['https://www.onedigital.com/blog/ma-pfml-update-intermittent-and-reduced-schedule-leave-requirements/'], strength: 'fair',
  },
  {
    id: 'ma-pfml-employer-share', state: 'MA', title: 'PFML employer contribution share', steps: inForce(25),
    counting: { scope: 'in-state', timing: 'prior-year-average', stated: true },
    countingNote: 'covered individuals in Massachusetts over the prior calendar year (Roleplan uses its average)',
    requires: 'Pay the employer share of contributions (0.42% of wages in 2026).',
    sources: ['https://www.onedigital.com/blog/ma-pfml-update-intermittent-and-reduced-schedule-leave-requirements/'], strength: 'fair',
  },
  {
    id: 'ma-pay-transparency', state: 'MA', title: 'Pay range in job postings', steps: since('2025-10', 25),
    counting: { scope: 'in-state', timing: 'prior-year-average', stated: true },
    countingNote: 'employees whose primary workplace is in Massachusetts, in the prior year (Roleplan uses its average)',
    requires: 'A pay range in postings, on request, and on promotion or transfer.',
    sources: ['https://www.mass.gov/info-details/pay-transparency-in-massachusetts'], strength: 'verified', payRangeInPostings: true,
  },
  {
    id: 'ma-eeo-data-report', state: 'MA', title: 'EEO data report', steps: since('2025-01', 100),
    counting: { scope: 'in-state', timing: 'prior-year-average', stated: true },
    countingNote: '100 employees in Massachusetts in the prior year (Roleplan uses its average), for an employer that files an EEO-1 report',
    requires: 'File a copy of the federal EEO-1 report with the state every February 1.',
    sources: ['https://www.mass.gov/info-details/pay-transparency-in-massachusetts'], strength: 'verified',
  },
  // New Jersey
  {
    id: 'nj-lad', state: 'NJ', title: 'Law Against Discrimination', steps: inForce(1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'No discrimination in employment.', sources: ['https://staturelegal.law/blog/new-jersey-employment-laws-a-business-owners-guide'],
    strength: 'fair',
  },
  {
    id: 'nj-earned-sick-leave', state: 'NJ', title: 'Earned sick leave', steps: since('2018-10', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'Accrue 1 hour per 30 worked, up to 40 hours a year.',
    sources: ['https://shawe.com/eupdate/new-jersey-enacts-sick-and-safe-leave-law-and-expands-equal-pay-protections/'], strength: 'fair',
  },
  {
    id: 'nj-family-leave-act', state: 'NJ', title: 'Family Leave Act', steps: since('2019-06', 30), counting: EVERYONE_20_WEEKS,
    countingNote: 'employees worldwide, in 20 or more workweeks of this or last year (the threshold was 50 before June 2019)',
    requires: '12 weeks of leave per 24 months for employees with 12 months and 1,000 hours of service.',
    sources: ['http://adptotalsourceinsightsandsolutions.com/Newsletter-Archives/TotalSource-Insights-and-Solutions-newsletter-March-2020/ArtMID/5754/ArticleID/3398/New-Jersey-Provides-Guidance-on-the-New-Jersey-Family-Leave-Act'],
    strength: 'fair',
  },
  {
    id: 'nj-tdi-fli', state: 'NJ', title: 'Temporary disability and family leave insurance', steps: inForce(1), counting: IN_STATE,
    countingNote: 'employees in New Jersey', requires: 'Pay the employer TDI rate and withhold employee TDI (0.23%) and FLI (0.33%) in 2025.',
    sources: ['https://www.cbiz.com/insights/articles/article-details/new-jersey-issues-2025-contribution-rates-for-temporary-disability-and-family-leave'],
    strength: 'fair',
  },
  {
    id: 'nj-pay-transparency', state: 'NJ', title: 'Pay and benefits in job postings', steps: since('2025-06', 10), counting: EVERYONE_20_WEEKS,
    countingNote: 'over 20 weeks; employees need not be in New Jersey', requires: 'A wage or range, and the benefits, in postings; tell staff about promotion openings.',
    sources: ['https://production.jdsupra.com/legalnews/new-jersey-s-pay-transparency-act-what-1541399'], strength: 'fair', payRangeInPostings: true,
  },
  {
    id: 'nj-mini-warn', state: 'NJ', title: 'New Jersey mini-WARN notice and severance', steps: since('2023-04', 100), counting: EVERYONE,
    countingNote: 'employees anywhere in the US, part-timers included',
    requires: "90 days' notice when 50+ people at or reporting to a New Jersey site lose their jobs in 30 days, and severance of 1 week per year of service.",
    sources: ['https://www.crowell.com/en/insights/client-alerts/new-jerseys-mini-warn-act-amendment-expands-its-scope-notice-period-and-adds-automatic-severance-requirements'],
    strength: 'fair', caution: 'The mandatory severance was challenged as preempted by ERISA; the outcome was not checked.',
  },
  // Colorado
  {
    id: 'co-cada', state: 'CO', title: 'CADA anti-discrimination', steps: inForce(1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'No discrimination in employment.', sources: ['http://wageproject.org/files/co.php'], strength: 'fair',
  },
  {
    id: 'co-paid-sick-leave', state: 'CO', title: 'Paid sick leave (HFWA)', steps: since('2022-01', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'Accrue 1 hour per 30 worked, up to 48 hours a year.',
    sources: ['https://www.employerslawyersblog.com/2020/09/colorado-legislature-passes-paid-sick-leave-other-bills-affecting-employers.html'],
    strength: 'fair',
  },
  {
    id: 'co-famli-premiums', state: 'CO', title: 'FAMLI premiums', steps: since('2023-01', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'Collect the employee half of the 0.9% premium and remit it.', sources: ['https://famli.colorado.gov/employers'], strength: 'verified',
  },
  {
    id: 'co-famli-employer-share', state: 'CO', title: 'FAMLI employer premium share', steps: since('2023-01', 10),
    counting: { scope: 'everyone', timing: 'twenty-weeks-prior-year', stated: true },
    countingNote: 'workers nationwide, employed in 20 or more weeks of the prior year', requires: 'Pay the employer half of the 0.9% premium.',
    sources: ['https://famli.colorado.gov/employers'], strength: 'verified',
  },
  {
    id: 'co-pay-transparency', state: 'CO', title: 'Pay transparency in job postings (EPEWA)', steps: since('2021-01', 1), counting: EVERYONE,
    countingNote: 'every employer', requires: 'Pay, benefits and how to apply in every posting; tell staff about openings (amended January 2024).',
    sources: ['https://cdle.colorado.gov/dlss/equal-pay-for-equal-work-act'], strength: 'verified', payRangeInPostings: true,
  },
  // Pennsylvania
  {
    id: 'pa-human-relations-act', state: 'PA', title: 'Human Relations Act', steps: inForce(4), counting: IN_STATE, countingNote: 'employees in Pennsylvania',
    requires: 'No discrimination in employment.', sources: ['https://www.pa.gov/services/phrc/file-an-employment-discrimination-complaint'],
    strength: 'verified',
  },
  // Georgia
  {
    id: 'ga-e-verify', state: 'GA', title: 'E-Verify affidavit', steps: since('2013-07', 11),
    counting: { scope: 'everyone', timing: 'current', fullTimeOnly: true, stated: false },
    countingNote: 'more than 10 employees; full-time means 35 or more hours a week', requires: 'An E-Verify affidavit to obtain a business licence.',
    sources: ['https://www.lexology.com/library/detail.aspx?g=10401965-f0fb-4f2f-9be6-f77d82f28fa8'], strength: 'fair',
  },
  {
    id: 'ga-equal-pay', state: 'GA', title: 'Equal pay law', steps: inForce(10), counting: UNSTATED, countingNote: 'not stated in the source read',
    requires: 'Equal pay regardless of sex (Georgia has no general private-sector civil-rights act).',
    sources: ['https://jjkellercompliancenetwork.com/regsense/discrimination-other-georgia'], strength: 'fair',
  },
  {
    id: 'ga-disability', state: 'GA', title: 'Disability discrimination law', steps: inForce(15), counting: UNSTATED, countingNote: 'not stated in the source read',
    requires: 'No disability discrimination.', sources: ['https://jjkellercompliancenetwork.com/regsense/discrimination-other-georgia'], strength: 'fair',
  },
  // North Carolina
  {
    id: 'nc-e-verify', state: 'NC', title: 'E-Verify', steps: since('2013-07', 25), counting: IN_STATE,
    countingNote: 'employees in North Carolina, leaving out jobs that last under 9 months a year', requires: 'E-Verify every new hire.',
    sources: ['https://www.ncga.state.nc.us/EnactedLegislation/Statutes/HTML/BySection/Chapter_64/GS_64-25.html'], strength: 'verified',
  },
  {
    id: 'nc-eepa', state: 'NC', title: 'Equal Employment Practices Act', steps: inForce(15), counting: UNSTATED, countingNote: 'regularly employed',
    requires: 'A public-policy statement against discrimination, without a private right to sue.',
    sources: ['https://coffieldlaw.com/north-carolina-equal-employment-practices-act-anti-discrimination-policy-protections-for-north-carolina-employees/'],
    strength: 'fair',
  },
  // Oregon
  {
    id: 'or-659a', state: 'OR', title: 'ORS 659A and written harassment policy', steps: since('2020-10', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'No discrimination; a written anti-harassment policy.', sources: ['https://oregon.public.law/statutes/ors_659a.375'], strength: 'fair',
  },
  {
    id: 'or-sick-time', state: 'OR', title: 'Sick time (unpaid under 10)', steps: since('2016-01', 1), counting: IN_STATE,
    countingNote: 'employees in Oregon', requires: 'Up to 40 hours a year, accrued 1 hour per 30 worked; unpaid below 10 Oregon employees.',
    sources: ['http://www.oregon.gov/boli/TA/Pages/T_FAQ_OregonSickTime.aspx'], strength: 'verified',
  },
  {
    id: 'or-sick-time-paid', state: 'OR', title: 'Sick time, paid (10 or more in Oregon)', steps: since('2016-01', 10), counting: IN_STATE,
    countingNote: 'employees in Oregon (6 with Portland operations: a city rule Roleplan does not cover)',
    requires: 'The 40 hours of sick time are paid.', sources: ['http://www.oregon.gov/boli/TA/Pages/T_FAQ_OregonSickTime.aspx'], strength: 'verified',
  },
  {
    id: 'or-paid-leave', state: 'OR', title: 'Paid Leave Oregon contributions', steps: since('2023-01', 1), counting: IN_STATE,
    countingNote: 'employees in Oregon', requires: 'Collect employee contributions; job protection after 90 days of service, at any size.',
    sources: ['https://paidleave.oregon.gov/employers/pages/default.aspx'], strength: 'verified',
  },
  {
    id: 'or-ofla', state: 'OR', title: 'Oregon Family Leave Act', steps: inForce(25), counting: IN_STATE, countingNote: 'employees in Oregon',
    requires: 'Unpaid leave for a sick child, bereavement and pregnancy disability (narrowed July 2024).',
    sources: ['https://www.risk-strategies.com/blog/updates-to-oregon-leave-laws'], strength: 'fair',
  },
  // Connecticut
  {
    id: 'ct-cfepa', state: 'CT', title: 'CFEPA anti-discrimination', steps: inForce(3), counting: UNSTATED, countingNote: 'not stated in the source read',
    requires: 'No discrimination in employment.', sources: ['https://www.cbia.com/resources/hr-safety/issues-laws/employment-discrimination/'], strength: 'fair',
  },
  {
    id: 'ct-harassment-training-supervisors', state: 'CT', title: 'Harassment training for supervisors', steps: since('2019-10', 1), counting: EVERYONE,
    countingNote: 'employees at any location count; Connecticut staff are trained',
    requires: '2 hours of training for supervisors within 6 months of hire; a refresher at least every 10 years.',
    sources: ['https://www.cbia.com/resources/hr-safety/sexual-harassment-prevention'], strength: 'fair',
  },
  {
    id: 'ct-harassment-training', state: 'CT', title: 'Harassment training for all staff', steps: since('2019-10', 3), counting: EVERYONE,
    countingNote: 'employees at any location count; Connecticut staff are trained',
    requires: '2 hours of training within 6 months of hire; a refresher at least every 10 years.',
    sources: ['https://www.cbia.com/resources/hr-safety/sexual-harassment-prevention'], strength: 'fair',
  },
  {
    id: 'ct-paid-sick-leave', state: 'CT', title: 'Paid sick leave',
    steps: [{ from: '2025-01', threshold: 25 }, { from: '2026-01', threshold: 11 }, { from: '2027-01', threshold: 1 }],
    counting: { scope: 'in-state', timing: 'january', stated: true }, countingNote: 'employees in Connecticut, on payroll in the January 1 cycle',
    requires: 'Accrue 1 hour per 30 worked, up to 40 hours a year.',
    sources: ['https://payrollmgt.com/blog/connecticut-law-alert-connecticut-expands-paid-sick-leave-law'], strength: 'fair',
  },
  {
    id: 'ct-fmla-paid-leave', state: 'CT', title: 'CT FMLA and CT Paid Leave', steps: since('2022-01', 1), counting: IN_STATE,
    countingNote: 'employees in Connecticut', requires: '12 weeks of job-protected leave after 3 months of service; paid leave funded by a 0.5% employee deduction.',
    sources: ['https://paychex.com/articles/compliance/connecticut-paid-family-medical-leave'], strength: 'fair',
  },
  {
    id: 'ct-pay-range-on-request', state: 'CT', title: 'Pay range on request', steps: since('2021-10', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'Give applicants and employees the wage range on request.',
    sources: ['https://www.shipmangoodwin.com/insights/best-practices-for-connecticut-employers-wage-transparency-recordkeeping-and-multistate-compliance.html'],
    strength: 'fair',
  },
  {
    id: 'ct-pay-range-postings', state: 'CT', title: 'Pay range in job postings', steps: since('2026-10', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'A wage range, and the benefits, in every posting.',
    sources: ['https://www.shipmangoodwin.com/insights/best-practices-for-connecticut-employers-wage-transparency-recordkeeping-and-multistate-compliance.html'],
    strength: 'fair', payRangeInPostings: true,
  },
  // Minnesota
  {
    id: 'mn-esst', state: 'MN', title: 'Earned sick and safe time', steps: since('2024-01', 1), counting: IN_STATE,
    countingNote: 'employees working 80 or more hours a year in Minnesota', requires: 'Accrue 1 hour per 30 worked, at least 48 hours a year.',
    sources: ['https://shakopee.org/earned-sick-and-safe-time-esst-resources'], strength: 'fair',
  },
  {
    id: 'mn-paid-leave', state: 'MN', title: 'Minnesota Paid Leave premiums', steps: since('2026-01', 1), counting: IN_STATE,
    countingNote: 'employees on Minnesota quarterly wage reports',
    requires: 'A 0.88% premium, at least half paid by the employer (0.66% for employers of 30 or fewer).',
    sources: ['https://content.govdelivery.com/accounts/MNDEED/bulletins/3d4b935'], strength: 'fair',
  },
  {
    id: 'mn-pay-transparency', state: 'MN', title: 'Pay range in job postings', steps: since('2025-01', 30), counting: IN_STATE,
    countingNote: 'employees at one or more Minnesota sites', requires: 'A starting range or fixed rate, and the benefits, in postings.',
    sources: ['https://stinson.com/newsroom-publications-minnesota-pay-transparency-signed-into-law'], strength: 'fair', payRangeInPostings: true,
  },
  {
    id: 'mn-pregnancy-parenting-leave', state: 'MN', title: 'Pregnancy and parenting leave', steps: since('2023-07', 1), counting: EVERYONE,
    countingNote: 'every employer (the threshold was 21 before July 2023)', requires: '12 weeks of unpaid leave, from the day of hire.',
    sources: ['https://www.felhaber.com/effective-july-1-2023-minnesota-significantly-expands-parenting-leave-pregnancy-accommodations-and-nursing-mothers-protections'],
    strength: 'fair',
  },
  // Virginia
  {
    id: 'va-human-rights-act', state: 'VA', title: 'Virginia Human Rights Act', steps: since('2020-07', 15), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'No discrimination in employment.',
    sources: ['https://jdsupra.com/legalnews/virginia-adds-lgbtq-protections-to-anti-70563'], strength: 'fair',
  },
  {
    id: 'va-human-rights-discharge', state: 'VA', title: 'Virginia Human Rights Act: discharge claims', steps: since('2020-07', 6), counting: UNSTATED,
    countingNote: 'more than 5 employees; how they are counted is not stated', requires: 'No discriminatory discharge.',
    sources: ['https://jdsupra.com/legalnews/virginia-adds-lgbtq-protections-to-anti-70563'], strength: 'fair',
  },
  {
    id: 'va-pay-transparency', state: 'VA', title: 'Pay range in job postings', steps: since('2026-07', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'A pay range in every posting; no questions about salary history.',
    sources: ['https://www.hirschlerlaw.com/newsroom-publications-va-wage-transparency-law-july-1-2026'], strength: 'fair', payRangeInPostings: true,
  },
  {
    id: 'va-paid-sick-leave', state: 'VA', title: 'Paid sick leave',
    steps: [{ from: '2027-07', threshold: 50 }, { from: '2028-01', threshold: 25 }, { from: '2029-01', threshold: 1 }],
    counting: UNSTATED, countingNote: 'not stated in the source read', requires: 'Accrue 1 hour per 30 worked, up to 40 hours a year.',
    sources: ['https://adpcomprehensiveservicesnewsletter.com/ComplianceCorner/ArtMID/4325/ArticleID/3900/Virginia-Enacts-Paid-Sick-Leave-Law'],
    strength: 'fair',
  },
  {
    id: 'va-pfml', state: 'VA', title: 'Paid family and medical leave contributions', steps: since('2028-04', 1), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'Collect contributions from April 2028 (benefits from December 2028; the rate is due by October 2027).',
    sources: ['http://adptotalsourceinsightsandsolutions.com/State-Updates-Detail/ArtMID/980/ArticleID/3832/Virginia-Enacts-Paid-Family-and-Medical-Leave-Law'],
    strength: 'fair', caution: 'Planned: the contribution rate was not yet set.',
  },
  {
    id: 'va-pfml-employer-share', state: 'VA', title: 'Paid family and medical leave: employer share', steps: since('2028-04', 11), counting: UNSTATED,
    countingNote: 'above 10 employees; how they are counted is not stated', requires: 'Pay the part of the contribution not deducted from wages.',
    sources: ['http://adptotalsourceinsightsandsolutions.com/State-Updates-Detail/ArtMID/980/ArticleID/3832/Virginia-Enacts-Paid-Family-and-Medical-Leave-Law'],
    strength: 'fair', caution: 'Planned: the contribution rate was not yet set.',
  },
  // Maryland
  {
    id: 'md-fepa', state: 'MD', title: 'FEPA anti-discrimination', steps: inForce(15), counting: UNSTATED_SCOPE_20_WEEKS,
    countingNote: 'each working day in 20 or more weeks', requires: 'No discrimination in employment.',
    sources: ['https://lexace.ai/us/statute/maryland/SG-20-601'], strength: 'fair',
  },
  {
    id: 'md-fepa-harassment', state: 'MD', title: 'FEPA harassment ban', steps: inForce(1), counting: EVERYONE, countingNote: 'any size',
    requires: 'Harassment is barred at any size.', sources: ['https://lexace.ai/us/statute/maryland/SG-20-601'], strength: 'fair',
  },
  {
    id: 'md-sick-safe-leave', supersededBy: 'md-sick-safe-leave-paid', state: 'MD', title: 'Sick and safe leave (unpaid under 15)', steps: since('2018-02', 1),
    counting: { scope: 'everyone', timing: 'prior-year-average', stated: false },
    countingNote: 'average monthly headcount in the prior year, part-timers included', requires: 'Accrue 1 hour per 30 worked, up to 40 hours a year; unpaid below 15 employees.',
    sources: ['https://www.venable.com/insights/publications/2018/02/paid-sick-leave-comes-to-maryland-on-february-11'], strength: 'fair',
  },
  {
    id: 'md-sick-safe-leave-paid', state: 'MD', title: 'Sick and safe leave, paid (15 or more)', steps: since('2018-02', 15),
    counting: { scope: 'everyone', timing: 'prior-year-average', stated: false },
    countingNote: 'average monthly headcount in the prior year, part-timers included', requires: 'The 40 hours of sick and safe leave are paid.',
    sources: ['https://www.venable.com/insights/publications/2018/02/paid-sick-leave-comes-to-maryland-on-february-11'], strength: 'fair',
  },
  {
    id: 'md-pay-transparency', state: 'MD', title: 'Pay range in job postings', steps: since('2024-10', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'A pay range and the benefits in postings.', sources: ['https://dllr.state.md.us/LABOR/wages/esswagerangefaq.shtml'],
    strength: 'verified', payRangeInPostings: true,
  },
  {
    id: 'md-mini-warn', state: 'MD', title: 'Maryland mini-WARN notice', steps: since('2020-10', 50),
    counting: { scope: 'everyone', timing: 'current', fullTimeOnly: true, stated: false },
    countingNote: 'employers operating in Maryland for over a year; staff working under 20 hours a week are left out',
    requires: "60 days' notice before a cut of 25% of the workforce or 15 employees, whichever is greater.",
    sources: ['https://natlawreview.com/article/be-warned-maryland-dol-reissues-proposed-rules-mandated-notice-proposed-mass'], strength: 'fair',
  },
  {
    id: 'md-famli', state: 'MD', title: 'FAMLI contributions', steps: since('2027-01', 1), counting: UNSTATED, countingNote: 'not stated in the source read',
    requires: 'Collect contributions from January 2027 (a 0.9% total rate that may change); benefits from January 2028.',
    sources: ['https://www.gfrlaw.com/what-we-do/insights/maryland-paid-family-and-medical-leave-insurance-famli-implementation-delayed'],
    strength: 'fair', caution: 'Planned: the start was delayed three times and may move again.',
  },
  {
    id: 'md-famli-employer-share', state: 'MD', title: 'FAMLI employer contribution share', steps: since('2027-01', 15), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'Pay half of the FAMLI contribution.',
    sources: ['https://www.gfrlaw.com/what-we-do/insights/maryland-paid-family-and-medical-leave-insurance-famli-implementation-delayed'],
    strength: 'fair', caution: 'Planned: the start was delayed three times and may move again.',
  },
  // Michigan
  {
    id: 'mi-elcra', state: 'MI', title: 'Elliott-Larsen Civil Rights Act', steps: inForce(1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'No discrimination in employment.', sources: ['https://www.xperthr.com/employment-law-manual/eeo-discrimination-michigan/2370/'], strength: 'fair',
  },
  {
    id: 'mi-esta', supersededBy: 'mi-esta-72-hours', state: 'MI', title: 'Earned sick time: 40 hours',
    steps: [{ from: '2025-02', threshold: 11 }, { from: '2025-10', threshold: 1 }], counting: UNSTATED, countingNote: 'not stated in the source read',
    requires: 'Accrue 1 hour per 30 worked, or frontload: 40 hours a year at 10 or fewer employees (small businesses from October 2025).',
    sources: ['https://mcul.org/cu-resources/take-a-second-cu-legal-insights/earned-sick-time-new-law-new-requirements-'], strength: 'fair',
  },
  {
    id: 'mi-esta-72-hours', state: 'MI', title: 'Earned sick time: 72 hours (11 or more)', steps: since('2025-02', 11), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: '72 hours of earned sick time a year at 11 or more employees.',
    sources: ['https://mcul.org/cu-resources/take-a-second-cu-legal-insights/earned-sick-time-new-law-new-requirements-'], strength: 'fair',
  },
  // Arizona
  {
    id: 'az-civil-rights-act', state: 'AZ', title: 'Arizona Civil Rights Act', steps: inForce(15), counting: UNSTATED_SCOPE_20_WEEKS,
    countingNote: 'in 20 or more weeks', requires: 'No discrimination in employment.',
    sources: ['https://app.legiplex.com/az/legislature/2022/2022-r/bills/hb2679/draft-741614?id=741614'], strength: 'fair',
  },
  {
    id: 'az-harassment', state: 'AZ', title: 'Sexual harassment ban', steps: inForce(1), counting: EVERYONE, countingNote: 'any size',
    requires: 'Sexual harassment is barred at any size.', sources: ['https://app.legiplex.com/az/legislature/2022/2022-r/bills/hb2679/draft-741614?id=741614'],
    strength: 'fair',
  },
  {
    id: 'az-paid-sick-time', supersededBy: 'az-paid-sick-time-40', state: 'AZ', title: 'Earned paid sick time: 24 hours', steps: since('2017-07', 1), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: 'Accrue 1 hour per 30 worked, 24 hours a year under 15 employees.',
    sources: ['https://www.azlawhelp.org/articles_info.cfm?mc=2&sc=18&articleid=374'], strength: 'fair',
  },
  {
    id: 'az-paid-sick-time-40', state: 'AZ', title: 'Earned paid sick time: 40 hours (15 or more)', steps: since('2017-07', 15), counting: UNSTATED,
    countingNote: 'not stated in the source read', requires: '40 hours of paid sick time a year at 15 or more employees.',
    sources: ['https://www.azlawhelp.org/articles_info.cfm?mc=2&sc=18&articleid=374'], strength: 'fair',
  },
  {
    id: 'az-e-verify', state: 'AZ', title: 'E-Verify', steps: since('2008-01', 1), counting: EVERYONE, countingNote: 'every employer',
    requires: 'E-Verify every new hire.', sources: ['https://www.azag.gov/civil-rights/legal-az-workers-act/employers'], strength: 'verified',
  },
  // Ohio
  {
    id: 'oh-civil-rights-act', state: 'OH', title: 'Ohio Civil Rights Act', steps: inForce(4), counting: IN_STATE, countingNote: 'employees in Ohio',
    requires: 'No discrimination in employment.', sources: ['http://archives.legislature.state.oh.us/BillText129/129_HB_424_I_Y.html'], strength: 'verified',
  },
];

/** States with at least one rule in Roleplan. */
export const statesWithRules: StateCode[] = [...new Set(stateRules.map((rule) => rule.state))].sort();

/** Rows of the gathered data left out because they could not be stated without guessing, and why. */
export const leftOutStateRows: { state: StateCode; obligation: string; why: string }[] = [
  {
    state: 'OR',
    obligation: 'Paid Leave Oregon employer contribution share (40%) at 25+ employees',
    why: 'The source says "average headcount" without saying over which period, so the month it starts cannot be placed.',
  },
  {
    state: 'CA',
    obligation: 'California paid family leave and state disability insurance',
    why: 'Employee-funded programmes that were not checked when the data was gathered.',
  },
  {
    state: 'MN',
    obligation: 'Minnesota Human Rights Act',
    why: 'Its employee threshold was not checked.',
  },
  {
    state: 'CO',
    obligation: 'Mini-WARN notice laws of Colorado, Connecticut, Massachusetts, Minnesota and Oregon',
    why: 'Not checked when the data was gathered; no row to ship.',
  },
  {
    state: 'NY',
    obligation: "New York sick leave's net-income test for employers of 0-4",
    why: 'Roleplan does not know net income: the 40-hour row says the leave is unpaid at $1 million or less and paid above it.',
  },
  {
    state: 'TX',
    obligation: 'Texas city sick-leave ordinances (Austin, San Antonio, Dallas)',
    why: 'Blocked by the courts, and city ordinances are not covered.',
  },
  {
    state: 'FL',
    obligation: "Florida's 2025 bill extending E-Verify to every employer",
    why: 'The bill died; the 25-employee rule in force is shipped.',
  },
];
