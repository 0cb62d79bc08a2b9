// The planner's hiring timeline, rendered from real plans.
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { profile, recommend } from '../../../src/engine';
import TimelineSection from '../../../src/islands/planner/TimelineSection';
import { catalog } from '../../support/catalog';

describe('the hiring timeline', () => {
  it('names the moves of your people the end team makes, after the hires', () => {
    const plan = recommend(profile({ employees: 5, growthPct: 193, industry: 'technology', countries: 3, unionized: true, horizonMonths: 36, existingTeam: { recruiter: 1 } }), catalog);
    const html = renderToString(h(TimelineSection, { plan }));
    expect(html).toContain('By month 36 the plan also moves or promotes people on your team:');
    expect(html).toMatch(/<ul class="later-moves" data-testid="later-moves"><li>Month 36: Talent Acquisition Manager: 1 FTE promoted from your existing Recruiter staff instead of a new hire\.<\/li><\/ul>/);
    // More hours for a part-timer of yours read as hours, not as a hire of half a person.
    const partTime = recommend(profile({ employees: 130, industry: 'retail', growthPct: 50, existingTeam: { 'hr-generalist': 0.5, 'hr-coordinator': 2 } }), catalog);
    expect(renderToString(h(TimelineSection, { plan: partTime }))).toMatch(/<strong>Month 13<\/strong>: 0\.5 FTE more hours as <a href="[^"]+">HR Manager<\/a>\./);
    const without = renderToString(h(TimelineSection, { plan: recommend(profile({ employees: 130, growthPct: 50 }), catalog) }));
    // A promotion of someone the plan hires sits in its month, in the list and the table (visual review 27 M2).
    expect(without).not.toContain('later-moves');
    expect(without.replace(/<!-- -->/g, '')).toMatch(
      /<li data-month="13" data-role="hr-manager" data-step="move"><strong>Month 13<\/strong>: promote the <a href="[^"]+">Senior HR Generalist<\/a> to <a href="[^"]+">HR Manager<\/a>\. <span class="muted">The Senior HR Generalist hired now grows into the HR Manager post as the team grows: a promotion, not a second head of HR hired over them\.<\/span><\/li>/,
    );
    expect(without).toMatch(/<th scope="row">13<\/th>(<td[^>]*>[^<]*<\/td>){2}<td>Senior HR Generalist promoted to HR Manager/);
  });

  it('the other half of a half-time post hired within a hiring round is the same person, full time (review 27 H5)', () => {
    // Before: "Now: hire 0.5 FTE Recruiter" and "Month 1: hire 0.5 FTE Recruiter", two half-time hires,
    // beside "Who to hire first" saying to hire one full-time person now.
    const plan = recommend(profile({ employees: 45, industry: 'technology', growthPct: 60 }), catalog);
    const other = plan.timeline[1]!.hires.find((hire) => hire.role === 'recruiter')!;
    expect(other).toMatchObject({ fte: 0.5, completes: 0 });
    expect(other.reason).toMatch(/This is the other half of the Recruiter post hired now: hire that person full time from the start, not a second half-time hire\.$/);
    const html = renderToString(h(TimelineSection, { plan }));
    expect(html).toMatch(/<strong>Month 1<\/strong>:(<!-- -->)? (<!-- -->)?the other 0\.5 FTE of the full-time(<!-- -->)? <a href="[^"]+">Recruiter<\/a>/);
    // Not for a half that stays half beyond the round: no "other half" is claimed.
    const slow = recommend(profile({ employees: 150, industry: 'technology', growthPct: 40 }), catalog);
    for (const month of slow.timeline) for (const hire of month.hires) if (hire.completes !== undefined) expect(month.month - hire.completes).toBeLessThanOrEqual(3);
  });
});
