// fast-check generators of valid company profiles.
import fc from 'fast-check';
import {
  AUTOMATION_LEVELS,
  HR_FUNCTIONS,
  INDUSTRIES,
  OUTSOURCE_OPTIONS,
  PRIORITY_LEVELS,
  profile,
  type Profile,
  type ProfileInput,
} from '../../src/engine';
import { catalog } from './catalog';

const roleSlugs = Object.keys(catalog);

/** Headcounts spread over the whole range, small companies as often as large ones. */
export const employeesArb = fc.oneof(
  fc.integer({ min: 1, max: 60 }),
  fc.integer({ min: 61, max: 600 }),
  fc.integer({ min: 601, max: 10_000 }),
  fc.integer({ min: 10_001, max: 100_000 }),
);

const percent = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true }));

export const profileInputArb: fc.Arbitrary<ProfileInput> = fc.record(
  {
    employees: employeesArb,
    growthPct: percent(-50, 300),
    attritionPct: percent(0, 100),
    industry: fc.constantFrom(...INDUSTRIES),
    states: fc.integer({ min: 1, max: 50 }),
    countries: fc.integer({ min: 1, max: 50 }),
    remotePct: percent(0, 100),
    unionized: fc.boolean(),
    federalContractor: fc.boolean(),
    budget: fc.integer({ min: 1_000, max: 50_000_000 }),
    existingTeam: fc.dictionary(fc.constantFrom(...roleSlugs), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }),
    priorities: fc.dictionary(fc.constantFrom(...HR_FUNCTIONS), fc.constantFrom(...PRIORITY_LEVELS), { maxKeys: 4 }),
    automation: fc.constantFrom(...AUTOMATION_LEVELS),
    outsource: fc.subarray([...OUTSOURCE_OPTIONS]),
    horizonMonths: fc.constantFrom(12 as const, 24 as const, 36 as const),
  },
  { requiredKeys: ['employees'] },
);

export const profileArb: fc.Arbitrary<Profile> = profileInputArb.map((input) => profile(input));
