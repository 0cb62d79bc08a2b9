import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { roleSchema } from './schemas/role.ts';
import { structureSchema } from './schemas/structure.ts';

/**
 * Where the role profiles live. ROLEPLAN_ROLES_DIR points the site at another folder (an
 * absolute path or one relative to the project root), so a test can build a deliberately
 * broken copy without touching content/.
 */
const rolesDir = process.env.ROLEPLAN_ROLES_DIR || './content/roles';

const roles = defineCollection({
  loader: glob({ base: rolesDir, pattern: '*.mdx' }),
  schema: roleSchema,
});

const structures = defineCollection({
  loader: glob({ base: './content/structures', pattern: '*.mdx' }),
  schema: structureSchema,
});

export const collections = { roles, structures };
