import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkScenario, type ScenarioReport } from '../engine/check/check-scenario.ts';
import { diagnosticLine } from '../engine/check/diagnostics.ts';
import { InputError } from '../engine/errors.ts';
import { contentHash } from '../engine/hash.ts';
import { studyScenario, type ScenarioStudy } from '../engine/phrasebook/scenario-study.ts';
import { UsageError } from '../cli/cli-error.ts';
import { includeReader, readText } from '../cli/read-input.ts';
import { DEV_SAVE_PATH } from '../studio/dev-save-path.ts';
import { loadRubrics, rubricFileFor, RUBRIC_DATA_FILE, type Rubrics } from '../cli/rubric-source.ts';

/** Import this id to get every scenario of the stories folder: header, hash and a loader of its compiled story. */
export const STORIES_MODULE = 'virtual:frontline/stories';
const RESOLVED = `\0${STORIES_MODULE}`;
/** What the phrasebook and the skills profile know of every scenario (its choice points' best lines, what it practises), for the screens that load it. */
export const STUDY_MODULE = 'virtual:frontline/study';
const RESOLVED_STUDY = `\0${STUDY_MODULE}`;
/** One scenario's compiled story, in a chunk of its own: `virtual:frontline/story/ID`. */
const STORY_PREFIX = 'virtual:frontline/story/';
const RESOLVED_STORY = `\0${STORY_PREFIX}`;
/** Every scenario's best path as the checker finds it (the same as `frontline play --best`), for the Watch step's model call. */
export const MODEL_PATHS_MODULE = 'virtual:frontline/model-paths';
const RESOLVED_MODEL_PATHS = `\0${MODEL_PATHS_MODULE}`;

/** A checker error in the shape Rollup and the Vite overlay understand. */
class ScenarioError extends Error {
  constructor(
    readonly id: string,
    readonly loc: { file: string; line: number; column: number },
    message: string,
  ) {
    super(message);
  }
}

/** The rubric data a scenario is checked with: the file beside it, else the shipped one. */
function rubricsFor(file: string): Rubrics {
  const dataFile = rubricFileFor(dirname(file), existsSync);
  try {
    return loadRubrics(dataFile);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new ScenarioError(dataFile, { file: dataFile, line: error.line ?? 1, column: 0 }, error.message);
  }
}

/** The same lines `frontline check` prints for errors: file, line, code and message. */
function errorLines(report: ScenarioReport): string {
  return report.errors.map((e) => diagnosticLine(report.file, e)).join('\n');
}

/** A scenario's text, or a ScenarioError that says why it cannot be read. */
function scenarioText(file: string): string {
  try {
    return readText(file);
  } catch (error) {
    if (error instanceof InputError) throw new ScenarioError(file, { file, line: error.line ?? 1, column: 0 }, error.message);
    if (error instanceof UsageError) throw new ScenarioError(file, { file, line: 1, column: 0 }, error.message);
    throw error;
  }
}

/**
 * Checks one scenario as `frontline check` does and returns its compiled JSON, with the files
 * its INCLUDEs read (to watch them). Any checker error (compile, tags, dead ends…) fails the
 * build and shows in the dev overlay; warnings do not, so a trainer can still try a draft.
 */
function checkFile(file: string, source: string, rubrics: Rubrics): CompiledStory {
  const included: string[] = [];
  const reader = includeReader();
  const include = { resolve: reader.resolve, read: (path: string) => (included.push(path), reader.read(path)) };
  const check = checkScenario(file, source, { rater: rubrics.analyzer, rules: rubrics.rules, include, strategies: false });
  const { report } = check;
  if (report.errors.length > 0 || !check.json || !check.header || !check.exploration || !check.rated) {
    const first = report.errors[0];
    const detail = report.errors.length > 0 ? errorLines(report) : `${file}: the scenario could not be checked`;
    throw new ScenarioError(file, { file, line: first?.line ?? 1, column: 0 }, `scenario check failed\n${detail}`);
  }
  return {
    id: check.header.id,
    header: check.header,
    json: check.json,
    included,
    best: check.paths?.best?.choices ?? null,
    study: studyScenario(check.header, check.exploration, check.rated, check.paths?.best?.choices ?? null, rubrics.rules),
  };
}

interface CompiledStory {
  id: string;
  header: unknown;
  json: string;
  /** the exact best path's 0-based choices; null when no path is complete */
  best: number[] | null;
  study: ScenarioStudy;
  /** the files its INCLUDEs read */
  included: string[];
}

/** Checked stories by file, kept while neither the source, its included files nor the rubric data change: the index and each story's chunk ask for the same file. */
const checked = new Map<string, { key: string; story: CompiledStory }>();

function textOrNothing(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function compileFile(file: string): CompiledStory {
  const rubrics = rubricsFor(file);
  const source = scenarioText(file);
  const keyOf = (included: string[]) => [rubrics.hash, contentHash(source), ...included.map((path) => contentHash(textOrNothing(path)))].join(':');
  const cached = checked.get(file);
  if (cached && cached.key === keyOf(cached.story.included)) return cached.story;
  const story = checkFile(file, source, rubrics);
  checked.set(file, { key: keyOf(story.included), story });
  return story;
}

function inkFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.ink'))
    .sort()
    .map((name) => join(dir, name));
}

/** A saved scenario's name: a scenario id and `.ink`, so that a save can never leave the stories folder. */
const SAVE_NAME = /^[a-z0-9][a-z0-9-]*\.ink$/;
/** The largest scenario the dev server saves, as the CLI reads at most. */
const SAVE_LIMIT = 4 * 1024 * 1024;

