// "Who to hire first" in whole people, from real plans.
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/engine/plan';
import { parseProfile } from '../../../src/engine/profile';
import { outsourcingPrices } from '../../../src/engine/data/costs';
import { hireFirst } from '../../../src/lib/planner/hire-first';
import { catalog } from '../../support/catalog';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import HireFirstSection from '../../../src/islands/planner/HireFirstSection';

function planOf(input: Record<string, unknown>) {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error('bad profile');
  return recommend(parsed.profile, catalog);
}

describe('who to hire first', () => {
  it('turns 1.5 FTE due now into one full-time hire and a half-time need with three ways to fill it', () => {
    const plan = planOf({ employees: 35, growthPct: 80, states: 3, budget: 120_000, industry: 'technology' });
    const due = plan.timeline[0]!.hires;
    const items = hireFirst(plan, catalog);
    // Whole people and halves add up to what is due now.
    const fte = items.reduce((sum, item) => sum + (item.kind === 'full-time' ? item.people : item.kind === 'part-time' ? item.fte : 0), 0);
    expect(fte).toBeCloseTo(due.reduce((sum, hire) => sum + hire.fte, 0));
    const part = items.find((item) => item.kind === 'part-time');
    expect(part && part.kind === 'part-time' && part.fte).toBe(0.5);
    if (part?.kind !== 'part-time') throw new Error('expected a part-time need');
    expect(part.ways.map((way) => way.way)).toEqual(['part-time hire', 'contractor', 'fractional service']);
    const full = items.find((item) => item.kind === 'full-time');
    if (full?.kind !== 'full-time') throw new Error('expected a full-time hire');
    // A part-time hire costs half a full-time one; no contractor rate is invented.
    expect(part.ways[0]!.cost!.mid).toBeCloseTo(full.costEach.mid / 2, -1);
    expect(part.ways[1]!.cost).toBeNull();
    expect(part.ways[2]!.cost!.mid).toBe(outsourcingPrices.fractionalHrLeader.mid);
    expect(part.ways[2]!.sources).toEqual([...outsourcingPrices.fractionalHrLeader.sources]);
    // The full-time cost is the plan's own loaded cost per FTE of that role.
    const member = plan.team.find((candidate) => candidate.role === full.role)!;
    expect(full.costEach.mid).toBeCloseTo(member.loaded.mid / member.fte, -1);
  });

  it('prices a half-time recruiter by a recruiting firm per hire, never with a made-up rate', () => {
    const plan = planOf({ employees: 46, growthPct: 80, states: 3, budget: 150_000, industry: 'technology' });
    const alternative = plan.budget.alternative!;
    // The budget plan hires a generalist and half a recruiter now.
    const hiresNow = (team: typeof alternative.team) => team.map((member) => ({ role: member.role, title: member.title, fte: member.fte, reason: member.reason }));
    const items = hireFirst({ ...alternative, timeline: [{ month: 0, employees: 46, hrFte: alternative.hrFte, hires: hiresNow(alternative.team), departures: [] }] }, catalog);
    const recruiter = items.find((item) => item.kind === 'part-time' && item.role === 'recruiter');
    if (recruiter?.kind !== 'part-time') throw new Error('expected half a recruiter');
    expect(recruiter.ways[2]).toMatchObject({ way: 'recruiting firm', unit: 'a hire', sources: [...outsourcingPrices.recruitingPerHire.sources] });
    expect(recruiter.ways[2]!.cost!.mid).toBe(outsourcingPrices.recruitingPerHire.mid);
    // Half a generalist beside recruiters under a head of HR: a fractional service, priced a year.
    // (A team too small for a lead has a whole generalist at its head.)
    const hybrid = planOf({ employees: 40, growthPct: 300, states: 3, industry: 'technology' });
    const mixed = hireFirst({ ...hybrid, timeline: [{ month: 0, employees: 40, hrFte: hybrid.hrFte, hires: hiresNow(hybrid.team), departures: [] }] }, catalog);
    const generalist = mixed.find((item) => item.kind === 'part-time' && item.role === 'hr-generalist');
    if (generalist?.kind !== 'part-time') throw new Error('expected half a generalist');
    expect(generalist.ways[2]).toMatchObject({ way: 'fractional service', unit: 'a year' });
  });

  it('puts the PEO first when no in-house HR is recommended yet', () => {
    const plan = planOf({ employees: 12, growthPct: 10, industry: 'technology' });
    expect(plan.firstHire).not.toBeNull();
    const items = hireFirst(plan, catalog);
    expect(items[0]).toMatchObject({ kind: 'provider', option: 'peo' });
    expect(items.some((item) => item.kind === 'full-time' || item.kind === 'part-time')).toBe(false);
  });

  it('lists a post your part-timer holds as more hours for them, not a half-time hire beside them', () => {
    // Before: "Half the work of a HR Director (0.5 FTE), filled one of three ways: a part-time hire …"
    // for the post the plan gives your part-time HR manager, promoted, with more hours.
    const plan = planOf({ employees: 134, industry: 'retail', growthPct: 50, existingTeam: { 'hr-generalist': 0.5, 'hr-coordinator': 2 } });
    const items = hireFirst(plan, catalog);
    const manager = items.filter((item) => 'role' in item && item.role === 'hr-manager');
    expect(manager).toEqual([expect.objectContaining({ kind: 'more-hours', fte: 0.5 })]);
    const html = renderToString(h(HireFirstSection, { plan, catalog }));
    expect(html).toMatch(/0\.5 FTE more hours in the <a href="[^"]+">HR Manager<\/a> post<\/strong>, for the part-time person of yours who holds it, not a new hire: about \$[\d,]+ a year/);
    expect(html).not.toMatch(/Half the work of a <a href="[^"]+">HR Manager/);
  });

  it('lists nobody to hire when the existing team already covers today', () => {
    const plan = planOf({ employees: 60, existingTeam: { 'hr-generalist': 3 } });
    expect(plan.timeline[0]!.hires).toEqual([]);
    expect(hireFirst(plan, catalog)).toEqual([]);
  });

  it('asks for the current HR team when none was entered, so "hire" is not read as a plan to replace people', () => {
    const plan = planOf({ employees: 300, growthPct: -30 });
    const withoutTeam = renderToString(h(HireFirstSection, { plan, catalog, teamGiven: false }));
    expect(withoutTeam).toContain('Already have HR staff? Enter them under Current HR team');
    expect(renderToString(h(HireFirstSection, { plan, catalog, teamGiven: true }))).not.toContain('Already have HR staff');
  });
});

describe('a half-time need the plan makes whole within a hiring round', () => {
  it('is one full-time hire now, not a half hired twice (review 26 H2: 0.5 Recruiter at month 0 and 0.5 more at month 1)', () => {
    const plan = planOf({ employees: 45, industry: 'technology', growthPct: 60 });
    const topUp = plan.timeline.find((month) => month.month > 0 && month.hires.some((hire) => hire.role === 'recruiter'))!;
    expect(topUp.month).toBeLessThanOrEqual(3);
    const half = hireFirst(plan, catalog).find((item) => item.kind === 'part-time' && item.role === 'recruiter');
    expect(half && half.kind === 'part-time' && half.wholeBy).toBe(topUp.month);
    const html = renderToString(h(HireFirstSection, { plan, catalog }));
    expect(html).toContain(`a full-time post by month ${topUp.month} as the company grows`);
    // A half the plan keeps half for longer is filled one of three ways, as before.
    const steady = planOf({ employees: 35, growthPct: 80, states: 3, budget: 120_000, industry: 'technology' });
    for (const item of hireFirst(steady, catalog)) if (item.kind === 'part-time' && item.wholeBy === null) expect(item.ways).toHaveLength(3);
  });
});
