import { InputError } from '../engine/errors.ts';
import { UsageError } from './cli-error.ts';
import { printable } from './printable.ts';

const USAGE = `usage: frontline <command> [options]

  check [PATH…] [--json] [--strict]    compile, validate and explore scenarios (default: stories/)
  play FILE [--choose 1,3,2 | --best | --worst | --random SEED] [--json]
                                       play a scenario headless (asks on the terminal without a choice source)
  analyze [--jsonl]                    rate agent lines read from stdin
  report --lrs URL [--since DATE] [--until DATE] [--format csv|json|html] [--table ID]
                                       the cohort summary from an LRS (key and secret in FRONTLINE_LRS_KEY, FRONTLINE_LRS_SECRET)

  --rubrics FILE                       rubric data to use (default: stories/rubric-data.json)
exit codes: 0 success, 1 the input has errors (with --strict, warnings too), 2 bad usage or an unreadable file`;

/** Run the `frontline` command with its arguments; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  // Everything printed goes through printable(): what a scenario or a file name holds cannot drive the terminal.
  const out = (text: string) => process.stdout.write(`${printable(text)}\n`);
  const err = (text: string) => process.stderr.write(`${printable(text)}\n`);
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Each command is loaded when it runs, so that `--help` starts at once.
      case 'check':
        return await (await import('./check-command.ts')).runCheckInParallel(rest, out, err);
      case 'play':
        return await (await import('./play-command.ts')).runPlay(rest, out, err);
      case 'analyze':
        return await (await import('./analyze-command.ts')).runAnalyze(rest, out, err);
      case 'report':
        return await (await import('./report-command.ts')).runReport(rest, out, err);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        (command === undefined ? err : out)(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`, true);
    }
  } catch (error) {
    if (error instanceof InputError || (error instanceof Error && error.name === 'StoryPlayError')) {
      err(`error: ${error.message}`);
      return 1;
    }
    if (error instanceof UsageError && !error.showUsage) {
      err(`error: ${error.message}`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`error: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
