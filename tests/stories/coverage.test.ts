import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/engine/analyzer/types.ts';
import { checkScenario, type ScenarioCheck } from '../../src/engine/check/check-scenario.ts';
import { RATED_RUBRICS } from '../../src/engine/schema/rubric-ids.ts';
import type { RatedChoice } from '../../src/engine/scoring/rate-choice.ts';
import { shippedRubrics } from '../helpers/rubrics.ts';
import { shippedStories } from '../helpers/stories.ts';

/*
 * The coverage table in stories/README.md is a promise to trainers: a ✓ says the scenario
 * really practises that technique, or really plants that trigger as a trap. This test reads
 * the table and holds every ✓ to evidence found in the scenario's choices (author tags
 * first, the analyzer where a choice has no tag), as `rubrics.md` scores them.
 */

const TECHNIQUES = [
  'listen and reflect back',
  'acknowledge and apologize',
  'empathy not sympathy',
  'ownership',
  "don't blame",
  'set expectations with a timeline',
  '"what i can do" alternatives',
  'boundaries with a yelling caller',
  'redirect with a question',
  'follow up',
  'deliver bad news',
  'warm escalation',
  'thank the customer',
] as const;
type Technique = (typeof TECHNIQUES)[number];

/** Compare labels on their letters only: case, punctuation and quotes do not matter. */
const key = (label: string) => label.toLowerCase().replace(/[^a-z]/g, '');

// ---------------------------------------------------------------- the table

interface CoverageTable {
  columns: string[];
  techniques: Map<Technique, Set<string>>;
  triggers: Map<string, Set<string>>;
  /** every row label as written, in order */
  labels: string[];
}

function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => cell.trim());
}

