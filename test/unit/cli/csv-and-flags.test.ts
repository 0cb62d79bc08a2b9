// The command line's --csv details (file lines, BOM, duplicate columns, extra cells, INIT_CWD,
// flags with --csv) and the profile flags --start and --state.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profile, recommend } from '../../../src/engine';
import { currentMonth } from '../../../src/engine/calendar';
import { catalog } from '../../support/catalog';
import { runPlanCli } from '../../../src/cli/run';

/** The command's work in this process, with npm's INIT_CWD as given (none: the process's folder). */
function plan(args: string[], env: { INIT_CWD?: string } = {}) {
  return runPlanCli(args, { initCwd: env.INIT_CWD || undefined, cwd: process.cwd() });
}

const folder = mkdtempSync(join(tmpdir(), 'roleplan-csv-'));
function csvFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('--csv', { timeout: 60_000 }, () => {
  it('names the file line of a bad row, blank lines and quoted line breaks counted', () => {
    const blank = csvFile('blank.csv', 'employees,growth\n\n40,10\n\n55,-80\n');
    expect(plan(['--csv', blank]).stderr).toBe('plan: CSV line 5: growth: Growth must be at least -50% (allowed: a percentage from -50 to 300)\n');
    const quoted = csvFile('quoted.csv', 'employees,industry,existing\n40,technology,"hr-generalist=1;\nrecruiter=1"\n55,mining,\n');
    expect(plan(['--csv', quoted]).stderr).toMatch(/^plan: CSV line 4: industry: /);
  });

  it('reads a header quoted after a byte-order mark', () => {
    const path = csvFile('bom.csv', '\uFEFF"employees","industry"\r\n120,manufacturing\r\n');
    const result = plan(['--csv', path]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/^120,manufacturing,/);
  });

  it('refuses a duplicate column and a row with extra cells, naming the line', () => {
    const duplicate = csvFile('duplicate.csv', 'employees,growth,employees\n40,10,50\n');
    expect(plan(['--csv', duplicate])).toMatchObject({ status: 2, stderr: 'plan: CSV line 1: the column "employees" appears twice\n' });
    const extra = csvFile('extra.csv', 'employees,growth\n40,10\n\n50,10,retail\n');
    expect(plan(['--csv', extra])).toMatchObject({ status: 2, stderr: 'plan: CSV line 4: 3 cells but the header has 2 columns\n' });
  });

  it('reads a relative path from the folder the command was started in (INIT_CWD)', () => {
    csvFile('relative.csv', 'employees\n75\n');
    const result = plan(['--csv', 'relative.csv'], { INIT_CWD: folder });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/^75,/);
  });

  it('applies profile flags as defaults for absent columns and empty cells', () => {
    const path = csvFile('defaults.csv', 'employees,industry\n40,\n50,retail\n');
    const result = plan(['--csv', path, '--industry', 'healthcare', '--growth', '30', '--state', 'CA=10']);
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout.trim().split('\n').slice(1).map((line) => line.split(','));
    expect(rows[0]!.slice(0, 3)).toEqual(['40', 'healthcare', '30']);
    expect(rows[1]!.slice(0, 3)).toEqual(['50', 'retail', '30']);
    expect(rows[0]).toContain('CA=10');
  });

  it('prints one JSON plan per line with --json', () => {
    const path = csvFile('json.csv', 'employees,growth,state,start\n40,10,CA=30;NY=5,2027-01\n200,0,,2027-01\n');
    const result = plan(['--csv', path, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const expected = recommend(profile({ employees: 40, growthPct: 10, stateEmployees: { CA: 30, NY: 5 }, start: '2027-01' }), catalog);
    expect(JSON.parse(lines[0]!)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(lines[1]!).structure).toBe(recommend(profile({ employees: 200, growthPct: 0, start: '2027-01' }), catalog).structure);
  });
});

describe('profile flags', { timeout: 60_000 }, () => {
  it('says "1 employee", not "1 employees"', () => {
    const result = plan(['--employees', '1']);
    expect(result.stdout).toContain('HR plan for 1 employee (');
    expect(result.stdout).not.toMatch(/\b1 employees\b/);
    // No in-house HR is the advice, not a shortfall against the band.
    expect(result.stdout).toMatch(/Team: no in-house HR staff yet, on purpose: the first HR hire is due at \d+ employees/);
    expect(result.stdout).not.toContain('below the band');
  });

  it('prints HR staff per 100 to the two decimals of the band it is compared with', () => {
    const result = plan(['--employees', '800', '--growth=-40', '--horizon', '36', '--industry', 'technology']);
    // Before: "0.9 per 100 … (typical for that size: 0.91-1.74, within the band)" (review 21 #11).
    expect(result.stdout).toMatch(/0\.94 per 100 of the 640 employees it is sized for \(typical for that size: 0\.91-1\.74, within the band\)/);
  });

  it('--start sets the calendar month of month 0 and defaults to this month', () => {
    const given = JSON.parse(plan(['--employees', '45', '--growth', '30', '--start', '2026-11', '--json']).stdout);
    const fmla = given.obligations.find((obligation: { id: string }) => obligation.id === 'fmla');
    expect(fmla).toMatchObject({ month: 9, date: '2027-08' });
    const fallback = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'src/cli/plan.ts', '--employees', '45', '--growth', '30', '--json'],
      { encoding: 'utf8' },
    );
    const expected = recommend(profile({ employees: 45, growthPct: 30, start: currentMonth() }), catalog);
    expect(JSON.parse(fallback.stdout).obligations).toEqual(JSON.parse(JSON.stringify(expected.obligations)));
    expect(plan(['--employees', '45', '--start', '2026-13']).stderr).toBe(
      'plan: --start: Start must be a month written YYYY-MM, from 2000-01 to 2099-12 (allowed: the calendar month of month 0, YYYY-MM such as 2027-01 (default: this month))\n',
    );
  });

  it('--state is repeatable and maps onto stateEmployees; --json carries a jurisdiction on every obligation', () => {
    const result = plan(['--employees', '60', '--state', 'CA=40', '--state', 'ny=15', '--start', '2027-01', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout);
    const expected = recommend(profile({ employees: 60, stateEmployees: { CA: 40, NY: 15 }, start: '2027-01' }), catalog);
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.obligations.length).toBeGreaterThan(10);
    for (const obligation of printed.obligations) expect(['US', 'CA', 'NY']).toContain(obligation.jurisdiction);
    expect(new Set(printed.obligations.map((obligation: { jurisdiction: string }) => obligation.jurisdiction))).toEqual(new Set(['US', 'CA', 'NY']));
  });

  it('keeps the old --states count working, raised to the states listed', () => {
    const old = JSON.parse(plan(['--employees', '60', '--states', '4', '--json']).stdout);
    expect(old).toEqual(JSON.parse(JSON.stringify(recommend(profile({ employees: 60, states: 4 }), catalog))));
    const listed = plan(['--employees', '60', '--state', 'CA=10', '--state', 'NY=10', '--state', 'TX=10', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual(
      JSON.parse(JSON.stringify(recommend(profile({ employees: 60, states: 3, stateEmployees: { CA: 10, NY: 10, TX: 10 } }), catalog))),
    );
  });

  const ALLOWED = "(allowed: CODE=COUNT, CODE a state's postal code (the 50 states and DC) and COUNT the employees there, e.g. CA=40; together at most --employees)";
  it.each([
    [['--state', 'ZZ=4'], `plan: --state: Unknown state code "ZZ": use the two-letter postal code of one of the 50 states or DC, such as CA or NY ${ALLOWED}`],
    [['--state', 'CA=-4'], `plan: --state: State headcount must be at least 0 ${ALLOWED}`],
    [['--state', 'CA=40', '--state', 'NY=25'], `plan: --state: State headcounts add up to 65, more than the 60 employees ${ALLOWED}`],
    [['--state', 'CA40'], `plan: --state: "CA40" is not CODE=COUNT, e.g. CA=40 ${ALLOWED}`],
    [['--state', 'CA=4', '--state', 'ca=5'], `plan: --state: CA is listed twice ${ALLOWED}`],
    [['--state', 'CA=2.5'], `plan: --state: State headcount must be a whole number ${ALLOWED}`],
  ])('--state error %j exits 2 naming the flag', (args, message) => {
    const result = plan(['--employees', '60', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${message}\n`);
  });
});
