import { parseArgs } from 'node:util';
import { checkScenario } from '../engine/check/check-scenario.ts';
import { seededRandom } from '../engine/random.ts';
import { reportCall, type CallReport } from '../engine/scoring/call-report.ts';
import { StorySession } from '../engine/story/session.ts';
import { MAX_SHUFFLE_SEED } from '../engine/story/shown-order.ts';
import { UsageError } from './cli-error.ts';
import { formatReport } from './format-report.ts';
import { progressPrinter } from './progress.ts';
import { inputLines } from './input-lines.ts';
import { includeReader, readText } from './read-input.ts';
import { loadRubrics, rubricFileFor } from './rubric-source.ts';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Picks the next 0-based authored choice, given the lines on offer (authored order) and the
 * authored index of each line in the order shown; undefined stops the walk.
 */
type ChoiceSource = (offered: readonly { text: string }[], step: number, order: readonly number[]) => Promise<number | undefined> | number | undefined;

function parseChoose(list: string): number[] {
  return list.split(',').map((item) => {
    const n = Number(item.trim());
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--choose takes 1-based choice numbers separated by commas, got "${item}"`);
    return n - 1;
  });
}

function fixedSource(path: number[]): ChoiceSource {
  return (offered, step) => {
    const pick = path[step];
    if (pick === undefined) return undefined;
    if (pick >= offered.length) throw new UsageError(`choice ${pick + 1} at step ${step + 1} is not on offer (1 to ${offered.length})`);
    return pick;
  };
}

function terminalSource(err: (text: string) => void): ChoiceSource {
  // An async line iterator keeps lines that arrive together (piped input); question() drops them.
  // inputLines holds at most one bounded line and stops at binary input such as /dev/zero.
  const answers = inputLines(process.stdin)[Symbol.asyncIterator]();
  // Lines are listed in the order shown, and the number typed follows that order.
  return async (offered, _step, order) => {
    order.forEach((index, i) => err(`  ${i + 1}. ${offered[index]!.text}`));
    for (;;) {
      process.stderr.write('> ');
      const next = await answers.next();
      if (next.done) return undefined;
      const n = 'text' in next.value ? Number(next.value.text.trim()) : Number.NaN;
      if (Number.isInteger(n) && n >= 1 && n <= offered.length) return order[n - 1];
      err(`type a number from 1 to ${offered.length}`);
    }
  };
}

/** `frontline play FILE [--choose 1,3,2 | --best | --worst | --random SEED] [--shuffle SEED] [--json]`: returns the exit code. */
export async function runPlay(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      choose: { type: 'string' },
      best: { type: 'boolean' },
      worst: { type: 'boolean' },
      random: { type: 'string' },
      shuffle: { type: 'string' },
      json: { type: 'boolean' },
      rubrics: { type: 'string' },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('play takes exactly one scenario file', true);
  const sources = [values.choose !== undefined, values.best, values.worst, values.random !== undefined].filter(Boolean);
  if (sources.length > 1) throw new UsageError('give at most one of --choose, --best, --worst, --random', true);
  const seed = values.random === undefined ? 0 : Number(values.random);
  if (!Number.isInteger(seed)) throw new UsageError(`--random takes a whole number seed, got "${values.random}"`);
  const shuffle = values.shuffle === undefined ? undefined : Number(values.shuffle);
  if (shuffle !== undefined && (!Number.isInteger(shuffle) || shuffle < 0 || shuffle > MAX_SHUFFLE_SEED)) {
    throw new UsageError(`--shuffle takes a whole number seed from 0 to ${MAX_SHUFFLE_SEED}, got "${values.shuffle}"`);
  }

  const rubrics = loadRubrics(values.rubrics ?? rubricFileFor(dirname(file), existsSync));
  const check = checkScenario(file, readText(file), { rater: rubrics.analyzer, rules: rubrics.rules, explore: { onProgress: progressPrinter(file, err) }, include: includeReader() });
  if (!check.report.ok || !check.json) {
    err(formatReport(check.report));
    return 1;
  }
  let source: ChoiceSource;
  if (values.best || values.worst) {
    const path = values.best ? check.paths?.best : check.paths?.worst;
    if (!path) {
      err(`${file}: no complete path from the start to an ending`);
      return 1;
    }
    source = fixedSource(path.choices);
  } else if (values.choose !== undefined) source = fixedSource(parseChoose(values.choose));
  else if (values.random !== undefined) {
    const random = seededRandom(seed);
    source = (offered) => Math.floor(random() * offered.length);
  } else source = terminalSource(err);

  const session = StorySession.start(check.json, { file, rubricHash: rubrics.hash, seed, ...(shuffle === undefined ? {} : { shuffle }) });
  const interactive = !values.json && sources.length === 0;
  const show = (beats: readonly { speaker: string; text: string }[]) => {
    if (interactive) for (const beat of beats) if (beat.text) err(`${beat.speaker === 'agent' ? 'YOU' : beat.speaker === 'narration' ? '' : session.header.customer.toUpperCase()}: ${beat.text}`);
  };
  show(session.transcript);
  for (let step = 0; !session.ended; step++) {
    const pick = await source(session.choices, step, session.order);
    if (pick === undefined) break;
    show(session.choose(pick).slice(1));
  }
  const report = reportCall(session, rubrics.analyzer, rubrics.rules);
  out(values.json ? JSON.stringify({ scenario: { id: session.header.id, title: session.header.title }, ...report }, null, 2) : formatCall(session.header.title, report));
  if (interactive) process.stdin.destroy();
  return 0;
}

function formatCall(title: string, report: CallReport): string {
  const lines = [`${title}`, ''];
  for (const line of report.transcript) lines.push(`${line.speaker === 'agent' ? '  YOU' : line.speaker === 'narration' ? '   --' : '    >'} ${line.text}`);
  lines.push('', `path: ${report.path.join(',') || '(none)'}   outcome: ${report.outcome ?? 'none (the call did not end)'}   mood: ${report.mood}`);
  const s = report.scores;
  lines.push(`scores: empathy ${s.empathy}, ownership ${s.ownership}, expectations ${s.expectations}, triggers ${s.triggers}, overall ${s.overall}`);
  return lines.join('\n');
}
