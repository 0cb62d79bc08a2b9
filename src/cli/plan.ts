// `npm run plan -- [flags]`: the rules engine on the command line (the work is in run.ts).
import { runPlanCli } from './run.ts';

const result = runPlanCli(process.argv.slice(2), { initCwd: process.env.INIT_CWD, cwd: process.cwd() });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.status;
