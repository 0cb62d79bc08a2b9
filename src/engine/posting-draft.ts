// Job-posting drafts for the recommended hires: built from the role profile, with the pay range
// for the state where the hire sits, and the state's pay-transparency law named where one applies.
import type { Profile } from './profile.ts';
import type { CatalogRole } from './roles.ts';
import { stateRules } from './data/state-law.ts';
import { STATE_NAMES, type StateCode } from './data/state-codes.ts';
import { scaleSalary, statePayFactor } from './state-pay.ts';
import type { Obligation } from './obligations.ts';
import { formatMoney } from './format.ts';

/** What a posting needs from a role profile. */
export interface PostingRole {
  summary: string;
  duties: string[];
  education: string[];
  certifications: string[];
  experience: { min: number; max: number };
}

export interface PostingDraft {
  role: string;
  title: string;
  /** Where the hire sits: a state code, or null for "elsewhere in the US" (national range). */
  state: StateCode | null;
  pay: { min: number; max: number };
  /** The state law that requires a pay range in the posting, when one applies by the hire's month. */
  payLaw: { id: string; title: string; state: StateCode; source: string } | null;
  markdown: string;
  text: string;
}

const postingRuleIds = new Set(stateRules.filter((rule) => rule.payRangeInPostings).map((rule) => rule.id));

/** The pay-transparency rule in force for this state by the hire's month, from the plan's obligations. */
export function postingLaw(obligations: readonly Obligation[], state: StateCode | null, month: number): Obligation | null {
  if (!state) return null;
  return (
    obligations.find(
      (obligation) => obligation.jurisdiction === state && postingRuleIds.has(obligation.id) && (obligation.month ?? 0) <= month,
    ) ?? null
  );
}

/** The state with the most employees, where a hire most likely sits; null when no states are listed. */
export function defaultPostingState(profile: Pick<Profile, 'stateEmployees'>): StateCode | null {
  const entries = Object.entries(profile.stateEmployees) as [StateCode, number][];
  if (entries.length === 0) return null;
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

const years = ({ min, max }: PostingRole['experience']) => (min === max ? `${min} years` : `${min}-${max} years`);

export function postingDraft(input: {
  role: CatalogRole;
  details: PostingRole;
  state: StateCode | null;
  /** Plan month the hire is due (0 = now). */
  month: number;
  obligations: readonly Obligation[];
  /** The plan's pay for the role against the catalog range (a large company's head of HR); default 1. */
  payFactor?: number;
}): PostingDraft {
  const { role, details, state, month, obligations } = input;
  const salary = state ? scaleSalary(role.salary, statePayFactor(role, state)) : role.salary;
  // Priced as the team table prices the role (a large company's head of HR above the catalog range).
  const factor = input.payFactor ?? 1;
  const pay = { min: Math.round(salary.min * factor), max: Math.round(salary.max * factor) };
  const law = postingLaw(obligations, state, month);
  const place = state ? STATE_NAMES[state] : 'United States';
  const range = `${formatMoney(pay.min)} - ${formatMoney(pay.max)} a year`;
  const lawLine = law
    ? `This range is stated as ${STATE_NAMES[law.jurisdiction as StateCode]} requires (${law.title}).`
    : 'No state pay-transparency rule in Roleplan applies to this posting; stating the range is still good practice.';
  const requirements = [
    `${years(details.experience)} of relevant experience`,
    ...details.education,
    ...(details.certifications.length > 0 ? [`Helpful: ${details.certifications.slice(0, 3).join(', ')}`] : []),
  ];
  const sections: [string, string[]][] = [
    ['What you will do', details.duties.slice(0, 6)],
    ['What you bring', requirements],
  ];
  const markdown = [
    `# ${role.title}`,
    '',
    `**Location:** ${place}  `,
    `**Pay range:** ${range} (base salary)`,
    '',
    details.summary,
    '',
    ...sections.flatMap(([heading, items]) => [`## ${heading}`, '', ...items.map((item) => `- ${item}`), '']),
    '## Pay',
    '',
    `${range}, based on ${state ? `${place} pay for this occupation` : 'national pay for this occupation'}. ${lawLine}`,
    '',
    '_Draft from Roleplan: check it against your own pay data and local rules before posting. Guidance, not legal advice._',
  ].join('\n');
  const text = [
    role.title.toUpperCase(),
    `Location: ${place}`,
    `Pay range: ${range} (base salary)`,
    '',
    details.summary,
    '',
    ...sections.flatMap(([heading, items]) => [heading.toUpperCase(), ...items.map((item) => `* ${item}`), '']),
    'PAY',
    `${range}, based on ${state ? `${place} pay for this occupation` : 'national pay for this occupation'}. ${lawLine}`,
    '',
    'Draft from Roleplan: check it against your own pay data and local rules before posting. Guidance, not legal advice.',
  ].join('\n');
  return {
    role: role.slug,
    title: role.title,
    state,
    pay,
    payLaw: law ? { id: law.id, title: law.title, state: law.jurisdiction as StateCode, source: law.source } : null,
    markdown,
    text,
  };
}

/** The roles a plan hires, in the order they are due, with the month of the first hire of each. */
export function hiresToPost(timeline: readonly { month: number; hires: readonly { role: string; payFactor?: number }[] }[]): { role: string; month: number; payFactor: number }[] {
  const seen = new Map<string, { role: string; month: number; payFactor: number }>();
  for (const month of timeline) {
    for (const hire of month.hires) if (!seen.has(hire.role)) seen.set(hire.role, { role: hire.role, month: month.month, payFactor: hire.payFactor ?? 1 });
  }
  return [...seen.values()];
}

