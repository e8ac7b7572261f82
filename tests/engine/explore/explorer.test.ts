import { describe, expect, it } from 'vitest';
import { explore } from '../../../src/engine/explore/explorer.ts';
import { rateNodes, summarizePaths } from '../../../src/engine/explore/paths.ts';
import { compileInk } from '../../../src/engine/story/compile.ts';
import { compileFixture, neutralRater, testRules } from '../../helpers/fixtures.ts';

function explored(name: string, budget?: { maxStates?: number }) {
  const { story } = compileFixture(name);
  return explore(story, budget ? { budget } : {});
}

describe('explore', () => {
  it('finds every ending with its outcome and the range of mood', () => {
    const result = explored('tiny.ink');
    const endings = result.nodes.filter((n) => n.kind === 'ending');
    expect(endings.map((n) => n.outcome).sort()).toEqual(['lost', 'resolved']);
    expect(endings.every((n) => n.stop?.kind === 'end' && typeof n.stop.line === 'number')).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.mood).toEqual({ min: -3, max: 1 });
  });

  it('merges identical states so shared futures are explored once', () => {
    const result = explored('tiny.ink');
    // After either first answer the story gathers at the same question, but mood differs: 2 states.
    const choicePoints = result.nodes.filter((n) => n.kind === 'choice');
    expect(choicePoints).toHaveLength(3);
  });

  it('terminates on a hub the caller can return to, and reaches every knot and stitch', () => {
    const result = explored('hub-loop.ink');
    expect(result.complete).toBe(true);
    expect(result.nodes.filter((n) => n.kind === 'choice')).toHaveLength(2);
    expect(result.visited.has('side.desk')).toBe(true);
    expect(result.nodes.filter((n) => n.kind === 'ending').map((n) => n.outcome).sort()).toEqual(['escalated', 'resolved']);
  });

  it('reports a dead end at the line where content runs out', () => {
    const result = explored('dead-end.ink');
    const dead = result.nodes.find((n) => n.kind === 'dead_end');
    expect(dead?.problem?.line).toBe(16);
  });

  it('reports a loop that never offers a choice instead of hanging', () => {
    const result = explored('endless-loop.ink');
    const loop = result.nodes.find((n) => n.kind === 'loop');
    expect(loop?.problem?.message).toMatch(/loops forever without offering a choice/);
  });

  it('stops at its budget and says so', () => {
    const result = explored('hub-loop.ink', { maxStates: 1 });
    expect(result.complete).toBe(false);
    expect(result.stoppedBecause).toMatch(/budget 1/);
  });
});

describe('summarizePaths', () => {
  it('finds the best and worst complete paths and the raw rubric totals', () => {
    const result = explored('tiny.ink');
    const summary = summarizePaths(result, rateNodes(result, neutralRater), testRules);
    expect(summary.paths).toBe(4);
    expect(summary.best?.choices).toEqual([0, 0]);
    expect(summary.best?.scores).toEqual({ empathy: 100, ownership: 100, expectations: 100, triggers: 100, overall: 100 });
    expect(summary.worst?.choices).toEqual([1, 1]);
    expect(summary.worst?.scores).toEqual({ empathy: 0, ownership: 0, expectations: 0, triggers: 55, overall: 13.75 });
    expect(summary.rubrics).toEqual({ empathy: { min: -1, max: 1 }, ownership: { min: -1, max: 1 }, expectations: { min: 0, max: 1 } });
  });

  it('breaks ties with the smallest choice sequence', () => {
    const result = explored('hub-loop.ink');
    const summary = summarizePaths(result, rateNodes(result, neutralRater), testRules);
    // Every path scores 100: the first in lexicographic order wins both.
    expect(summary.best?.choices).toEqual([0, 1]);
    expect(summary.worst?.choices).toEqual([0, 1]);
  });
});

describe('explore on the whole ink language', () => {
  it('handles knots, stitches, tunnels, threads, functions, lists, sequences and RANDOM', () => {
    const result = explored('ink-features.ink');
    expect(result.complete).toBe(true);
    expect(result.nodes.filter((n) => n.kind === 'ending').map((n) => n.outcome).sort()).toEqual(['escalated', 'lost', 'resolved']);
    expect(result.nodes.some((n) => n.kind === 'dead_end' || n.kind === 'loop' || n.kind === 'error')).toBe(false);
    for (const flow of ['intro', 'verify', 'small_talk', 'desk.lookup', 'desk.done', 'raise']) expect(result.visited.has(flow), flow).toBe(true);
  });

  it('gives the same exploration for the same seed', () => {
    const a = explored('ink-features.ink');
    const b = explored('ink-features.ink');
    expect(b.nodes.map((n) => [n.kind, n.outcome, n.edges.map((e) => e.to)])).toEqual(a.nodes.map((n) => [n.kind, n.outcome, n.edges.map((e) => e.to)]));
  });
});

