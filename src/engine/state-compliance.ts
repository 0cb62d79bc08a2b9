// The compliance work the state rules add: which rules are in force for this company in the
// month the plan starts, and the extra load they bring. Pure and cheap: the workload calls it
// at every headcount the timeline and the threshold scan try.
import type { Profile } from './profile.ts';
import { stateRules, type StateRule } from './data/state-law.ts';
import { stateComplianceWork } from './data/state-compliance.ts';
import { STATE_NAMES, type StateCode } from './data/state-codes.ts';
import { monthIndex } from './calendar.ts';

export interface StateComplianceLoad {
  /** Added to the compliance driver (1 = the typical compliance load). */
  driver: number;
  /** The rules that add it, in table order. */
  rules: Pick<StateRule, 'id' | 'title' | 'state'>[];
}

const rulesByState = new Map<StateCode, StateRule[]>();
const nextTierOf = new Map(stateRules.flatMap((rule) => (rule.supersededBy ? [[rule.id, rule.supersededBy] as const] : [])));
for (const rule of stateRules) rulesByState.set(rule.state, [...(rulesByState.get(rule.state) ?? []), rule]);

function thresholdAt(rule: StateRule, month: number): number | null {
  let threshold: number | null = null;
  for (const step of rule.steps) if (step.from === null || monthIndex(step.from) <= month) threshold = step.threshold;
  return threshold;
}

/**
 * State rules in force at the start for a company of `profile.employees`, counted the simple
 * way (today's headcount; in-state staff capped at the company's size), and the load they add.
 */
export function stateComplianceLoad(profile: Profile): StateComplianceLoad {
  const rules: StateComplianceLoad['rules'] = [];
  const start = monthIndex(profile.start);
  for (const [code, count] of Object.entries(profile.stateEmployees) as [StateCode, number][]) {
    if (!count) continue;
    const inState = Math.min(count, profile.employees);
    for (const rule of rulesByState.get(code) ?? []) {
      if (rule.industries && !rule.industries.includes(profile.industry)) continue;
      const threshold = thresholdAt(rule, start);
      const counted = rule.counting.scope === 'in-state' ? inState : profile.employees;
      if (threshold !== null && counted >= threshold) rules.push({ id: rule.id, title: rule.title, state: rule.state });
    }
  }
  const inForce = withoutLowerTiers(rules);
  return { driver: inForce.length * stateComplianceWork.perRule, rules: inForce };
}

/**
 * One tier of a law applies at a time: a rule is dropped once its next tier (`supersededBy`) applies
 * at the same month or earlier. `startOf` is the month a rule starts (0, today, by default).
 */
export function withoutLowerTiers<T extends { id: string }>(rules: T[], startOf: (rule: T) => number = () => 0): T[] {
  const starts = new Map(rules.map((rule) => [rule.id, startOf(rule)]));
  return rules.filter((rule) => {
    const next = nextTierOf.get(rule.id);
    return next === undefined || !starts.has(next) || starts.get(next)! > startOf(rule);
  });
}

const listOf = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** The explanation entry naming the state rules that add compliance work (none when no rule applies). */
export function stateRulesExplanation(profile: Profile) {
  const load = stateComplianceLoad(profile);
  if (load.rules.length === 0) return [];
  const byState = new Map<StateCode, string[]>();
  for (const rule of load.rules) byState.set(rule.state, [...(byState.get(rule.state) ?? []), rule.title]);
  const named = [...byState].map(([state, titles]) => `in ${STATE_NAMES[state]}, ${listOf(titles)}`);
  return [
    {
      id: 'state-rules',
      title: 'State rules add compliance work',
      detail:
        `${load.rules.length} state rule${load.rules.length === 1 ? '' : 's'} apply to this company today, ` +
        `each adding ${Math.round(stateComplianceWork.perRule * 100)}% to the typical compliance load (Roleplan's assumption): ` +
        `${named.join('; ')}.`,
      source: stateComplianceWork.source,
      sources: [stateComplianceWork.source],
    },
  ];
}
