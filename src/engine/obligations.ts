// Which federal obligations apply today, and which start as headcount grows inside the horizon.
import type { Profile } from './profile.ts';
import { obligationRules, type ObligationRule } from './data/obligations.ts';

export interface Obligation {
  id: string;
  title: string;
  threshold: number;
  /** Month it starts to apply; null when it applies today. */
  month: number | null;
  source: string;
  detail: string;
}

/** Headcount in a month from now, growing (or shrinking) at the profile's yearly rate. */
export function headcountAt(employees: number, growthPct: number, month: number): number {
  return Math.max(1, Math.round(employees * Math.pow(1 + growthPct / 100, month / 12)));
}

function applies(rule: ObligationRule, profile: Profile): boolean {
  if (rule.federalContractorOnly && !profile.federalContractor) return false;
  return !rule.exemptIndustries?.includes(profile.industry);
}

export function obligationsFor(profile: Profile): Obligation[] {
  const out: Obligation[] = [];
  for (const rule of obligationRules) {
    if (!applies(rule, profile)) continue;
    let month: number | null = null;
    if (profile.employees < rule.threshold) {
      month = -1;
      for (let m = 1; m <= profile.horizonMonths; m += 1) {
        if (headcountAt(profile.employees, profile.growthPct, m) >= rule.threshold) {
          month = m;
          break;
        }
      }
      if (month < 0) continue;
    }
    out.push({ id: rule.id, title: rule.title, threshold: rule.threshold, month, source: rule.source, detail: rule.detail });
  }
  return out;
}
