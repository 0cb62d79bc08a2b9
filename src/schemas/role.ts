// The frontmatter of a role profile (content/roles/<slug>.mdx).
import { z } from 'zod';
import { sources, type SourceId } from '../engine/data/sources.ts';
import { HR_FUNCTIONS } from '../engine/hr-functions.ts';
import { ROLE_FAMILIES, ROLE_LEVELS } from '../engine/roles.ts';

const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];

/** A role slug: the kebab-case title, e.g. `hr-generalist`. */
export const roleSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a kebab-case role slug such as "hr-generalist"' });

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

/** A range of years, min <= max. */
const yearRange = z
  .object({
    /** Fewest typical years. */
    min: z.number().min(0).max(40),
    /** Most typical years. */
    max: z.number().min(0).max(40),
  })
  .refine((range) => range.min <= range.max, { error: 'min must not exceed max' });

export const salarySchema = z
  .object({
    /** Low end of the typical yearly base salary, USD. */
    min: z.number().int().positive(),
    /** Typical (median or midpoint) yearly base salary, USD; the engine's "mid" cost. */
    median: z.number().int().positive(),
    /** High end of the typical yearly base salary, USD. */
    max: z.number().int().positive(),
    /** Currency of the figures; only USD for now. */
    currency: z.literal('USD'),
    /** Id of the source in src/engine/data/sources.ts (a seed document or BLS OEWS). */
    source: z.enum(sourceIds, { error: `must be a source id: ${sourceIds.join(', ')}` }),
    /** How the range was read from the source, e.g. "SOC 13-1071, 25th to 75th percentile". */
    basis: nonEmpty,
  })
  .refine((salary) => salary.min <= salary.median && salary.median <= salary.max, {
    error: 'salary must satisfy min <= median <= max',
  });

/** A step along a career path to another role. */
export const nextStepSchema = z.object({
  /** Slug of the role this one typically leads to. */
  role: roleSlug,
  /** Typical years in this role before the move. */
  years: yearRange,
  /** Typical pay increase of the move in percent, where a source gives one. */
  payStepPct: z
    .object({
      /** Smallest typical increase, percent. */
      min: z.number().min(-50).max(200),
      /** Largest typical increase, percent. */
      max: z.number().min(-50).max(200),
    })
    .refine((range) => range.min <= range.max, { error: 'min must not exceed max' })
    .optional(),
  /** Source of `years` and `payStepPct`; absent means a Roleplan estimate from typical experience. */
  source: z.enum(sourceIds).optional(),
});

export const roleSchema = z.object({
  /** Job title as candidates search for it. */
  title: nonEmpty,
  /** One or two sentences saying what the role does. */
  summary: nonEmpty.max(320),
  /** Which kind of HR role this is. */
  family: z.enum(ROLE_FAMILIES),
  /** The HR function it owns, or `generalist` / `management` for roles spanning all of them. */
  area: z.enum([...HR_FUNCTIONS, 'generalist', 'management']),
  /** Career level. */
  level: z.enum(ROLE_LEVELS),
  /** Typical yearly base salary; the engine's salary figures come from here and nowhere else. */
  salary: salarySchema,
  /** Typical years of HR experience when hired. */
  experience: yearRange,
  /** Typical education, most common first. */
  education: z.array(nonEmpty).min(1),
  /** Certifications employers ask for or value (may be empty). */
  certifications: z.array(nonEmpty),
  /** Kinds of employers that hire the role. */
  employerTypes: z.array(nonEmpty).min(1),
  /** Demand outlook in a sentence or two. */
  outlook: nonEmpty,
  /** How AI and automation are likely to change the role through 2030. */
  aiImpact: z.object({
    /** How exposed the role is: low, mixed or high. */
    level: z.enum(['low', 'mixed', 'high']),
    /** What changes and what stays human. */
    summary: nonEmpty,
  }),
  /** Main duties, one per line. */
  duties: z.array(nonEmpty).min(4),
  /** Competencies the role needs. */
  competencies: z.object({
    /** Technical and functional skills. */
    technical: z.array(nonEmpty).min(3),
    /** Leadership and interpersonal skills. */
    leadership: z.array(nonEmpty).min(2),
  }),
  /** Questions candidates ask, with answers in Roleplan's words. */
  faqs: z.array(z.object({ question: nonEmpty, answer: nonEmpty })).min(2),
  /** Roles people typically come from (must also list this role in their `next`). */
  previous: z.array(z.object({ role: roleSlug })),
  /** Roles this one typically leads to. */
  next: z.array(nextStepSchema),
  /** Ids of the sources behind this profile's facts and figures. */
  sources: z.array(z.enum(sourceIds)).min(1),
});

export type RoleData = z.output<typeof roleSchema>;
