// Job-posting drafts state the pay the plan budgets for the hire.
import { describe, expect, it } from 'vitest';
import { profile, recommend } from '../../../src/engine';
import { hiresToPost, postingDraft, type PostingRole } from '../../../src/engine/posting-draft';
import { catalog } from '../../support/catalog';

const details: PostingRole = { summary: 'Leads HR.', duties: ['Leads HR'], education: ['A degree'], certifications: [], experience: { min: 10, max: 15 } };

describe('job-posting drafts', () => {
  it("a large company's head of HR is posted at the pay the team table gives them, not the catalog range", () => {
    const plan = recommend(profile({ employees: 20_000, countries: 12, states: 30, growthPct: 5, industry: 'manufacturing', unionized: true }), catalog);
    const head = plan.team.find((member) => member.reportsTo === null)!;
    expect(head.payFactor).toBeGreaterThan(1.3);
    const posted = postingDraft({ role: catalog[head.role]!, details, state: null, month: 0, obligations: plan.obligations, payFactor: head.payFactor });
    // The team table's range for one person in the post (before: $140,030 - $239,200 beside a table at $221,334 - $378,084).
    expect(posted.pay).toEqual({ min: Math.round(catalog[head.role]!.salary.min * head.payFactor), max: Math.round(catalog[head.role]!.salary.max * head.payFactor) });
    expect(posted.markdown).toContain(`$${Math.round(catalog[head.role]!.salary.min * head.payFactor).toLocaleString('en-US')}`);
  });

  it('a head of HR hired later in the timeline carries the pay factor the plan costs them at', () => {
    const plan = recommend(profile({ employees: 3_546, growthPct: 2, industry: 'nonprofit', states: 5 }), catalog);
    const factors = new Map(plan.team.map((member) => [member.role, member.payFactor]));
    for (const hire of hiresToPost(plan.timeline)) {
      const planned = hire.month === 0 ? factors.get(hire.role) ?? 1 : hire.payFactor;
      expect(hire.payFactor, hire.role).toBe(planned);
    }
    const heads = hiresToPost(plan.timeline).filter((hire) => hire.payFactor > 1);
    expect(heads.length).toBeGreaterThan(0);
  });
});
