// What posting drafts need from each role profile, read at build time for the planner.
import type { PostingRole } from '../engine/posting-draft.ts';

interface RoleData {
  summary: string;
  duties: string[];
  education: string[];
  certifications: string[];
  experience: { min: number; max: number };
}

export function postingRoles(entries: { id: string; data: RoleData }[]): Record<string, PostingRole> {
  return Object.fromEntries(
    entries.map(({ id, data }) => [
      id,
      {
        summary: data.summary,
        duties: data.duties.slice(0, 6),
        education: data.education.slice(0, 2),
        certifications: data.certifications.slice(0, 3),
        experience: { min: data.experience.min, max: data.experience.max },
      },
    ]),
  );
}