/** The file a save request names inside the stories folder, or why it is refused. */
export function saveTarget(dir: string, requested: string): { ok: true; file: string } | { ok: false; message: string } {
  let name: string;
  try {
    name = decodeURIComponent(requested.replace(/^\//, '').split('?')[0] ?? '');
  } catch {
    return { ok: false, message: 'the file name is not valid URL encoding' };
  }
  if (!SAVE_NAME.test(name)) return { ok: false, message: `"${name}" is not a scenario file name: use lowercase letters, digits and dashes, ending in .ink` };
  return { ok: true, file: join(dir, name) };
}

/** Save the posted scenario into the stories folder; answers 204, or 400/405/413 with the reason in words. */
function saveStory(dir: string, request: IncomingMessage, response: ServerResponse): void {
  const refuse = (status: number, message: string) => {
    response.statusCode = status;
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end(message);
  };
  if (request.method !== 'POST') return refuse(405, 'save a scenario with POST');
  const target = saveTarget(dir, request.url ?? '');
  if (!target.ok) return refuse(400, target.message);
  const chunks: Buffer[] = [];
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= SAVE_LIMIT) chunks.push(chunk);
  });
  request.on('end', () => {
    if (size > SAVE_LIMIT) return refuse(413, `the scenario is over ${SAVE_LIMIT / 1024 / 1024} MB`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    } catch {
      return refuse(400, 'the scenario is not UTF-8 text');
    }
    try {
      writeFileSync(target.file, text);
    } catch (error) {
      return refuse(500, `the file could not be written (${(error as Error).message})`);
    }
    response.statusCode = 204;
    response.end();
  });
}

/** The modules that list every scenario must be rebuilt when a scenario or the rubric data changes. */
function invalidateIndexes(server: ViteDevServer): void {
  for (const id of [RESOLVED, RESOLVED_MODEL_PATHS, RESOLVED_STUDY]) {
    const module = server.moduleGraph.getModuleById(id);
    if (module) server.moduleGraph.invalidateModule(module);
  }
}

/**
 * Compiles `stories/*.ink` to story JSON at build time, so the browser ships the ink runtime
 * only. `import json from './x.ink'` gives one story; the virtual module gives them all.
 */
export function inkStories(storiesDir = 'stories'): Plugin {
  let dir = storiesDir;
  return {
    name: 'frontline-ink-stories',
    configResolved(config) {
      dir = resolve(config.root, storiesDir);
    },
    configureServer(server) {
      // A scenario added or removed must reach the menu. The folder itself is watched here,
      // not through addWatchFile: Vite's dev server treats a watched path as an import of the
      // module, and a folder cannot be resolved as one.
      server.watcher.add(dir);
      const refresh = (file: string) => {
        if (!file.endsWith('.ink') || dirname(file) !== dir) return;
        invalidateIndexes(server);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
      // The studio's Save: the file lands in the stories folder, and the watcher above and hotUpdate below bring it to the menu.
      server.middlewares.use(DEV_SAVE_PATH, (request, response) => saveStory(dir, request, response));
    },
    resolveId(id) {
      if (id === STORIES_MODULE) return RESOLVED;
      if (id === MODEL_PATHS_MODULE) return RESOLVED_MODEL_PATHS;
      if (id === STUDY_MODULE) return RESOLVED_STUDY;
      if (id.startsWith(STORY_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      const compileWatched = (file: string): CompiledStory => {
        this.addWatchFile(file);
        const story = compileFile(file);
        for (const path of story.included) this.addWatchFile(path);
        return story;
      };
      if (id === RESOLVED) {
        const dataFile = join(dir, RUBRIC_DATA_FILE);
        if (existsSync(dataFile)) this.addWatchFile(dataFile);
        // The menu needs every header; a story's JSON loads only when it is played, so the
        // first screen does not carry every compiled story.
        const entries = inkFiles(dir).map((file) => {
          const { id: storyId, header, json } = compileWatched(file);
          const loader = `() => import(${JSON.stringify(STORY_PREFIX + basename(file, '.ink'))}).then((m) => m.default)`;
          return `{ id: ${JSON.stringify(storyId)}, header: ${JSON.stringify(header)}, hash: ${JSON.stringify(contentHash(json))}, load: ${loader} }`;
        });
        return `export default [\n${entries.join(',\n')}\n];`;
      }
      if (id === RESOLVED_MODEL_PATHS) {
        const paths = Object.fromEntries(inkFiles(dir).map((file) => {
          const story = compileWatched(file);
          return [story.id, story.best];
        }));
        return `export default ${JSON.stringify(paths)};`;
      }
      if (id === RESOLVED_STUDY) {
        const dataFile = join(dir, RUBRIC_DATA_FILE);
        if (existsSync(dataFile)) this.addWatchFile(dataFile);
        return `export default ${JSON.stringify(inkFiles(dir).map((file) => compileWatched(file).study))};`;
      }
      if (id.startsWith(RESOLVED_STORY)) return `export default ${JSON.stringify(compileWatched(join(dir, `${id.slice(RESOLVED_STORY.length)}.ink`)).json)};`;
      if (id.endsWith('.ink')) return `export default ${JSON.stringify(compileWatched(id).json)};`;
      return undefined;
    },
    hotUpdate({ file, server }) {
      if (!file.endsWith('.ink') && !(file.endsWith(RUBRIC_DATA_FILE) && dirname(file) === dir)) return;
      invalidateIndexes(server);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
