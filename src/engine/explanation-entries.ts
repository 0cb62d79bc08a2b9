// The explanation entries every plan has besides the rules that fired, for /methodology.

export interface StandingExplanation {
  id: 'workload' | 'structure-score' | 'loaded-cost' | 'state-rules';
  title: string;
  /** What the entry tells the reader. */
  about: string;
}

export const STANDING_EXPLANATIONS: StandingExplanation[] = [
  {
    id: 'workload',
    title: 'Workload sets the team size',
    about:
      'Hires a year by type of hire and the recruiting time they take, the HR team a typical company of this size has, and the workload the team is staffed for (for a shrinking company, its average headcount over the year of cuts).',
  },
  {
    id: 'structure-score',
    title: 'The structure’s score',
    about:
      'Points from the rules that fired, for owning the functions that need depth, for the cost against the budget (provider fees included) and against uncovered functions, on a base of 10. The weights are Roleplan’s assumption; the sources give only the direction.',
  },
  {
    id: 'state-rules',
    title: 'State rules add compliance work',
    about: 'Shown when state employment rules apply where the company has employees: each adds to the compliance workload (Roleplan’s assumption for how much).',
  },
  {
    id: 'loaded-cost',
    title: 'Fully loaded cost',
    about: 'The BLS employer-cost factor for the company’s size, without paid leave, which salaries already include.',
  },
];
