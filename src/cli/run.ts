// The command line's work, apart from the process: arguments in; output, errors and exit status out.
// `plan.ts` is the command; tests call `runPlanCli` directly (starting Node for each case is slow).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planFor, recommend, type Plan, type PlanOptions } from '../engine/plan.ts';
import type { Profile } from '../engine/profile.ts';
import { STRUCTURES } from '../engine/structures.ts';
import { InputError, parseStructure, profileFlagHelp, profileFromFlags, REPEATABLE_FLAGS, FLAG_TO_FIELD, TOGGLE_FLAGS, type RawFlags } from './flags.ts';
import { profilesFromCsv, toCsv } from './csv.ts';
import { summarize } from './summary.ts';
import { readRoleCatalog } from '../node/content-files.ts';
import { formatStateHeadcounts } from '../engine/state-headcounts.ts';

const HELP = `Usage: npm run --silent plan -- --employees N [options]

Plans an HR team for a company profile and prints it.

Company profile (only --employees is required):
${profileFlagHelp().join('\n')}

Output:
  --structure S            plan this structure instead of recommending one: ${STRUCTURES.join(', ')}
  --json                   print the plan exactly as the engine returns it
  --csv FILE               plan every row of FILE (header: long flag names without dashes,
                           e.g. employees,growth,industry,state; repeatable columns separated by ;)
                           and print one CSV row per profile. Profile flags given with --csv
                           fill the columns the file leaves out or empty; with --json, one
                           plan per line (JSON lines). A relative FILE is read from the folder
                           the command was started in.
  --help                   show this help

Exit status: 0 on success, 2 on bad input (one line naming the flag and what is allowed).`;

const PROFILE_OPTIONS = Object.fromEntries(
  Object.keys(FLAG_TO_FIELD).map((flag) => [
    flag,
    REPEATABLE_FLAGS.has(flag) ? { type: 'string', multiple: true } : { type: TOGGLE_FLAGS.has(flag) ? 'boolean' : 'string' },
  ]),
) as Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

const OPTIONS = {
  ...PROFILE_OPTIONS,
  structure: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CSV_HEADER = [
  'employees',
  'industry',
  'growth',
  'structure',
  'score',
  'runner_up',
  'hr_fte',
  'ratio_per_100',
  'band',
  'salary_mid',
  'loaded_low',
  'loaded_mid',
  'loaded_high',
  'budget',
  'budget_fits',
  'over_by',
  'team',
  'deep',
  'gaps',
  'first_hire_month',
  'warnings',
  'start',
  'state_employees',
  'state_obligations',
];

function csvRow(plan: Plan, profile: Profile, timeline: Plan['timeline']): (string | number | boolean)[] {
  const runner = STRUCTURES.filter((s) => s !== plan.structure).sort((a, b) => plan.scores[b] - plan.scores[a])[0]!;
  const firstHire = timeline.find((month) => month.hires.length > 0);
  return [
    profile.employees,
    profile.industry,
    profile.growthPct,
    plan.structure,
    plan.scores[plan.structure],
    runner,
    plan.hrFte,
    Math.round(plan.ratioPer100 * 100) / 100,
    `${plan.band.low}-${plan.band.high}`,
    plan.cost.salary.mid,
    plan.cost.loaded.low,
    plan.cost.loaded.mid,
    plan.cost.loaded.high,
    plan.budget.limit ?? '',
    plan.budget.fits,
    plan.budget.overBy,
    plan.team.map((member) => `${member.role}=${member.fte}`).join(';'),
    Object.entries(plan.coverage).filter(([, level]) => level === 'deep').map(([fn]) => fn).join(';'),
    Object.entries(plan.coverage).filter(([, level]) => level === 'gap').map(([fn]) => fn).join(';'),
    firstHire?.month ?? '',
    plan.warnings.length,
    profile.start,
    formatStateHeadcounts(profile.stateEmployees, '=', ';'),
    plan.obligations.filter((obligation) => obligation.jurisdiction !== 'US').length,
  ];
}

const BOOLEAN_VALUES = new Set(['true', 'false', 'yes', 'no', '1', '0']);

/**
 * Lets a negative number follow a flag (`--growth -20`) and booleans take a value
 * (`--unionized=false`), which node's parseArgs would otherwise reject.
 */
function normalizeArgs(argv: string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const name = arg.startsWith('--') ? arg.slice(2).split('=')[0]! : '';
    const option = (OPTIONS as Record<string, { type: string }>)[name];
    if (option?.type === 'string' && !arg.includes('=') && /^-(\d|\.\d)/.test(argv[index + 1] ?? '')) {
      out.push(`${arg}=${argv[index + 1]}`);
      index += 1;
    } else if (option?.type === 'boolean' && arg.includes('=')) {
      const value = arg.slice(arg.indexOf('=') + 1).toLowerCase();
      if (!BOOLEAN_VALUES.has(value)) throw new InputError(`--${name}: must be true or false, or the bare flag (got "${value}")`);
      if (['true', 'yes', '1'].includes(value)) out.push(`--${name}`);
    } else {
      out.push(arg);
    }
  }
  return out;
}

function run(argv: string[], where: Where): string {
  let parsed;
  try {
    parsed = parseArgs({ args: normalizeArgs(argv), options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new InputError(`${unknown[1]}: unknown flag (see --help)`);
    const missing = /Option '([^']+)' argument missing/.exec(message);
    if (missing) throw new InputError(`${missing[1]!.split(' ')[0]}: needs a value (see --help)`);
    throw new InputError(message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
  const { values } = parsed;
  if (values.help) return HELP;
  const catalog = readRoleCatalog();
  const structure = values.structure === undefined ? undefined : parseStructure(values.structure);
  const planOf = (profile: Profile, options: PlanOptions = {}) =>
    structure ? planFor(profile, structure, catalog, options) : recommend(profile, catalog, options);

  const { structure: _structure, json, csv, help: _help, ...profileFlags } = values;
  if (csv !== undefined) {
    // npm runs scripts from the package folder; INIT_CWD is where the person typed the command.
    const path = resolve(where.initCwd ?? where.cwd, csv);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new InputError(`--csv: cannot read the file "${csv}"`);
    }
    const profiles = profilesFromCsv(text, profileFlags as RawFlags, catalog);
    if (json) return profiles.map((profile) => JSON.stringify(planOf(profile))).join('\n');
    // The CSV row needs the timeline's first hire but not the threshold scan, the slowest part of a full plan.
    const rows = profiles.map((profile) => {
      const plan = planOf(profile, { thresholds: false });
      return csvRow(plan, profile, plan.timeline);
    });
    return toCsv(CSV_HEADER, rows).trimEnd();
  }

  const profile = profileFromFlags(profileFlags as RawFlags, catalog);
  const plan = planOf(profile);
  return json ? JSON.stringify(plan, null, 2) : summarize(plan, profile, structure === undefined);
}

/** Where the command runs: npm's INIT_CWD (the folder the person typed it in) and the process's folder. */
export interface Where {
  initCwd?: string;
  cwd: string;
}

export interface CliResult {
  /** 0 on success, 2 on bad input, 1 on an internal error. */
  status: number;
  stdout: string;
  stderr: string;
}

export function runPlanCli(argv: string[], where: Where): CliResult {
  try {
    return { status: 0, stdout: `${run(argv, where)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof InputError) return { status: 2, stdout: '', stderr: `plan: ${error.message}\n` };
    return { status: 1, stdout: '', stderr: `plan: internal error: ${error instanceof Error ? error.message : String(error)}\n` };
  }
}
