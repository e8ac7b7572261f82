// npx tsx scripts/line-balance.ts [stories/] [--json]: how far a trainee gets without reading.
// Per scenario: the best path's overall; what naive strategies score (always the longest,
// shortest, first, last line, the most cue words, 1,000 seeded random walks) and whether they
// would pass a Foundations call; how often the best-rated line is the longest or the shortest,
// and where it sits; the median words of the best and of the other lines; endings whose outcome
// disagrees with the score; coaching that names a seed or offers the chosen line as "better";
// and the same line rated differently in two scenarios.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubrics } from '../src/cli/rubric-source.ts';
import { callJudge } from '../src/engine/certification/pass-rules.ts';
import { checkScenario } from '../src/engine/check/check-scenario.ts';
import type { Exploration } from '../src/engine/explore/explorer.ts';
import { walkCompletePaths } from '../src/engine/explore/path-walk.ts';
import { seededRandom } from '../src/engine/random.ts';
import { parseTrack } from '../src/engine/schema/track.ts';
import { scoreCall, type CallScores, type ScoredPoint } from '../src/engine/scoring/call-score.ts';
import type { RatedChoice } from '../src/engine/scoring/rate-choice.ts';

const folder = process.argv.slice(2).find((a) => !a.startsWith('--') && !a.endsWith('.ink')) ?? 'stories';
const asJson = process.argv.includes('--json');
const verbose = process.argv.includes('--points');
const WALKS = 1000;
const rubrics = loadRubrics();
const { track } = parseTrack(readFileSync(join(folder, 'foundations.track.json'), 'utf8'), 'foundations.track.json');
const judgeCall = callJudge(track, rubrics.data);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;
export const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Words of the line that earned a rubric cue. */
function cueWords(text: string): number {
  return rubrics.analyzer
    .analyze(text)
    .evidence.filter((e) => e.kind !== 'trigger' && e.polarity > 0)
    .reduce((n, e) => n + words(e.match), 0);
}

/** What a line is worth against the others on offer: each rubric's share of the point's range, minus its triggers' penalties (20 points weigh one full swing). */
function lineValue(offered: RatedChoice[], chosen: number): number {
  let value = 0;
  for (const rubric of ['empathy', 'ownership', 'expectations'] as const) {
    const ratings = offered.map((o) => o.ratings[rubric]);
    const range = Math.max(...ratings) - Math.min(...ratings);
    if (range > 0) value += (offered[chosen]!.ratings[rubric] - Math.min(...ratings)) / range;
  }
  for (const id of new Set(offered[chosen]!.triggers)) value -= (rubrics.rules.penalties[id] ?? 0) / 20;
  return value;
}

/** How long a line looks: words, then characters. */
const size = (text: string) => words(text) * 10_000 + text.length;

type Picker = (offered: RatedChoice[], node: number) => number;

interface Played {
  overall: number;
  outcome: string | null;
  mood: number;
  passes: boolean;
  choices: number[];
}

function play(exploration: Exploration, rated: RatedChoice[][], pick: Picker): Played {
  const points: ScoredPoint[] = [];
  const triggers: string[] = [];
  const choices: number[] = [];
  let id = exploration.root;
  for (let guard = 0; guard < 500; guard++) {
    const node = exploration.nodes[id]!;
    if (node.kind !== 'choice') break;
    const offered = rated[id]!;
    const chosen = pick(offered, id);
    points.push({ offered, chosen });
    triggers.push(...offered[chosen]!.triggers);
    choices.push(chosen + 1);
    id = node.edges.find((e) => e.choice === chosen)!.to;
  }
  const end = exploration.nodes[id]!;
  const scores: CallScores = scoreCall(points, rubrics.rules);
  const outcome = end.kind === 'ending' ? (end.outcome ?? null) : null;
  const passes = judgeCall({ scores, outcome, triggers }).passed;
  return { overall: round(scores.overall), outcome, mood: end.mood, passes, choices };
}

