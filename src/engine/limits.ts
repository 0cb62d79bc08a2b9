// Every input limit and engine-wide step, defined once: the profile schema, the threshold scan,
// the compare page's ranges and the data tables all read them from here.

/** Headcount a profile may have. */
export const EMPLOYEES = { min: 1, max: 100_000 } as const;
