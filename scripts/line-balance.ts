// npx tsx scripts/line-balance.ts [FOLDER] [FILE.ink…]: how far a trainee gets without reading,
// per scenario, as a table for the before/after of a rewrite. It uses the checker's own pieces
// (naive strategies, answer key, coherence) and adds what a rewrite needs to see at a glance:
// whether each strategy would pass a Frontline Foundations call, where the best line sits at
// each point, and the coaching that still names a seed or offers the chosen line as "better".
// FOLDER (default stories) supplies foundations.track.json and rubric-data.json; run it on a
// folder holding an older copy of the scenarios to measure them as they were.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubrics, rubricFileFor } from '../src/cli/rubric-source.ts';
import { blockersFor, judgeCall } from '../src/engine/certification/pass-rules.ts';
import { ratedPoints, readAnswerKey } from '../src/engine/check/answer-key.ts';
import { checkScenario } from '../src/engine/check/check-scenario.ts';
import { cueWordCounter, NAIVE_STRATEGIES, playNaiveStrategies } from '../src/engine/check/naive-strategies.ts';
import { findIncoherentEndings } from '../src/engine/check/outcome-coherence.ts';
import { sameLine } from '../src/engine/scoring/same-move.ts';
import { parseTrack } from '../src/engine/schema/track.ts';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.endsWith('.ink')) ?? 'stories';
const only = args.filter((a) => a.endsWith('.ink'));
const rubrics = loadRubrics(rubricFileFor(folder, existsSync));
const { track } = parseTrack(readFileSync(join(folder, 'foundations.track.json'), 'utf8'), 'foundations.track.json');
const blockers = blockersFor(track, rubrics.data);
const cueWords = cueWordCounter(rubrics.analyzer);
const round = (n: number) => Math.round(n * 10) / 10;

function measure(file: string): string {
  const check = checkScenario(file, readFileSync(file, 'utf8'), { rater: rubrics.analyzer, rules: rubrics.rules });
  const { exploration, rated, paths } = check;
  if (!exploration || !rated || !paths?.best) return `${file}\n  cannot be measured: ${check.report.errors.map((e) => e.message).join('; ')}`;
  const best = paths.best.scores.overall;
  const play = playNaiveStrategies(exploration, rated, rubrics.rules, best, cueWords);
  const strategies = NAIVE_STRATEGIES.map((name) => {
    const call = play.calls[name];
    const pass = judgeCall({ scores: call.scores, outcome: call.outcome, triggers: call.triggers }, track, blockers).passed;
    return `${name} ${round(call.scores.overall)}${pass ? ' PASSES' : ''} ${call.outcome ?? 'no ending'}`;
  });
  const naiveTop = Math.max(...NAIVE_STRATEGIES.map((n) => play.calls[n].scores.overall), play.report.random.p90.overall);
  const points = ratedPoints(exploration, rated, rubrics.rules);
  const key = readAnswerKey(points);
  const positions = points.map((p) => p.best.map((i) => i + 1).join('/')).join(' ');
  const notes = new Map<string, { text: string; feedback?: string; better?: string }>();
  for (const options of rated) for (const o of options) notes.set(`${o.text}\n${o.feedback}\n${o.better}`, o);
  const seedNotes = [...notes.values()].filter((o) => /\bseeds?\b/i.test(`${o.feedback ?? ''} ${o.better ?? ''}`)).length;
  const sameBetter = [...notes.values()].filter((o) => o.better && sameLine(o.better, o.text)).length;
  const incoherent = findIncoherentEndings(exploration, rated, rubrics.rules);
  const pct = (n: number) => `${n}/${key.points} (${Math.round((100 * n) / Math.max(1, key.points))} %)`;
  return [
    file,
    `  best path ${round(best)} | ${strategies.join(' | ')} | random mean ${play.report.random.mean.overall}, p90 ${play.report.random.p90.overall}`,
    `  best path minus the best naive strategy: ${round(best - naiveTop)} (at least 25 wanted)`,
    `  best line longest at ${pct(key.bestLongest)}, shortest at ${pct(key.bestShortest)}; its positions: ${positions}`,
    `  median words: best lines ${key.medianWordsBest}, other lines ${key.medianWordsOther}`,
    `  notes naming a seed: ${seedNotes}; "better" lines that repeat the chosen line: ${sameBetter}; incoherent endings: ${incoherent.length}`,
  ].join('\n');
}

const files =
  only.length > 0
    ? only
    : readdirSync(folder)
        .filter((n) => n.endsWith('.ink'))
        .sort()
        .map((n) => join(folder, n));
for (const file of files) console.log(measure(file));