/** Read the first markdown table after the "Coverage table" heading. */
function readCoverageTable(markdown: string, triggerIds: readonly string[]): CoverageTable {
  const lines = markdown.split(/\r?\n/);
  const heading = lines.findIndex((line) => /^#{1,6}\s.*coverage table/i.test(line));
  expect(heading, 'stories/README.md has a "Coverage table" heading').toBeGreaterThanOrEqual(0);
  const start = lines.findIndex((line, i) => i > heading && line.trim().startsWith('|'));
  expect(start, 'a table follows the "Coverage table" heading').toBeGreaterThan(heading);
  const rows: string[] = [];
  for (let i = start; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push(lines[i]!);
  const [head, rule, ...body] = rows;
  expect(rule ?? '', 'the second row of the table is the |---| rule').toMatch(/^\s*\|(\s*:?-+:?\s*\|)+\s*$/);
  const columns = cells(head!).slice(1).map((c) => c.replace(/`/g, '').trim());
  const table: CoverageTable = { columns, techniques: new Map(), triggers: new Map(), labels: [] };
  const byKey = new Map(TECHNIQUES.map((t) => [key(t), t] as const));
  for (const row of body) {
    const [label = '', ...marks] = cells(row);
    expect(marks.length, `row "${label}" has one cell per scenario`).toBe(columns.length);
    for (const mark of marks) expect(['', '✓'], `row "${label}": a cell is ✓ or empty`).toContain(mark);
    const ticked = new Set(columns.filter((_, i) => marks[i] === '✓'));
    table.labels.push(label);
    const trigger = /`([a-z][a-z0-9_]*)`/.exec(label)?.[1];
    if (trigger !== undefined) {
      expect(triggerIds, `row "${label}" names a trigger id from the rubric data`).toContain(trigger);
      expect(table.triggers.has(trigger), `trigger ${trigger} has one row`).toBe(false);
      table.triggers.set(trigger, ticked);
      continue;
    }
    const technique = byKey.get(key(label));
    expect(technique, `row "${label}" is one of the seed techniques: ${TECHNIQUES.join('; ')}`).toBeDefined();
    expect(table.techniques.has(technique!), `technique "${label}" has one row`).toBe(false);
    table.techniques.set(technique!, ticked);
  }
  return table;
}

// ---------------------------------------------------------------- the evidence

interface Option {
  rated: RatedChoice;
  evidence: Evidence[];
}

interface Scenario {
  id: string;
  check: ScenarioCheck;
  /** the reachable choice points: the options offered together */
  points: Option[][];
  /** every distinct reachable option */
  options: Option[];
  /** trigger ids some reachable choice carries (author tag, else the analyzer) */
  triggers: Set<string>;
}

const { analyzer, rules, data } = shippedRubrics();

function loadScenario(file: string, source: string): Scenario {
  const check = checkScenario(file, source, { rater: analyzer, rules });
  expect(check.report.errors, `${file} checks without errors`).toEqual([]);
  const seen = new Map<string, Option>();
  const option = (rated: RatedChoice): Option => {
    const id = JSON.stringify(rated);
    let found = seen.get(id);
    if (!found) {
      found = { rated, evidence: analyzer.analyze(rated.text).evidence };
      seen.set(id, found);
    }
    return found;
  };
  const points = check.rated!.filter((options) => options.length > 0).map((options) => options.map(option));
  const options = [...seen.values()];
  const triggers = new Set(options.flatMap((o) => o.rated.triggers));
  return { id: check.report.id, check, points, options, triggers };
}

const total = (o: Option) => RATED_RUBRICS.reduce((sum, r) => sum + o.rated.ratings[r], 0);
const cues = (o: Option) => new Set(o.evidence.filter((e) => e.kind !== 'trigger').map((e) => e.id));
/** no trigger and no rubric below zero: a line the scenario treats as sound */
const clean = (o: Option) => o.rated.triggers.length === 0 && RATED_RUBRICS.every((r) => o.rated.ratings[r] >= 0);
/** clean, and earning + on at least one rubric */
const positive = (o: Option) => clean(o) && RATED_RUBRICS.some((r) => o.rated.ratings[r] > 0);
const says = (o: Option, pattern: RegExp) => pattern.test(o.rated.text);

const CHECKS_BACK = /\b(is that right|is that correct|have i got that right|did i get that right|do i have that right)\?/i;
const CHECKS_TIMELINE = /\b(any questions about|does that (timeline|work)|is there anything else)\b/i;
const SYMPATHY = /\b(poor thing|that (really |does )?(sucks?|stinks)|what a bummer|been there)\b/i;
const BLAME = ['blame_customer', 'blame_others'];
const FOLLOW_UP = /\b(i'?ll|i will)\b[^.?!]*\b((call|email|message|text) you|check in)\b/i;
const REFLECTED = /\b(reflect(s|ed|ing)?|repeat(s|ed|ing)?)\b[^.]*\bback\b/i;
const BAD_NEWS = /\b(unfortunately|not good news|i'?m afraid|can'?t promise|we can'?t|i can'?t)\b/i;

/**
 * What counts as evidence that a scenario practises each technique: something a trainer can
 * check by reading the file, stated as a rule the test applies to every reachable choice.
 */
const EVIDENCE: Record<Technique, { rule: string; found: (s: Scenario) => boolean }> = {
  'listen and reflect back': {
    rule: 'a sound choice the analyzer tags "reflects", or one that restates and checks back ("Is that right?", "Have I got that right?"), or a choice rated + whose #feedback coaches it as reflecting the customer\'s words back',
    found: (s) =>
      s.options.some(
        (o) => clean(o) && (cues(o).has('reflects') || says(o, CHECKS_BACK) || (positive(o) && REFLECTED.test(o.rated.feedback ?? ''))),
      ),
  },
  'acknowledge and apologize': {
    rule: 'a choice rated + on empathy, with no trigger, where the analyzer finds an apology ("apology" cue)',
    found: (s) => s.options.some((o) => positive(o) && o.rated.ratings.empathy > 0 && cues(o).has('apology')),
  },
  'empathy not sympathy': {
    rule: 'a sympathy-style option ("poor thing", "that sucks", "that stinks") offered next to an option rated higher on empathy',
    found: (s) =>
      s.points.some((point) => {
        const best = Math.max(...point.map((o) => o.rated.ratings.empathy));
        return point.some((o) => says(o, SYMPATHY) && o.rated.ratings.empathy < best);
      }),
  },
  ownership: {
    rule: 'a choice rated + on ownership, with no trigger',
    found: (s) => s.options.some((o) => positive(o) && o.rated.ratings.ownership > 0),
  },
  "don't blame": {
    rule: 'a choice point offering a blame_customer or blame_others trap next to a trigger-free option rated higher in total',
    found: (s) =>
      s.points.some((point) =>
        point.some((trap) => trap.rated.triggers.some((t) => BLAME.includes(t)) && point.some((o) => clean(o) && total(o) > total(trap))),
      ),
  },
  'set expectations with a timeline': {
    rule: 'a choice rated + on expectations, with no trigger, where the analyzer finds a time or date ("timeline" or "date_change" cue)',
    found: (s) => s.options.some((o) => positive(o) && o.rated.ratings.expectations > 0 && (cues(o).has('timeline') || cues(o).has('date_change'))),
  },
  '"what i can do" alternatives': {
    rule: 'a choice rated + with no trigger that says "what I can do" or that the analyzer tags "offers_alternative"',
    found: (s) => s.options.some((o) => positive(o) && (says(o, /\bwhat (i|we) can do\b/i) || cues(o).has('offers_alternative'))),
  },
  'boundaries with a yelling caller': {
    rule: 'a choice rated + on empathy, with no trigger, that sets the seed\'s boundary ("if you keep yelling")',
    found: (s) => s.options.some((o) => positive(o) && o.rated.ratings.empathy > 0 && says(o, /\b(keep|keeps) (yelling|shouting|raising your voice)\b|\bif you keep\b/i)),
  },
  'redirect with a question': {
    rule: 'a sound choice that asks a question (not a "questions about that timeline?" or "is that right?" check) and is rated + or coached as a redirect in its #feedback',
    found: (s) =>
      s.options.some(
        (o) =>
          clean(o) &&
          /\?/.test(o.rated.text) &&
          !says(o, CHECKS_TIMELINE) &&
          !says(o, CHECKS_BACK) &&
          (positive(o) || /redirect/i.test(o.rated.feedback ?? '')),
      ),
  },
  'follow up': {
    rule: 'a choice rated + with no trigger where the analyzer finds a follow-up ("follow_up" cue) or the agent promises to call, email, message or check in',
    found: (s) => s.options.some((o) => positive(o) && (cues(o).has('follow_up') || FOLLOW_UP.test(o.rated.text.replace(/\b([ap])\.m\./gi, '$1m')))),
  },
  'deliver bad news': {
    rule: 'a choice rated + on expectations, with no trigger, that breaks bad news ("unfortunately", "I\'m afraid", "we can\'t", "I can\'t promise") or whose #feedback is about bad news',
    found: (s) =>
      s.options.some((o) => positive(o) && o.rated.ratings.expectations > 0 && (says(o, BAD_NEWS) || /bad news/i.test(o.rated.feedback ?? ''))),
  },
  'warm escalation': {
    rule: 'a choice rated + on ownership, with no trigger, that connects the customer with someone and briefs them so the customer need not repeat anything',
    found: (s) =>
      s.options.some((o) => positive(o) && o.rated.ratings.ownership > 0 && says(o, /\b(connect|transfer) you (with|to)\b/i) && says(o, /\bbrief\b|\brepeat\b/i)),
  },
  'thank the customer': {
    rule: 'a choice rated + with no trigger that thanks the customer',
    found: (s) => s.options.some((o) => positive(o) && says(o, /\bthanks?\b/i)),
  },
};

// ---------------------------------------------------------------- the tests

const triggerIds = data.triggers.map((t) => t.id);
const table = readCoverageTable(readFileSync('stories/README.md', 'utf8'), triggerIds);
const scenarios = new Map(
  shippedStories().map(({ file, source }) => {
    const scenario = loadScenario(file, source);
    return [scenario.id, scenario] as const;
  }),
);

describe('the coverage table in stories/README.md', () => {
  it('has one column per scenario in stories/, by id', () => {
    expect([...table.columns].sort()).toEqual([...scenarios.keys()].sort());
    expect(new Set(table.columns).size).toBe(table.columns.length);
  });

  it('has a row for each of the 13 seed techniques and each trigger family', () => {
    expect([...table.techniques.keys()].sort()).toEqual([...TECHNIQUES].sort());
    expect([...table.triggers.keys()].sort()).toEqual([...triggerIds].sort());
    expect(table.labels).toHaveLength(TECHNIQUES.length + triggerIds.length);
  });

  it('practises every technique in at least two scenarios', () => {
    for (const [technique, ticked] of table.techniques) expect(ticked.size, technique).toBeGreaterThanOrEqual(2);
  });

  it('plants every trigger family as a trap in at least two scenarios', () => {
    for (const [trigger, ticked] of table.triggers) expect(ticked.size, trigger).toBeGreaterThanOrEqual(2);
  });
});

describe.each([...scenarios.keys()].sort())('the %s column', (id) => {
  const scenario = scenarios.get(id)!;

  it('ticks exactly the trigger families the scenario plants', () => {
    const ticked = [...table.triggers].filter(([, columns]) => columns.has(id)).map(([trigger]) => trigger);
    expect(ticked.sort().join(', '), 'ticked in the table vs carried by some choice').toBe([...scenario.triggers].sort().join(', '));
    expect([...scenario.triggers].sort()).toEqual(scenario.check.report.stats!.triggers);
  });

  it('has evidence in the scenario for every technique it ticks', () => {
    const missing = [...table.techniques]
      .filter(([technique, columns]) => columns.has(id) && !EVIDENCE[technique].found(scenario))
      .map(([technique]) => `${technique}: no ${EVIDENCE[technique].rule}`);
    expect(missing.join('\n'), 'ticked techniques without evidence').toBe('');
  });
});
