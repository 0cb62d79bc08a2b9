import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { roleSchema } from './schemas/role.ts';

const roles = defineCollection({
  loader: glob({ base: './content/roles', pattern: '*.mdx' }),
  schema: roleSchema,
});

export const collections = { roles };