describe('the state key', () => {
  const compiled = (source: string) => {
    const result = compileInk(source);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return explore(result.story);
  };

  it('merges states that differ only in visit counts nothing can read', () => {
    // Five once-only choice points in a row: ink counts each choice taken, yet no later line reads a count.
    const points = [1, 2, 3, 4, 5].map((n) => `- Question ${n}?\n* [Yes ${n}.] Fine.\n* [No ${n}.] Fine.\n* [Maybe ${n}.] Fine.`).join('\n');
    const result = compiled(`VAR mood = 0\nHello.\n${points}\n- Bye. #outcome:resolved\n-> END\n`);
    expect(result.complete).toBe(true);
    expect(result.nodes.filter((n) => n.kind === 'choice')).toHaveLength(5);
    expect(result.nodes).toHaveLength(6);
  });

  it('keeps the counts of once-only choices that a loop offers again', () => {
    const result = compiled(
      'VAR mood = 0\n-> hub\n=== hub ===\nWhat else?\n* [Ask about the order.] Order 1234. -> hub\n* [Ask about the refund.] Refund sent. -> hub\n+ [Bye.] Bye. #outcome:resolved\n  -> END\n',
    );
    // hub with both questions, after either one, after both: the offers differ, so the states must.
    const offers = result.nodes.filter((n) => n.kind === 'choice').map((n) => n.options.map((o) => o.text).join(' / '));
    expect(offers.sort()).toEqual([
      'Ask about the order. / Ask about the refund. / Bye.',
      'Ask about the order. / Bye.',
      'Ask about the refund. / Bye.',
      'Bye.',
    ]);
  });

  // Two answers that count a slip differently, then a question; what follows the question decides whether the slip count still matters.
  const slipThenClose = (after: string, extra = '') =>
    `VAR mood = 0\nVAR slips = 0\n-> open\n=== open ===\nHi.\n* [Sorry.] Okay.\n* [Whatever.]\n  ~ slips = slips + 1\n  Rude.\n- {slips > 0: Hmph.} -> close\n=== close ===\nAnything else?\n* [No.] ${after}\n  -> END\n${extra}`;
  const closeStates = (source: string) => compiled(source).nodes.filter((n) => n.kind === 'choice' && n.options[0]?.text === 'No.').length;

  it('merges states that differ only in a variable nothing from here on reads', () => {
    expect(closeStates(slipThenClose('Bye. #outcome:resolved'))).toBe(1);
  });

  it('keeps a variable a later line reads, directly or through a function', () => {
    expect(closeStates(slipThenClose('{slips > 0: Bye then.|Bye!} #outcome:resolved'))).toBe(2);
    expect(closeStates(slipThenClose('{verdict()} #outcome:resolved', '=== function verdict() ===\n~ return slips > 0\n'))).toBe(2);
    expect(closeStates(slipThenClose('Right.\n  ~ judge(slips)\n  Bye. #outcome:resolved', '=== function judge(ref tally) ===\n{tally > 0: Noted.}\n'))).toBe(2);
  });

  it('keeps the turn number apart only when the story reads TURNS()', () => {
    // One caller reaches the close after one answer, the other after two.
    const reaching = (line: string) =>
      closeStates(`VAR mood = 0\nHi.\n* [Quick.] -> close\n* [Slow.] Hm.\n  * * [Still slow.] -> close\n=== close ===\n${line}Anything else?\n* [No.] Bye. #outcome:resolved\n  -> END\n`);
    expect(reaching('')).toBe(1);
    expect(reaching('{TURNS() > 1: That took a while.} ')).toBe(2);
  });

  it('keeps counts that a condition reads', () => {
    const result = compiled(
      'VAR mood = 0\n* (warm) [Hello!] Hi.\n* [Hey.] Hm.\n- {warm: Nice of you.} Anything else?\n* [No.] Bye. #outcome:resolved\n  -> END\n',
    );
    expect(result.nodes.filter((n) => n.kind === 'choice')).toHaveLength(3);
  });
});
