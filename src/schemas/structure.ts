// The frontmatter of a structure guide (content/structures/<structure>.mdx).
import { z } from 'zod';
import { sources, type SourceId } from '../engine/data/sources.ts';
import { profileSchema } from '../engine/profile.ts';
import { roleSlug } from './role.ts';

const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

/** A short statement for a bulleted list: a sentence, not a paragraph. */
const point = nonEmpty.max(300, { error: 'must be at most 300 characters; move longer text into the guide body' });

/** One role in a typical team, with its share of a full-time position. */
export const teamRoleSchema = z.object({
  /** Slug of a role profile in content/roles, e.g. `hr-generalist` (checked against the roles at build time). */
  role: roleSlug,
  /** Full-time equivalents of the role in this team, in half steps as the engine plans them (0.5 to 200). */
  fte: z
    .number({ error: 'must be a number of full-time equivalents' })
    .min(0.5, { error: 'must be at least 0.5 FTE' })
    .max(200, { error: 'must be at most 200 FTE' })
    .multipleOf(0.5, { error: 'must be a whole or half FTE (0.5, 1, 1.5, ...)' }),
});

/** The typical team of a structure at one company size. */
export const typicalTeamSchema = z
  .object({
    /** Size band in words, e.g. "50 to 200 employees". */
    label: nonEmpty.max(80),
    /** The roles of the team at that size, leaders first. */
    roles: z.array(teamRoleSchema).min(1, { error: 'must list at least one role' }),
  })
  .refine((team) => new Set(team.roles.map((member) => member.role)).size === team.roles.length, {
    error: 'must not list the same role twice; add the FTE together instead',
    path: ['roles'],
  });

/**
 * The profile fields a `/compare` link carries (its URL keys), so the comparison on a guide
 * and the page the link opens describe the same company.
 */
export const TYPICAL_PROFILE_FIELDS = {
  employees: true,
  growthPct: true,
  attritionPct: true,
  industry: true,
  states: true,
  countries: true,
  remotePct: true,
  unionized: true,
  federalContractor: true,
  budget: true,
  automation: true,
  horizonMonths: true,
} as const;

type TypicalProfileField = keyof typeof TYPICAL_PROFILE_FIELDS;
const typicalProfileShape = Object.fromEntries(
  (Object.keys(TYPICAL_PROFILE_FIELDS) as TypicalProfileField[]).map((field) => [field, profileSchema.shape[field]]),
) as Pick<typeof profileSchema.shape, TypicalProfileField>;

/**
 * A company profile as the engine reads it (the engine's own field schemas, bounds and
 * defaults), limited to the fields a `/compare` link carries. Unknown fields are errors
 * rather than silently ignored, so a typo cannot change the company.
 */
export const typicalProfileSchema = z.strictObject(typicalProfileShape);

export const structureSchema = z.strictObject({
  /** Name of the structure as a heading, e.g. "Hybrid team". */
  title: nonEmpty.max(80),
  /** One or two sentences saying how the structure works; used in lists and link previews. */
  summary: nonEmpty.max(320),
  /** The companies it fits, one point per line. */
  whoItSuits: z.array(point).min(2, { error: 'must list at least two kinds of company' }),
  /** The team at different company sizes, smallest first. */
  typicalTeams: z.array(typicalTeamSchema).min(2, { error: 'must show the team at two or more sizes' }),
  /** What the structure does well, one point per line. */
  strengths: z.array(point).min(3, { error: 'must list at least three strengths' }),
  /** Where it strains or fails, one point per line. */
  risks: z.array(point).min(3, { error: 'must list at least three risks' }),
  /** What it costs, in words (the figures come from the live comparison). */
  cost: nonEmpty.max(600),
  /** How companies usually arrive at this structure. */
  growInto: nonEmpty.max(600),
  /** The signs that a company has outgrown it, and what comes next. */
  growOutOf: nonEmpty.max(600),
  /** The company the live comparison on the guide is computed for; parsed by the engine's profile schema. */
  typicalProfile: typicalProfileSchema,
  /** Ids of the sources behind the guide's facts (src/engine/data/sources.ts). */
  sources: z
    .array(z.enum(sourceIds, { error: `must be a source id: ${sourceIds.join(', ')}` }))
    .min(1, { error: 'must cite at least one source' }),
});

export type StructureData = z.output<typeof structureSchema>;
export type TypicalProfile = z.output<typeof typicalProfileSchema>;
export type TypicalTeam = z.output<typeof typicalTeamSchema>;
