// One plan, one story (issue 11): what the planner's result sections state agrees with the plan
// they render, for many generated profiles. The sections are rendered to HTML as the page renders
// them, and read as text.
import fc from 'fast-check';
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { recommend, salaryEach, STRUCTURE_LABELS, type Plan } from '../../../src/engine';
import Recommendation from '../../../src/islands/planner/Recommendation';
import TeamSection from '../../../src/islands/planner/TeamSection';
import HireFirstSection from '../../../src/islands/planner/HireFirstSection';
import WhySection from '../../../src/islands/planner/WhySection';
import CostSection from '../../../src/islands/planner/CostSection';
import { count, fte, moneyRange } from '../../../src/islands/planner/format';
import { spendRows } from '../../../src/lib/planner/spend-years';
import { catalog } from '../../support/catalog';
import { withArticle } from '../../../src/engine/format';
import { profileArb } from '../../support/profile-arbitrary';
import { propertySettings } from '../../support/property-runs';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The words a person reads in a rendered section. */
function words<P>(node: VNode<P>): string {
  // Each section's props differ; renderToString only needs a node.
  return renderToString(node as unknown as VNode)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (_, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : `&${name};`))
    .replace(/\s+/g, ' ')
    .trim();
}

const titles = (plan: Plan) => plan.team.map((member) => member.title);

describe('one plan, one story', { timeout: 600_000 }, () => {
  it('the headline, team, first hires, thresholds and budget say what the plan holds', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const plan = recommend(profile, catalog);
        const headline = words(h(Recommendation, { plan }));
        expect(headline).toContain(STRUCTURE_LABELS[plan.structure]);
        expect(headline).toContain(`${fte(plan.hrFte)} FTE`);
        if (plan.hrFte === 0) expect(plan.firstHire, 'no staff: the first hire is named').not.toBeNull();
        // A generalist plan does not say no area needs a specialist while the workload says one does.
        if (plan.structure === 'generalist' && /no area has enough work for a specialist/.test(plan.headline)) {
          expect(plan.workload.depthNeeded).toEqual([]);
        }

        const team = words(h(TeamSection, { plan }));
        for (const title of titles(plan)) expect(team).toContain(title);
        // Each person's pay is the range the plan costs, not the catalog's national range.
        for (const member of plan.team) expect(team).toContain(words(h('span', null, moneyRange(salaryEach(member)))));
        if (plan.team.length > 0) expect(team).toContain(`Total ${fte(plan.hrFte)}`);
        else expect(team).toContain('No in-house HR staff yet');

        // Who to hire first names only people in the team the page shows, hired now.
        const first = words(h(HireFirstSection, { plan, catalog }));
        for (const hire of plan.timeline[0]!.hires) {
          const member = plan.team.find((candidate) => candidate.role === hire.role);
          expect(member, `${hire.role} is hired now but not in the team`).toBeDefined();
          expect(first).toContain(member!.title);
        }

        // Changes ahead: each is a change of recommendation from the one before it, the first from the plan's.
        const ahead = plan.recommendationChanges.filter((threshold) => threshold.employees > profile.employees);
        let before = plan.structure;
        for (const threshold of ahead) {
          expect(threshold.structure).not.toBe(before);
          before = threshold.structure;
        }
        const why = words(h(WhySection, { plan, employees: profile.employees }));
        for (const threshold of ahead) expect(why).toContain(`this becomes ${withArticle(STRUCTURE_LABELS[threshold.structure].toLowerCase())}`);
        // Changes at smaller sizes are told as a history, not as "it would have been different" (the last one is today's structure).
        const behind = plan.recommendationChanges.filter((threshold) => threshold.employees <= profile.employees);
        for (const threshold of behind) expect(why).toContain(`${withArticle(STRUCTURE_LABELS[threshold.structure].toLowerCase())} at ${count(threshold.employees)}`);
        expect(why).not.toContain('would have been different');

        // The budget verdict agrees with the cost of today's team and with every year's spend.
        const cost = words(h(CostSection, { plan }));
        if (profile.budget !== undefined) {
          const grownOver = spendRows(plan.spend, profile.budget).some((row) => (row.overBy ?? 0) > 0);
          if (!plan.budget.fits) expect(cost).toContain(grownOver ? "Today's team is over your budget" : 'Over your budget');
          else expect(cost).toContain(grownOver ? "Today's team fits your budget" : 'Fits your budget');
        }
      }),
      // Full plans with their threshold scans: a fifth of the usual count.
      propertySettings(5),
    );
  });
});
