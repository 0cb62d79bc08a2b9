// The frontmatter of a role profile (content/roles/<slug>.mdx).
import { z } from 'zod';
import { sources, type SourceId } from '../engine/data/sources.ts';
import { HR_FUNCTIONS } from '../engine/hr-functions.ts';
import { ROLE_FAMILIES } from '../engine/roles.ts';
import { RUNGS, RUNG_LEVEL } from './role-ladder.ts';
import { deriveSalary, placementFor, salaryInputSchema } from './role-pay.ts';

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
  /**
   * How typical the move is among people leaving this role: `usual` (the main route), `common`
   * or `occasional`. The explorer weights paths by it and shows the most typical first.
   */
  typical: z.enum(['usual', 'common', 'occasional']),
  /** Source of `typical`; absent means it is Roleplan's assumption from the seeds and role duties. */
  typicalSource: z.enum(sourceIds).optional(),
  /** What the move takes beyond the years in the role. */
  takes: z
    .object({
      /** A certification employers expect for the new role, e.g. "SHRM-CP or PHR". */
      certification: nonEmpty.optional(),
      /** True when the new role is usually someone's first time supervising other people. */
      firstSupervision: z.boolean().optional(),
      /** The experience or skill to build before the move, in a short phrase. */
      skill: nonEmpty.optional(),
    })
    .optional(),
  /**
   * Why the change between the two roles' median pay falls outside about -10% to +60%
   * (for instance a move into larger employers); required by the data test when it does.
   */
  payNote: nonEmpty.optional(),
});

const roleFrontmatter = z.object({
  /** Job title as candidates search for it. */
  title: nonEmpty,
  /** One or two sentences saying what the role does. */
  summary: nonEmpty.max(320),
  /** Which kind of HR role this is. */
  family: z.enum(ROLE_FAMILIES),
  /** The HR function it owns, or `generalist` / `management` for roles spanning all of them. */
  area: z.enum([...HR_FUNCTIONS, 'generalist', 'management']),
  /** Rung on the career ladder (src/schemas/role-ladder.ts); sets `level` and the pay placement. */
  rung: z.enum(RUNGS),
  /**
   * The BLS occupation the role maps to (and a seed's figure, if any). The salary range is derived
   * from it and the rung; the engine's salary figures come from here and nowhere else.
   */
  salary: salaryInputSchema,
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

/**
 * A role profile: the frontmatter, with the engine's `level` and the salary range derived from
 * the rung and the occupation's BLS wage percentiles.
 */
export const roleSchema = roleFrontmatter
  .superRefine((role, context) => {
    if (!placementFor(role.salary.occupation, role.rung)) {
      context.addIssue({
        code: 'custom',
        path: ['salary', 'occupation'],
        message: `a ${role.rung}-rung role cannot be placed in SOC ${role.salary.occupation}: it is more than one rung from that occupation's core`,
      });
    }
  })
  .transform(({ salary, ...role }) => ({
    ...role,
    level: RUNG_LEVEL[role.rung],
    salary: { ...deriveSalary(salary.occupation, role.rung), ...(salary.seed ? { seed: salary.seed } : {}) },
  }));

export type RoleData = z.output<typeof roleSchema>;
export type RoleFrontmatter = z.input<typeof roleSchema>;
