import { describe, expect, it } from 'vitest';
import { runPlay } from '../../../src/cli/play-command.ts';
import { compileInk } from '../../../src/engine/story/compile.ts';
import { PreviewCall } from '../../../src/engine/studio/preview-call.ts';
import { fixturePath, fixtureSource } from '../../helpers/fixtures.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

function preview(name: string): PreviewCall {
  const source = fixtureSource(name);
  const compiled = compileInk(source);
  if (!compiled.ok) throw new Error(`${name} does not compile`);
  const { analyzer, rules } = shippedRubrics();
  return new PreviewCall({ file: name, json: compiled.json, source, analyzer, rules });
}

async function playJson(name: string, choose: string): Promise<{ scores: unknown; outcome: unknown; path: unknown }> {
  let printed = '';
  const code = await runPlay([fixturePath(name), '--choose', choose, '--json'], (text) => (printed += text), () => {});
  expect(code).toBe(0);
  return JSON.parse(printed);
}

describe('PreviewCall', () => {
  it('plays the call with each line at its source line, and each chosen line rated and coached as the game does', () => {
    const call = preview('tiny.ink');
    expect(call.lines).toEqual([{ speaker: 'customer', text: 'Hi, my parcel is late.', line: 7 }]);
    expect(call.options).toEqual([
      { text: "I'm sorry it's late. I'll track it now.", line: 8 },
      { text: 'Calm down.', line: 11 },
    ]);
    call.choose(1);
    const [, said, ...rest] = call.lines;
    expect(said).toMatchObject({ speaker: 'agent', text: 'Calm down.', line: 11, step: 0, rated: { ratings: 'E-1 O0 X0 · trigger calm_down', grade: 'trap' } });
    expect(said!.rated!.coaching).toMatchObject({ best: false, better: 'I can hear how worried you are.' });
    expect(rest.map((l) => `${l.line} ${l.text}`)).toEqual(['13 Excuse me?', '14 What happens now?']);
    expect(call.ended).toBe(false);
  });

  it('scores a path exactly as frontline play --choose does', async () => {
    for (const path of [[1, 2], [2, 1], [1, 1], [2, 2]]) {
      const call = preview('tiny.ink');
      for (const pick of path) call.choose(pick - 1);
      expect(call.ended).toBe(true);
      const report = call.report()!;
      const cli = await playJson('tiny.ink', path.join(','));
      expect({ scores: report.scores, outcome: report.outcome, path: report.path }).toEqual({ scores: cli.scores, outcome: cli.outcome, path: cli.path });
    }
  });

  it('restarts from an earlier choice point, keeping the choices before it', () => {
    const call = preview('tiny.ink');
    call.choose(1);
    call.choose(0);
    call.restartAt(1);
    expect(call.path).toEqual([1]);
    expect(call.lines.at(-1)?.text).toBe('What happens now?');
    call.restartAt(0);
    expect(call.path).toEqual([]);
    expect(call.lines).toHaveLength(1);
  });

  it('stops at a dead end, showing the lines said before it and why it stopped', () => {
    const call = preview('dead-end.ink');
    call.choose(1);
    expect(call.lines.at(-1)).toEqual({ speaker: 'customer', text: 'This branch just stops.', line: 16 });
    expect(call.problem).toMatch(/ran out of content/);
    expect(call.options).toEqual([]);
    expect(call.ended).toBe(false);
  });
});
