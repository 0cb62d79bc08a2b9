/** The four ways to structure an HR team that Roleplan compares. */
export const STRUCTURES = ['generalist', 'specialist', 'hybrid', 'assistant-manager'] as const;
export type Structure = (typeof STRUCTURES)[number];

export const STRUCTURE_LABELS: Record<Structure, string> = {
  generalist: 'Generalist team',
  specialist: 'Specialist team',
  hybrid: 'Hybrid team',
  'assistant-manager': 'Assistant-manager layer',
};

export const STRUCTURE_SUMMARIES: Record<Structure, string> = {
  generalist: 'Generalists cover every HR function between them.',
  specialist: 'Functional specialists own each area; business partners serve departments.',
  hybrid: 'Generalists run daily operations; specialists own the high-priority areas.',
  'assistant-manager':
    'An HR manager sets direction while an assistant manager runs daily operations and supervises coordinators.',
};
