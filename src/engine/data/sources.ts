/**
 * Every source the engine's figures come from. Data tables refer to these by id, so a
 * figure and its citation cannot drift apart, and /methodology lists them all.
 */
export type SourceStrength = 'strong' | 'fair' | 'weak';

export interface Source {
  /** Short label used inline, e.g. "BLS OEWS, May 2024". */
  label: string;
  /** Full citation: who published what, and when. */
  citation: string;
  /** Where to read it; seed documents have a file path instead. */
  url?: string;
  /** How much weight the figure can bear (primary statistics are strong, vendor claims weak). */
  strength: SourceStrength;
}

export const sources = {
  'seed-uptalent': {
    label: 'Uptalent: HR specialist vs generalist',
    citation:
      'Uptalent, "HR Specialist vs HR Generalist" (article on structuring HR by company size, needs and budget). A reference document supplied to Roleplan’s founders.',
    strength: 'weak',
  },
  'seed-assistant-manager': {
    label: 'HR Assistant Manager career profile',
    citation:
      'HR Assistant Manager career profile with related HR salary ranges (job-board role guide). A reference document supplied to Roleplan’s founders.',
    strength: 'weak',
  },
  'seed-tallenta': {
    label: 'Tallenta: HR Generalist in IT (2025)',
    citation:
      'Tallenta Team, "HR Generalist in IT: Role, Responsibilities, and Key Skills", 11 November 2025, citing SHRM and Bersin by Deloitte. A reference document supplied to Roleplan’s founders.',
    strength: 'weak',
  },
  'bls-oews-2024': {
    label: 'BLS OEWS, May 2024',
    citation:
      'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024, national estimates. Annual wages are hourly rates x 2,080 hours and include paid leave.',
    url: 'https://www.bls.gov/oes/tables.htm',
    strength: 'strong',
  },
  'bls-ecec-2026': {
    label: 'BLS ECEC, March 2026',
    citation:
      'U.S. Bureau of Labor Statistics, Employer Costs for Employee Compensation, private industry, March 2026 release.',
    url: 'https://www.bls.gov/ecec/',
    strength: 'strong',
  },
  'bls-ors-2025': {
    label: 'BLS ORS, 2025',
    citation: 'U.S. Bureau of Labor Statistics, Occupational Requirements Survey, 2025.',
    url: 'https://www.bls.gov/ors/',
    strength: 'fair',
  },
  'bls-jolts-2024': {
    label: 'BLS JOLTS, Jan-Apr 2024',
    citation:
      'U.S. Bureau of Labor Statistics, Job Openings and Labor Turnover Survey, Table 4: quits rates by industry, seasonally adjusted, January-April 2024. Monthly rates x 12 give a yearly rate; quits only (voluntary leavers), which are the departures a company back-fills.',
    url: 'https://www.bls.gov/jlt/',
    strength: 'strong',
  },
  'bls-jolts-2008': {
    label: 'BLS JOLTS, Apr-Sept 2008',
    citation:
      'U.S. Bureau of Labor Statistics, Job Openings and Labor Turnover Survey, Table 4: quits rates by industry, seasonally adjusted, April-September 2008 (accommodation and food services 3.8-4.3% a month, against 1.5-1.8% for all industries). The latest sector rate Roleplan holds for hospitality: dated, so weak; the all-industry rate has risen since, so it is unlikely to overstate.',
    url: 'https://www.bls.gov/news.release/jolts.t04.htm',
    strength: 'weak',
  },
  'bls-soii-2023': {
    label: 'BLS SOII 2023 (via ISHN)',
    citation:
      'U.S. Bureau of Labor Statistics, Survey of Occupational Injuries and Illnesses, 2023, as reported by ISHN: total recordable cases per 100 full-time workers in private industry 2.4; health care and social assistance 3.6 (562,500 cases, the most of any sector), retail trade 3.1, manufacturing 2.8.',
    url: 'https://www.ishn.com/articles/114490-workplace-injuries-at-lowest-levels-since-2019',
    strength: 'fair',
  },
  'shrm-hcb-2016': {
    label: 'SHRM benchmarking, 2016',
    citation: 'SHRM Human Capital Benchmarking report, 2016 (median HR staff per 100 employees).',
    url: 'https://www.shrm.org/',
    strength: 'fair',
  },
  'shrm-hcb-2022': {
    label: 'SHRM benchmarking, 2022',
    citation: 'SHRM Human Capital Benchmarking, 2022 (average HR staff per 100 employees).',
    url: 'https://www.shrm.org/',
    strength: 'fair',
  },
  'bna-2017': {
    label: 'Bloomberg BNA, 2016-17',
    citation:
      'Bloomberg BNA, HR Department Benchmarks and Analysis 2016-17 (HR staff ratio overall and by company size; HR spending per employee).',
    strength: 'fair',
  },
  'bloomberg-2018': {
    label: 'Bloomberg BNA, 2018',
    citation:
      'Bloomberg BNA, HR Department Benchmarks and Analysis 2018 (median HR staff ratio; share of departments with specialists).',
    strength: 'fair',
  },
  'adp-2023': {
    label: 'ADP Research Institute, 2023',
    citation: 'ADP Research Institute, 2023 analysis of HR staffing ratios by company size.',
    url: 'https://www.adpresearch.com/',
    strength: 'fair',
  },
  'i4cp-2010': {
    label: 'i4cp, 2010',
    citation: 'Institute for Corporate Productivity (i4cp), HR-to-employee ratios by company size, 2010.',
    url: 'https://www.i4cp.com/',
    strength: 'weak',
  },
  'zelt-2023': {
    label: 'Zelt startup study, 2023',
    citation: 'Zelt, study of 973 UK startups and the headcount at their first HR hire, 2023.',
    strength: 'weak',
  },
  'shrm-cost-per-hire': {
    label: 'SHRM cost per hire',
    citation:
      'SHRM benchmarking: about $4,700 per hire (about 2022); $4,129 and 42 days to fill (2016). PwC Saratoga 2022 reports $2,700 on a different definition.',
    url: 'https://www.shrm.org/',
    strength: 'fair',
  },
  'shrm-requisitions': {
    label: 'SHRM HR Q&A: requisitions per recruiter',
    citation: 'SHRM HR Q&A: a recruiter typically carries a median of 15-20 open requisitions.',
    url: 'https://www.shrm.org/',
    strength: 'fair',
  },
  'hires-per-recruiter': {
    label: 'Secondary estimate: hires per recruiter',
    citation: 'Secondary industry estimate of roughly 22 hires per recruiter a year.',
    strength: 'weak',
  },
  'bersin-ams-2023': {
    label: 'Josh Bersin Co. / AMS, 2023',
    citation: 'Josh Bersin Company and AMS, talent acquisition study, 2023 (44 days to hire).',
    strength: 'fair',
  },
  'eeoc-coverage': {
    label: 'EEOC: coverage',
    citation:
      'U.S. Equal Employment Opportunity Commission, "Coverage" (Equal Pay Act; Title VII, ADA, GINA and PWFA at 15+ employees; ADEA at 20+).',
    url: 'https://www.eeoc.gov/employers/coverage-0',
    strength: 'fair',
  },
  'dol-flsa': {
    label: 'DOL: FLSA coverage',
    citation: 'U.S. Department of Labor, Fair Labor Standards Act coverage (most employers).',
    url: 'https://www.dol.gov/agencies/whd/flsa',
    strength: 'fair',
  },
  'osha-recordkeeping': {
    label: 'OSHA recordkeeping',
    citation:
      'OSHA injury and illness recordkeeping (29 CFR 1904): Forms 300, 300A and 301 for employers with more than 10 employees at any time in the previous calendar year (29 CFR 1904.1), outside partially exempt industries.',
    url: 'https://www.osha.gov/recordkeeping',
    strength: 'fair',
  },
  'dol-cobra': {
    label: 'DOL EBSA: COBRA',
    citation: 'U.S. Department of Labor, EBSA, COBRA continuation coverage: employers with 20 or more employees on more than 50 percent of their typical business days in the previous calendar year (26 CFR 54.4980B-2, Q&A-5).',
    url: 'https://www.dol.gov/general/topic/health-plans/cobra',
    strength: 'fair',
  },
  'cfr-825-105': {
    label: '29 CFR 825.105 (FMLA)',
    citation: '29 CFR 825.105: FMLA covers private employers with 50+ employees in 20+ workweeks.',
    url: 'https://www.ecfr.gov/current/title-29/section-825.105',
    strength: 'fair',
  },
  'cfr-825-108': {
    label: '29 CFR 825.108 (FMLA, public agencies)',
    citation:
      '29 CFR 825.108(d): all public agencies are covered by the FMLA regardless of their number of employees; their employees must still meet the eligibility rules, including 50 employees within 75 miles. The DOL FMLA Advisor says the same.',
    url: 'https://www.ecfr.gov/current/title-29/section-825.108',
    strength: 'strong',
  },
  'scotus-mount-lemmon': {
    label: 'Mount Lemmon Fire District v. Guido (2018)',
    citation:
      'U.S. Supreme Court, Mount Lemmon Fire District v. Guido, 586 U.S. ___ (2018): the ADEA covers states and their political subdivisions whatever their number of employees (29 U.S.C. 630(b)).',
    url: 'https://www.supremecourt.gov/opinions/18pdf/17-587_4h25.pdf',
    strength: 'strong',
  },
  'eeoc-eeo4': {
    label: 'EEOC: EEO-4',
    citation:
      'U.S. EEOC, State and Local Government Information Report (EEO-4): a mandatory biennial collection from state and local governments with 100 or more employees (42 U.S.C. 2000e-8(c); 29 CFR 1602.30, .32-.37).',
    url: 'https://www.eeoc.gov/data/eeo-data-collections',
    strength: 'strong',
  },
  'irs-aca': {
    label: 'IRS: ACA employer mandate',
    citation:
      'Internal Revenue Service, Affordable Care Act employer shared responsibility and reporting (50+ full-time equivalents).',
    url: 'https://www.irs.gov/affordable-care-act/employers',
    strength: 'fair',
  },
  'bls-oews-state-2023': {
    label: 'BLS OEWS state wages, May 2023',
    citation:
      'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2023, state estimates (state_M2023_dl): annual mean wages for SOC 13-1071 Human Resources Specialists and 11-3121 Human Resources Managers, read from a copy of the file.',
    url: 'https://www.bls.gov/oes/tables.htm',
    strength: 'fair',
  },
  'bea-rpp-2023': {
    label: 'BEA Regional Price Parities, 2023',
    citation:
      'U.S. Bureau of Economic Analysis, Regional Price Parities by state, all items, 2023 (SARPP, line 5; US = 100), read from a copy of the file; seven values checked against the release.',
    url: 'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
    strength: 'fair',
  },
  'eo-14173': {
    label: 'Executive Order 14173',
    citation:
      'Executive Order 14173, "Ending Illegal Discrimination and Restoring Merit-Based Opportunity", January 21, 2025 (90 FR 8633): revoked Executive Order 11246 and its affirmative action plans for federal contractors.',
    url: 'https://www.federalregister.gov/d/2025-02097',
    strength: 'fair',
  },
  'far-90fr41872': {
    label: 'FAR rule, 90 FR 41872',
    citation:
      'Federal Acquisition Regulation rule, 90 FR 41872 (2025): Section 503 plan for contracts of $50,000+, VEVRAA plan and VETS-4212 for contracts of $200,000+ from October 2025.',
    url: 'https://www.federalregister.gov/',
    strength: 'fair',
  },
  'eeoc-eeo1': {
    label: 'EEOC: EEO-1',
    citation: 'U.S. EEOC, EEO-1 Component 1 data collection (private employers with 100+ employees).',
    url: 'https://www.eeoc.gov/data/eeo-data-collections',
    strength: 'fair',
  },
  'dol-warn': {
    label: 'DOL: WARN Act',
    citation:
      'U.S. Department of Labor, Worker Adjustment and Retraining Notification Act (100+ employees; 60 days notice).',
    url: 'https://www.dol.gov/agencies/eta/layoffs/warn',
    strength: 'fair',
  },
  'owbpa-626f': {
    label: '29 U.S.C. 626(f) (OWBPA waivers)',
    citation:
      'Older Workers Benefit Protection Act, 29 U.S.C. 626(f): a release of age-discrimination claims from an employee 40 or older is valid only if, in a program offered to a group, the employee has at least 45 days to consider it and 7 days to revoke it, and is told in writing the job titles and ages of those selected and not selected (read through legal summaries quoting the statute).',
    url: 'https://www.law.cornell.edu/uscode/text/29/626',
    strength: 'fair',
  },
  'dol-warn-advisor': {
    label: 'DOL WARN Advisor: mass layoff',
    citation:
      'U.S. Department of Labor, elaws WARN Advisor glossary, "Mass Layoff": at one site in any 30 days, 50-499 employees (part-time excluded) who are 33 percent of the active workforce, or 500 or more.',
    url: 'https://webapps.dol.gov/elaws/eta/warn/glossary.asp?p=Mass%20Layoff',
    strength: 'strong',
  },
  'napeo-2019': {
    label: 'NAPEO, 2019',
    citation: 'NAPEO (industry-funded), average PEO cost per worksite employee, 2019.',
    strength: 'weak',
  },
  'peo-vendor-quotes': {
    label: 'PEO vendor quotes',
    citation: 'PEO vendor price quotes: $40-$200 per employee per month, or 2-12% of payroll.',
    strength: 'weak',
  },
  'fractional-hr-vendor': {
    label: 'Vendor blog: fractional HR',
    citation: 'Vendor blog post on fractional HR leaders, $3,000-$12,000 a month (low credibility).',
    strength: 'weak',
  },
  'benefits-admin-2008': {
    label: 'Benefits administration pricing, 2008',
    citation: 'Benefits administration outsourcing pricing, $4-$12 per employee per month (2008; stale).',
    strength: 'weak',
  },
  'shrm-span-2016': {
    label: 'SHRM span of control, 2016',
    citation: 'SHRM, span of control survey 2016: median 8 direct reports for middle managers, 5 for executives.',
    url: 'https://www.shrm.org/',
    strength: 'fair',
  },
  'hrbp-ratio-estimate': {
    label: 'Recruiting-firm estimate: HRBP coverage',
    citation:
      'Recruiting-firm estimate: about one HR business partner per 250-300 employees in fast-scaling firms, one per 400+ in mature ones.',
    strength: 'weak',
  },
  'shrm-recruiter-workload': {
    label: 'SHRM HR Answers: recruiter workload',
    citation:
      'SHRM HR Answers, "How do I determine an appropriate recruiter workload?": 40-60 open requisitions per recruiter on average, median 15-20; no hires-per-year figure.',
    url: 'https://www.shrm.org/',
    strength: 'fair',
  },
  'treegarden-recruiter-productivity': {
    label: 'Treegarden: recruiter productivity',
    citation:
      'Treegarden, recruiter productivity metrics (vendor blog): high-volume operational roles 40-80 hires a recruiter a year, technical roles 20-35, executive 8-15.',
    url: 'https://treegarden.io/',
    strength: 'weak',
  },
  'cluff-2007': {
    label: 'Cluff & Associates, 2007',
    citation: 'Cluff & Associates, quoted in an HR testing blog (2007): a corporate recruiter can average about 8 fills a month when volume warrants.',
    strength: 'weak',
  },
  'high-volume-hiring': {
    label: 'High-volume hourly hiring practice',
    citation:
      'Practice in high-volume hourly hiring (retail, hospitality, healthcare support): store and unit managers make most hiring decisions and an applicant-tracking system carries the flow (Roleplan’s benchmark notes).',
    strength: 'weak',
  },
  'ceb-hrbp': {
    label: 'CEB: employees per HRBP',
    citation: 'CEB survey of 700+ organisations (year not shown, cebglobal.com blog): an HR business partner or generalist supports about 203 employees.',
    strength: 'weak',
  },
  'shrm-2015-greenkey': {
    label: 'SHRM 2015 via Greenkey',
    citation:
      'SHRM 2015 benchmarks as reported by a staffing firm (greenkeyllc.com): 3.4 HR staff per 100 at 250 or fewer employees, 1.22 at about 1,000, about 1.0 only near 10,000.',
    url: 'https://greenkeyllc.com/',
    strength: 'weak',
  },
  'sesame-2022': {
    label: 'Sesame HR summary, 2022',
    citation:
      'Sesame HR blog, "HR to employee ratio" (source unnamed, probably SHRM 2022): 2.70 HR staff per 100 under 100 employees, 1.26 at 100-249, 1.07 at 250-499.',
    url: 'https://www.sesamehr.com/blog/hr-to-employee-ratio/',
    strength: 'weak',
  },
  'first-hire-estimates': {
    label: 'First HR hire: other estimates',
    citation:
      'A McKinsey partner quoted (syndicated, unverified) putting the first HR hire at 20-30 employees; a startup recruiting blog: under about 10 openings a year the founder hires, an agency or freelancer fills gaps.',
    strength: 'weak',
  },
  'peo-contract-guides': {
    label: 'PEO brokers: contract terms',
    citation:
      'PEO brokers\' contract guides (PEO Benefit Partners, PEO contract review; a broker article on annual terms): agreements commonly run twelve months, with 30-90 days of notice and early-termination fees; some offer a 30-day exit.',
    url: 'https://www.peobenefitpartners.com/peo-contract-review',
    strength: 'weak',
  },
  'peoclarify': {
    label: 'PEOClarify pricing',
    citation: 'peoclarify.com: PEO pricing of $80-$200 per employee per month or 2-6% of payroll.',
    url: 'https://peoclarify.com/',
    strength: 'weak',
  },
  'roleplan-assumption': {
    label: 'Roleplan working assumption',
    citation:
      'A working assumption of Roleplan where no published figure exists (for example how HR time splits across functions). Shown so you can judge it; treat it as a rough guide.',
    strength: 'weak',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

export function sourceLabel(id: SourceId): string {
  return sources[id].label;
}
