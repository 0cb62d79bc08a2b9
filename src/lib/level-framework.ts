/**
 * The level framework: for each rung of the ladder, what the work is, the competencies it
 * expects and the certifications that fit it. The competencies are Roleplan's synthesis of the
 * role profiles (an assumption, shown as such); certification eligibility is cited in
 * certifications.ts. Pure data and lookups: no DOM, no Astro.
 */
import { RUNGS, RUNG_LABELS, rungIndex, type Rung } from '../schemas/role-ladder.ts';
import type { CertificationId } from './certifications.ts';

export interface RungFramework {
  rung: Rung;
  label: string;
  /** What people at this rung are trusted with, in a sentence. */
  scope: string;
  /** Typical years of HR experience on arrival. */
  years: { min: number; max: number };
  /** Competencies the rung expects on top of the ones below it. */
  competencies: string[];
  /** Certifications that fit the rung, most common first. */
  certifications: CertificationId[];
  /** What usually opens the door to the next rung. */
  toNext?: string;
}

export const LEVEL_FRAMEWORK: Record<Rung, RungFramework> = {
  assistant: {
    rung: 'assistant',
    label: RUNG_LABELS.assistant,
    scope: 'Keeps HR records, paperwork and schedules accurate and answers routine questions, under close direction.',
    years: { min: 0, max: 1 },
    competencies: ['Accurate data entry and record keeping', 'Confidentiality with personal data', 'Clear, friendly written answers'],
    certifications: ['aphr'],
    toNext: 'Owning one process end to end, such as new-hire paperwork, and knowing the basic rules behind it.',
  },
  coordinator: {
    rung: 'coordinator',
    label: RUNG_LABELS.coordinator,
    scope: 'Runs whole processes such as interview scheduling, onboarding or HRIS updates, and knows which rules apply.',
    years: { min: 1, max: 2 },
    competencies: ['Coordinating several processes and deadlines', 'Working knowledge of federal employment rules', 'Using the HRIS and applicant tracking system well'],
    certifications: ['aphr', 'shrmCp'],
    toNext: 'Handling cases that need judgment, such as a leave request or a candidate offer, with less supervision.',
  },
  professional: {
    rung: 'professional',
    label: RUNG_LABELS.professional,
    scope: 'Owns cases and programs in one or several HR areas, advises managers and applies the law with judgment.',
    years: { min: 2, max: 5 },
    competencies: ['Advising managers on policy and the law', 'Investigating and documenting cases', 'Reading HR data and explaining it'],
    certifications: ['shrmCp', 'phr'],
    toNext: 'Handling the complex cases, leading a project or guiding a junior colleague: the first supervisory experience.',
  },
  senior: {
    rung: 'senior',
    label: RUNG_LABELS.senior,
    scope: 'Takes the hardest cases, leads projects and often supervises coordinators or specialists for the first time.',
    years: { min: 4, max: 7 },
    competencies: ['Supervising and coaching others', 'Leading projects across teams', 'Business and financial acumen'],
    certifications: ['phr', 'shrmCp', 'shrmScp'],
    toNext: 'Leading a team and a budget, and being trusted with decisions the HR function is accountable for.',
  },
  manager: {
    rung: 'manager',
    label: RUNG_LABELS.manager,
    scope: 'Leads an HR team or function, owns its budget and results, and designs policy rather than only applying it.',
    years: { min: 5, max: 9 },
    competencies: ['Building and leading a team', 'Designing policy and programs', 'Managing budgets and vendors'],
    certifications: ['shrmScp', 'sphr', 'phr'],
    toNext: 'Breadth across HR areas and a record of changing how the organization works, not only running HR well.',
  },
  director: {
    rung: 'director',
    label: RUNG_LABELS.director,
    scope: 'Sets HR strategy for a business or the whole organization and leads managers.',
    years: { min: 8, max: 12 },
    competencies: ['HR strategy tied to business goals', 'Leading managers', 'Advising executives and the board'],
    certifications: ['shrmScp', 'sphr'],
    toNext: 'Owning HR’s agenda with the executive team, often through restructuring, growth or a merger.',
  },
  executive: {
    rung: 'executive',
    label: RUNG_LABELS.executive,
    scope: 'Heads HR as a member of the executive team (vice president of HR, chief HR officer).',
    years: { min: 12, max: 20 },
    competencies: ['Organization design and culture', 'Executive pay and succession with the board', 'Leading through crises'],
    certifications: ['shrmScp', 'sphr'],
  },
};

/** The rung above, or null at the top. */
export function nextRung(rung: Rung): Rung | null {
  return RUNGS[rungIndex(rung) + 1] ?? null;
}

/** Frameworks of every rung from `from` (exclusive) up to `to` (inclusive), in order: what a move asks for. */
export function rungsBetween(from: Rung, to: Rung): RungFramework[] {
  return RUNGS.slice(rungIndex(from) + 1, rungIndex(to) + 1).map((rung) => LEVEL_FRAMEWORK[rung]);
}