const byLength = (sign: 1 | -1): Picker => (offered) => {
  let at = 0;
  offered.forEach((o, i) => {
    if (sign * (size(o.text) - size(offered[at]!.text)) > 0) at = i;
  });
  return at;
};

interface Report {
  file: string;
  best: number;
  worst: number;
  strategies: Record<string, { overall: number; outcome: string | null; passes: boolean; path: string }>;
  random: { mean: number; p90: number; passRate: number };
  points: number;
  bestLongest: number;
  bestShortest: number;
  bestPositions: number[];
  medianWordsBest: number;
  medianWordsOther: number;
  incoherent: string[];
  seedNotes: number;
  sameBetter: number;
}

const lineRatings = new Map<string, { key: string; where: string }[]>();

function measure(file: string): Report {
  const check = checkScenario(file, readFileSync(file, 'utf8'), { rater: rubrics.analyzer, rules: rubrics.rules });
  const { exploration, rated, paths } = check;
  if (!exploration || !rated || !paths?.best || !paths.worst) throw new Error(`${file}: ${check.report.errors.map((e) => e.message).join('; ')}`);
  const seen = new Set<string>();
  let bestLongest = 0;
  let bestShortest = 0;
  const positions: number[] = [];
  const bestWords: number[] = [];
  const otherWords: number[] = [];
  exploration.nodes.forEach((node, id) => {
    if (node.kind !== 'choice') return;
    const offered = rated[id]!;
    const key = offered.map((o) => o.text).join('\n');
    if (seen.has(key)) return;
    seen.add(key);
    const values = offered.map((_, i) => lineValue(offered, i));
    const top = Math.max(...values);
    const bests = values.flatMap((v, i) => (Math.abs(v - top) < 1e-9 ? [i] : []));
    const lengths = offered.map((o) => size(o.text));
    const strictly = (target: number) => (lengths.filter((l) => l === target).length === 1 ? lengths.indexOf(target) : -1);
    if (bests.length === offered.length) return;
    if (bests.includes(strictly(Math.max(...lengths)))) bestLongest++;
    if (bests.includes(strictly(Math.min(...lengths)))) bestShortest++;
    positions.push(bests[0]! + 1);
    if (verbose) console.log(`  point: ${offered.map((o, i) => `${bests.includes(i) ? '*' : ''}${o.text.length}c/${words(o.text)}w/${cueWords(o.text)}q=${round(values[i]!)}`).join('  ')}  | ${offered[0]!.text.slice(0, 40)}`);
    offered.forEach((o, i) => (bests.includes(i) ? bestWords : otherWords).push(words(o.text)));
    for (const o of offered) {
      const norm = normalise(o.text);
      const ratingKey = `${o.ratings.empathy}/${o.ratings.ownership}/${o.ratings.expectations} ${[...o.triggers].sort().join(',') || '-'}`;
      const list = lineRatings.get(norm) ?? [];
      if (!list.some((entry) => entry.where === file && entry.key === ratingKey)) list.push({ key: ratingKey, where: file });
      lineRatings.set(norm, list);
    }
  });
  let seedNotes = 0;
  let sameBetter = 0;
  const notes = new Set<string>();
  for (const options of rated)
    for (const o of options) {
      const id = `${o.text}\n${o.feedback}\n${o.better}`;
      if (notes.has(id)) continue;
      notes.add(id);
      if (/\bseeds?\b/i.test(`${o.feedback ?? ''} ${o.better ?? ''}`)) seedNotes++;
      if (o.better && normalise(o.better) === normalise(o.text)) sameBetter++;
    }
  const incoherent = new Set<string>();
  walkCompletePaths(exploration, rated, rubrics.rules, ({ ending, scores, choices }) => {
    const end = exploration.nodes[ending]!;
    const good = end.outcome === 'resolved' || end.outcome === 'follow_up';
    if (good && (end.mood <= -3 || scores.overall < 50))
      incoherent.add(`${end.outcome} at mood ${end.mood}, overall ${round(scores.overall)} (${choices.map((c) => c + 1).join(',')})`);
    if (!good && scores.overall >= 80) incoherent.add(`${end.outcome} at overall ${round(scores.overall)} (${choices.map((c) => c + 1).join(',')})`);
  });
  const strategies: Report['strategies'] = {};
  const pickers: Record<string, Picker> = {
    longest: byLength(1),
    shortest: byLength(-1),
    first: () => 0,
    last: (offered) => offered.length - 1,
    cues: (offered) => {
      const counts = offered.map((o) => cueWords(o.text));
      return counts.indexOf(Math.max(...counts));
    },
  };
  for (const [name, pick] of Object.entries(pickers)) {
    const r = play(exploration, rated, pick);
    strategies[name] = { overall: r.overall, outcome: r.outcome, passes: r.passes, path: r.choices.join('') };
  }
  const random = seededRandom(1);
  const walks = Array.from({ length: WALKS }, () => play(exploration, rated, (offered) => Math.floor(random() * offered.length)));
  const overalls = walks.map((w) => w.overall).sort((a, b) => a - b);
  return {
    file,
    best: round(paths.best.scores.overall),
    worst: round(paths.worst.scores.overall),
    strategies,
    random: {
      mean: round(overalls.reduce((a, b) => a + b, 0) / WALKS),
      p90: overalls[Math.ceil(0.9 * WALKS) - 1]!,
      passRate: round((100 * walks.filter((w) => w.passes).length) / WALKS),
    },
    points: seen.size,
    bestLongest,
    bestShortest,
    bestPositions: positions,
    medianWordsBest: median(bestWords),
    medianWordsOther: median(otherWords),
    incoherent: [...incoherent].slice(0, 5),
    seedNotes,
    sameBetter,
  };
}

