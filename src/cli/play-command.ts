import { parseArgs } from 'node:util';
import { checkScenario } from '../engine/check/check-scenario.ts';
import { seededRandom } from '../engine/random.ts';
import { reportCall, type CallReport } from '../engine/scoring/call-report.ts';
import { lineTooLong } from '../engine/analyzer/line-limit.ts';
import { matcherLabels, matchReply } from '../engine/matcher/match-reply.ts';
import { StorySession } from '../engine/story/session.ts';
import { MAX_SHUFFLE_SEED } from '../engine/story/shown-order.ts';
import { UsageError } from './cli-error.ts';
import { formatReport } from '../engine/check/format-report.ts';
import { progressPrinter } from './progress.ts';
import { inputLines } from './input-lines.ts';
import { includeReader, readText } from './read-input.ts';
import { loadRubrics, rubricFileFor } from './rubric-source.ts';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';

/** One step of a walk: a 0-based authored choice, or a reply typed in the trainee's own words. */
type Step = number | { say: string };

/**
 * Picks the next step, given the lines on offer (authored order) and the authored index of each
 * line in the order shown; undefined stops the walk.
 */
type ChoiceSource = (offered: readonly { text: string }[], step: number, order: readonly number[]) => Promise<Step | undefined> | Step | undefined;

function parseChoose(list: string): number[] {
  return list.split(',').map((item) => {
    const n = Number(item.trim());
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--choose takes 1-based choice numbers separated by commas, got "${item}"`);
    return n - 1;
  });
}

function fixedSource(path: readonly Step[]): ChoiceSource {
  return (offered, step) => {
    const pick = path[step];
    if (pick === undefined) return undefined;
    if (typeof pick === 'number' && pick >= offered.length) throw new UsageError(`choice ${pick + 1} at step ${step + 1} is not on offer (1 to ${offered.length})`);
    return pick;
  };
}

/** The steps `--choose` and `--say` give, in the order they stand on the command line (each `--say` is one choice point). */
function mixedSteps(tokens: readonly { kind: string; name?: string; value?: string | undefined }[]): Step[] {
  const steps: Step[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'choose') steps.push(...parseChoose(token.value));
    else if (token.name === 'say') {
      if (token.value.trim() === '') throw new UsageError('--say takes a reply in words, got an empty one');
      const tooLong = lineTooLong(token.value);
      if (tooLong) throw new UsageError(`--say: ${tooLong}`);
      steps.push({ say: token.value });
    }
  }
  return steps;
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

/** `frontline play FILE [--choose 1,3,2 and/or --say "reply" … | --best | --worst | --random SEED] [--shuffle SEED] [--json]`: returns the exit code. */
export async function runPlay(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    tokens: true,
    options: {
      choose: { type: 'string', multiple: true },
      say: { type: 'string', multiple: true },
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
  const scripted = values.choose !== undefined || values.say !== undefined;
  const sources = [scripted, values.best, values.worst, values.random !== undefined].filter(Boolean);
  if (sources.length > 1) throw new UsageError('give at most one of --choose (with --say), --best, --worst, --random', true);
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
  } else if (scripted) source = fixedSource(mixedSteps(tokens));
  else if (values.random !== undefined) {
    const random = seededRandom(seed);
    source = (offered) => Math.floor(random() * offered.length);
  } else source = terminalSource(err);

  const session = StorySession.start(check.json, { file, rubricHash: rubrics.hash, seed, ...(shuffle === undefined ? {} : { shuffle }) });
  const interactive = !values.json && sources.length === 0;
  const show = (beats: readonly { speaker: string; text: string }[]) => {
    if (interactive) for (const beat of beats) if (beat.text) err(`${beat.speaker === 'agent' ? 'YOU' : beat.speaker === 'narration' ? '' : session.header.customer.toUpperCase()}: ${beat.text}`);
  };
  const labels = matcherLabels(rubrics.data);
  let refused: Refusal | undefined;
  show(session.transcript);
  for (let step = 0; !session.ended; step++) {
    const pick = await source(session.choices, step, session.order);
    if (pick === undefined) break;
    if (typeof pick === 'number') {
      show(session.choose(pick).slice(1));
      continue;
    }
    const match = matchReply(pick.say, session.choices, { analyzer: rubrics.analyzer, labels });
    if (match.kind === 'refused') {
      refused = { step: step + 1, reply: pick.say, reason: match.reason, nearest: match.nearest + 1, similarity: match.similarity, evidence: match.analysis.evidence.map(({ kind, id, match: words, polarity }) => ({ kind, id, match: words, polarity })) };
      break;
    }
    show(session.choose(match.option, pick.say).slice(1));
  }
  const report = reportCall(session, rubrics.analyzer, rubrics.rules, labels);
  const scenario = { id: session.header.id, title: session.header.title };
  out(values.json ? JSON.stringify({ scenario, ...report, ...(refused ? { refused } : {}) }, null, 2) : formatCall(session.header.title, report, refused));
  if (interactive) process.stdin.destroy();
  if (refused) err(`${file}: the reply at step ${refused.step} was refused: ${refused.reason}`);
  return refused ? 1 : 0;
}

/** A typed reply no line on offer was close enough to: the walk stops there. */
interface Refusal {
  /** 1-based choice point */
  step: number;
  reply: string;
  reason: string;
  /** 1-based authored number of the nearest line */
  nearest: number;
  similarity: number;
  evidence: { kind: string; id: string; match: string; polarity: number }[];
}

function formatCall(title: string, report: CallReport, refused: Refusal | undefined): string {
  const lines = [`${title}`, ''];
  let said = 0;
  for (const line of report.transcript) {
    lines.push(`${line.speaker === 'agent' ? '  YOU' : line.speaker === 'narration' ? '   --' : '    >'} ${line.text}`);
    if (line.speaker !== 'agent') continue;
    const typed = report.choices[said++]?.typed;
    if (typed) lines.push(`      (typed; taken as line ${typed.takenAs}, similarity ${typed.similarity}: ${typed.reason})`);
  }
  if (refused) lines.push(`  YOU ${refused.reply}`, `      (refused at choice point ${refused.step}; nearest line ${refused.nearest}, similarity ${refused.similarity}: ${refused.reason})`);
  lines.push('', `path: ${report.path.join(',') || '(none)'}   outcome: ${report.outcome ?? 'none (the call did not end)'}   mood: ${report.mood}`);
  const s = report.scores;
  lines.push(`scores: empathy ${s.empathy}, ownership ${s.ownership}, expectations ${s.expectations}, triggers ${s.triggers}, overall ${s.overall}`);
  return lines.join('\n');
}
