import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { roleSchema } from './schemas/role.ts';
import { structureSchema } from './schemas/structure.ts';

const roles = defineCollection({
  loader: glob({ base: './content/roles', pattern: '*.mdx' }),
  schema: roleSchema,
});

const structures = defineCollection({
  loader: glob({ base: './content/structures', pattern: '*.mdx' }),
  schema: structureSchema,
});

export const collections = { roles, structures };
