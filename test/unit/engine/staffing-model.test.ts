// Issue 9, "The staffing model an HR expert would sign": the issue's own commands, each checked
// against what an HR expert expects (each of these failed on the engine before the issue).
import { describe, expect, it } from 'vitest';
import { outsourcingComparison, planAll, planFor, profile, recommend, rules, type Plan, type ProfileInput } from '../../../src/engine';
import { recruitingFtePerHire } from '../../../src/engine/workload';
import { analyzeWorkload } from '../../../src/engine/analysis';
import { teamAt } from '../../../src/engine/timeline';
import { formatMoney as money, formatNumber } from '../../../src/engine/format';
import { hireCapacity } from '../../../src/engine/data/hiring';
import { STANDING_EXPLANATIONS } from '../../../src/engine/explanation-entries';
import { spans, teamShape } from '../../../src/engine/data/team-shape';
import { catalog } from '../../support/catalog';

const plan = (input: ProfileInput) => recommend(profile(input), catalog);
const fteOf = (result: Plan, role: string) => result.team.filter((member) => member.role === role).reduce((sum, member) => sum + member.fte, 0);
const heads = (result: Plan) => result.team.filter((member) => member.reportsTo === null);
const timelineHires = (result: Plan) => result.timeline.reduce((sum, month) => sum + month.hires.reduce((s, hire) => s + hire.fte, 0), 0);

/** Direct reports per FTE of every lead. */
function spansOf(result: Plan): number[] {
  return result.team
    .map((lead) => result.team.filter((member) => member.reportsTo === lead.role).reduce((sum, member) => sum + member.fte, 0) / lead.fte)
    .filter((span) => span > 0);
}

describe('1. recruiting capacity by type of hire', () => {
  it('turnover adds onboarding work as well as recruiting, and a company hiring at typical rates keeps the typical onboarding share', () => {
    const at = (attritionPct: number) => plan({ employees: 800, attritionPct, industry: 'retail' }).workload;
    const [none, typical, high] = [at(0), at(26), at(100)];
    expect(high.loads.onboarding).toBeGreaterThan(typical.loads.onboarding);
    expect(typical.loads.onboarding).toBeGreaterThan(none.loads.onboarding);
    // Half of it moves with hires: double the hires, one and a half times the onboarding.
    const base = plan({ employees: 800 }).workload;
    const doubled = plan({ employees: 800, attritionPct: 2 * base.attritionPct + 10 }).workload;
    const ratio = doubled.hiresPerYear / base.hiresPerYear;
    expect(doubled.loads.onboarding / base.loads.onboarding).toBeCloseTo(0.5 + 0.5 * ratio, 6);
  });

  it('turnover moves recruiting in step with hires, not in a jump above the industry norm', () => {
    const at = (attritionPct: number) => plan({ employees: 5000, attritionPct });
    const [low, mid, high, top] = [16, 26, 36, 46].map(at);
    const perHire = recruitingFtePerHire('other');
    for (const [a, b] of [[low!, mid!], [mid!, high!], [high!, top!]] as const) {
      const extraHires = b.workload.hiresPerYear - a.workload.hiresPerYear;
      expect(b.workload.loads.recruiting - a.workload.loads.recruiting).toBeCloseTo(extraHires * perHire, 6);
    }
    // Before: 42.5, 45, 69 and 93 FTE.
    expect(top!.hrFte - low!.hrFte).toBeLessThan(30);
  });

  it('high-volume hourly hiring is carried by line managers: a 100%-turnover retailer stays near the published bands', () => {
    const retail = plan({ employees: 1500, attritionPct: 100, industry: 'retail' });
    expect(retail.ratioPer100).toBeLessThan(2.5); // before: 4.5 per 100
    // The same hires in technology (mostly technical roles) take more recruiting.
    const tech = plan({ employees: 1500, attritionPct: 100, industry: 'technology' });
    expect(tech.workload.loads.recruiting).toBeGreaterThan(retail.workload.loads.recruiting * 2);
    expect(recruitingFtePerHire('retail')).toBeLessThan(1 / hireCapacity.hourly.value);
  });
});

describe('2. before the first HR hire', () => {
  it('a PEO recommended until a first hire due within its usual term says so', () => {
    // Before: "use a PEO until the first HR hire at 46 employees", due in month 2, with no word on the contract.
    const soon = plan({ employees: 45 });
    expect(soon.firstHire!.month).toBeLessThan(12);
    expect(soon.warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(`^The first HR hire is due in month ${soon.firstHire!.month}, before a PEO signed now would end its first term: PEO contracts often run 12 months.* The costs by year count the PEO for its first 12 months, beside your first HR person from month ${soon.firstHire!.month}\\.`),
      ),
    );
    // The priced years do what the warning says (before: the PEO's fee stopped at the hire, review 21 #7).
    const hireMonth = soon.firstHire!.month!;
    const peoYear = soon.outsourcing.find((item) => item.option === 'peo')!.cost!.mid;
    const withoutPeo = plan({ employees: 45, horizonMonths: 24 }).spend[1]!.outsourced.mid;
    expect(soon.spend[0]!.outsourced.mid).toBeGreaterThan(peoYear * 0.95);
    expect(withoutPeo).toBeLessThan(peoYear / 12);
    expect(hireMonth).toBeGreaterThan(0);
    // A company whose own generalist does the work has no PEO to price, before or after.
    expect(plan({ employees: 30, existingTeam: { 'hr-generalist': 1 } }).spend.map((year) => year.outsourced.mid)).toEqual([0, 0]);
    // A hire more than a year off gets no such warning.
    const later = plan({ employees: 12, growthPct: 10 });
    expect(later.firstHire!.month ?? Infinity).toBeGreaterThanOrEqual(12);
    expect(later.warnings.join(' ')).not.toMatch(/before a PEO signed now/);
  });

  it('one employee: no in-house HR, priced alternatives and the first hire named', () => {
    const tiny = plan({ employees: 1 });
    expect(tiny.hrFte).toBe(0); // before: 0.5 FTE, 50 per 100
    expect(tiny.firstHire).not.toBeNull();
    expect(tiny.firstHire!.employees).toBeGreaterThanOrEqual(20);
    expect(tiny.firstHire!.employees).toBeLessThanOrEqual(50);
    expect(tiny.cost.outsourced.mid).toBeGreaterThan(0);
    const priced = tiny.outsourcing.map((item) => item.option);
    expect(priced).toEqual(expect.arrayContaining(['peo', 'hr-software', 'founder-time', 'fractional-hr-leader']));
  });

  it('founder and manager time is the workload no provider takes over, in hours', () => {
    const result = plan({ employees: 40 });
    expect(result.hrFte).toBe(0);
    const time = result.outsourcing.find((item) => item.option === 'founder-time')!;
    const hours = Number(/about ([\d,]+) hours a year/.exec(time.label)![1]!.replace(/,/g, ''));
    const loads = result.workload.loads;
    // The PEO recommended before the first hire takes payroll, benefits and half of compliance.
    const left = Object.entries(loads).reduce((sum, [fn, fte]) => sum + (fn === 'payroll' || fn === 'benefits' ? 0 : fn === 'compliance' ? fte / 2 : fte), 0);
    expect(hours).toBeCloseTo(left * 2080, -1);
    // Before: "Founder time (about 107 hours a year)" beside a workload of 0.9 FTE.
    expect(hours).toBeGreaterThan(1000);
    expect(time.fee).toBe(false);
  });

  it('a PEO takes over payroll, benefits administration and much of compliance', () => {
    const withPeo = plan({ employees: 15, outsource: ['peo'] });
    expect(withPeo.hrFte).toBe(0);
    expect(withPeo.cost.outsourced.mid).toBe(15 * 1395 + withPeo.outsourcing.find((item) => item.option === 'hr-software')!.cost!.mid);
    // The work a PEO takes off the team, read from the workload stage: at 300 employees the plan
    // itself declines the PEO as costlier than staff (see 6b).
    const own = analyzeWorkload(profile({ employees: 300 })).workload;
    const peo = analyzeWorkload(profile({ employees: 300, outsource: ['peo'] })).workload;
    expect(peo.loads.payroll).toBeLessThan(own.loads.payroll * 0.2);
    expect(peo.loads.benefits).toBeLessThan(own.loads.benefits * 0.2);
    expect(peo.loads.compliance).toBeLessThan(own.loads.compliance * 0.6);
  });

  it('the first-hire reason names what moved it, and never calls 21 employees the usual 40-50', () => {
    // Before: "due at 21 employees, where companies usually make their first HR hire (40-50 employees)".
    const fast = plan({ employees: 20, growthPct: 100 }).firstHire!;
    expect(fast.employees).toBeLessThan(40);
    // Said as the model reads it: hiring at the usual size pulls the point earlier. Before: "about 30
    // hires a year at 30 employees, more than the 10 or so a founder handles" for a company already
    // making 25 a year at 25 (review 20 #9).
    expect(fast.reason).toMatch(/earlier than the usual 40-50 because of hiring \(at this rate a company of 50 makes about \d+ hires a year, far more than the 10 or so a founder handles/);
    const calm = plan({ employees: 10, growthPct: 0, attritionPct: 0 }).firstHire!;
    expect(calm.reason).toMatch(/where companies usually make their first HR hire \(40-50 employees\)\./);
  });

  it('the first-hire point moves earlier with hiring volume and complexity, and its month is given', () => {
    const calm = plan({ employees: 20, growthPct: 0 });
    const complex = plan({ employees: 20, growthPct: 0, unionized: true, states: 3, federalContractor: true });
    expect(complex.firstHire!.employees).toBeLessThan(calm.firstHire!.employees);
    const growing = plan({ employees: 30, growthPct: 40 });
    expect(growing.firstHire?.month ?? 0).toBeGreaterThan(0);
    const hireMonth = growing.firstHire!.month!;
    expect(growing.timeline[hireMonth - 1]!.hrFte).toBe(0);
    expect(growing.timeline[hireMonth]!.hrFte).toBeGreaterThan(0);
  });
});

describe('3. managers from span of control', () => {
  it('a team of more than one FTE too small for a lead is headed by a whole generalist', () => {
    // Before: at 20 employees growing 300%, half a generalist headed one and a half recruiters.
    const result = plan({ employees: 20, growthPct: 300, industry: 'technology' });
    const head = result.team.find((member) => member.reportsTo === null)!;
    // A senior generalist where the team is two or more FTE (review 28 H1), else the generalist.
    expect(head.role).toBe(result.hrFte >= 2 ? 'senior-hr-generalist' : 'hr-generalist');
    expect(head.fte).toBeGreaterThanOrEqual(1);
    expect(fteOf(result, 'recruiter')).toBeGreaterThan(0);
  });

  it('a fast-growing 100-person company has one head and sub-team leads in place of general managers', () => {
    const result = plan({ employees: 100, growthPct: 300, industry: 'technology' });
    expect(heads(result)).toHaveLength(1);
    expect(fteOf(result, 'hr-manager')).toBeLessThanOrEqual(1); // before: 3 managers and a director over 1.5 generalists
    expect(fteOf(result, 'talent-acquisition-manager')).toBeGreaterThanOrEqual(1);
    for (const span of spansOf(result)) expect(span).toBeLessThanOrEqual(12);
  });

  it('100,000 employees in 30 countries: no lead has more than 12 reports per FTE', () => {
    const result = plan({ employees: 100_000, countries: 30 });
    expect(heads(result)).toHaveLength(1);
    expect(Math.max(...spansOf(result))).toBeLessThanOrEqual(12); // before: a VP with 36 reports
  });

  it('every team has one head, and a team of four or more a full-time lead (two or more from 200 employees)', () => {
    for (const [employees, growthPct] of [[150, 10], [250, 10], [400, 10], [300, -30], [220, 0]] as const) {
      for (const structure of ['generalist', 'hybrid', 'specialist'] as const) {
        const result = planFor(profile({ employees, growthPct, industry: 'manufacturing', unionized: true }), structure, catalog, { full: false });
        if (result.hrFte > 0) expect(heads(result), `${structure} at ${employees}`).toHaveLength(1);
        const led = result.team.some((member) => member.family === 'management');
        const smallestLed = employees >= spans.managerFromEmployees.value ? spans.managerTeamFromFte.value : teamShape.managerFromFte.value;
        expect(led, `${structure} at ${employees}: ${result.hrFte} FTE`).toBe(result.hrFte >= smallestLed);
      }
    }
  });

  it('a 300-person company cutting to 210 has an HR manager at the head of its small team, not a generalist', () => {
    const result = plan({ employees: 300, growthPct: -30 });
    expect(result.hrFte).toBeLessThan(teamShape.managerFromFte.value);
    expect(heads(result).map((member) => member.role)).toEqual(['hr-manager']);
  });
});

