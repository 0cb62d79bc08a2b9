// Kept apart from budget-plan.ts, which loads with the engine, so the planner's first load can
// show the sentence without it.
/** What the page says the budget plan holds: the growth hires of the recommended plan wait. */
export const HELD_NOTE =
  "This plan keeps the budget team at its size for the whole horizon (Roleplan's assumption): the growth hires of the recommended plan wait until the budget grows.";
