import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRubrics } from '../src/cli/rubric-source.ts';
import { parseLabelledSet, scoreLabelledSet, type SetScore } from '../src/engine/matcher/labelled-set.ts';
import { matcherLabels } from '../src/engine/matcher/match-reply.ts';
import { compileInk } from '../src/engine/story/compile.ts';

/** The repository root (this file sits in scripts/). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(REPO_ROOT, 'tests/fixtures');

/** The labelled sets in tests/fixtures: the hand-written dev set and every matcher-set-*.jsonl. */
export function labelledSetFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name === 'matcher-dev.jsonl' || /^matcher-set-.+\.jsonl$/.test(name))
    .sort()
    .map((name) => join(FIXTURES, name));
}

/** Score one labelled set file against the shipped stories and rubric data. */
export function scoreFile(file: string): SetScore {
  const rubrics = loadRubrics();
  const context = { analyzer: rubrics.analyzer, labels: matcherLabels(rubrics.data) };
  const stories = new Map<string, string>();
  const storyOf = (id: string) => {
    let json = stories.get(id);
    if (json === undefined) {
      const compiled = compileInk(readFileSync(join(REPO_ROOT, 'stories', `${id}.ink`), 'utf8'), { file: `${id}.ink` });
      if (!compiled.ok) throw new Error(`stories/${id}.ink does not compile`);
      json = compiled.json;
      stories.set(id, json);
    }
    return json;
  };
  return scoreLabelledSet(parseLabelledSet(readFileSync(file, 'utf8'), basename(file)), storyOf, context);
}

const percent = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

/** One line of figures per set, then the misses when asked. */
function main(files: string[], verbose: boolean): void {
  console.log('set                                  paraphrases taken right   no-fit refused');
  for (const file of files) {
    const score = scoreFile(file);
    const { paraphrases: p, noFit: n } = score;
    console.log(`${basename(file).padEnd(36)} ${`${p.right}/${p.total} = ${percent(p.right, p.total)}`.padEnd(25)} ${n.refused}/${n.total} = ${percent(n.refused, n.total)}`);
    if (verbose) {
      for (const miss of score.misses) console.log(`   ${miss.item.scenario} [${miss.item.point}] expected ${miss.item.expected ?? 'refusal'}, got ${miss.got ?? 'refusal'} (${miss.similarity}): ${miss.item.reply}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--misses');
  const files = args.filter((a) => a !== '--misses');
  main(files.length > 0 ? files : labelledSetFiles(), verbose);
}
