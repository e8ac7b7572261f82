import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures.ts';

function frontline(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/frontline.js', ...args], { encoding: 'utf8', input, timeout: 120_000, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'frontline-cli-'));

describe('frontline check', () => {
  it('exits 0 on a clean scenario and prints its statistics', () => {
    const run = frontline(['check', fixturePath('tiny.ink')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/tiny\.ink: ok \(tiny\): 0 knots, 2 choice points \(2 on the longest path\)/);
  });

  it('exits 1 listing each mistake as file:line, and gives JSON with --json', () => {
    const run = frontline(['check', '--json', fixturePath('broken.ink')]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { file: string; ok: boolean; errors: { line: number; code: string }[] }[] };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.ok).toBe(false);
    expect(report.files[0]!.errors.map((e) => e.code)).toContain('unreachable');
    const human = frontline(['check', fixturePath('broken.ink')]);
    expect(human.stdout).toMatch(/broken\.ink:13: error \[unreachable\]/);
  });

  it('fails on warnings only with --strict', () => {
    expect(frontline(['check', fixturePath('hub-loop.ink')]).code).toBe(0);
    expect(frontline(['check', '--strict', fixturePath('hub-loop.ink')]).code).toBe(1);
  });

  it('exits 2 on an unreadable path or bad usage', () => {
    const missing = frontline(['check', join(scratch, 'nope.ink')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.ink: cannot read: no such file/);
    expect(frontline(['fly']).code).toBe(2);
    expect(frontline(['check', '--colour']).code).toBe(2);
  });

  it('reports an empty file, a non-ink file and malformed tags with exit 1', () => {
    const empty = join(scratch, 'empty.ink');
    writeFileSync(empty, '');
    expect(frontline(['check', empty]).code).toBe(1);
    const binary = join(scratch, 'picture.ink');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(frontline(['check', binary]).code).toBe(1);
    const tags = join(scratch, 'tags.ink');
    writeFileSync(tags, '# title: T\nVAR mood = 0\nHi. #mood\n* [Yo #empathy:lots #trigger:Calm Down] ok\n-> END\n');
    const run = frontline(['check', tags]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/tags\.ink:3: error \[bad_tag\] tag "#mood" has value ""/);
    expect(run.stdout).toMatch(/tags\.ink:4: error \[bad_tag\] tag "#empathy" has value "lots"/);
  });

  it('checks a folder in worker threads with the same report, in the same order, as in one thread', () => {
    const folder = mkdtempSync(join(scratch, 'threads-'));
    // Clean files, files with warnings and errors, and one that cannot be read.
    for (const name of ['tiny.ink', 'broken.ink', 'hub-loop.ink', 'incoherent-outcome.ink', 'dead-end.ink']) {
      copyFileSync(fixturePath(name), join(folder, name));
    }
    mkdirSync(join(folder, 'unreadable.ink'));
    for (const json of [['--json'], []]) {
      const one = frontline(['check', ...json, folder], undefined, { FRONTLINE_THREADS: '1' });
      const three = frontline(['check', ...json, folder], undefined, { FRONTLINE_THREADS: '3' });
      expect(one.code).toBe(2);
      expect(three.code).toBe(2);
      expect(three.stdout).toBe(one.stdout);
    }
    const report = JSON.parse(frontline(['check', '--json', folder], undefined, { FRONTLINE_THREADS: '3' }).stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file.split('/').pop())).toEqual(['broken.ink', 'dead-end.ink', 'hub-loop.ink', 'incoherent-outcome.ink', 'tiny.ink', 'unreadable.ink']);
  });

  it('reports a corrupt rubric data file by name and line with exit 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'frontline-data-'));
    writeFileSync(join(folder, 'rubric-data.json'), '{\n  "version": 1,\n  "weights": [\n');
    writeFileSync(join(folder, 'a.ink'), '# title: T\nVAR mood = 0\nHi.\n-> END\n');
    const run = frontline(['check', folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/rubric-data\.json:\d+: error \[bad_data\]/);
  });
});

describe('frontline play', () => {
  it('plays a chosen path and prints the call as JSON', () => {
    const run = frontline(['play', fixturePath('tiny.ink'), '--choose', '1,1', '--json']);
    expect(run.code).toBe(0);
    const call = JSON.parse(run.stdout);
    expect(call).toMatchObject({
      scenario: { id: 'tiny', title: 'Tiny Call' },
      path: [1, 1],
      outcome: 'resolved',
      mood: 1,
      scores: { empathy: 100, ownership: 100, expectations: 100, triggers: 100, overall: 100 },
    });
    expect(call.transcript[1]).toEqual({ speaker: 'agent', text: "I'm sorry it's late. I'll track it now." });
    expect(call.choices[0]).toEqual({
      text: "I'm sorry it's late. I'll track it now.",
      ratings: { empathy: 1, ownership: 1, expectations: 0 },
      triggers: [],
      feedback: 'Good.',
    });
  });

  it('follows the best and the worst paths', () => {
    const best = JSON.parse(frontline(['play', fixturePath('tiny.ink'), '--best', '--json']).stdout);
    const worst = JSON.parse(frontline(['play', fixturePath('tiny.ink'), '--worst', '--json']).stdout);
    expect(best.path).toEqual([1, 1]);
    expect(worst.path).toEqual([2, 2]);
    expect(worst.outcome).toBe('lost');
    expect(worst.choices.map((c: { triggers: string[] }) => c.triggers)).toEqual([['calm_down'], ['i_dont_know']]);
  });

  it('repeats a seeded random walk exactly', () => {
    const a = frontline(['play', fixturePath('tiny.ink'), '--random', '42', '--json']).stdout;
    expect(frontline(['play', fixturePath('tiny.ink'), '--random', '42', '--json']).stdout).toBe(a);
  });

  it('refuses a choice that is not on offer, and a scenario with errors', () => {
    const run = frontline(['play', fixturePath('tiny.ink'), '--choose', '3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/choice 3 at step 1 is not on offer \(1 to 2\)/);
    expect(frontline(['play', fixturePath('broken.ink'), '--best']).code).toBe(1);
  });

  it('asks on the terminal without a choice source', () => {
    const run = frontline(['play', fixturePath('tiny.ink')], '1\n2\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('1. I\'m sorry it\'s late.');
    expect(run.stdout).toMatch(/path: 1,2 {3}outcome: lost/);
  });
});

describe('frontline play --shuffle', () => {
  it('lists the lines in the shuffled order and reads the number typed in that order', () => {
    const shown = (seed: number) => frontline(['play', fixturePath('tiny.ink'), '--shuffle', String(seed)], '1\n1\n');
    // Some seed shows "Calm down." first: typing 1 then says it (authored line 2).
    const run = [0, 1, 2, 3, 4, 5, 6, 7].map(shown).find((r) => r.stderr.includes('1. Calm down.'))!;
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/YOU Calm down\./);
    expect(run.stdout).toMatch(/path: 2,/);
  });

  it('reports the seed and the order shown, and --choose keeps authored numbering', () => {
    const plain = JSON.parse(frontline(['play', fixturePath('tiny.ink'), '--choose', '1,1', '--json']).stdout);
    for (const seed of [1, 2, 3]) {
      const shuffled = JSON.parse(frontline(['play', fixturePath('tiny.ink'), '--choose', '1,1', '--shuffle', String(seed), '--json']).stdout);
      expect(shuffled.transcript).toEqual(plain.transcript);
      expect(shuffled.path).toEqual([1, 1]);
      expect(shuffled.shuffle).toBe(seed);
      expect(shuffled.shown.map((order: number[]) => [...order].sort())).toEqual([[1, 2], [1, 2]]);
    }
    expect(plain).toMatchObject({ shuffle: null, shown: [[1, 2], [1, 2]] });
  });

  it('refuses a seed that is not a whole number in range', () => {
    expect(frontline(['play', fixturePath('tiny.ink'), '--shuffle', 'x']).code).toBe(2);
    expect(frontline(['play', fixturePath('tiny.ink'), '--shuffle', '-1']).code).toBe(2);
  });
});

describe('frontline analyze', () => {
  it('rates plain lines and JSONL lines, one result per line', () => {
    const plain = frontline(['analyze'], "Calm down.\nI'll call you back by 3 today.\n");
    const lines = plain.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ triggers: ['calm_down'], empathy: false });
    expect(lines[1]).toMatchObject({ triggers: [], ownership: true, expectations: true });
    const jsonl = frontline(['analyze', '--jsonl'], '{"id":"x1","text":"That\'s not my job."}\n');
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ id: 'x1', triggers: ['not_my_job'] });
  });

  it('reports a malformed JSONL line by its number and exits 1', () => {
    const run = frontline(['analyze', '--jsonl'], '{"id":"ok","text":"Hi"}\nnot json\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/stdin:2: not JSON/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });
});