describe('4. shrinking companies', () => {
  it('a small team steps down by a role the smaller company no longer needs, and keeps one person below the first hire', () => {
    const result = plan({ employees: 130, growthPct: -50, horizonMonths: 36 });
    // Before: 1 generalist and half an employee-relations specialist from 130 employees down to 16.
    const atYear = (month: number) => result.timeline.find((entry) => entry.month === month)!;
    expect(atYear(12).departures.map((step) => [step.role, step.fte])).toEqual([['employee-relations-specialist', 0.5]]);
    expect(atYear(36).hrFte).toBe(1);
    // A half-FTE drift of a role the smaller team still has is left to leavers.
    const stable = plan({ employees: 61, growthPct: -1, horizonMonths: 36 });
    expect(stable.timeline.flatMap((month) => month.departures)).toEqual([]);
  });

  it('a step-down names a role as the team titles it', () => {
    const result = plan({ employees: 20_000, growthPct: -25, industry: 'public-sector' });
    const titles = new Map(result.team.map((member) => [member.role, member.title]));
    const steps = result.timeline.flatMap((month) => month.departures);
    expect(steps.length).toBeGreaterThan(0);
    // Before: "1 fewer Compensation Manager" beside a team row titled "Compensation and Benefits Manager".
    for (const step of steps) if (titles.has(step.role)) expect(step.title).toBe(titles.get(step.role));
  });

  it('leads step down as whole people', () => {
    const result = plan({ employees: 1400, growthPct: -20, horizonMonths: 36 });
    const leadSteps = result.timeline.flatMap((month) => month.departures).filter((step) => ['hr-manager', 'hr-director', 'vp-of-hr'].includes(step.role));
    expect(leadSteps.length).toBeGreaterThan(0);
    // Before: "1.5 fewer HR Manager" at month 12, leaving half a manager under the director for a year.
    for (const step of leadSteps) expect(Number.isInteger(step.fte), `${step.fte} ${step.role}`).toBe(true);
  });

  it('a shrinking company\'s leads are titled for the size its team is staffed for, so one employee does not add a manager', () => {
    const [below, at] = [199, 200].map((employees) => plan({ employees, growthPct: -30 }));
    // Before: 200 employees cutting 30% got an HR Manager over 1 FTE of staff; 199 got none.
    expect(at!.team.map((member) => `${member.role} ${member.fte}`)).toEqual(below!.team.map((member) => `${member.role} ${member.fte}`));
    expect(at!.team.some((member) => member.role === 'hr-manager')).toBe(false);
  });

  it('each yearly step-down takes the team recommended at that year\'s size, not today\'s structure', () => {
    const result = plan({ employees: 2100, industry: 'technology', growthPct: -30, horizonMonths: 36 });
    expect(result.structure).toBe('specialist');
    // Before: the specialist team held 13 FTE down to 720 employees (1.8 per 100), where a plan made for that size has 5.5.
    expect(result.timeline.at(-1)!.hrFte).toBeLessThanOrEqual(7);
    expect(result.timeline[24]!.departures.length).toBeGreaterThan(0);
    // One employee either side of the switch to specialists still ends in the same place.
    const [below, above] = [1990, 1991].map((employees) => plan({ employees, growthPct: -30, horizonMonths: 36 }));
    expect(below!.structure).not.toBe(above!.structure);
    expect(above!.timeline.at(-1)!.hrFte).toBe(below!.timeline.at(-1)!.hrFte);
  });

  it('staffs toward where the company is going, back-fills nobody, and counts the reduction work', () => {
    const result = plan({ employees: 1000, growthPct: -50 });
    expect(result.workload.hiresPerYear).toBe(0); // before: 195 back-fills while cutting 500
    // Sized for its average headcount over the 12 months the rate is given for, whatever the horizon:
    // HR serves nearly everyone at the start of the cuts (review: 'the layoff year is HR's heaviest').
    expect(result.workload.sizedFor).toBe(750);
    expect(plan({ employees: 1000, growthPct: -50, horizonMonths: 36 }).hrFte).toBe(result.hrFte);
    expect(result.team.find((member) => member.reportsTo === null)!.role).toBe('hr-manager');
    expect(result.workload.reductions).toBeGreaterThan(0);
    const steady = plan({ employees: result.workload.sizedFor, growthPct: 0, attritionPct: 0 });
    expect(result.hrFte).toBeLessThan(13.5);
    expect(result.workload.loads['employee-relations']).toBeGreaterThan(steady.workload.loads['employee-relations']);
    expect(result.warnings.join(' ')).toMatch(/WARN/);
    // No one is hired after month 0.
    expect(result.timeline.slice(1).every((month) => month.hires.length === 0)).toBe(true);
  });

  it('a step-down keeps someone in each function the smaller company still runs, and cuts the roles it does not need first', () => {
    // Before (review 24 M6): the union employer's two payroll specialists were cut to none, and an assistant kept.
    const result = plan({
      employees: 800,
      industry: 'education',
      unionized: true,
      growthPct: -20,
      existingTeam: { 'hr-manager': 1, 'hr-generalist': 4, 'benefits-specialist': 2, 'payroll-specialist': 2, 'hr-assistant': 2 },
    });
    const steps = new Map(result.timeline[12]!.departures.map((step) => [step.role, step.fte]));
    expect(steps.get('hr-assistant')).toBe(2);
    expect(steps.get('payroll-specialist') ?? 0).toBeLessThan(2);
    const benefitsHeld = result.team.filter((member) => member.role === 'benefits-specialist').reduce((sum, member) => sum + member.fte, 0);
    expect(steps.get('benefits-specialist') ?? 0).toBeLessThan(benefitsHeld);
  });

  it('a hire the first step-down ends is for the year of cuts: a contractor or an interim, not a permanent hire', () => {
    // Before (review 24 H6): half a relations specialist hired at month 0 and let go at month 12, in silence.
    const result = plan({ employees: 400, industry: 'retail', growthPct: -40 });
    const relations = result.timeline[0]!.hires.find((hire) => hire.role === 'employee-relations-specialist')!;
    expect(result.timeline[12]!.departures.map((step) => step.role)).toContain('employee-relations-specialist');
    expect(relations.reason).toMatch(/The step-down at month 12 ends this hire: for the year of cuts, fill it with a contractor or an interim, not a permanent hire\.$/);
    const kept = result.timeline[0]!.hires.find((hire) => hire.role === 'hr-manager')!;
    expect(kept.reason).not.toMatch(/step-down/);
  });

  it('a timeline that keeps shrinking after the year the rate is given for says so, with the headcount it reaches (review 26 M2)', () => {
    const result = plan({ employees: 300, industry: 'technology', growthPct: -50 });
    expect(result.warnings).toContain(
      `The timeline keeps shrinking at 50% a year after month 12: from ${formatNumber(result.timeline[12]!.employees)} to ${formatNumber(result.timeline.at(-1)!.employees)} employees by month 24. If the cuts end after a year, the HR team need not shrink further: plan again at the size you settle at.`,
    );
    expect(plan({ employees: 300, industry: 'technology', growthPct: -50, horizonMonths: 12 }).warnings.join(' ')).not.toMatch(/keeps shrinking/);
  });

  it('steps the HR team down once a year, after the reduction work, to the team for where the company then is', () => {
    const result = plan({ employees: 1000, growthPct: -40 });
    // Before: 5.5 FTE held flat to month 24, when the company has 360 employees.
    const atTwelve = planFor(profile({ employees: result.timeline[12]!.employees, growthPct: -40 }), result.structure, catalog, { full: false });
    expect(result.timeline.slice(0, 12).every((month) => month.hrFte === result.hrFte && month.departures.length === 0)).toBe(true);
    expect(result.timeline[12]!.hrFte).toBe(atTwelve.hrFte);
    expect(result.timeline[12]!.hrFte).toBeLessThan(result.hrFte);
    expect(result.timeline[12]!.departures.reduce((sum, step) => sum + step.fte, 0)).toBeCloseTo(result.hrFte - atTwelve.hrFte, 9);
    expect(result.timeline[12]!.departures[0]!.reason).toMatch(/^At 600 employees \(month 12\), heading for 480 on average over the next year: the team for that company, its reduction work included, is [\d.]+ FTE, so (.* down from |the smaller team has no [\d.]+ FTE here)/);
    // A step hires nobody, keeps the head of HR, and moves by at least a whole FTE.
    expect(result.timeline[12]!.hires).toEqual([]);
    expect(result.timeline[12]!.departures.map((step) => step.role)).not.toContain('hr-manager');
    // A drift that turnover absorbs (no one let go) reshapes nothing: before, a 1,000-person company
    // shrinking 5% a year lost its director and hired three half-time specialists in one month.
    const drift = plan({ employees: 1000, growthPct: -5, horizonMonths: 36 });
    expect(drift.timeline.every((month) => month.month === 0 || month.hires.length === 0)).toBe(true);
    const head = drift.team.find((member) => member.reportsTo === null)!.role;
    expect(drift.timeline.flatMap((month) => month.departures.map((step) => step.role))).not.toContain(head);
    expect(result.timeline[24]!.hrFte).toBe(atTwelve.hrFte);
    expect(result.spend[1]!.loaded.mid).toBeLessThan(result.spend[0]!.loaded.mid);
    // A 36-month horizon steps again at month 24, never at the horizon's last month.
    const longer = plan({ employees: 1000, growthPct: -40, horizonMonths: 36 });
    expect(longer.timeline.filter((month) => month.departures.length > 0).map((month) => month.month)).toEqual([12, 24]);
    // An existing team above the need stays through the first year's reductions, then steps down.
    const existing = plan({ employees: 1000, growthPct: -40, existingTeam: { 'hr-manager': 1, 'hr-generalist': 8, recruiter: 2 } });
    expect(existing.timeline[11]!.hrFte).toBe(11);
    expect(existing.timeline[12]!.hrFte).toBe(atTwelve.hrFte);
    // Below the point of a first HR hire the one HR person stays.
    const small = plan({ employees: 60, growthPct: -50 });
    expect(small.timeline[24]!.hrFte).toBe(small.hrFte);
    expect(small.timeline.every((month) => month.departures.length === 0)).toBe(true);
  });

  it('a cut turnover absorbs is no layoff: no reduction-in-force advice, and the leavers it replaces are said', () => {
    const drift = plan({ employees: 1000, growthPct: -5 });
    // Before: "A reduction in force is planned" beside "about 0 are let go" and "leavers are not back-filled" with 204 hires a year.
    expect(drift.workload.reductions).toBe(0);
    expect(drift.warnings.some((text) => /reduction in force/i.test(text))).toBe(false);
    expect(drift.warnings.find((text) => text.startsWith('Shrinking'))).toMatch(/turnover absorbs it all, so no layoff is needed; about 50 of the year's leavers are not replaced and the other 204 are\.$/);
    expect(drift.ruleTrace.find((rule) => rule.id === 'reduction-in-force')!.fired).toBe(false);
    expect(plan({ employees: 1000, growthPct: -40 }).ruleTrace.find((rule) => rule.id === 'reduction-in-force')!.fired).toBe(true);
  });

  it('says whether the people let go reach the federal WARN Act count', () => {
    const small = plan({ employees: 300, growthPct: -30 }).warnings.find((warning) => warning.startsWith('Shrinking'))!;
    expect(small).toMatch(/fewer than the 50 at one site the federal WARN Act counts/);
    const large = plan({ employees: 2500, growthPct: -25 }).warnings.find((warning) => warning.startsWith('Shrinking'))!;
    expect(large).toMatch(/WARN notice 60 days ahead \(a mass layoff is 50-499 people who are 33% of the site, or 500 or more\)/);
    // A group layoff's releases of age claims (OWBPA), from the data table on /methodology/data.
    expect(large).toMatch(/people 40 or older in a group layoff need 45 days to consider and 7 to revoke/);
  });

  it('names WARN once, from its data, and never calls a ratio below a band edge it rounds to', () => {
    const result = plan({ employees: 1000, growthPct: -40 });
    // Before: the rule's warning and the shrinking warning both explained WARN, with "60 days" and "100+" written twice.
    expect(result.warnings.filter((warning) => /60 days/.test(warning))).toHaveLength(1);
    // Before: "0.92 HR staff per 100 … is below the typical 0.92-1.8".
    expect(result.band.position).toBe('within');
    expect(result.warnings.some((warning) => / is below the typical /.test(warning))).toBe(false);
  });

  it('reads the benchmark band at the headcount the team is sized for, not today’s', () => {
    const result = plan({ employees: 300, growthPct: -30 });
    expect(result.band.employees).toBe(result.workload.sizedFor);
    expect(result.band.ratioPer100).toBeCloseTo((result.hrFte / result.workload.sizedFor) * 100, 9);
    // Before: 0.8 per 100 of today's 300 was compared with today's band. The warning, if any, names
    // the headcount the team is sized for (a company that hires nobody needs no recruiting).
    if (result.band.position !== 'within') expect(result.warnings.join(' ')).toMatch(/per 100 of the 255 employees the team is sized for/);
    const growing = plan({ employees: 300, growthPct: 30 });
    expect(growing.band.employees).toBe(300);
    expect(growing.band.ratioPer100).toBe(growing.ratioPer100);
  });
});

describe('5b. an existing team placed where the work is', () => {
  it('existing recruiters matching the recruiting work are kept; the surplus is named where it is; no budget is cited without one', () => {
    const result = plan({ employees: 500, existingTeam: { 'hr-manager': 1, 'hr-generalist': 8, recruiter: 2 } });
    // Before: a generalist team, the recruiters "not a role this plan needs", and "the budget puts generalists first".
    expect(result.structure).toBe(plan({ employees: 500 }).structure);
    expect(result.team.find((member) => member.role === 'recruiter')!.reason).toMatch(/covers the plan's Recruiter need/);
    expect(result.team.find((member) => member.role === 'hr-generalist')!.reason).toMatch(/4 FTE are above what the plan needs/);
    expect(result.headline).not.toMatch(/budget/);
  });
});

describe('5. an existing team', () => {
  it('a company below the first-hire point that already has HR staff is not sold a PEO and founder time on top of them', () => {
    const result = plan({ employees: 30, existingTeam: { 'hr-manager': 2, recruiter: 3 } });
    // Before: a PEO "recommended before the first HR hire", HR software and 1,035 hours of founder time beside 5 HR staff.
    expect(result.cost.outsourced.mid).toBe(0);
    expect(result.outsourcing.map((item) => item.option)).not.toEqual(expect.arrayContaining(['peo', 'founder-time']));
    // Nor is anyone hired before the first-hire point: the staff it has carry the work.
    expect(result.timeline.flatMap((month) => month.hires)).toEqual([]);
    // Review 28 L2: not "hire no HR staff yet … until the first HR hire", beside the staff the company has.
    expect(result.headline).toMatch(/^At 30 employees, hire no one: the 5 FTE of HR staff you have came ahead of the usual first-HR-hire point \(\d+ employees\) and carry the HR work with the founder\.$/);
    expect(result.hrFte).toBe(5);
    expect(result.surplus).toBeGreaterThan(0);
    // A part-time recruiter does not run payroll: the PEO and HR software stay, and nobody is hired before the first-hire point.
    const partTime = plan({ employees: 10, growthPct: 100, existingTeam: { recruiter: 0.5 } });
    expect(partTime.outsourcing.map((item) => item.option)).toEqual(expect.arrayContaining(['peo', 'hr-software']));
    expect(partTime.timeline[0]!.hires).toEqual([]);
    // Without HR staff, the same company still gets the providers.
    expect(plan({ employees: 30 }).outsourcing.map((item) => item.option)).toEqual(expect.arrayContaining(['peo', 'founder-time']));
  });

  it('people the plan has no place for fill the open needs only as a move the plan names, with training or a promotion', () => {
    const result = plan({ employees: 130, industry: 'retail', growthPct: 50, existingTeam: { 'hr-generalist': 0.5, 'hr-coordinator': 2 } });
    // Before: a coordinator silently "counted toward the plan's other needs", and the risks said
    // "No one owns recruiting, compliance and safety" (review 21 #3, case 4).
    expect(result.coverage.recruiting).toBe('deep');
    expect(result.coverage.compliance).toBe('deep');
    expect(result.risks.join(' ')).not.toMatch(/No one owns/);
    expect(result.team.map((member) => member.reason).join(' ')).not.toMatch(/counted toward/);
    const moved = result.team.filter((member) => (member.movedIn ?? 0) > 0);
    expect(moved.map((member) => member.role).sort()).toEqual(['hr-compliance-and-safety-specialist', 'recruiter']);
    // A coordinator moves into recruiting with training (the coordination they already support); a
    // safety specialist's work is beyond their experience, and the plan says so.
    expect(moved.find((member) => member.role === 'recruiter')!.reason).toMatch(/^Moved from your existing HR Coordinator staff into this work, with training, instead of a new hire/);
    expect(moved.find((member) => member.role === 'hr-compliance-and-safety-specialist')!.reason).toMatch(
      /^Placed from your existing HR Coordinator staff, beyond their experience, instead of a new hire: if they cannot grow into it, hire for it and let the HR Coordinator role shrink through attrition/,
    );
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/^The plan fills 1 FTE of its needs \(Recruiter and HR Compliance and Safety Specialist\) with people already on your team, in work outside their own roles, instead of hiring: each entry says how .* hiring for those needs costs about \$[\d,]+ a year more\.$/),
    );
    // The generalist it has heads until the HR manager it needs at 134 employees: the hires are still
    // the whole need less the whole existing team.
    expect(result.timeline[0]!.hires).toEqual([]);
    expect(result.team.find((member) => member.reportsTo === null)!.role).toBe('hr-generalist');
    // Coordinators alone cannot head HR: a generalist to head it is hired whole.
    const onlyCoordinators = plan({ employees: 90, industry: 'healthcare', existingTeam: { 'hr-coordinator': 2, recruiter: 1 } });
    const head = onlyCoordinators.team.find((member) => member.reportsTo === null)!;
    expect(head.reason).toMatch(/^No one on your team can head HR yet, so it is hired\./);
    expect(onlyCoordinators.timeline[0]!.hires).toEqual([expect.objectContaining({ role: head.role, fte: 1 })]);
    // A lead post goes to the most senior person left over, as a promotion; a recruiter is not the
    // talent acquisition manager the recruiters report to (before: 14 recruiters "covered" that post
    // and reported straight to the director, 25 reports; review 21 #9).
    const large = plan({ employees: 1382, industry: 'manufacturing', growthPct: 30, existingTeam: { 'hr-generalist': 10.5, recruiter: 14, 'hr-director': 1 } });
    expect(large.team.find((member) => member.role === 'recruiter')!.reason).not.toMatch(/Talent Acquisition Manager/);
    const underDirector = large.team.filter((member) => member.reportsTo === 'hr-director').reduce((sum, member) => sum + member.fte, 0);
    expect(underDirector).toBeLessThanOrEqual(12);
    // Generalists the need has no post for move into any practitioner need, payroll included, before one is hired.
    const shrinking = plan({ employees: 1000, growthPct: -40, existingTeam: { 'hr-manager': 1, 'hr-generalist': 8, recruiter: 2 } });
    expect(shrinking.timeline[0]!.hires).toEqual([]);
    // Payroll needs its own expertise: the move says "with training" and counts among the moves the warning names.
    expect(shrinking.team.find((member) => member.area === 'payroll')!.reason).toMatch(/^Moved from your existing HR Generalist staff into this work, with training, instead of a new hire/);
  });

  it('a head whose title the end team keeps as a line post grows into the head post above it, and the line post is refilled; an existing manager is promoted into a director post', () => {
    // Before (review 26 H4): "month 0: 1 HR Manager", then "month 3: 1 HR Director" hired over them.
    const result = plan({ employees: 655, industry: 'manufacturing', growthPct: 10, states: 2 });
    expect(result.team.find((member) => member.reportsTo === null)!.role).toBe('hr-manager');
    const hires = result.timeline.flatMap((month) => month.hires);
    expect(hires.map((hire) => hire.role)).not.toContain('hr-director');
    expect(hires.filter((hire) => /heads HR until then/.test(hire.reason))).toEqual([]);
    expect(result.laterMoves).toEqual([
      expect.stringMatching(/^Month \d+: the HR Manager hired now grows into the HR Director post as the team grows: a promotion, not a second head of HR hired over them\. The HR Manager post they leave is filled by a hire under them\.$/),
    ]);
    // A company whose HR manager heads today, and needs a director: the manager is promoted, named, and paid the post.
    const existing = plan({ employees: 800, industry: 'technology', growthPct: 30, existingTeam: { recruiter: 6, 'hr-manager': 1, 'hr-generalist': 3 } });
    const head = existing.team.find((member) => member.reportsTo === null)!;
    expect(head.role).toBe('hr-director');
    expect(head.reason).toMatch(/^Promoted from your existing HR Manager staff instead of a new hire/);
    expect(head.payFactor).toBeGreaterThanOrEqual(1);
    expect(existing.timeline.flatMap((month) => month.hires).map((hire) => hire.role)).not.toContain('hr-director');
  });

  it('the timeline hires what the end team hires, not the role an existing person was moved out of', () => {
    // Before: both recruiters were placed in other work, and a recruiter was hired at month 8 (review 23 H4).
    const company = profile({ employees: 250, industry: 'manufacturing', unionized: true, existingTeam: { 'hr-manager': 1, recruiter: 2, 'hr-coordinator': 1 } });
    const result = recommend(company, catalog);
    const end = teamAt(company, result.timeline.at(-1)!.employees, result.structure, catalog, false);
    const endHires = new Map(end.filter((member) => member.fte > (member.fromExisting ?? 0)).map((member) => [member.role, member.fte - (member.fromExisting ?? 0)]));
    const hires = result.timeline.flatMap((month) => month.hires);
    expect(hires.map((hire) => hire.role)).not.toContain('recruiter');
    expect(new Map(hires.map((hire) => [hire.role, hire.fte]))).toEqual(endHires);
    const relations = hires.find((hire) => hire.role === 'labor-relations-specialist')!;
    expect(relations.reason).toMatch(/It takes this work over from the existing staff the plan places in it for now/);
    // And the return itself is named among the later moves (review 25 M1: "returns are never named").
    expect(result.laterMoves).toContainEqual(expect.stringMatching(/^Month \d+: 0\.5 FTE of your Recruiter staff back in their own work\.$/));
  });

  it('the moves of your people the end team makes are named, not left out of the timeline', () => {
    // Before: the timeline hired recruiters and was silent about the recruiter the end team promotes to lead them.
    const result = plan({ employees: 5, growthPct: 193, industry: 'technology', countries: 3, unionized: true, horizonMonths: 36, existingTeam: { recruiter: 1 } });
    expect(result.laterMoves).toEqual(['Month 36: Talent Acquisition Manager: 1 FTE promoted from your existing Recruiter staff instead of a new hire.']);
    expect(result.timeline.flatMap((month) => month.hires).map((hire) => hire.role)).not.toContain('talent-acquisition-manager');
    expect(plan({ employees: 130, industry: 'retail', growthPct: 50, existingTeam: { 'hr-generalist': 0.5, 'hr-coordinator': 2 } }).laterMoves).toEqual([
      'Month 13: 1 FTE of your HR Coordinator staff back in their own work.',
      'Month 13: HR Manager: 0.5 FTE promoted from your existing HR Generalist staff instead of a new hire.',
    ]);
    // Moves today's team already makes are in the team table, not repeated (only the return to
    // recruiting is new). Without an existing team, the only move is the head's promotion, in the
    // month the company reaches the size its senior generalist's reason names (200 employees).
    // Before: month 1, as each month's head was titled for a year beyond itself.
    expect(plan({ employees: 250, industry: 'manufacturing', unionized: true, existingTeam: { 'hr-manager': 1, recruiter: 2, 'hr-coordinator': 1 } }).laterMoves).toEqual([
      'Month 8: 0.5 FTE of your Recruiter staff back in their own work.',
    ]);
    expect(plan({ employees: 130, growthPct: 50 }).laterMoves).toEqual([
      'Month 13: the Senior HR Generalist hired now grows into the HR Manager post as the team grows: a promotion, not a second head of HR hired over them.',
    ]);
  });

  it('a part-time person promoted into a whole post works more hours: one person, not a second hire beside them', () => {
    // Before: "No one on your team is ready for this post, so it is hired. 0.5 FTE promoted from your
    // existing HR Generalist staff … 0.5 FTE to hire": two halves of one HR manager.
    const input = { industry: 'retail', growthPct: 50, existingTeam: { 'hr-generalist': 0.5, 'hr-coordinator': 2 } } as const;
    const manager = plan({ ...input, employees: 134 }).team.find((member) => member.role === 'hr-manager')!;
    expect(manager.noOneReady).toBeUndefined();
    expect(manager.moreHours).toBe(0.5);
    expect(manager.reason).toMatch(/^0\.5 FTE promoted from your existing HR Generalist staff instead of a new hire\. The other 0\.5 FTE are more hours for your part-time HR Generalist in this post, not a second person/);
    expect(manager.reason).not.toMatch(/to hire|No one on your team/);
    const hire = plan({ ...input, employees: 130 }).timeline.flatMap((month) => month.hires).find((entry) => entry.role === 'hr-manager')!;
    expect(hire.fte).toBe(0.5);
    expect(hire.reason).toMatch(/The part-time HR Generalist who heads HR until then is promoted into it, and these 0\.5 FTE are more hours for them, not a second person/);
    expect(hire.reason).not.toMatch(/reports to them/);
  });

  it('an HR director is promoted to VP of HR; an HR manager, two steps below, is not', () => {
    // Before: "Promoted from your existing HR Manager staff" to head 133 FTE as VP of HR (review 23 M3).
    const input = { employees: 12_000, industry: 'technology', existingTeam: { 'hr-generalist': 10 } } as const;
    const fromManager = plan({ ...input, existingTeam: { ...input.existingTeam, 'hr-manager': 1 } }).team.find((member) => member.reportsTo === null)!;
    expect(fromManager.role).toBe('vp-of-hr');
    expect(fromManager.reason).toMatch(/^No one on your team is ready for this post, so it is hired\./);
    const fromDirector = plan({ ...input, existingTeam: { ...input.existingTeam, 'hr-director': 1 } }).team.find((member) => member.reportsTo === null)!;
    expect(fromDirector.reason).toMatch(/^Promoted from your existing HR Director staff instead of a new hire\./);
  });

  it('more hours go only to a part-timer who alone holds a one-person post, on their own row, once', () => {
    // Before (review 24 H1): "The other 1.5 FTE are more hours for your part-time Recruiter" in a post of two.
    const publicSector = plan({
      employees: 3000,
      industry: 'public-sector',
      unionized: true,
      growthPct: 0,
      existingTeam: { 'hr-director': 1, 'hr-manager': 0.5, 'hr-generalist': 0.5, recruiter: 0.5, 'benefits-specialist': 0.5 },
    });
    expect(publicSector.team.filter((member) => member.moreHours !== undefined)).toEqual([]);
    expect(publicSector.team.map((member) => member.reason).join(' ')).not.toMatch(/more hours/);
    // Before (review 24 H3): "0.5 HR Manager … covers the plan's HR Generalist need" under "0.5 HR
    // Generalist … more hours for your part-time HR Manager": one person in two rows, under themself.
    // And (review 25 N2) no hours added while someone else on the team can do the work: a small
    // team's generalist row is shared work, held by the two half-timers, the HR manager heading.
    const small = plan({ employees: 45, industry: 'manufacturing', unionized: true, existingTeam: { 'hr-manager': 0.5, 'payroll-specialist': 0.5 } });
    expect(small.team.find((member) => member.role === 'hr-manager')).toMatchObject({ fte: 0.5, reportsTo: null });
    expect(small.team.filter((member) => member.moreHours !== undefined)).toEqual([]);
    expect(small.timeline[0]!.hires).toEqual([]);
    const surplus = plan({ employees: 49, industry: 'professional-services', growthPct: 0, states: 2, existingTeam: { 'hr-manager': 0.5, recruiter: 1.5 } });
    expect(surplus.team.filter((member) => member.moreHours !== undefined)).toEqual([]);
    expect(surplus.warnings).toContainEqual(expect.stringMatching(/^Your existing HR team is 1 FTE larger than this plan needs today: no hires now/));
    // Before: the same half-time generalist was promised more hours at month 0 and again at month 11;
    // the half-time assistant shares the generalist work instead.
    const retail = plan({ employees: 60, industry: 'retail', growthPct: 40, existingTeam: { 'hr-generalist': 0.5, 'hr-assistant': 0.5 } });
    const withHours = retail.timeline.flatMap((month) => month.hires).filter((hire) => /more hours/.test(hire.reason));
    expect(withHours).toEqual([]);
    expect(retail.team.find((member) => member.role === 'hr-assistant')!.reason).toBe("Already on your team; covers the plan's HR Generalist need.");
  });

  it('a half-time practitioner is not made one of several line managers: the posts are hired whole', () => {
    // Before (review 25 N4): "2 HR Manager … 0.5 FTE promoted from your existing HR Generalist staff … 1.5 FTE to hire".
    const result = plan({ employees: 481, industry: 'hospitality', growthPct: 80, unionized: true, existingTeam: { 'hr-director': 0.5, 'hr-generalist': 0.5, 'hr-coordinator': 1 } });
    const managers = result.team.find((member) => member.role === 'hr-manager')!;
    expect(managers.reason).not.toMatch(/promoted from your existing HR Generalist/);
    const leadHires = result.timeline[0]!.hires.filter((hire) => hire.role === 'hr-manager');
    for (const hire of leadHires) expect(Number.isInteger(hire.fte), `${hire.fte} HR Manager`).toBe(true);
  });

  it('a part-time incumbent keeps their own post: nobody is promoted over them into their title', () => {
    // Before (review 25 N1): a generalist promoted to HR Manager and the half-time HR manager "taken on"
    // as a compliance specialist; elsewhere "1.5 HR Manager … 0.5 FTE already on your team. 1 FTE promoted".
    const retail = plan({ employees: 931, industry: 'retail', growthPct: -25, states: 4, existingTeam: { 'hr-manager': 0.5, 'hr-generalist': 3.5, 'hr-coordinator': 6 } });
    // Their post's other half is management no one above the need can do: more hours for them.
    expect(retail.team.find((member) => member.role === 'hr-manager')).toMatchObject({ fte: 1, fromExisting: 0.5, moreHours: 0.5, reportsTo: null });
    expect(retail.team.map((member) => member.reason).join(' ')).not.toMatch(/promoted from your existing HR Generalist|by your existing HR Manager/i);
    const hospitality = plan({ employees: 237, industry: 'hospitality', growthPct: 40, states: 4, existingTeam: { 'hr-manager': 0.5, 'hr-generalist': 1.5, recruiter: 2.5 } });
    for (const member of hospitality.team.filter((entry) => entry.family === 'management')) expect(member.fte, member.role).toBeLessThanOrEqual(1);
    expect(hospitality.team.map((member) => member.reason).join(' ')).not.toMatch(/promoted from your existing HR Generalist/i);
  });

  it('a full-time person who fits a post holds it before a more senior part-timer, who stays at the head; a surplus is always named', () => {
    // Before (review 24 H2): the half-time HR director took the HR manager post with more hours and
    // the full-time HR manager was moved into generalist work.
    const result = plan({ employees: 300, industry: 'technology', existingTeam: { 'hr-director': 0.5, 'hr-manager': 1, 'hr-generalist': 2 } });
    expect(result.team.find((member) => member.role === 'hr-manager')).toMatchObject({ fte: 1, reportsTo: 'hr-director', reason: "Already on your team; covers the plan's HR Manager need." });
    expect(result.team.find((member) => member.role === 'hr-director')).toMatchObject({ fte: 0.5, reportsTo: null });
    expect(result.timeline[0]!.hires.map((hire) => hire.role)).toEqual(['recruiter']);
    // Before: 10.5 FTE above the need and no warning, beside a top-up counted as a hire.
    const surplus = plan({ employees: 492, industry: 'retail', growthPct: -25, existingTeam: { 'hr-director': 0.5, 'senior-hr-generalist': 6, 'hr-generalist': 3, recruiter: 5 } });
    expect(surplus.surplus).toBe(10.5);
    expect(surplus.warnings).toContainEqual(expect.stringMatching(/^Your existing HR team is 10\.5 FTE larger than this plan needs today/));
  });

  it('a functional manager keeps their function, and an HR director is never made an analyst', () => {
    // Before (review 24 H5): "HR Director … Promoted from your existing DEI Manager staff".
    const dei = plan({ employees: 800, industry: 'technology', existingTeam: { 'dei-manager': 1, 'hr-generalist': 4 } });
    expect(dei.team.find((member) => member.reportsTo === null)!.reason).not.toMatch(/DEI Manager/);
    // Before (review 25 N3): "Compensation Manager … covers the plan's HR Manager need", heading HR.
    const finance = plan({ employees: 1006, industry: 'finance', growthPct: -25, states: 4, existingTeam: { 'people-operations-manager': 0.5, 'hr-assistant-manager': 1, 'compensation-manager': 1, 'hr-generalist': 2 } });
    expect(finance.team.find((member) => member.role === 'compensation-manager')!.reason).not.toMatch(/HR Manager need/);
    expect(finance.team.find((member) => member.reportsTo === null)!.role).not.toBe('compensation-manager');
    // Before: "HRIS Analyst … Taken on by your existing HR Director staff".
    const shrinking = plan({
      employees: 2500,
      industry: 'retail',
      growthPct: -30,
      existingTeam: { 'vp-of-hr': 1, 'hr-director': 2, 'hr-manager': 4, 'hr-generalist': 10, recruiter: 6, 'hr-coordinator': 5 },
    });
    expect(shrinking.team.map((member) => member.reason).join(' ')).not.toMatch(/your existing (HR Director|VP of HR[^ ]*) staff/);
  });

  it('the timeline says the same as the table: a lead counts the staffed chart, and a hand-over only where people move on', () => {
    // Before (review 24 L1): "Leads an HR team of 4.5 FTE" in the month-0 line, 5 FTE in the table.
    const result = plan({ employees: 200, industry: 'technology', growthPct: 25, existingTeam: { recruiter: 1, 'benefits-specialist': 1, 'compensation-analyst': 1, 'hris-analyst': 1 } });
    const head = result.team.find((member) => member.reportsTo === null)!;
    const hire = result.timeline[0]!.hires.find((entry) => entry.role === head.role)!;
    const words = /Leads an HR team of ([\d.]+) FTE/;
    expect(words.exec(hire.reason)![1]).toBe(words.exec(head.reason)![1]);
    // Before (review 24 M1): "It takes this work over from the existing staff …" on a recruiter hire
    // while the end team kept the HRIS analyst placed in recruiting.
    expect(result.timeline.flatMap((month) => month.hires).map((entry) => entry.reason).join(' ')).not.toMatch(/takes this work over/);
  });

  it('below the first-hire point, the company\'s own HR people carry the work before any founder time is priced', () => {
    // Before (review 23 M6): "The founder covers recruiting, onboarding, …" and about 1,080 founder
    // hours priced beside two benefits specialists.
    const carried = plan({ employees: 33, industry: 'manufacturing', existingTeam: { 'benefits-specialist': 2 } });
    expect(carried.outsourcing.map((item) => item.option)).not.toContain('founder-time');
    expect(carried.warnings.join(' ')).not.toMatch(/The founder covers/);
    expect(carried.warnings).toContainEqual(expect.stringMatching(/^Your Benefits Specialist staff own benefits and carry recruiting, onboarding/));
    const small = plan({ employees: 33, industry: 'manufacturing', existingTeam: { 'benefits-specialist': 0.2 } });
    const founder = small.outsourcing.find((item) => item.option === 'founder-time')!;
    const alone = plan({ employees: 33, industry: 'manufacturing' }).outsourcing.find((item) => item.option === 'founder-time')!;
    expect(founder.cost!.mid).toBeLessThan(alone.cost!.mid);
  });

  it('a small company\'s only HR person below the first-hire point carries the work; they are not called surplus', () => {
    // Before (review 24 L2): "not a role this plan needs at this size, so part of the 1 FTE above the need".
    const result = plan({ employees: 35, industry: 'professional-services', existingTeam: { 'hr-generalist': 1 } });
    expect(result.team[0]!.reason).toBe('Already on your team: below its first-HR-hire point the company needs no HR staff of its own yet, so they carry the HR work the founder and providers would otherwise.');
  });

  it('a specialist whose work the generalists carry moves into a generalist role, and nobody is stretched where a swap fits both', () => {
    // Before (review 24 H4): a payroll specialist "moved … into" recruiting and a benefits specialist
    // "placed … beyond their experience" as a generalist; at 600 a benefits specialist was stretched
    // into the senior generalist post over three real generalists.
    const growing = plan({ employees: 430, industry: 'other', growthPct: 150, existingTeam: { 'hr-director': 1, 'payroll-specialist': 0.5, 'benefits-specialist': 1 } });
    const generalists = growing.team.find((member) => member.role === 'hr-generalist')!;
    expect(generalists.reason).toMatch(/0\.5 FTE moved from your existing Payroll Specialist staff into this work, with training/);
    expect(generalists.reason).toMatch(/1 FTE moved from your existing Benefits Specialist staff into this work, with training/);
    expect(growing.team.find((member) => member.role === 'recruiter')!.reason).not.toMatch(/Payroll Specialist/);
    const finance = plan({ employees: 600, industry: 'finance', existingTeam: { 'compensation-manager': 1, 'hr-generalist': 3, 'benefits-specialist': 2 } });
    expect(finance.team.map((member) => member.reason).join(' ')).not.toMatch(/beyond their experience/);
    expect(finance.team.find((member) => member.role === 'hr-generalist')!.reason).toMatch(/2 FTE moved from your existing Benefits Specialist staff into this work, with training/);
  });

  it('an assistant manager names the boss the staffed chart gives them, and a specialist carries their own work in the HR office', () => {
    // Before (review 24 L1, H4): "… under the HR Manager" where the company's HR director heads, and
    // the benefits specialist "placed … beyond their experience" in recruiting while coordinators were
    // hired for benefits enrollment.
    const result = plan({ employees: 400, industry: 'nonprofit', growthPct: 20, unionized: true, existingTeam: { 'hr-director': 1, 'payroll-specialist': 1, 'benefits-specialist': 0.5 } });
    const assistant = result.team.find((member) => member.role === 'hr-assistant-manager')!;
    expect(assistant.reportsTo).toBe('hr-director');
    expect(assistant.reason).toMatch(/supervises 3 FTE of coordinators and generalists, under the HR Director\.$/);
    expect(result.team.map((member) => member.reason).join(' ')).not.toMatch(/beyond their experience/);
    expect(result.team.find((member) => member.role === 'hr-coordinator')!.reason).toMatch(/^0\.5 FTE moved from your existing Benefits Specialist staff into this work, with training/);
  });

  it('among the leads a company has, the one the post suits holds it; the more senior stay at the head, above the need', () => {
    // Before (review 24 M3): at 80 employees the VP of HR covered the generalist need and the HR
    // manager was "not a role this plan needs at this size".
    const result = plan({ employees: 80, industry: 'other', existingTeam: { 'vp-of-hr': 1, 'hr-director': 1, 'hr-manager': 1 } });
    expect(result.team.find((member) => member.role === 'hr-manager')!.reason).toBe("Already on your team; covers the plan's HR Generalist need.");
    expect(result.team.find((member) => member.role === 'hr-director')!.reason).toMatch(/above the need\.$/);
    expect(result.team.find((member) => member.reportsTo === null)!.role).toBe('vp-of-hr');
    expect(result.warnings).toContainEqual(expect.stringMatching(/^Your existing HR team is 1\.5 FTE larger than this plan needs today/));
  });

  it('a wave of hires larger than a recruiting team can settle at once is to be phased', () => {
    // Before (review 24 M7): "month 0: +122 FTE" with no word on how.
    const wave = plan({ employees: 12_000, industry: 'technology', existingTeam: { 'hr-manager': 1, 'hr-generalist': 10 } });
    expect(wave.warnings).toContainEqual(expect.stringMatching(/^The plan hires [\d.]+ FTE now, more than a recruiting team can bring in and settle at once: phase those hires/));
    const fresh = plan({ employees: 5000, industry: 'technology', growthPct: 30 });
    expect(fresh.warnings).toContainEqual(expect.stringMatching(/^The plan hires [\d.]+ FTE now \(the whole team: no current HR staff were given, so give them if you have them\)/));
    expect(plan({ employees: 300, growthPct: 20 }).warnings.join(' ')).not.toMatch(/settle at once/);
  });

  it('a part-timer in a one-person role of their own works more hours in it, not beside a half-time hire', () => {
    // Before (review 24 L5): "0.5 FTE already on your team and 0.5 FTE to hire" for one senior generalist.
    const result = plan({ employees: 549, industry: 'manufacturing', growthPct: 40, existingTeam: { 'hr-director': 1, 'senior-hr-generalist': 0.5 } });
    const senior = result.team.find((member) => member.role === 'senior-hr-generalist')!;
    expect(senior).toMatchObject({ fte: 1, fromExisting: 0.5, moreHours: 0.5 });
    expect(senior.reason).toMatch(/^0\.5 FTE already on your team\. The other 0\.5 FTE are more hours for your part-time Senior HR Generalist in this role, not a second person; if they cannot work them, hire the role whole\./);
  });

  it('a surplus the growing work soon uses is to keep, not to shed', () => {
    // Before (review 24 M4): "consider reassigning or not back-filling" for people the plan itself places by month 7.
    const growing = plan({ employees: 200, growthPct: 40, existingTeam: { 'hr-manager': 1, 'hr-generalist': 4 } });
    expect(growing.surplusPlacedBy).toBe(7);
    expect(growing.warnings).toContainEqual('Your existing HR team is 1 FTE larger than this plan needs today, but the growing work places everyone by month 7 (see the timeline): keep them, with no hires now.');
    const flat = plan({ employees: 500, growthPct: 0, existingTeam: { 'hr-director': 1, 'hr-manager': 2, 'hr-generalist': 8 } });
    expect(flat.surplusPlacedBy).toBeNull();
    expect(flat.warnings).toContainEqual(expect.stringMatching(/consider reassigning or not back-filling\.$/));
  });

  it('the price of hiring instead of moves says the surplus it comes on top of', () => {
    // Before (review 24 L3): "hiring for those needs costs about $709,050 a year more" beside 13 FTE above the need.
    const result = plan({
      employees: 2500,
      industry: 'retail',
      growthPct: -30,
      existingTeam: { 'vp-of-hr': 1, 'hr-director': 2, 'hr-manager': 4, 'hr-generalist': 10, recruiter: 6, 'hr-coordinator': 5 },
    });
    expect(result.surplus).toBe(13);
    expect(result.warnings).toContainEqual(expect.stringMatching(/hiring for those needs costs about \$[\d,]+ a year more, on top of the 13 FTE of your team above the need\.$/));
  });

  it('an existing HR manager the plan has no post for heads the team as its senior generalist, ahead of the generalists', () => {
    const result = plan({ employees: 150, growthPct: -30, horizonMonths: 36, industry: 'manufacturing', existingTeam: { 'hr-manager': 1, 'hr-generalist': 2 } });
    // Before: the manager was "not a role this plan needs at this size" while heading the chart (review 21 #10).
    const manager = result.team.find((member) => member.role === 'hr-manager')!;
    expect(manager.reportsTo).toBeNull();
    expect(manager.reason).toMatch(/covers the plan's HR Generalist need/);
  });

  it('lead posts go to the most senior people who fit them; a post no one is ready for is hired, not handed to an assistant', () => {
    // Before: an HR Assistant "promoted" to HR Director of 22.5 FTE, another to Talent Acquisition Manager (review 22 H1).
    const hospitality = plan({ employees: 2000, industry: 'hospitality', growthPct: 10, existingTeam: { 'senior-hr-generalist': 13.5, 'hr-assistant': 8.5 } });
    const director = hospitality.team.find((member) => member.role === 'hr-director')!;
    expect(director.reason).toMatch(/^No one on your team is ready for this post, so it is hired\./);
    expect(hospitality.timeline[0]!.hires.map((hire) => hire.role)).toEqual(expect.arrayContaining(['hr-director', 'talent-acquisition-manager']));
    expect(hospitality.team.find((member) => member.role === 'hr-manager')!.reason).toMatch(/^Promoted from your existing Senior HR Generalist staff/);
    expect(hospitality.warnings).toContainEqual(expect.stringMatching(/^No one on your team is ready for the HR Director post and the Talent Acquisition Manager post, so the plan hires for them; with it, [\d.]+ FTE of your HR Assistant staff are above the need/));
    // Nor is a coordinator made HR manager of a 200-person healthcare employer.
    const coordinators = plan({ employees: 200, industry: 'healthcare', existingTeam: { 'hr-coordinator': 3 } });
    expect(coordinators.team.find((member) => member.reportsTo === null)!.reason).toMatch(/^No one on your team is ready for this post, so it is hired\./);
    // Before: "Leads an HR team of 4 FTE …, hired ahead of the growth to about 3.5 FTE" (review 23 M5).
    expect(coordinators.team.find((member) => member.reportsTo === null)!.reason).not.toMatch(/ahead of the growth/);
    // A promoted head is not "hired" ahead of the growth.
    const promoted = plan({ employees: 300, growthPct: 20, existingTeam: { 'senior-hr-generalist': 1 } }).team.find((member) => member.reportsTo === null)!;
    expect(promoted.reason).toMatch(/^Promoted from your existing Senior HR Generalist staff instead of a new hire\. Leads an HR team of [\d.]+ FTE and owns HR strategy, a post set ahead of the growth to about [\d.]+ FTE\.$/);
    // A VP of HR heads over an HR director (before: the VP covered a generalist need under the director, review 22 H2).
    const topHeavy = plan({ employees: 1000, industry: 'technology', existingTeam: { 'vp-of-hr': 1, 'hr-director': 1, 'hr-manager': 2 } });
    expect(topHeavy.team.find((member) => member.reportsTo === null)!.role).toBe('vp-of-hr');
  });

  it('the head of HR is the most senior person able to head, whatever the order the team is given in; nobody reports in a loop or to someone more junior', () => {
    // Before: the HR director reported to the HR manager when the manager was listed first (review 23 H2).
    for (const existingTeam of [{ 'hr-manager': 1, 'hr-director': 1 }, { 'hr-director': 1, 'hr-manager': 1 }]) {
      const result = plan({ employees: 80, industry: 'other', existingTeam });
      expect(result.team.find((member) => member.reportsTo === null)!.role).toBe('hr-director');
    }
    // Before: the VP of HR was moved into the HR manager post and an HR director hired over them (review 23 H1).
    const vp = plan({ employees: 1500, industry: 'technology', existingTeam: { 'vp-of-hr': 1, 'hr-generalist': 3 } });
    expect(vp.team.find((member) => member.reportsTo === null)!.role).toBe('vp-of-hr');
    expect(vp.timeline[0]!.hires.map((hire) => hire.role)).not.toContain('hr-director');
    // Before: a reporting cycle between the HR director and an HR manager, and a VP with no reports.
    const topHeavy = plan({ employees: 1000, industry: 'technology', existingTeam: { 'vp-of-hr': 1, 'hr-director': 1, 'hr-manager': 2 } });
    const rank = ['executive', 'lead', 'senior', 'mid', 'entry'];
    for (const member of topHeavy.team) {
      const seen = new Set<string>();
      for (let boss = member.reportsTo; boss !== null; boss = topHeavy.team.find((other) => other.role === boss)!.reportsTo) {
        expect(seen.has(boss), `${member.role} reports in a loop`).toBe(false);
        seen.add(boss);
      }
      const boss = topHeavy.team.find((other) => other.role === member.reportsTo);
      if (boss && member.family === 'management') expect(rank.indexOf(catalog[boss.role]!.level)).toBeLessThanOrEqual(rank.indexOf(catalog[member.role]!.level));
    }
  });

  it('an unknown role slug is an error that lists the valid ones', () => {
    expect(() => plan({ employees: 100, existingTeam: { 'hr-generalst': 1 } })).toThrow(/hr-generalst.*valid roles: .*hr-generalist/);
  });

  it('hires are the end team minus the existing team; surplus only when the existing team exceeds the whole need', () => {
    const result = plan({ employees: 500, growthPct: 0, existingTeam: { 'hr-director': 1, 'hr-manager': 2, 'hr-generalist': 8 } });
    const end = result.timeline[result.timeline.length - 1]!.hrFte;
    expect(timelineHires(result)).toBeCloseTo(Math.max(0, end - 11), 9);
    const surplusWarnings = result.warnings.filter((warning) => /larger than this plan needs|this plan needs/.test(warning));
    expect(surplusWarnings.length).toBeLessThanOrEqual(1); // before: "hire 6" and three surplus warnings
    if (result.surplus > 0) expect(timelineHires(result)).toBe(0);
    const small = plan({ employees: 300, growthPct: 0, existingTeam: { 'senior-hr-generalist': 1 } });
    expect(small.surplus).toBe(0);
    // The company's one senior generalist is promoted into the HR manager post it needs, and named so.
    expect(small.team.find((member) => member.role === 'hr-manager')!.reason).toMatch(/^Promoted from your existing Senior HR Generalist staff instead of a new hire/);
    // With a manager of its own, a senior generalist covers a generalist need: the family counts, not only the exact slug.
    const withManager = plan({ employees: 300, growthPct: 0, existingTeam: { 'senior-hr-generalist': 1, 'hr-manager': 1 } });
    expect(withManager.team.find((member) => member.role === 'senior-hr-generalist')!.reason).toMatch(/covers the plan's HR Generalist need/);
  });

  it('an HR manager the plan has no lead post for heads the team, and the generalist it frees moves into a specialist need', () => {
    const existingTeam = { 'hr-manager': 1, 'hr-generalist': 2, 'hr-coordinator': 1 };
    const result = plan({ employees: 150, growthPct: 10, industry: 'healthcare', existingTeam });
    // Before: a generalist took the senior generalist's post and the manager was left over; the
    // plan then read "assistant-manager layer" over a team with no assistant manager in it.
    if (result.structure === 'assistant-manager') expect(fteOf(result, 'hr-assistant-manager')).toBeGreaterThan(0);
    const hybrid = planFor(profile({ employees: 150, growthPct: 10, industry: 'healthcare', existingTeam }), 'hybrid', catalog, { full: false });
    expect(hybrid.team.find((member) => member.role === 'hr-manager')!.reason).toMatch(/covers the plan's Senior HR Generalist need/);
    // Safety-critical work keeps its owner: a generalist moves into it, no one is hired.
    expect(hybrid.coverage.compliance).toBe('deep');
    expect(hybrid.team.find((member) => member.area === 'compliance')!.reason).toMatch(/^Moved from your existing HR Generalist staff/);
    // Leads keep the plan's lead posts first: a VP of HR covers the HR manager's post, and no second
    // head of HR is hired under them (review 20 caught an interim ordering that did exactly that).
    const vp = plan({ employees: 300, growthPct: 15, industry: 'technology', existingTeam: { recruiter: 4, 'vp-of-hr': 1 } });
    expect(vp.team.find((member) => member.role === 'vp-of-hr')!.reason).toMatch(/covers the plan's HR Manager need/);
    expect(vp.team.filter((member) => member.family === 'management').map((member) => member.role)).toEqual(['vp-of-hr']);
  });

  it('existing HR managers lead the functional teams before a new lead is hired, and the words say where the rest go', () => {
    const result = plan({ employees: 1500, growthPct: 10, industry: 'healthcare', existingTeam: { 'hr-director': 1, 'hr-manager': 3, 'hr-generalist': 10 } });
    // Before: a Talent Acquisition Manager hired at month 0 beside two HR managers "above what the plan needs".
    const hired = result.timeline.flatMap((month) => month.hires.map((hire) => hire.role));
    expect(hired).not.toContain('talent-acquisition-manager');
    const managers = result.team.find((member) => member.role === 'hr-manager')!;
    // The third works as a senior generalist, ahead of the generalists, who move into specialist needs
    // (before: "counted toward the plan's other needs"; then, briefly, moved into analyst work).
    expect(managers.reason).toMatch(/covers the plan's HR Manager, Talent Acquisition Manager and HR Generalist needs/);
    expect(result.team.map((member) => member.reason).join(' ')).not.toMatch(/Taken on by your existing HR Manager/);
    // The manager who covers the recruiting team's lead post is the recruiters' boss (before: the director's, by default).
    expect(result.team.find((member) => member.role === 'recruiter')!.reportsTo).toBe('hr-manager');
    // The company's team is smaller than the need: nobody is "above what the plan needs".
    expect(result.surplus).toBe(0);
    expect(result.team.map((member) => member.reason).join(' ')).not.toMatch(/above what the plan needs/);
    // A generalist moved into part of a need says how much of it.
    for (const member of result.team.filter((entry) => entry.reason.startsWith('Moved from'))) {
      const named = /\((\S+) of the (\S+) FTE the plan has here\)/.exec(member.reason);
      if (named) expect(Number(named[1])).toBe(member.fte);
    }
  });

  it("a small company's first hire stays one person: a role's first half is not rounded up", () => {
    // Review 21: rounding each new role up made the first hire at 21 employees a whole generalist and a whole recruiter.
    const result = plan({ employees: 13, growthPct: 150 });
    const first = result.timeline.find((month) => month.hires.length > 0)!;
    expect(first.hires.reduce((sum, hire) => sum + hire.fte, 0)).toBe(1);
  });

  it('a shrinking company is not given a management layer it would cut within the year', () => {
    // Review 21: at 401-500 employees shrinking 20%, an assistant-manager layer built at month 0 was cut at month 12.
    for (const employees of [401, 450, 500]) {
      const result = plan({ employees, growthPct: -20, industry: 'nonprofit', states: 3, remotePct: 24 });
      expect(result.structure).not.toBe('assistant-manager');
      expect(result.timeline.flatMap((month) => month.departures).map((step) => step.role)).not.toContain('hr-assistant-manager');
    }
  });

  it("month 0 hires what the team table says, role by role, beside the existing staff", () => {
    // Review 21: the table said 1 generalist and 2 recruiters to hire; month 0 hired 3 recruiters and
    // no generalist (a senior generalist of today's team was counted against the end team's generalists).
    const inputs: ProfileInput[] = [
      { employees: 600, industry: 'technology', growthPct: 20, existingTeam: { 'hr-manager': 2, 'hr-generalist': 3, recruiter: 2 } },
      { employees: 601, growthPct: 40, existingTeam: { 'hr-generalist': 1 } },
    ];
    for (const input of inputs) {
      const result = plan(input);
      const toHire = new Map<string, number>();
      for (const member of result.team) if (member.fte - (member.fromExisting ?? 0) > 1e-9) toHire.set(member.role, (toHire.get(member.role) ?? 0) + member.fte - (member.fromExisting ?? 0));
      const hired = new Map<string, number>();
      for (const hire of result.timeline[0]!.hires) hired.set(hire.role, (hired.get(hire.role) ?? 0) + hire.fte);
      expect([...hired].sort(), JSON.stringify(input)).toEqual([...toHire].sort());
    }
  });

  it('a practitioner the role needs whole within the year is hired whole, not in half-time pieces, and explained by the first month that needs it', () => {
    const result = plan({ employees: 150, growthPct: 40, industry: 'technology' });
    const generalists = result.timeline.flatMap((month) => month.hires.filter((hire) => hire.role === 'hr-generalist').map((hire) => [month.month, hire.fte]));
    // Review 20 #2 (case B) had half a generalist at months 0, 6, 14 and 22; the whole person the
    // role needs by month 24 is hired at month 19.
    expect(generalists).toEqual([
      [0, 1.5],
      [7, 0.5],
      [19, 1],
    ]);
    expect(result.timeline[19]!.hires.find((entry) => entry.role === 'hr-generalist')!.reason).toMatch(/^At 256 employees \(month 19\), for the team of month 24 \(294 employees\)/);
    // Review 26 M2: practitioners were explained by the team 12 months ahead ("At 31 employees (month
    // 2), for the team of month 14"), whichever month first needed them. A lead is explained by the
    // team it is hired to build (the end team), though hired the month the need first has it.
    const fast = plan({ employees: 25, industry: 'technology', growthPct: 300 });
    const leads = new Set(['hr-manager', 'hr-director', 'vp-of-hr', 'talent-acquisition-manager']);
    for (const month of fast.timeline) {
      for (const hire of month.hires) {
        const ahead = /for the team of month (\d+)/.exec(hire.reason);
        if (ahead && !leads.has(hire.role)) expect(Number(ahead[1]) - month.month, `${hire.role} at month ${month.month}`).toBeLessThanOrEqual(teamShape.wholeHireWithinMonths.value);
      }
    }
  });

  it('where the hires cannot fill every open need, a high-priority function comes first', () => {
    const existingTeam = { 'hr-manager': 1, 'hr-generalist': 2, 'hr-coordinator': 1 };
    const result = planFor(profile({ employees: 300, growthPct: 10, industry: 'healthcare', existingTeam }), 'hybrid', catalog, { full: false });
    // Half an FTE to hire, a recruiter and a safety specialist open: before, the larger open need
    // (the recruiter) took it and a safety-critical employer was left with no one owning safety.
    expect(result.workload.priorities.compliance).toBe('high');
    expect(result.coverage.compliance).toBe('deep');
    expect(fteOf(result, 'hr-compliance-and-safety-specialist')).toBe(0.5);
  });

  it('a team above the need moves a generalist into a specialist need instead of hiring one', () => {
    const result = plan({ employees: 500, growthPct: 0, existingTeam: { 'hr-director': 1, 'hr-manager': 2, 'hr-generalist': 8 } });
    // Before: a specialist team that hired 1.5 recruiters and 0.5 employee relations specialist, 13 FTE.
    expect(timelineHires(result)).toBe(0);
    expect(result.hrFte).toBe(11);
    const recruiter = result.team.find((member) => member.area === 'recruiting')!;
    expect(recruiter.fromExisting).toBe(recruiter.fte);
    expect(recruiter.reason).toMatch(/^Moved from your existing HR Generalist staff instead of a new hire\./);
    expect(fteOf(result, 'hr-generalist') + recruiter.fte).toBe(8);
    expect(result.coverage.recruiting).toBe('deep');
  });
});

describe('5b. an existing team, in words that match the numbers', () => {
  it('an HR manager the plan has no lead post for works as its senior generalist, not as surplus', () => {
    const result = plan({ employees: 150, existingTeam: { 'hr-manager': 1, 'hr-generalist': 1 } });
    const manager = result.team.find((member) => member.role === 'hr-manager')!;
    // The need's head at this size is a senior generalist: an HR manager already there fills it.
    expect(manager.reason).toMatch(/covers the plan's Senior HR Generalist need/);
    expect(manager.reportsTo).toBeNull();
  });

  it('a role topped up with hires says how much of it is already there', () => {
    const result = plan({ employees: 300, existingTeam: { 'hr-manager': 1, 'hr-generalist': 2 } });
    const generalists = result.team.find((member) => member.role === 'hr-generalist')!;
    expect(generalists.fte).toBe(2.5);
    expect(generalists.reason).toMatch(/^2 FTE already on your team and 0.5 FTE to hire\./);
  });

  it('the head of a 300-person company is an HR manager, whatever the size of the team', () => {
    expect(heads(plan({ employees: 300 }))[0]!.role).toBe('hr-manager');
  });
});

describe('8b. more work in one area does not strip an unrelated one', () => {
  it('a compliance specialist added for more states takes its work off the generalists, not staff off the recruiter', () => {
    const one = plan({ employees: 250, states: 1 });
    const twelve = plan({ employees: 250, states: 12 });
    const fteOf = (result: Plan, role: string) => result.team.filter((member) => member.role === role).reduce((sum, member) => sum + member.fte, 0);
    expect(twelve.workload.loads.recruiting).toBeCloseTo(one.workload.loads.recruiting, 9);
    expect(fteOf(twelve, 'hr-compliance-specialist')).toBeGreaterThan(0);
    // Before: the recruiter fell from 1 to 0.5 FTE while its work stayed the same.
    expect(fteOf(twelve, 'recruiter')).toBe(fteOf(one, 'recruiter'));
    expect(fteOf(twelve, 'hr-generalist')).toBeLessThan(fteOf(one, 'hr-generalist'));
  });
});

describe('3e. a change of structure within the horizon replaces roles, it does not stack them', () => {
  it('the team at the horizon is no larger than the larger of today\'s team and the team the end headcount needs', () => {
    for (const input of [{ employees: 300, industry: 'healthcare' }, { employees: 100, growthPct: 100 }, { employees: 199 }] satisfies ProfileInput[]) {
      const result = plan(input);
      const last = result.timeline[result.timeline.length - 1]!;
      const atEnd = plan({ ...input, employees: last.employees });
      // Before: 300 healthcare ended with 7 FTE (today's generalists kept and a full assistant-manager layer added) against 5.5.
      expect(last.hrFte, JSON.stringify(input)).toBeLessThanOrEqual(Math.max(atEnd.hrFte, result.hrFte));
    }
    // A senior generalist heading a small team grows into the HR manager post a larger team has:
    // before, at 160 employees a manager was hired on top at month 2.
    const growing = plan({ employees: 160 });
    expect(growing.team.find((member) => member.reportsTo === null)!.role).toBe('senior-hr-generalist');
    expect(growing.timeline.flatMap((month) => month.hires).some((hire) => hire.role === 'hr-manager')).toBe(false);
    // A growing company's head is titled for its size a year on: 199 employees gets the HR manager
    // that 200 gets, not a senior generalist replaced by a manager a month later.
    expect(plan({ employees: 199 }).team.find((member) => member.reportsTo === null)!.role).toBe('hr-manager');
    expect(plan({ employees: 199 }).timeline.at(-1)!.hrFte).toBe(plan({ employees: 200 }).timeline.at(-1)!.hrFte);
    const healthcare = plan({ employees: 300, industry: 'healthcare' });
    expect(healthcare.timeline[healthcare.timeline.length - 1]!.hrFte).toBeLessThanOrEqual(6);
  });
});

describe('3g. one head of HR over the horizon', () => {
  it('a head hired today whose title the end team no longer has grows into its head post, named, instead of a new head hired over them', () => {
    // Before: "month 6: 1 VP of HR / CHRO" over the director hired at month 0, at 2% growth.
    const nonprofit = plan({ employees: 3546, growthPct: 2, industry: 'nonprofit', states: 5, federalContractor: true, automation: 'none' });
    expect(nonprofit.team.find((member) => member.reportsTo === null)!.role).toBe('hr-director');
    const later = nonprofit.timeline.slice(1).flatMap((month) => month.hires);
    expect(later.filter((hire) => hire.role === 'vp-of-hr' || hire.role === 'hr-director')).toEqual([]);
    expect(nonprofit.laterMoves).toEqual([expect.stringMatching(/^Month \d+: the HR Director hired now grows into the VP of HR \/ CHRO post as the team grows/)]);
    // Before: "month 2: 1 HR Manager" over the supervisor hired at month 0.
    const tech = plan({ employees: 150, industry: 'technology', growthPct: 30, states: 25, remotePct: 90 });
    expect(tech.team.find((member) => member.reportsTo === null)!.role).toBe('hr-supervisor');
    expect(tech.timeline.flatMap((month) => month.hires).filter((hire) => hire.role === 'hr-manager')).toEqual([]);
    expect(tech.laterMoves.join(' ')).toMatch(/the HR Supervisor hired now grows into the HR Manager post/);
  });
});

describe('3i. the horizon team is the team for that size (review 26 H5)', () => {
  const recruitersBy = (result: Plan, month: number) =>
    fteOf(result, 'recruiter') + result.timeline.filter((entry) => entry.month > 0 && entry.month <= month).flatMap((entry) => entry.hires).filter((hire) => hire.role === 'recruiter').reduce((sum, hire) => sum + hire.fte, 0);
  it('an assistant manager whose layer the larger team drops moves into generalist work, named, and the recruiters the growth needs are hired', () => {
    // Before: the month-24 team kept the assistant manager and the coordinators beside a hybrid
    // team's director, with 2 recruiters where the plan for 763 employees has 4.
    const input = { employees: 363, growthPct: 25, industry: 'manufacturing', states: 5 } as const;
    const growing = plan(input);
    expect(growing.structure).toBe('assistant-manager');
    expect(growing.laterMoves).toContainEqual(
      expect.stringMatching(/^Month \d+: the HR Assistant Manager hired now moves into an HR Generalist post once the plan becomes a hybrid team, when the team has no assistant-manager layer: the post they leave is not refilled\.$/),
    );
    const end = growing.timeline[growing.timeline.length - 1]!;
    const atEnd = plan({ ...input, employees: end.employees });
    expect(recruitersBy(growing, end.month)).toBeGreaterThanOrEqual(fteOf(atEnd, 'recruiter') - 0.5);
  });
  it('today\u2019s generalists beyond the larger team\u2019s need do not stand in for its recruiters, and a second line manager takes the recruiting lead post', () => {
    // Before: 4 recruiters at month 24 where the plan for 800 employees has 5.5 (a generalist kept
    // from today was counted against them).
    const services = plan({ employees: 661, growthPct: 10, industry: 'professional-services', states: 3 });
    expect(recruitersBy(services, 24)).toBeGreaterThanOrEqual(5.5);
    // Before: two HR managers kept and a talent acquisition manager hired over the recruiters at month 13.
    const healthcare = plan({ employees: 862, growthPct: 17, industry: 'healthcare', states: 5 });
    expect(healthcare.timeline.flatMap((month) => month.hires).filter((hire) => hire.role === 'talent-acquisition-manager')).toEqual([]);
    expect(healthcare.laterMoves).toEqual([expect.stringMatching(/^Month \d+: one of the HR Managers hired now moves into a Talent Acquisition Manager post as the team grows, when the team needs only one HR Manager/)]);
  });
});

describe('3h. titles a company grows into', () => {
  it("a growing company's head is titled for its size a year on, at most twice today's headcount", () => {
    // Before: a VP of HR / CHRO at 150 employees growing 300% ("hired ahead of the growth to about 56.5 FTE").
    const fast = plan({ employees: 150, industry: 'technology', growthPct: 300, states: 10, remotePct: 60 });
    const head = fast.team.find((member) => member.reportsTo === null)!;
    expect(head.role).toBe('hr-director');
    expect(head.reason).toMatch(/hired ahead of the growth to about [\d.]+ FTE/);
    // A year ahead still titles a company that grows less than twofold: 199 employees growing 10% gets the HR manager of 200.
    expect(plan({ employees: 199 }).team.find((member) => member.reportsTo === null)!.role).toBe('hr-manager');
  });
});

describe('3f. a timeline through more than one change of structure', () => {
  it('follows each structure the company passes through, and its first HR hire is a generalist, not recruiters for the end team', () => {
    const input: ProfileInput = { employees: 9, growthPct: 281.7, industry: 'other', states: 22, countries: 6, unionized: true, automation: 'none', outsource: ['learning'], horizonMonths: 36 };
    const result = plan(input);
    const end = result.timeline.at(-1)!.employees;
    // Generalist today (no staff yet), hybrid from 20 employees, specialist at the horizon's end.
    expect(result.thresholds.filter((threshold) => threshold.employees > input.employees && threshold.employees <= end).length).toBeGreaterThanOrEqual(2);
    const first = result.timeline.find((month) => month.hires.length > 0)!;
    // Before: "month 7: 1.5 Recruiter (20 employees)" and no generalist in 36 months, as every
    // month built toward the specialist team of month 36.
    expect(first.hires.map((hire) => hire.role)).toContain('hr-generalist');
    expect(result.timeline.flatMap((month) => month.hires).filter((hire) => hire.role === 'hr-generalist').reduce((sum, hire) => sum + hire.fte, 0)).toBeGreaterThanOrEqual(2);
  });

  it('a structure recommended for a month or two between two others is passed over, not hired for', () => {
    const input: ProfileInput = { employees: 55, growthPct: 103, attritionPct: 76, industry: 'retail', states: 4, remotePct: 8, unionized: true, federalContractor: true, priorities: { 'employee-relations': 'low', engagement: 'high', compensation: 'high' }, horizonMonths: 36 };
    const result = plan(input);
    // The pick flips to the assistant-manager layer at 240, back to hybrid at 248, and to the layer again at 267.
    const flips = result.thresholds.filter((threshold) => threshold.employees >= 240 && threshold.employees <= 267).map((threshold) => threshold.structure);
    expect(flips).toEqual(['assistant-manager', 'hybrid', 'assistant-manager']);
    const month = (employees: number) => result.timeline.find((entry) => entry.employees >= employees)!;
    // The hybrid blip is passed over: the layer is built once, from the month the pick settles on it.
    const layerHires = result.timeline.flatMap((entry) => entry.hires.filter((hire) => hire.role === 'hr-assistant-manager').map(() => entry.month));
    expect(layerHires).toEqual([month(267).month]);
  });
});

describe('8e. the assistant-manager layer\'s leads', () => {
  it('line managers are counted for the staff the assistant manager does not supervise', () => {
    // Planned as itself: at 60% growth the company outgrows the layer within the year, so it is not the recommendation.
    const result = planFor(profile({ employees: 470, growthPct: 60, industry: 'healthcare' }), 'assistant-manager', catalog);
    const leads = result.team.filter((member) => member.area === 'management').reduce((sum, member) => sum + member.fte, 0);
    // Before: a director, two HR managers ("about 2.3 direct reports each") and an assistant manager over 6.5 FTE of staff.
    expect(leads).toBeLessThanOrEqual(2);
    expect(result.hrFte).toBe(10.5);
  });
});

describe('8d. a timeline that leaves the assistant-manager layer', () => {
  it('a layer the company outgrows within the year is not hired: the plan is the structure it grows into, and says why (review 27 H2)', () => {
    // Before: an HR Manager and an Assistant Manager hired today, the layer taken apart at month 7
    // when the company passes 500 employees, and a director hired over the manager.
    const result = plan({ employees: 440, growthPct: 25, industry: 'manufacturing', states: 2 });
    expect(result.scores['assistant-manager']).toBeGreaterThan(result.scores.hybrid);
    expect(result.structure).toBe('hybrid');
    expect(result.passedOver).toMatchObject({ structure: 'assistant-manager', month: 7, employees: 501 });
    expect(result.passedOver!.reason).toBe(
      'An assistant-manager layer scores highest at 440 employees (99 of 100 against 95), but at 25% growth the company reaches 501 employees in month 7, where a hybrid team is recommended: Roleplan recommends a hybrid team now, so the HR team is not built one way and rebuilt within 12 months.',
    );
    const hires = result.timeline.flatMap((month) => month.hires).map((hire) => hire.role);
    expect(hires).not.toContain('hr-assistant-manager');
    expect(hires).not.toContain('hr-director');
    // A layer that lasts the year is still recommended: at 363 employees growing 25% the company passes 500 in month 18.
    const lasting = plan({ employees: 363, growthPct: 25, industry: 'manufacturing', states: 5 });
    expect(lasting.structure).toBe('assistant-manager');
    expect(lasting.passedOver).toBeNull();
    // A shrinking or steady company is never passed over to a structure it is not growing into.
    expect(plan({ employees: 440, growthPct: 0, industry: 'manufacturing', states: 2 }).passedOver).toBeNull();
  });
});

describe('8c. hiring compounded over the horizon', () => {
  it('a team carried above the band by growth planned all the way says so', () => {
    const fast = plan({ employees: 300, growthPct: 150, industry: 'technology' });
    // Before: 92.5 HR staff for 1,875 employees at month 24 with no word about it.
    expect(fast.warnings.some((text) => /^By month 24 the team is [\d.]+ HR staff per 100 of 1,875 employees, above the typical/.test(text))).toBe(true);
    expect(plan({ employees: 500 }).warnings.some((text) => text.startsWith('By month'))).toBe(false);
  });

  it('the warning names growth as the cause only when growth is above the usual, and not at all when nothing is hired', () => {
    const fast = plan({ employees: 300, growthPct: 150, industry: 'technology' });
    expect(fast.warnings.find((text) => text.startsWith('By month'))).toMatch(/hiring is planned at 150% growth a year/);
    // Before: "because hiring is planned at 10% growth" for a retailer whose turnover, not the usual 10% growth, carries it there.
    const churn = plan({ employees: 800, industry: 'retail', attritionPct: 90 });
    const churnWarning = churn.warnings.find((text) => text.startsWith('By month'));
    expect(churnWarning).toMatch(/keep pace with this company's own workload/);
    expect(churnWarning).not.toMatch(/growth a year/);
    // Growth above the usual but turnover bringing most of the hires: turnover, not growth, is the cause.
    expect(plan({ employees: 1000, growthPct: 12, attritionPct: 95 }).warnings.find((text) => text.startsWith('By month'))).not.toMatch(/growth a year/);
    // An existing team above the need, with nothing hired: today's band warning and the surplus say it.
    const surplus = plan({ employees: 30, existingTeam: { 'hr-manager': 2, recruiter: 3 } });
    expect(surplus.warnings.some((text) => text.startsWith('By month'))).toBe(false);
    expect(surplus.warnings.some((text) => /^Your 5 FTE of HR staff came before the company's first-HR-hire point of \d+ employees: they carry work the founder and providers would otherwise/.test(text))).toBe(true);
  });

  it('the safety rule is named for safety-critical work, not for manufacturing, in a hospital or a store', () => {
    for (const industry of ['healthcare', 'retail'] as const) {
      const titles = plan({ employees: 300, industry }).explanation.map((entry) => entry.title);
      expect(titles.join(' | ')).not.toMatch(/Manufacturing/);
      expect(titles).toContain('Safety-critical work needs safety and compliance depth');
    }
  });
});

describe('1b. turnover by industry', () => {
  it("hospitality's default turnover is its own sector's JOLTS rate, cited with its (weak) strength", () => {
    const hotel = plan({ employees: 300, industry: 'hospitality' });
    // Before: the all-industries 26%, half the sector's rate.
    expect(hotel.workload.attritionPct).toBe(48);
    const workload = hotel.explanation.find((entry) => entry.id === 'workload')!;
    expect(workload.sources).toContain('bls-jolts-2008');
    expect(plan({ employees: 300, industry: 'hospitality', attritionPct: 30 }).explanation.find((entry) => entry.id === 'workload')!.sources).not.toContain('bls-jolts-2008');
    expect(plan({ employees: 300, industry: 'hospitality' }).workload.hiresPerYear).toBeGreaterThan(plan({ employees: 300 }).workload.hiresPerYear * 1.5);
  });
});

describe('6b. a provider is used only where it costs no more than staff', () => {
  const inHouseShare = (result: Plan) => result.coverage.recruiting;

  it('outsourced recruiting at several times the cost of recruiters is declined, with both figures', () => {
    const willing = plan({ employees: 500, outsource: ['recruiting'] });
    const row = outsourcingComparison(profile({ employees: 500, outsource: ['recruiting'] }), catalog).find((candidate) => candidate.id === 'recruiting')!;
    expect(row.outsourced.mid).toBeGreaterThan(row.inHouse.mid * 2);
    // Before: the plan dropped its recruiters for a provider at about 3.5 times their cost.
    expect(inHouseShare(willing)).not.toBe('outsourced');
    expect(willing.cost.outsourced.mid).toBe(0);
    const own = plan({ employees: 500 });
    expect(willing.hrFte).toBe(own.hrFte);
    expect(willing.structure).toBe(own.structure);
    const warning = willing.warnings.find((text) => text.startsWith('Kept in-house: you are willing to outsource recruiting'))!;
    expect(warning).toContain(`$${formatNumber(row.outsourced.mid)} a year`);
    expect(warning).toContain(`$${formatNumber(row.inHouse.mid)} for your own staff`);
    expect(own.warnings.some((text) => text.includes('times as much'))).toBe(false);
  });

  it('a PEO beside an HR team of its own is declined; before the first hire it is the plan', () => {
    const withTeam = plan({ employees: 150, outsource: ['peo'] });
    expect(withTeam.hrFte).toBe(plan({ employees: 150 }).hrFte);
    expect(withTeam.coverage.payroll).not.toBe('outsourced');
    expect(withTeam.warnings.some((text) => text.startsWith('Kept in-house: you are willing to use a PEO'))).toBe(true);
    const small = plan({ employees: 15, outsource: ['peo'] });
    expect(small.coverage.payroll).toBe('outsourced');
    expect(small.warnings.some((text) => text.includes('times as much'))).toBe(false);
  });

  it('a provider chosen before the first hire is weighed against the staff the horizon brings, so it is not locked in', () => {
    // Before: at 45 employees a chosen PEO stayed after the first hire, about $72k a year in year 2,
    // while the same engine declined that PEO at 54 employees as 3.4 times the cost of staff.
    const willing = plan({ employees: 45, outsource: ['peo'] });
    const own = plan({ employees: 45 });
    expect(willing.spend.map((year) => year.outsourced.mid)).toEqual(own.spend.map((year) => year.outsourced.mid));
    expect(willing.spend[1]!.outsourced.mid).toBe(0);
    expect(willing.warnings.some((text) => /^Kept in-house: you are willing to use a PEO, but once the plan has HR staff \(by month 24, at [\d,]+ employees\)/.test(text))).toBe(true);
    // A company that never reaches a first hire within the horizon keeps its providers.
    const small = plan({ employees: 15, growthPct: 0, outsource: ['peo'] });
    expect(small.coverage.payroll).toBe('outsourced');
    expect(small.warnings.some((text) => text.startsWith('Kept in-house'))).toBe(false);
  });

  it('a provider with no sourced price is used as chosen, and the plan says its cost is left out', () => {
    const result = plan({ employees: 500, outsource: ['payroll'] });
    expect(result.coverage.payroll).toBe('outsourced');
    expect(result.warnings).toContain('No sourced price for payroll provider: the costs here leave it out, so add your quote.');
  });

  it('a cheaper provider is used: benefits administration at 500 employees', () => {
    const row = outsourcingComparison(profile({ employees: 500 }), catalog).find((candidate) => candidate.id === 'benefits-administration')!;
    expect(row.outsourced.mid).toBeLessThanOrEqual(row.inHouse.mid);
    const willing = plan({ employees: 500, outsource: ['benefits'] });
    expect(willing.coverage.benefits).toBe('outsourced');
    expect(willing.cost.outsourced.mid).toBeGreaterThan(0);
    expect(willing.warnings.some((text) => text.startsWith('Kept in-house'))).toBe(false);
  });

  it('the compare page and the CLI show the same declined provider as the planner', () => {
    const all = planAll(profile({ employees: 500, outsource: ['recruiting'] }), catalog);
    for (const each of Object.values(all)) expect(each.coverage.recruiting).not.toBe('outsourced');
  });
});

describe('11c. a state or local government', () => {
  it('files EEO-4 instead of EEO-1, is outside WARN, and has FMLA and the ADEA from its first employee', () => {
    const county = plan({ employees: 250, industry: 'public-sector' });
    const ids = county.obligations.filter((obligation) => obligation.jurisdiction === 'US').map((obligation) => obligation.id);
    // Before: EEO-1 and WARN listed for a government employer, FMLA only from 50 and the ADEA from 20.
    expect(ids).toContain('eeo-4');
    expect(ids).not.toContain('eeo-1');
    expect(ids).not.toContain('warn-act');
    const small = plan({ employees: 30, industry: 'public-sector' }).obligations;
    expect(small.find((obligation) => obligation.id === 'fmla')).toMatchObject({ threshold: 1, month: null, source: 'cfr-825-108' });
    expect(small.find((obligation) => obligation.id === 'adea')).toMatchObject({ threshold: 1, source: 'scotus-mount-lemmon' });
    // Private employers are unchanged.
    const firm = plan({ employees: 250 }).obligations.map((obligation) => obligation.id);
    expect(firm).toContain('eeo-1');
    expect(firm).toContain('warn-act');
    expect(firm).not.toContain('eeo-4');
    expect(plan({ employees: 30 }).obligations.some((obligation) => obligation.id === 'fmla' && obligation.month === null)).toBe(false);
    const shrinking = plan({ employees: 250, industry: 'public-sector', growthPct: -40 });
    expect(shrinking.warnings.join(' ')).toMatch(/outside the federal WARN Act/);
  });
});

describe('11b. what the obligations do not cover', () => {
  it('a company in several countries is told its obligations are US law only', () => {
    const abroad = plan({ employees: 200, countries: 5 });
    expect(abroad.warnings.some((text) => /US federal and state law only/.test(text) && /employer of record/.test(text))).toBe(true);
    expect(plan({ employees: 200 }).warnings.some((text) => /US federal and state law only/.test(text))).toBe(false);
  });
});

describe('6c. a budget alternative that says what it covers and what the money could still buy', () => {
  it('below the first hire it counts only the work providers take, and never claims to cover everything', () => {
    // Before: "covering all of this company's HR work" beside ten gaps and $0 of staff.
    const small = plan({ employees: 45, budget: 40_000, outsource: ['peo'] });
    expect(small.budget.alternativeCovers!).toBeLessThan(0.5);
    expect(small.budget.alternative!.headline).not.toMatch(/covering all/);
    // The PEO the company chose does not fit at the mid-range price: it is priced at the low end of
    // quotes, and says so, rather than leave payroll to nobody (review 26 H1).
    expect(small.budget.alternative!.warnings).toContain(
      'Prices the PEO at the low end of quotes (about $21,600 a year for 45 employees, against $62,775 at the mid-range price the plan uses): at the mid-range price it does not fit, so ask several PEOs to quote.',
    );
    expect(small.budget.alternative!.coverage.payroll).toBe('outsourced');
    expect(small.budget.alternative!.outsourcing.find((item) => item.option === 'peo')).toMatchObject({ cost: { low: 21_600, mid: 21_600, high: 21_600 }, quotedAt: 'low' });
  });

  it('a budget team of more than one person at a company that needs an HR manager has one at its head; a provider is suggested only beside one', () => {
    // Before (review 26 H1): at 800 employees on $300k, "1 HR Generalist, 0.5 Recruiter, 0.5 HR
    // Compliance and Safety Specialist, 0.5 Employee Relations Specialist", the generalist heading HR.
    const healthcare = plan({ employees: 800, industry: 'healthcare', budget: 300_000 }).budget.alternative!;
    expect(healthcare.team.find((member) => member.reportsTo === null)!.role).toBe('hr-manager');
    expect(healthcare.cost.loaded.mid + healthcare.cost.outsourced.mid).toBeLessThanOrEqual(300_000);
    // Before: "0.5 HR Generalist, loaded $51,822 plus $422,688 of provider fees" for 4,403 employees.
    const large = plan({ employees: 4403, growthPct: -13, industry: 'technology', states: 25, automation: 'none', budget: 500_000 }).budget.alternative!;
    expect(large.team.find((member) => member.reportsTo === null)!.role).toBe('hr-manager');
    expect(large.cost.outsourced.mid).toBeLessThan(large.cost.loaded.mid);
    expect(large.hrFte).toBeGreaterThanOrEqual(3);
    // A one-person budget team is that person, with no lead over them.
    expect(plan({ employees: 500, budget: 120_000 }).budget.alternative!.team.map((member) => member.role)).toEqual(['hr-generalist']);
  });

  it('a large company\'s alternative leaves the rest to its leaders, and its note names the recommended plan\'s FTE beside the work\'s', () => {
    const result = plan({ employees: 2000, budget: 400_000 });
    const alternative = result.budget.alternative!;
    // Before: "the rest falls to the founder" at 2,000 employees, and "3.5 of the 21 FTE the workload needs" beside "the recommended plan has 24.5 FTE".
    expect(alternative.headline).not.toMatch(/founder/);
    expect(alternative.headline).toMatch(/line managers and leadership/);
    expect(alternative.warnings[0]).toContain(`the recommended plan staffs that work with ${formatNumber(result.hrFte, 1)} FTE`);
    expect(plan({ employees: 60, budget: 30_000 }).budget.alternative!.headline).toMatch(/the founder and line managers/);
  });

  it('an alternative with nobody and no provider says so, and warns of no single HR person', () => {
    const alternative = plan({ employees: 60, budget: 20_000 }).budget.alternative!;
    expect(alternative.hrFte).toBe(0);
    // Before: "no in-house HR staff, with providers" with no provider, and "One person runs HR" with nobody.
    expect(alternative.headline).toMatch(/no in-house HR staff and no provider/);
    expect(alternative.warnings.some((text) => text.startsWith('One person runs HR'))).toBe(false);
  });

  it('a PEO the budget buys only at the low end of quotes is bought there, not left out with payroll uncovered (review 26 H1)', () => {
    // Before: "Within budget instead: no in-house staff, loaded $0" and "Stays uncovered: … payroll"
    // beside a $40,000 budget that a PEO quoted below the mid-range price fits.
    const result = plan({ employees: 30, industry: 'finance', growthPct: 10, budget: 40_000 });
    const alternative = result.budget.alternative!;
    expect(alternative.coverage.payroll).toBe('outsourced');
    expect(alternative.cost.loaded.mid + alternative.cost.outsourced.mid).toBeLessThanOrEqual(40_000);
    expect(alternative.warnings).toContainEqual(expect.stringMatching(/^Prices the PEO at the low end of quotes \(about \$14,400 a year for 30 employees/));
    expect(alternative.warnings.join(' ')).not.toMatch(/Payroll cannot wait/);
    // Below the low end of quotes, no such room is claimed.
    const tight = plan({ employees: 60, budget: 20_000 }).budget.alternative!.warnings;
    expect(tight.join(' ')).toMatch(/Payroll cannot wait/);
    expect(tight.join(' ')).not.toMatch(/leaves room/);
  });

  it('money left unspent is offered as a larger team at low-end pay; only priced providers are suggested', () => {
    const result = plan({ employees: 150, budget: 90_000 });
    expect(result.budget.alternative!.hrFte).toBe(0.5);
    expect(result.budget.alternative!.warnings).toContain('At pay nearer the low end of each salary range, 1 FTE would fit instead ($74,264 a year, fees included).');
    const large = plan({ employees: 500, budget: 300_000 }).budget.alternative!;
    // Before: "Outsources benefits, executive-search, which costs less than staffing it": executive search has no price.
    expect(large.warnings.join(' ')).not.toMatch(/executive/i);
    expect(large.warnings.some((text) => text.startsWith('Suggests outsourcing benefits administration, which you have not chosen'))).toBe(true);
  });
});

describe('6. a budget that really fits', () => {
  it('builds the alternative on the HR team the company has, and says so when that team alone is over the budget', () => {
    // Before (review 24 M5): "Within budget instead: 1.5 HR Generalist, 0.5 Recruiter" while the
    // existing HR manager and recruiter alone cost $237,267 against a $200,000 budget.
    const existingTeam = { 'hr-manager': 1, recruiter: 1 };
    const over = plan({ employees: 300, industry: 'technology', growthPct: 30, existingTeam, budget: 200_000 });
    expect(over.budget.alternative).toBeNull();
    expect(over.budget.note).toMatch(/^Your current HR team alone costs about \$237,267 a year, fully loaded, above your budget of \$200,000: no hire fits it\./);
    // Before (review 25 N6): "see the budget-fitting alternative" beside the note that there is none.
    expect(over.warnings.join(' ')).not.toMatch(/budget-fitting alternative/);
    expect(over.warnings).toContainEqual(expect.stringMatching(/^Over budget by \$[\d,]+ a year at mid-range pay, provider fees included; your current HR team alone is over it/));
    const room = plan({ employees: 300, industry: 'technology', growthPct: 30, existingTeam, budget: 240_000 });
    const alternative = room.budget.alternative!;
    expect(alternative.team.reduce((sum, member) => sum + (member.fromExisting ?? 0), 0)).toBe(2);
    expect(alternative.cost.loaded.mid + alternative.cost.outsourced.mid).toBeLessThanOrEqual(240_000);
    expect(room.budget.note).toBeNull();
    // Its low-pay step counts the same people: never cheaper than the alternative it would grow.
    const step = alternative.warnings.find((warning) => warning.startsWith('At pay nearer the low end'));
    if (step) expect(Number(/\(\$([\d,]+) a year/.exec(step)![1]!.replace(/,/g, ''))).toBeGreaterThan(alternative.cost.loaded.low);
  });

  it('on a fixed budget, one employee more does not swing the alternative between staff and a provider the company did not choose', () => {
    // Before: 2,075 employees on $300k got 2.5 FTE; 2,076 got 0.5 FTE and $199k of benefits administration.
    const [a, b] = [2075, 2076].map((employees) => plan({ employees, budget: 300_000 }).budget.alternative!);
    expect(b!.hrFte).toBe(a!.hrFte);
    expect(b!.cost.outsourced.mid).toBe(0);
    let swings = 0;
    let previous = '';
    for (let employees = 2000; employees <= 2300; employees += 3) {
      const alternative = recommend(profile({ employees, budget: 300_000 }), catalog, { thresholds: false }).budget.alternative!;
      const shape = `${alternative.hrFte} ${alternative.outsourcing.filter((item) => item.fee).map((item) => item.option).join(',')}`;
      if (previous && shape !== previous) swings += 1;
      previous = shape;
    }
    expect(swings).toBeLessThanOrEqual(1);
  });

  it('the budget alternative keeps the providers the company chose when they fit, and never says a fitting fee does not', () => {
    const result = plan({ employees: 60, outsource: ['payroll', 'benefits'], budget: 90_000 });
    const alternative = result.budget.alternative!;
    // Before: "Leaves out benefits administration and payroll: the provider's fee does not fit the
    // budget", when half a generalist plus the fee came to $52,198 of $90,000.
    expect(alternative.outsourcing.map((item) => item.option)).toEqual(expect.arrayContaining(['payroll', 'benefits']));
    expect(alternative.cost.loaded.mid + alternative.cost.outsourced.mid).toBeLessThanOrEqual(90_000);
    expect(alternative.warnings.join(' ')).not.toMatch(/fee does not fit/);
  });

  it('a team that fits today but not with the hires ahead says so, with each year over the budget', () => {
    const result = plan({ employees: 40, growthPct: 50, industry: 'technology', budget: 95_000 });
    expect(result.budget.fits).toBe(true);
    const over = result.spend.filter((year) => year.loaded.mid + year.outsourced.mid > 95_000);
    expect(over.length).toBeGreaterThan(0);
    // Before: "fits", and no word that the plan's own hiring spends $168,675 in year 1.
    const warning = result.warnings.find((text) => text.startsWith("Today's team fits the $95,000 budget, but the hires ahead do not"))!;
    for (const year of over) expect(warning).toContain(`${money(year.loaded.mid + year.outsourced.mid)} in year ${year.year}`);
    // A plan already over its budget says how the overrun grows with the hires (review 21: "over by
    // $370,703 a year" while year 1 spent $1,007,812).
    const overrun = plan({ employees: 100, growthPct: 150, industry: 'technology', budget: 300_000 });
    expect(overrun.budget.fits).toBe(false);
    expect(overrun.warnings.join(' ')).toContain(`With the hires ahead the overrun grows: at mid-range pay, fees included, this plan spends ${money(overrun.spend[0]!.loaded.mid + overrun.spend[0]!.outsourced.mid)} in year 1`);
    // A budget the hiring stays within has no such warning.
    expect(plan({ employees: 40, growthPct: 50, industry: 'technology', budget: 400_000 }).warnings.join(' ')).not.toContain('the hires ahead do not');
  });

  it('a small overrun says the same team fits at the low end of its pay ranges; a large one does not', () => {
    const small = plan({ employees: 45, growthPct: 30, industry: 'technology', budget: 90_000 });
    expect(small.budget.fits).toBe(false);
    const lowPay = small.cost.loaded.low + small.cost.outsourced.mid;
    expect(lowPay).toBeLessThanOrEqual(90_000);
    expect(small.warnings.join(' ')).toContain('pay nearer the low end of each salary range');
    const large = plan({ employees: 150, growthPct: 80, industry: 'technology', budget: 300_000 });
    expect(large.cost.loaded.low + large.cost.outsourced.mid).toBeGreaterThan(300_000);
    expect(large.warnings.join(' ')).not.toContain('pay nearer the low end');
  });

  it('the alternative fits with provider fees included', () => {
    for (const input of [
      { employees: 30, growthPct: 5, industry: 'nonprofit', budget: 40_000 },
      { employees: 40, growthPct: 20, industry: 'technology', outsource: ['peo'], budget: 60_000 },
      { employees: 150, growthPct: 80, industry: 'technology', budget: 300_000 },
    ] satisfies ProfileInput[]) {
      const result = plan(input);
      const spend = result.cost.loaded.mid + result.cost.outsourced.mid;
      expect(result.budget.fits).toBe(spend <= input.budget);
      const alternative = result.budget.alternative;
      if (alternative) expect(alternative.cost.loaded.mid + alternative.cost.outsourced.mid).toBeLessThanOrEqual(input.budget);
    }
  });

  it('the budget alternative says how much of the work it covers, not that it covers every function', () => {
    const result = plan({ employees: 150, budget: 90_000 });
    const alternative = result.budget.alternative!;
    // Before: "For 150 employees, 0.5 FTE of generalists can cover every HR function".
    expect(alternative.headline).not.toMatch(/can cover every HR function/);
    expect(alternative.headline).toContain(`covering about ${Math.round(result.budget.alternativeCovers! * 100)}% of this company's HR work`);
    expect(alternative.headline).toContain(`the recommended plan has ${result.hrFte} FTE`);
  });

  it('a PEO fee counts against the budget', () => {
    const result = plan({ employees: 40, growthPct: 20, industry: 'technology', outsource: ['peo'], budget: 50_000 });
    expect(result.cost.outsourced.mid).toBeGreaterThanOrEqual(40 * 1395);
    expect(result.budget.fits).toBe(false); // before: "fits" by ignoring the $55.8k fee
  });

  it('keeps the recruiter of a company making 158 hires a year and names what stays uncovered', () => {
    const result = plan({ employees: 150, growthPct: 80, industry: 'technology', budget: 300_000 });
    const alternative = result.budget.alternative!;
    expect(alternative.team.some((member) => member.role === 'recruiter')).toBe(true); // before: generalists only
    expect(alternative.hrFte).toBeGreaterThan(0);
    expect(alternative.warnings.join(' ')).toMatch(/of the .* FTE (the workload needs|of work left in-house)/);
  });

  it('the low-pay suggestion holds for every year of the horizon, or names the year it breaks', () => {
    const growing = plan({ employees: 35, growthPct: 80, states: 3, industry: 'technology', budget: 120_000 });
    const lowPay = growing.warnings.find((warning) => /low end of each salary range/.test(warning))!;
    const breaks = growing.spend.find((year) => year.loaded.low + year.outsourced.mid > 120_000)!;
    // Before: "at $104,434 a year it fits the budget", beside a year 1 that runs over.
    expect(lowPay).toContain(`year ${breaks.year} would not`);
    const steady = plan({ employees: 45, growthPct: 0, industry: 'technology', budget: 90_000 });
    const fits = steady.warnings.find((warning) => /low end of each salary range/.test(warning));
    if (fits) expect(fits).toMatch(/fits the budget in every year/);
  });

  it('a budget that pays for one or two people starts with a generalist, then adds specialists', () => {
    const roles = (budget: number) => plan({ employees: 10_001, budget }).budget.alternative!.team.map((member) => `${member.fte} ${member.role}`);
    // Before: 0.5 recruiter and 0.5 employee relations specialist, eight functions with nobody.
    expect(roles(150_000)).toEqual(['1 hr-generalist']);
    // A second person comes with an HR manager at the head of a company this size.
    expect(roles(300_000)).toEqual(['1 hr-manager', '0.5 hr-generalist']);
    const oneGeneralist = plan({ employees: 10_001, budget: 150_000 }).budget.alternative!;
    expect(Object.values(oneGeneralist.coverage)).not.toContain('gap');
  });
});

describe('7. four structures that differ', () => {
  it('a specialist staffed below the work of their area says the rest is shared across the team', () => {
    const result = plan({ employees: 800, attritionPct: 60, industry: 'retail' });
    const specialists = result.team.filter((member) => member.family === 'specialist' && member.area in result.workload.loads);
    expect(specialists.length).toBeGreaterThan(2);
    for (const member of specialists) {
      const work = result.workload.loads[member.area as keyof typeof result.workload.loads];
      const shared = work - member.fte >= 0.25;
      expect(member.reason.includes('the rest of that work is shared across the team'), `${member.role}: ${member.fte} FTE for ${work} FTE of work`).toBe(shared);
    }
    // Before: "0.5 Benefits Specialist: owns benefits in depth (1 FTE of work)", with nothing on the other half.
    expect(specialists.some((member) => member.reason.includes('shared across the team'))).toBe(true);
  });

  it('at 60 employees: whole specialists cost more, and the assistant manager reports to an HR manager', () => {
    const plans = planAll(profile({ employees: 60 }), catalog);
    expect(plans.specialist.hrFte).toBeGreaterThan(plans.generalist.hrFte);
    expect(plans.specialist.team.map((member) => member.role)).not.toEqual(['recruiter']);
    const assistant = plans['assistant-manager'].team.find((member) => member.role === 'hr-assistant-manager')!;
    expect(assistant.reportsTo).toBe('hr-manager');
    expect(plans['assistant-manager'].risks.join(' ')).toMatch(/supervises only/);
  });

  it('a hybrid never equals the generalist team when a function needs depth', () => {
    const plans = planAll(profile({ employees: 120, industry: 'manufacturing' }), catalog);
    expect(plans.hybrid.workload.depthNeeded.length).toBeGreaterThan(0);
    expect(plans.hybrid.team.map((m) => m.role).sort()).not.toEqual(plans.generalist.team.map((m) => m.role).sort());
  });

  it('at 400 employees the assistant-manager layer is not the cheapest, and generalists are leanest under 200', () => {
    const at400 = planAll(profile({ employees: 400 }), catalog);
    const costs = (plans: Record<string, Plan>) => Object.values(plans).map((p) => p.cost.loaded.mid);
    expect(at400['assistant-manager'].cost.loaded.mid).toBeGreaterThan(Math.min(...costs(at400)));
    const at150 = planAll(profile({ employees: 150 }), catalog);
    expect(at150.generalist.cost.loaded.mid).toBe(Math.min(...costs(at150)));
  });
});

describe('7b. the specialist team past 500 employees', () => {
  const industries = ['technology', 'healthcare', 'manufacturing', 'retail', 'finance', 'professional-services', 'other'] as const;

  it('the pick does not jump to specialists at 501: the hybrid team holds until nearly every area fills a specialist', () => {
    // Fast hiring fills the recruiting team, not the other specialist areas: no earlier jump either.
    expect(recommend(profile({ employees: 501, industry: 'technology', growthPct: 200 }), catalog).structure).not.toBe('specialist');
    for (const industry of industries) {
      const company = profile({ employees: 700, industry, growthPct: 10 });
      const result = recommend(company, catalog);
      expect(result.structure, industry).not.toBe('specialist');
      const switchTo = result.thresholds.find((threshold) => threshold.structure === 'specialist')!;
      expect(switchTo.employees, industry).toBeGreaterThan(1500);
      expect(switchTo.employees, industry).toBeLessThan(2100);
      expect(recommend(profile({ employees: 2500, industry, growthPct: 10 }), catalog).structure, industry).toBe('specialist');
    }
  });

  it('a specialist team costs more while areas are small and about as much as a hybrid team at scale, with every recruiter the hiring needs', () => {
    const costRatio = (employees: number) => {
      const plans = planAll(profile({ employees, industry: 'technology' }), catalog);
      return plans.specialist.cost.loaded.mid / plans.hybrid.cost.loaded.mid;
    };
    expect(costRatio(650)).toBeGreaterThan(1.3);
    expect(costRatio(10_000)).toBeLessThan(1.2);
    const large = planAll(profile({ employees: 10_000, industry: 'technology' }), catalog);
    expect(large.specialist.band.position).toBe('within');
    // Business partners share department-facing work, not recruiting: the specialist team keeps the hybrid's recruiters.
    const recruiters = (plan: Plan) => plan.team.filter((member) => member.role === 'recruiter').reduce((sum, member) => sum + member.fte, 0);
    expect(recruiters(large.specialist)).toBeGreaterThanOrEqual(recruiters(large.hybrid));
  });
});

describe('7c. each structure\'s words agree with its own numbers', () => {
  it('the assistant-manager headline names the head and the FTE the assistant manager really supervises', () => {
    for (const employees of [300, 5000]) {
      const layer = planAll(profile({ employees }), catalog)['assistant-manager'];
      const supervised = layer.team.filter((member) => member.reportsTo === 'hr-assistant-manager').reduce((sum, member) => sum + member.fte, 0);
      expect(layer.headline).toContain(`supervises ${supervised} FTE`);
      expect(layer.headline).toContain(`the ${layer.team.find((member) => member.reportsTo === null)!.title.split(' / ')[0]} should set direction`);
    }
  });

  it('"one person runs HR" is said only of a team of one FTE or less', () => {
    const plans = planAll(profile({ employees: 60 }), catalog);
    for (const plan of Object.values(plans)) {
      expect(plan.warnings.some((warning) => warning.startsWith('One person runs HR')), plan.structure).toBe(plan.hrFte <= 1);
    }
  });
});

describe('8. smooth in every input', () => {
  it('one more employee or growth point moves the plan by at most one step', () => {
    const pairs: [ProfileInput, ProfileInput][] = [
      [{ employees: 132 }, { employees: 133 }],
      [{ employees: 600, industry: 'technology', growthPct: 49 }, { employees: 600, industry: 'technology', growthPct: 50 }],
      [{ employees: 999 }, { employees: 1000 }],
    ];
    for (const [a, b] of pairs) {
      const [x, y] = [plan(a), plan(b)];
      expect(Math.abs(y.hrFte - x.hrFte), JSON.stringify(b)).toBeLessThanOrEqual(0.5);
      expect(y.cost.loaded.mid / x.cost.loaded.mid).toBeLessThan(1.25);
    }
  });

  it('the band is continuous at 1,000 employees and the anchor lies inside its sources', () => {
    const [x, y] = [plan({ employees: 999 }), plan({ employees: 1000 })];
    expect(Math.abs(y.band.low - x.band.low)).toBeLessThan(0.01);
    expect(Math.abs(y.band.high - x.band.high)).toBeLessThan(0.01);
    expect(y.workload.baselineFte / 10).toBeCloseTo(1.22, 2);
  });
});

describe('9. every change point listed', { timeout: 120_000 }, () => {
  const scan = (input: ProfileInput, to: number) => {
    const changes: { employees: number; structure: string }[] = [];
    let previous = recommend(profile({ ...input, employees: 1 }), catalog, { full: false }).structure;
    for (let employees = 2; employees <= to; employees += 1) {
      const structure = recommend(profile({ ...input, employees }), catalog, { full: false }).structure;
      if (structure !== previous) changes.push({ employees, structure });
      previous = structure;
    }
    return changes;
  };

  for (const input of [
    { employees: 100, growthPct: 5, industry: 'professional-services' },
    { employees: 120, growthPct: 25, industry: 'manufacturing', budget: 400_000, states: 2 },
    // Before: the hybrid plan at 43-47 employees, between generalist plans at 42 and 48, was not listed.
    { employees: 33, growthPct: 71, industry: 'healthcare', states: 36, countries: 11, unionized: true, budget: 30_000_000, automation: 'basic', outsource: ['benefits', 'recruiting'], horizonMonths: 24 },
    // Before: an existing team's fit moved the pick for a few employees at a time, unlisted.
    { employees: 590, industry: 'healthcare', states: 47, countries: 19, remotePct: 94, federalContractor: true, existingTeam: { 'dei-manager': 7, 'vp-of-hr': 7 }, priorities: { benefits: 'high', 'hris-analytics': 'low', compliance: 'low' }, automation: 'advanced', horizonMonths: 36 },
    // Before: the assistant-manager layer lost at 451-465 employees and won at 450 and 466, unlisted:
    // half an FTE moved from its generalists to a recruiter as the team rounded, and back.
    { employees: 450, growthPct: -0.001, attritionPct: 99.99, industry: 'retail', countries: 33, priorities: { engagement: 'high' } },
    // Before: the same at 364-366, where a lead post came and went with the rounding.
    { employees: 360, growthPct: 300, attritionPct: 5, industry: 'nonprofit', states: 39, budget: 24_667_906, priorities: { 'employee-relations': 'high' }, automation: 'none', outsource: ['recruiting', 'executive-search', 'learning'], horizonMonths: 36 },
    // Before: from 1,104 employees recruiting had enough work for a specialist of its own, the
    // specialist team's idle share rose past the rule's limit for 23 employees, unlisted.
    { employees: 1100, growthPct: -3, attritionPct: 5, states: 24, countries: 41, remotePct: 83, unionized: true, budget: 2_882_374, priorities: { 'employee-relations': 'low' }, horizonMonths: 36 },
  ] satisfies ProfileInput[]) {
    it(`thresholds match a dense scan up to 1,200 employees: ${JSON.stringify(input)}`, () => {
      const listed = plan(input).thresholds.filter((threshold) => threshold.employees <= 1200);
      expect(listed).toEqual(scan(input, 1200));
    });
  }

  it('the list is the same whatever headcount is entered, and matches a dense scan', () => {
    const input = { growthPct: 100, industry: 'manufacturing' } as const;
    const at = (employees: number) => plan({ ...input, employees }).thresholds;
    // Before: at 350 the list missed a hybrid stretch from 379 to 401 (a second line manager took the
    // assistant manager's staff there); at 390 it claimed hybrid for 311-378.
    expect(at(390)).toEqual(at(350));
    expect(at(350).filter((threshold) => threshold.employees <= 1200)).toEqual(scan({ ...input, employees: 350 }, 1200));
  });

  it('the list for a headcount is the same whatever headcounts were planned before it', () => {
    // A fresh catalog object starts an empty memory of scans, as a new page would.
    const at = (employees: number, roles: typeof catalog) => recommend(profile({ employees, growthPct: 100, industry: 'healthcare' }), roles).thresholds;
    const alone = at(350, { ...catalog });
    const after = { ...catalog };
    at(349, after);
    at(300, after);
    // Before: planning 349 and then 350 gave a list for 350 with two more changes than planning 350 alone.
    expect(at(350, after)).toEqual(alone);
  });
});

describe('3b. the head of HR and the timeline read as the plan does', () => {
  it('the recommended timeline follows a change of recommended structure within the horizon; a structure planned as itself keeps its own', () => {
    const input = profile({ employees: 35, growthPct: 80, states: 3, industry: 'technology', budget: 120_000 });
    const result = recommend(input, catalog);
    expect(result.structure).toBe('generalist');
    const change = result.thresholds.find((threshold) => threshold.employees > 35)!;
    expect(change.structure).toBe('hybrid');
    const end = result.timeline[result.timeline.length - 1]!.employees;
    expect(change.employees).toBeLessThanOrEqual(end);
    // Before: "at 50 employees this becomes a hybrid team" beside a timeline of generalists only.
    const hires = result.timeline.flatMap((month) => month.hires.map((hire) => ({ ...hire, month: month.month })));
    expect(hires.some((hire) => hire.role === 'recruiter')).toBe(true);
    expect(hires.some((hire) => hire.reason.includes('once the plan becomes a hybrid team'))).toBe(true);
    // On /compare (and with --structure) each structure is planned as itself, the recommended one included.
    for (const structure of ['generalist', 'hybrid', 'specialist', 'assistant-manager'] as const) {
      const other = planFor(input, structure, catalog);
      expect(other.timeline.flatMap((month) => month.hires).some((hire) => hire.reason.includes('once the plan becomes')), structure).toBe(false);
    }
  });

  it('a VP of HR heads an HR organisation of 40 FTE or more; a 100-person company is not given one for two years of compounded growth', () => {
    expect(heads(plan({ employees: 5000 }))[0]!.role).toBe('vp-of-hr');
    expect(heads(plan({ employees: 2000 }))[0]!.role).toBe('hr-director');
    expect(heads(plan({ employees: 100, growthPct: 300, industry: 'technology' }))[0]!.role).not.toBe('vp-of-hr');
  });

  it('a hire made now gives today\'s reason, not the end of the horizon\'s', () => {
    const result = plan({ employees: 300 });
    for (const hire of result.timeline[0]!.hires) {
      const member = result.team.find((candidate) => candidate.role === hire.role)!;
      expect(hire.reason).toBe(`Needed now: ${member.reason}`);
    }
  });
});

describe('3d. a small team of generalists says who leads it', () => {
  it('two or more generalists with no manager are headed by a named senior generalist; one or 1.5 say alone or with one colleague', () => {
    const three = plan({ employees: 180 });
    // Before: "alone or with one colleague" for a team of three, then three peers with no head on the chart.
    const head = three.team.find((member) => member.reportsTo === null)!;
    expect(head).toMatchObject({ role: 'senior-hr-generalist', fte: 1 });
    expect(head.reason).toMatch(/^Heads HR as its most experienced generalist/);
    const generalists = three.team.find((member) => member.role === 'hr-generalist')!;
    expect(generalists.reportsTo).toBe('senior-hr-generalist');
    expect(generalists.reason).not.toMatch(/alone/);
    expect(three.span).toMatchObject({ role: 'senior-hr-generalist', directReports: generalists.fte });
    const small = plan({ employees: 60 }).team.find((member) => member.role === 'hr-generalist')!;
    expect(small.reason).toMatch(small.fte <= 1 ? /, alone\.$/ : /alone or with one colleague/);
  });
});

describe('3c. a later hire gives the reason of its own month', () => {
  // Before: every later recruiter said "about 341 hires a year" (or 454), the figure at month 24,
  // beside a team a quarter of that size.
  for (const input of [
    { employees: 100, growthPct: 80, industry: 'technology' },
    { employees: 40, growthPct: 150, industry: 'technology' },
  ] satisfies ProfileInput[]) {
    it(`a recruiter hired on the way quotes its month's hires a year, or says it is hired for the horizon's team: ${JSON.stringify(input)}`, () => {
      const result = plan(input);
      const last = result.timeline[result.timeline.length - 1]!;
      const hiresAt = (employees: number) => formatNumber(plan({ ...input, employees }).workload.hiresPerYear);
      const later = result.timeline.filter((month) => month.month > 0 && month !== last);
      const recruiters = later.flatMap((month) => month.hires.filter((hire) => hire.role === 'recruiter').map((hire) => ({ month, hire })));
      expect(recruiters.length).toBeGreaterThan(2);
      // Hires are whole people where the role needs one within a year, so a recruiter can be hired
      // ahead of its month's need; some hire on the way still quotes its own month.
      expect(later.flatMap((month) => month.hires).some((hire) => !hire.reason.includes('for the team of month'))).toBe(true);
      for (const { month, hire } of recruiters) {
        // Hired for a later month's team (a whole person a year ahead, or the horizon's team): it says which, and quotes that team.
        const later = /for the team of month (\d+) \(([\d,]+) employees\)/.exec(hire.reason);
        if (later) expect(Number(later[2]!.replace(/,/g, ''))).toBe(result.timeline[Number(later[1])]!.employees);
        const quoted = later ? Number(later[2]!.replace(/,/g, '')) : month.employees;
        expect(hire.reason, `month ${month.month}`).toContain(`about ${hiresAt(quoted)} hires a year`);
      }
      // A lead is hired for the team it will head, and says so.
      const director = later.flatMap((month) => month.hires).find((hire) => hire.role === 'hr-director');
      if (director) {
        const end = teamAt(profile(input), last.employees, result.structure, catalog);
        expect(director.reason).toContain(`for the team of month ${last.month}`);
        expect(director.reason).toContain(end.find((member) => member.role === 'hr-director')!.reason);
      }
    });
  }
});

describe('10. large organisations', () => {
  it('100,000 employees in 30 countries: near published ratios, country work scaled by size, the head paid for the size', () => {
    const result = plan({ employees: 100_000, countries: 30 });
    expect(result.ratioPer100).toBeLessThan(1.4); // before: 1.8
    expect(fteOf(result, 'payroll-specialist')).toBeLessThan(200); // before: about 400
    const head = heads(result)[0]!;
    expect(head.salary.mid).toBeGreaterThan(catalog[head.role]!.salary.median * 1.5); // before: $215k
  });

  it('a benefits team is led by a compensation and benefits manager, named alike in the team and the timeline', () => {
    const result = plan({ employees: 12_000, states: 30 });
    const lead = result.team.find((member) => /^(Leads|\d+ leads share) the benefits team/.test(member.reason))!;
    // Before: "Compensation Manager: Leads the benefits team of 18 FTE".
    expect(lead.title).toBe('Compensation and Benefits Manager');
    const hired = result.timeline.flatMap((month) => month.hires).filter((hire) => hire.role === lead.role);
    expect(hired.length).toBeGreaterThan(0);
    for (const hire of hired) expect(hire.title).toBe(lead.title);
    // Several leads of one team say they share it (before: three Talent Acquisition Managers each
    // "Leads the recruiting team of 27.5 FTE", visual review 27 M1).
    for (const member of result.team.filter((row) => /team of [\d.,]+ FTE, in place of/.test(row.reason))) {
      if (member.fte > 1) expect(member.reason).toMatch(new RegExp(`^${member.fte} leads share the [a-z ]+ team of [\\d.,]+ FTE, about [\\d.,]+ each`));
      else expect(member.reason).toMatch(/^Leads the [a-z ]+ team of/);
    }
  });

  it('HR per 100 falls with scale to published levels at 10,000+', () => {
    const ratios = [1000, 10_000, 50_000].map((employees) => plan({ employees, growthPct: 5 }).ratioPer100);
    expect(ratios[1]!).toBeLessThan(ratios[0]!);
    expect(ratios[2]!).toBeLessThanOrEqual(1.24);
  });

  it("a bank's compliance depth is a compliance role, safety only where the work is safety-critical", () => {
    const bank = planFor(profile({ employees: 3000, industry: 'finance', states: 8 }), 'specialist', catalog, { full: false });
    const compliance = bank.team.find((member) => member.area === 'compliance')!;
    expect(compliance.title).not.toMatch(/safety/i);
    expect(compliance.reason).toMatch(/employment law, not safety/);
    // Where the industry keeps OSHA logs, the compliance owner keeps them: no reason says 'no safety duties'.
    const hotel = planFor(profile({ employees: 3000, industry: 'hospitality', states: 8 }), 'specialist', catalog, { full: false });
    const hotelCompliance = hotel.team.find((member) => member.area === 'compliance')!;
    expect(hotelCompliance.reason).toMatch(/and the OSHA injury and illness logs/);
    expect(hotel.obligations.some((obligation) => /OSHA/.test(obligation.title))).toBe(true);
    // Health care and retail injure more workers per 100 than manufacturing (BLS SOII 2023): safety-critical.
    for (const industry of ['healthcare', 'retail'] as const) {
      const result = planFor(profile({ employees: 3000, industry, states: 8 }), 'specialist', catalog, { full: false });
      expect(result.team.find((member) => member.area === 'compliance')!.title, industry).toMatch(/Safety/);
    }
    const plant = planFor(profile({ employees: 3000, industry: 'manufacturing' }), 'specialist', catalog, { full: false });
    expect(plant.team.find((member) => member.area === 'compliance')!.title).toMatch(/Safety/);
  });
});

describe('12. reasons a founder can read', () => {
  it('names what the plan really owns and never prints "about 0 FTE"', () => {
    // Before: "specialists own … compliance and safety" for a remote technology company whose
    // compliance role is employment law only.
    const remote = plan({ employees: 200, industry: 'technology', states: 14, countries: 4, remotePct: 100, growthPct: 40 });
    expect(remote.team.map((member) => member.role)).toContain('hr-compliance-specialist');
    expect(remote.headline).toContain('employment-law compliance');
    expect(remote.headline).not.toContain('compliance and safety');
    expect(plan({ employees: 120, industry: 'manufacturing' }).headline).toContain('compliance and safety');
    // Before: "about 0 FTE of this company's workload" and "would carry about 0 FTE of work" for one employee.
    const one = plan({ employees: 1 });
    const words = [...one.outsourcing.map((item) => item.note), ...one.explanation.map((entry) => entry.detail)].join(' ');
    expect(words).not.toMatch(/about 0 FTE/);
  });

  it('explanations are sentences about this company with a strength, and weights are Roleplan’s assumption', () => {
    const result = plan({ employees: 60, industry: 'manufacturing', unionized: true });
    for (const entry of result.explanation) {
      expect(entry.detail).not.toMatch(/\w+(Fte|Pct)\b|safetyCritical|\(= |\(≥ |\(< /);
      expect(['strong', 'fair', 'weak', 'assumption']).toContain(entry.strength);
    }
    expect(result.explanation.find((entry) => entry.id === 'structure-score')!.strength).toBe('assumption');
    expect(result.explanation.find((entry) => entry.id === 'loaded-cost')!.strength).toBe('strong');
    const scored = result.explanation.find((entry) => entry.id === 'size-mid')!;
    expect(scored.detail).toMatch(/Roleplan's assumption/);
    expect(scored.sources).toContain('roleplan-assumption');
    expect(scored.detail).toMatch(/60 employees/);
  });

  it('a score whose parts add up beyond 100 says it is shown as 100 (visual review 26 M2: 10 + 70 + 30 + 15 beside "100 of 100")', () => {
    const result = plan({ employees: 45, growthPct: 20 });
    const detail = result.explanation.find((entry) => entry.id === 'structure-score')!.detail;
    const [, base, rules, needs, budget] = /starts from (\d+) and gets (-?\d+) from the reasons above, (-?\d+) because.*?, (-?\d+) because/.exec(detail)!.map(Number);
    expect(base! + rules! + needs! + budget!).toBeGreaterThan(100);
    expect(result.scores[result.structure]).toBe(100);
    expect(detail).toContain(`That adds up to ${base! + rules! + needs! + budget!}, shown as 100`);
  });

  it('every explanation id is on /methodology: a rule, or one of the standing entries (structure-score among them)', () => {
    const known = new Set([...rules.map((rule) => rule.id), ...STANDING_EXPLANATIONS.map((entry) => entry.id)]);
    for (const input of [{ employees: 10 }, { employees: 300, unionized: true, budget: 100_000 }, { employees: 5000, growthPct: -20 }] satisfies ProfileInput[]) {
      for (const entry of plan(input).explanation) expect(known.has(entry.id), entry.id).toBe(true);
    }
    expect(known.has('structure-score')).toBe(true);
  });

  it('a reason reads "Because …, Roleplan …" in one sentence with at most one colon, and the score says what each part is for', () => {
    for (const input of [{ employees: 60, industry: 'manufacturing', unionized: true }, { employees: 300, growthPct: -30 }, { employees: 35, growthPct: 80, industry: 'technology', budget: 120_000 }] satisfies ProfileInput[]) {
      const result = plan(input);
      for (const entry of result.explanation.filter((candidate) => rules.some((rule) => rule.id === candidate.id))) {
        expect(entry.detail, entry.id).toMatch(/^Because .+, Roleplan [a-z]/);
        const firstSentence = entry.detail.split('. ')[0]!;
        expect(firstSentence.split(':').length - 1, entry.detail).toBeLessThanOrEqual(1);
      }
      const score = result.explanation.find((entry) => entry.id === 'structure-score')!.detail;
      expect(score).toMatch(input.budget === undefined ? /because no budget is set/ : /budget/);
      expect(score).not.toMatch(/for its cost against the budget/); // before: said with no budget set
    }
    // Before: "about 0 hires a year … which take 0 FTE of recruiting".
    expect(plan({ employees: 300, growthPct: -30 }).explanation[0]!.detail).toMatch(/^The company makes no hires in a year/);
  });

  it('a generalist headline with a depth need says when the budget put generalists first, and only then', () => {
    const input = { employees: 35, growthPct: 80, states: 3, industry: 'technology' } satisfies ProfileInput;
    const tight = plan({ ...input, budget: 120_000 });
    expect(tight.structure).toBe('generalist');
    expect(tight.headline).toMatch(/recruiting calls for more depth .*; the budget puts generalists first/);
    const free = planFor(profile(input), 'generalist', catalog, { full: false });
    expect(free.headline).toMatch(/calls for more depth/);
    expect(free.headline).not.toMatch(/budget/);
  });

  it('a reason that calls for an owner the team does not have says who covers the work instead', () => {
    for (const input of [{ employees: 60, industry: 'manufacturing', unionized: true }, { employees: 300, industry: 'manufacturing', unionized: true }, { employees: 20, unionized: true }] satisfies ProfileInput[]) {
      const result = plan(input);
      const roles = new Set(result.team.map((member) => member.role));
      for (const rule of rules) {
        const entry = result.explanation.find((candidate) => candidate.id === rule.id);
        if (!entry) continue;
        const unstaffed = rule.effects.some((effect) => effect.type === 'staff-role' && !roles.has(effect.role) && result.coverage[effect.fn] !== 'outsourced');
        // Before: "staffs it with a labor relations specialist" beside a team of one generalist.
        if (unstaffed) expect(entry.detail, `${rule.id} at ${input.employees}`).toMatch(/has no owner of .* yet|the founder covers/);
        else expect(entry.detail, `${rule.id} at ${input.employees}`).not.toMatch(/has no owner of/);
      }
    }
  });

  it('condition text is written from the conditions', () => {
    for (const rule of rules) expect(rule.conditionText.length).toBeGreaterThan(3);
    expect(rules.find((rule) => rule.id === 'size-small')!.conditionText).toBe('Employees below 50');
  });
});

  it('a condition met by a fact being false is written as that fact being false', () => {
    const result = plan({ employees: 60, stateEmployees: { CA: 40, NY: 20 } });
    expect(result.workload.firstHirePoint).toBeLessThan(60);
    const single = result.explanation.find((entry) => entry.id === 'one-person-hr')!;
    expect(single.detail).toMatch(/has passed its first-HR-hire point/);
    expect(single.detail).not.toMatch(/below its first-HR-hire point/);
  });

describe('rules own the decisions: every effect type changes a plan', () => {
  const cases: Record<string, ProfileInput> = {
    score: { employees: 20 },
    priority: { employees: 60, growthPct: 60 },
    depth: { employees: 85, industry: 'manufacturing' },
    'outsource-willing': { employees: 500, budget: 300_000 },
    warning: { employees: 100, automation: 'none' },
    'admin-load': { employees: 100, automation: 'advanced' },
    'staff-role': { employees: 400, unionized: true },
    'no-in-house': { employees: 10 },
  };
  const effectTypes = [...new Set(rules.flatMap((rule) => rule.effects.map((effect) => effect.type)))];

  it('has a case for every effect type the rules use', () => {
    expect(effectTypes.filter((type) => !(type in cases))).toEqual([]);
  });

  for (const type of effectTypes) {
    it(`${type}: removing the effect from its rules changes the plan`, () => {
      const input = profile(cases[type]!);
      const strip = (result: Plan) => JSON.stringify({ ...result, explanation: [], ruleTrace: [], thresholds: [] });
      const withEffect = strip(recommend(input, catalog));
      const saved = rules.map((rule) => rule.effects);
      try {
        for (const rule of rules) rule.effects = rule.effects.filter((effect) => effect.type !== type);
        expect(strip(recommend(input, catalog))).not.toBe(withEffect);
      } finally {
        rules.forEach((rule, index) => (rule.effects = saved[index]!));
      }
    });
  }
});

describe('issue 11: money over time', () => {
  it('spend counts each hire from its month and every provider fee, one entry a year', () => {
    const steady = plan({ employees: 400, growthPct: 0, attritionPct: 10, outsource: ['peo'] });
    expect(steady.spend).toHaveLength(2);
    // A year of an unchanged team and fees is the yearly cost to the dollar (summed, then rounded).
    expect(steady.spend[0]!.loaded).toEqual(steady.cost.loaded);
    expect(steady.spend[0]!.salary).toEqual(steady.cost.salary);
    expect(steady.spend[0]!.outsourced).toEqual(steady.cost.outsourced);
    const growing = plan({ employees: 120, growthPct: 60, horizonMonths: 36 });
    expect(growing.spend.map((year) => year.year)).toEqual([1, 2, 3]);
    expect(growing.spend[2]!.loaded.mid).toBeGreaterThan(growing.spend[0]!.loaded.mid);
    // Before the first hire: a year of PEO and software fees, then staff from the month of the hire.
    const startup = plan({ employees: 30, growthPct: 60 });
    expect(startup.spend[0]!.outsourced.mid).toBeGreaterThan(0);
    expect(startup.spend[1]!.loaded.mid).toBeGreaterThan(startup.spend[0]!.loaded.mid);
  });
});

describe('the first head of HR is promoted one level, not hired over (review 28 H1, H2)', () => {
  const hiresOf = (result: Plan, role: string) => result.timeline.flatMap((month) => month.hires.filter((hire) => hire.role === role).map((hire) => ({ month: month.month, fte: hire.fte })));
  const movesOf = (result: Plan) => result.timeline.flatMap((month) => (month.moves ?? []).map((move) => ({ month: month.month, from: move.from, into: move.into, fte: move.fte })));

  it('a senior generalist heading HR grows into the supervisor post; before, a supervisor was hired over them in month 8', () => {
    const result = plan({ employees: 150, states: 25, remotePct: 90, industry: 'technology' });
    expect(hiresOf(result, 'hr-supervisor')).toEqual([]);
    expect(movesOf(result)).toEqual([{ month: 8, from: 'senior-hr-generalist', into: 'hr-supervisor', fte: 1 }]);
    // The month-24 team is the plan for that size in FTE: no head on top of the one promoted.
    expect(result.timeline.at(-1)!.hrFte).toBe(plan({ employees: result.timeline.at(-1)!.employees, states: 25, remotePct: 90, industry: 'technology' }).hrFte);
  });

  it('the first HR generalist grows into the supervisor post a year and a half on, and the post they leave is refilled', () => {
    const result = plan({ employees: 40, growthPct: 100 });
    expect(hiresOf(result, 'hr-supervisor')).toEqual([]);
    const [promotion] = movesOf(result);
    expect(promotion).toMatchObject({ from: 'hr-generalist', into: 'hr-supervisor', fte: 1 });
    expect(result.laterMoves.join(' ')).toMatch(/the HR Generalist hired now grows into the HR Supervisor post as the team grows: a promotion, not a second head of HR hired over them\. The HR Generalist post they leave is filled by a hire under them\./);
  });

  it('no half-time senior generalist is hired to head a team already in place: one of the generalists takes the post', () => {
    const result = plan({ employees: 80, industry: 'finance' });
    expect(hiresOf(result, 'senior-hr-generalist')).toEqual([]);
    expect(movesOf(result)).toEqual([{ month: 10, from: 'hr-generalist', into: 'senior-hr-generalist', fte: 1 }]);
    // A team of two or more names its head from the start: at 146 employees (2.5 FTE) the senior
    // generalist is hired whole now. Before: "0.5 Senior HR Generalist" in month 1 (review 28 H1).
    const soon = plan({ employees: 146, industry: 'manufacturing', unionized: true, states: 3 });
    expect(hiresOf(soon, 'senior-hr-generalist')).toEqual([{ month: 0, fte: 1 }]);
    expect(soon.team.find((member) => member.reportsTo === null)!.role).toBe('senior-hr-generalist');
    // A promotion due within a hiring round of the first hire is a hire for that post from the start.
    const quick = plan({ employees: 67, growthPct: 30, industry: 'finance' });
    expect(quick.laterMoves.join(' ')).toMatch(/the HR Generalist hired now takes the Senior HR Generalist post by month 1, when the team needs it: hire them for that post from the start/);
  });

  it('the senior generalist heading a team of 3.5 FTE grows into the HR manager post (before: a plain generalist row headed it, and a manager was hired over them)', () => {
    const result = plan({ employees: 124, growthPct: 40, industry: 'technology' });
    expect(result.team.find((member) => member.reportsTo === null)!.role).toBe('senior-hr-generalist');
    expect(hiresOf(result, 'hr-manager')).toEqual([]);
    expect(movesOf(result)).toContainEqual(expect.objectContaining({ from: 'senior-hr-generalist', into: 'hr-manager', fte: 1 }));
  });
});

describe('a one-person team that the timeline grows says so in its reasons and risks (review 28 H3)', () => {
  it('names the hire that ends a risk, and why a hybrid team with depth called for is still one generalist', () => {
    const result = plan({ employees: 40, growthPct: 100 });
    expect(result.timeline[1]!.hires.map((hire) => hire.role)).toContain('recruiter');
    // Before: "No one owns recruiting, which the workload calls for." beside a recruiter hired next month.
    expect(result.risks).toContain('Until the Recruiter hired in month 1, no one owns recruiting, which the workload calls for.');
    // Before: "Because no function has enough work for a specialist", beside "recruiting calls for more depth than generalists give".
    const hybrid = result.explanation.find((entry) => entry.id === 'hybrid-without-specialist')!;
    expect(hybrid.detail).toMatch(/^Because the HR team is one person, with no room for a specialist beside them, though recruiting calls for depth,/);
    expect(result.explanation.map((entry) => entry.detail).join(' ')).not.toContain('no function has enough work for a specialist');
    // Without depth called for, the reason stays.
    const steady = plan({ employees: 40, growthPct: 0 });
    expect(steady.explanation.find((entry) => entry.id === 'hybrid-without-specialist')?.detail ?? '').not.toContain('one person, with no room');
  });
});

describe("a generalist team's risk names this company's own complications (review 28 L3)", () => {
  it('lists only the drivers present', () => {
    // Before: "Complex cases (unions, multi-state law, high hiring volume) go to outside advisers" on every generalist plan.
    const plain = plan({ employees: 50 });
    expect(plain.structure).toBe('generalist');
    expect(plain.risks.join(' ')).not.toMatch(/union|multi-state/);
    expect(plain.risks).toContain('A rare hard case (a legal claim, an investigation) goes to an employment lawyer or a fractional HR leader.');
    const union = planFor(profile({ employees: 60, unionized: true, states: 3 }), 'generalist', catalog);
    expect(union.risks.join(' ')).toMatch(/Complex cases from a union contract and employees in several states go to outside advisers\./);
  });
});

describe('a first HR hire due within the time it takes to fill a post is recruited now (review 28 H6)', () => {
  it('says to start recruiting now, with the time to fill, and not when the hire is further off', () => {
    const soon = plan({ employees: 45, growthPct: 20, horizonMonths: 36, industry: 'technology' });
    expect(soon.hrFte).toBe(0);
    expect(soon.firstHire).toMatchObject({ month: 1, recruitNow: true });
    // Before: "hire no HR staff yet: use a PEO and HR software … until the first HR hire at 46 employees", due next month.
    expect(soon.headline).toMatch(/^At 45 employees, hire no HR staff yet, but start recruiting your first HR person now: the company reaches 46 employees, its first-HR-hire point, in month 1/);
    expect(soon.firstHire!.reason).toMatch(/filling a post takes about 42-44 days: start recruiting your first HR person now/);
    const later = plan({ employees: 30, growthPct: 20, industry: 'technology' });
    expect(later.firstHire).toMatchObject({ recruitNow: false });
    expect(later.headline).toMatch(/^At 30 employees, hire no HR staff yet: use a PEO and HR software/);
  });
});

describe('an existing head of HR is paid for the company size, as a hired one is (review 28 L4)', () => {
  it('prices the VP the company has with the head-pay factor of its size', () => {
    const hired = plan({ employees: 2000 }).team.find((member) => member.reportsTo === null)!;
    const kept = plan({ employees: 2000, existingTeam: { 'vp-of-hr': 1, 'hr-generalist': 3 } }).team.find((member) => member.reportsTo === null)!;
    expect(kept.role).toBe('vp-of-hr');
    expect(hired.payFactor).toBeGreaterThan(1);
    // Before: $189,960 at the catalog median, beside a hired director paid for the size.
    expect(kept.payFactor).toBe(hired.payFactor);
    expect(kept.salary.mid).toBeGreaterThan(catalog['vp-of-hr']!.salary.median);
  });
});

describe('the loaded-cost factor says where its band steps (review 28 L6)', () => {
  it('names the BLS band and the headcount of the next one', () => {
    const detail = (employees: number) => plan({ employees }).explanation.find((entry) => entry.id === 'loaded-cost')!.detail;
    // Before: the same 7.5 FTE cost 7% more at 500 employees than at 499, unexplained.
    expect(detail(499)).toMatch(/BLS publishes it by establishment size, here its band of 100-499 employees: it steps up at 500\.$/);
    expect(detail(5000)).toMatch(/here its band of 500 or more employees\.$/);
  });
});
