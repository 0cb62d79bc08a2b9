// A layer the company outgrows within the year is passed over (review 27 H2): the planner, the
// compare page and their exports say which structure scores highest today and why the plan is
// the one the company grows into, instead of a runner-up that outscores the recommendation.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Recommendation from '../../../src/islands/planner/Recommendation';
import WhySection from '../../../src/islands/planner/WhySection';
import { compareStructures } from '../../../src/engine/compare';
import { recommend } from '../../../src/engine/plan';
import { profile } from '../../../src/engine/profile';
import { whyRecommended } from '../../../src/lib/compare/why-recommended';
import { catalog } from '../../support/catalog';
import { pickFromThresholds } from '../../../src/engine/thresholds';

const company = profile({ employees: 440, growthPct: 25, industry: 'manufacturing', states: 2 });

describe('a structure passed over because the company outgrows it within the year', () => {
  it('the planner names it in place of a runner-up, and the thresholds say the plan is built for the next one from the start', () => {
    const plan = recommend(company, catalog);
    expect(plan.passedOver?.structure).toBe('assistant-manager');
    const card = renderToString(h(Recommendation, { plan }));
    expect(card).toContain(`data-testid="passed-over">${plan.passedOver!.reason}`);
    expect(card).not.toContain('Runner-up');
    const why = renderToString(h(WhySection, { plan, employees: company.employees }));
    expect(why).toMatch(/data-testid="passed-over-threshold">Today an assistant-manager layer scores highest, but the company outgrows it in month(\s|<!-- -->)*7(<!-- -->)?: this plan is a hybrid team from the start\./);
  });

  it('the compare page recommends what the planner does and gives the same reason', () => {
    const plan = recommend(company, catalog);
    const comparison = compareStructures(company, catalog);
    expect(comparison.recommended).toBe(plan.structure);
    expect(comparison.passedOver?.reason).toBe(plan.passedOver!.reason);
    expect(whyRecommended(comparison.plans, comparison.recommended, comparison.passedOver).sentence).toBe(plan.passedOver!.reason);
    // Without a passed-over structure, the runner-up sentence stands.
    const steady = compareStructures(profile({ employees: 440, growthPct: 0, industry: 'manufacturing', states: 2 }), catalog);
    expect(steady.passedOver).toBeNull();
    expect(whyRecommended(steady.plans, steady.recommended, steady.passedOver).sentence).toMatch(/the runner-up/);
  });

  it("the compare page's best-fit ranges hold today's headcount under the recommended structure (visual review 27)", () => {
    const ranges = compareStructures(company, catalog).bestFit;
    const holds = (structure: keyof typeof ranges, employees: number) => ranges[structure].some((range) => range.from <= employees && employees <= range.to);
    expect(holds('hybrid', 440)).toBe(true);
    expect(holds('assistant-manager', 440)).toBe(false);
    // The ranges still cover every headcount once.
    const all = Object.values(ranges).flat().sort((a, b) => a.from - b.from);
    all.forEach((range, index) => expect(range.from).toBe(index === 0 ? 1 : all[index - 1]!.to + 1));
    expect(all.at(-1)!.to).toBe(100_000);
    for (const other of [
      { employees: 390, growthPct: 25, industry: 'manufacturing' as const },
      { employees: 300, growthPct: 100, industry: 'manufacturing' as const },
      { employees: 450, growthPct: 0, industry: 'manufacturing' as const },
      { employees: 380, growthPct: 10, industry: 'retail' as const },
    ]) {
      const comparison = compareStructures(profile({ ...other, states: 2 }), catalog);
      expect(comparison.bestFit[comparison.recommended].some((range) => range.from <= other.employees && other.employees <= range.to)).toBe(true);
    }
  });

  it('the list of recommendation changes is the plans themselves: every plan in a stretch the layer is passed over in is the structure listed (review 28 H4)', () => {
    const input = { growthPct: 10, industry: 'manufacturing' as const, unionized: true, states: 3 };
    const listed = recommend(profile({ ...input, employees: 120 }), catalog).recommendationChanges;
    // Before: "from 467: Assistant-manager layer", though every plan from 467 to 500 is a hybrid team.
    expect(listed.map((change) => change.structure)).not.toContain('assistant-manager');
    for (let employees = 440; employees <= 510; employees += 7) {
      const plan = recommend(profile({ ...input, employees }), catalog);
      expect(pickFromThresholds('generalist', 0, listed, employees), `at ${employees}`).toBe(plan.structure);
    }
    // The raw list of highest scores still names the layer's stretch.
    expect(recommend(profile({ ...input, employees: 120 }), catalog).thresholds.map((threshold) => threshold.structure)).toContain('assistant-manager');
  });
});
