// The command line: flags, --json, --csv, --help, and bad input with exit status 2 and one line.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { profile, recommend, planFor, salaryEach } from '../../../src/engine';
import { formatNumber } from '../../../src/engine/format';
import { catalog } from '../../support/catalog';
import { runPlanCli } from '../../../src/cli/run';

/** The command's work in this process (starting Node for every case is slow); the process itself is tested below. */
function plan(...args: string[]) {
  return runPlanCli(args, { cwd: process.cwd() });
}

describe('npm run plan', { timeout: 60_000 }, () => {
  it('runs through the npm script and prints a readable plan', () => {
    const result = spawnSync('npm', ['run', '--silent', 'plan', '--', '--employees', '120', '--industry', 'manufacturing'], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('HR plan for 120 employees (manufacturing');
    expect(result.stdout).toMatch(/Recommended structure: Hybrid team \(score \d+ of 100\)/);
    expect(result.stdout).toContain('HR Compliance and Safety Specialist');
    expect(result.stdout).toContain('Hiring timeline:');
    expect(result.stdout).toContain('Why:');
    expect(result.stdout).not.toMatch(/at .*\.ts:\d+/);
  });

  it('the timeline lines say what the reasons say: more hours for a part-timer, a contractor or interim until a step-down', () => {
    // Before (review 25 N5): "month 0: 0.5 HR Manager" read as half a manager hired, and the interim advice was in --json only.
    const shrinking = plan('--employees', '400', '--industry', 'retail', '--growth=-40');
    expect(shrinking.stdout).toContain('month  0: 0.5 Employee Relations Specialist (400 employees, a contractor or interim until month 12)');
    expect(shrinking.stdout).toMatch(/month {2}0: 1\.5 HR Generalist \(400 employees, 0\.5 of it a contractor or interim until month 12\)/);
    const partTime = plan('--employees', '130', '--industry', 'retail', '--growth', '50', '--existing', 'hr-generalist=0.5', '--existing', 'hr-coordinator=2');
    expect(partTime.stdout).toContain('month 13: 0.5 HR Manager (202 employees, more hours for a part-timer of yours)');
    // The other half of a half-time post hired now is one full-time person (review 27 H5).
    expect(plan('--employees', '45', '--industry', 'technology', '--growth', '60').stdout).toContain('month  1: 0.5 Recruiter (47 employees, the other half of the post hired now: one full-time person)');
  });

  it('the command itself writes the error to stderr, nothing to stdout, and exits with status 2 on bad input', () => {
    const result = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'src/cli/plan.ts', '--employees', 'x'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('plan: --employees: must be a whole number from 1 to 100,000 (got "x")\n');
  });

  it('the team lists the pay each person is costed at: a head of HR paid for the size, state pay included', () => {
    for (const args of [['--employees', '12000', '--states', '30'], ['--employees', '100', '--state', 'CA=60', '--state', 'NY=40']]) {
      const result = plan(...args);
      expect(result.status, result.stderr).toBe(0);
      const json = JSON.parse(plan(...args, '--json').stdout) as ReturnType<typeof recommend>;
      for (const member of json.team) {
        const each = salaryEach(member);
        // Before: the national catalog range, "$140,030-$239,200 each" for a head costed at over $300,000.
        expect(result.stdout, member.title).toContain(`${member.title.padEnd(36)} $${formatNumber(each.low)}-$${formatNumber(each.high)} each`);
      }
    }
  });

  it('the changes of recommendation mark the one this company is past, so a change below today is not read as ahead', () => {
    const result = plan('--employees', '40', '--growth', '150', '--industry', 'technology');
    // Before: "at 20 employees: Hybrid team" for a company of 40 that already is one.
    expect(result.stdout).toMatch(/ {2}from [\d,]+ employees: [A-Za-z -]+ \(this company, at 40 employees\)\n/);
    expect(result.stdout).not.toMatch(/^ {2}at [\d,]+ employees: /m);
  });

  it("a shrinking company's timeline prints its yearly step-down beside its hires", () => {
    const result = plan('--employees', '1000', '--growth', '-40');
    expect(result.stdout).toMatch(/ {2}month 12: [\d.]+ fewer [A-Za-z ]+ \(600 employees\): leavers not replaced, moves or notice\n/);
    expect(result.stdout).toMatch(/By month 24: 360 employees, [\d.]+ HR FTE\./);
  });

  it('the budget alternative prints every note it has, not only the first', () => {
    const result = plan('--employees', '150', '--budget', '90000');
    // Before: only "Fits $90,000 with 0.5 of the 2.5 FTE…" was printed.
    expect(result.stdout).toContain('  Within budget instead: 0.5 HR Generalist, loaded $48,457.\n    - Fits $90,000 with 0.5 of the 2.5 FTE the workload needs.\n    - At pay nearer the low end of each salary range, 1 FTE would fit instead');
  });

  it('--json prints exactly the plan the engine returns', () => {
    const result = plan('--employees', '35', '--growth', '100', '--industry', 'technology', '--budget', '250000', '--json');
    expect(result.status, result.stderr).toBe(0);
    const expected = recommend(profile({ employees: 35, growthPct: 100, industry: 'technology', budget: 250_000 }), catalog);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('maps every flag onto the profile, repeatable ones included', () => {
    const result = plan(
      '--employees', '220', '--growth', '15', '--attrition', '30', '--industry', 'retail', '--states', '6',
      '--countries', '2', '--remote', '20', '--unionized', '--federal-contractor', '--budget', '900000',
      '--automation', 'advanced', '--horizon', '36', '--priority', 'learning=high', '--priority', 'payroll=low',
      '--existing', 'hr-generalist=2', '--outsource', 'benefits', '--outsource', 'executive-search',
      '--structure', 'specialist', '--json',
    );
    expect(result.status, result.stderr).toBe(0);
    const expected = planFor(
      profile({
        employees: 220, growthPct: 15, attritionPct: 30, industry: 'retail', states: 6, countries: 2, remotePct: 20,
        unionized: true, federalContractor: true, budget: 900_000, automation: 'advanced', horizonMonths: 36,
        priorities: { learning: 'high', payroll: 'low' }, existingTeam: { 'hr-generalist': 2 },
        outsource: ['benefits', 'executive-search'],
      }),
      'specialist',
      catalog,
    );
    const printed = JSON.parse(result.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.structure).toBe('specialist');
    expect(printed.timeline).toHaveLength(37);
  });

  it('--csv plans every row and prints one CSV row per profile', () => {
    const result = plan('--csv', 'test/fixtures/cli/profiles.csv');
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^employees,industry,growth,structure,score,/);
    const [first, second, third] = lines.slice(1).map((line) => line.split(','));
    expect(first!.slice(0, 4)).toEqual(['30', 'technology', '100', recommend(profile({ employees: 30, industry: 'technology', growthPct: 100 }), catalog).structure]);
    expect(second!.slice(0, 3)).toEqual(['120', 'manufacturing', '10']);
    expect(third!.slice(0, 4)).toEqual(['300', 'healthcare', '10', recommend(profile({ employees: 300, industry: 'healthcare' }), catalog).structure]);
    const manufacturer = recommend(
      profile({ employees: 120, industry: 'manufacturing', budget: 400_000, outsource: ['benefits', 'executive-search'], priorities: { recruiting: 'high' } }),
      catalog,
    );
    expect(second![3]).toBe(manufacturer.structure);
    expect(Number(second![11])).toBe(manufacturer.cost.loaded.mid);
  });

  it('--help lists every flag', () => {
    const result = plan('--help');
    expect(result.status).toBe(0);
    for (const flag of ['--employees', '--growth', '--attrition', '--industry', '--states', '--countries', '--remote', '--unionized',
      '--federal-contractor', '--budget', '--automation', '--horizon', '--priority', '--existing', '--outsource', '--structure',
      '--json', '--csv', '--help']) {
      expect(result.stdout).toContain(flag);
    }
  });

  it.each([
    [['--employees', '-5'], 'plan: --employees: Employees must be at least 1 (allowed: a whole number from 1 to 100,000)'],
    [['--employees', 'abc'], 'plan: --employees: must be a whole number from 1 to 100,000 (got "abc")'],
    [['--employees', '200000'], 'plan: --employees: Employees must be at most 100,000 (allowed: a whole number from 1 to 100,000)'],
    [['--employees', '50', '--growth', 'fast'], 'plan: --growth: must be a percentage from -50 to 300 (got "fast")'],
    [['--employees', '50', '--industry', 'mining'], 'plan: --industry: Industry must be one of: technology, healthcare, manufacturing, retail, nonprofit, finance, professional-services, hospitality, education, public-sector, other'], // the choices once, not twice
    [['--employees', '50', '--colour', 'blue'], 'plan: --colour: unknown flag (see --help)'],
    [['--growth', '10'], 'plan: --employees: required, a whole number from 1 to 100,000'],
    [['--employees', '50', '--priority', 'recruiting'], 'plan: --priority: must be FUNCTION=LEVEL, FUNCTION one of recruiting, onboarding, employee-relations, benefits, compensation, compliance, learning, hris-analytics, engagement, payroll and LEVEL one of low, normal, high (got "recruiting")'],
    [['--employees', '50', '--structure', 'flat'], 'plan: --structure: must be one of generalist, specialist, hybrid, assistant-manager (got "flat")'],
    [['--employees', '50', '--unionized=maybe'], 'plan: --unionized: must be true or false, or the bare flag (got "maybe")'],
    [['--employees', '50', '--growth', '-75'], 'plan: --growth: Growth must be at least -50% (allowed: a percentage from -50 to 300)'],
    [['--employees'], 'plan: --employees: needs a value (see --help)'],
    [['--csv', 'test/fixtures/cli/bad-row.csv'], 'plan: CSV line 3: growth: Growth must be at least -50% (allowed: a percentage from -50 to 300)'],
    [['--csv', 'test/fixtures/cli/bad-header.csv'], 'plan: CSV line 1: unknown column "headcount" (allowed: employees, industry, states, state, countries, remote, unionized, federal-contractor, growth, attrition, horizon, start, budget, automation, priority, existing, outsource)'],
    [['--csv', 'test/fixtures/cli/missing.csv'], 'plan: --csv: cannot read the file "test/fixtures/cli/missing.csv"'],
  ])('bad input %j exits 2 with one line', (args, message) => {
    const result = plan(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${message}\n`);
  });

  it('an unknown existing-team role exits 2 naming it and listing every valid slug (flag and CSV line)', () => {
    const valid = Object.keys(catalog).sort().join(', ');
    const flag = plan('--employees', '50', '--existing', 'hr-generalst=1');
    expect(flag.status).toBe(2);
    expect(flag.stdout).toBe('');
    expect(flag.stderr).toBe(`plan: --existing: Unknown existing-team role "hr-generalst"; valid roles: ${valid}\n`);
    const row = plan('--csv', 'test/fixtures/cli/unknown-role.csv');
    expect(row.status).toBe(2);
    expect(row.stderr).toBe(`plan: CSV line 3: existing: Unknown existing-team role "recruter"; valid roles: ${valid}\n`);
  });
});