const only = process.argv.slice(2).filter((a) => a.endsWith('.ink'));
const files =
  only.length > 0
    ? only
    : readdirSync(folder)
        .filter((n) => n.endsWith('.ink'))
        .sort()
        .map((n) => join(folder, n));
const reports = files.map(measure);
const inconsistent = [...lineRatings.entries()].filter(([, list]) => new Set(list.map((e) => e.key)).size > 1);

if (asJson) {
  console.log(JSON.stringify({ reports, inconsistent }, null, 1));
} else {
  for (const r of reports) {
    const s = r.strategies;
    const fmt = (k: string) => `${s[k]!.overall}${s[k]!.passes ? ' PASS' : ''} ${s[k]!.outcome ?? '-'} (${s[k]!.path})`;
    const gap = Math.min(...['longest', 'shortest'].map((k) => r.best - s[k]!.overall));
    const naiveTop = Math.max(...Object.values(s).map((v) => v.overall), r.random.p90);
    console.log(
      `${r.file}\n  best ${r.best} worst ${r.worst} | longest ${fmt('longest')} | shortest ${fmt('shortest')} | first ${fmt('first')} | last ${fmt('last')} | cues ${fmt('cues')}` +
        `\n  random mean ${r.random.mean} p90 ${r.random.p90} pass ${r.random.passRate}% | long/short gap ${round(gap)} | best − naive max ${round(r.best - naiveTop)}` +
        `\n  best is longest ${r.bestLongest}/${r.points} (${Math.round((100 * r.bestLongest) / r.points)}%), shortest ${r.bestShortest}/${r.points}, positions ${r.bestPositions.join('')}` +
        ` | median words best ${r.medianWordsBest} other ${r.medianWordsOther} | seed notes ${r.seedNotes} | better = chosen ${r.sameBetter}` +
        (r.incoherent.length ? `\n  INCOHERENT: ${r.incoherent.join('; ')}` : ''),
    );
  }
  for (const [line, list] of inconsistent) console.log(`INCONSISTENT "${line}": ${list.map((e) => `${e.where} ${e.key}`).join(' | ')}`);
}
