import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, fixtureSource } from '../helpers/fixtures.ts';

/** Runs the command; `input` goes to stdin. The timeout only ends a hung run so the test can fail. */
function frontline(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, ['bin/frontline.js', ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

const scratch = mkdtempSync(join(tmpdir(), 'frontline-hostile-'));
const HEADER = '# title: T\n# customer: C\n# channel: chat\n# difficulty: 1\n# summary: S.\nVAR mood = 0\n';

describe('frontline refuses what it cannot read, and says why', () => {
  it('refuses a FIFO and /dev/zero at once instead of blocking, exit 2', () => {
    const fifo = join(scratch, 'pipe.ink');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const check = frontline(['check', fifo]);
    expect(check.signal).toBeNull();
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('pipe.ink:1: error [unreadable] cannot read: not a regular file (a pipe, device or socket)');
    const play = frontline(['play', '/dev/zero', '--best']);
    expect(play.signal).toBeNull();
    expect(play.code).toBe(2);
    expect(play.stderr).toContain('/dev/zero: cannot read: not a regular file');
  });

  it('checks every other file of a folder beside an unreadable one', () => {
    const folder = join(scratch, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.ink'), fixtureSource('tiny.ink'));
    expect(spawnSync('mkfifo', [join(folder, 'stuck.ink')]).status).toBe(0);
    const run = frontline(['check', folder]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/good\.ink: ok \(good\)/);
    expect(run.stdout).toMatch(/stuck\.ink:1: error \[unreadable\]/);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const big = join(scratch, 'big.ink');
    writeFileSync(big, HEADER + `Hi.\n-> END\n${'// padding\n'.repeat(400_000)}`);
    const run = frontline(['check', big]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/big\.ink:1: error \[unreadable\] cannot read: it is 4\.\d MB; files over 4\.0 MB are refused/);
  });

  it('reports UTF-16 in one line, and invalid UTF-8 at its line, exit 1', () => {
    const utf16 = join(scratch, 'wide.ink');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER + 'Hi.\n-> END\n', 'utf16le')]));
    const wide = frontline(['check', utf16]);
    expect(wide.code).toBe(1);
    expect(wide.stdout).toContain('wide.ink:1: error [bad_text] the file is UTF-16 text; save it as UTF-8');
    expect(wide.stdout).not.toContain('\u0000');
    expect(wide.stdout.length).toBeLessThan(400);
    const latin1 = join(scratch, 'latin.ink');
    writeFileSync(latin1, Buffer.concat([Buffer.from(HEADER), Buffer.from('Caf\xe9 is closed.\n-> END\n', 'latin1')]));
    const run = frontline(['check', latin1]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('latin.ink:7: error [bad_text] the file is not valid UTF-8 text: byte 0xe9');
  });

  it('says where JSON nested 10,000 deep goes wrong, without a stack trace', () => {
    const folder = join(scratch, 'deep-data');
    mkdirSync(folder);
    writeFileSync(join(folder, 'rubric-data.json'), `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    writeFileSync(join(folder, 'a.ink'), fixtureSource('tiny.ink'));
    const run = frontline(['check', folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/rubric-data\.json:1: error \[bad_data\] brackets nested more than 64 deep/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const jsonl = frontline(['analyze', '--jsonl'], `${'['.repeat(10_000)}${']'.repeat(10_000)}\n{"id":"b","text":"Calm down."}\n`);
    expect(jsonl.code).toBe(1);
    expect(jsonl.stderr).toContain('stdin:1: expected an object');
    expect(jsonl.stdout).toContain('"id":"b"');
  });
});

describe('frontline analyze on hostile stdin', () => {
  it('stops at binary input such as /dev/zero with a message, exit 1', async () => {
    const child = spawn(process.execPath, ['bin/frontline.js', 'analyze'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined);
    // An endless stream of NUL bytes, as `< /dev/zero` gives.
    const zeros = Buffer.alloc(64 * 1024);
    const feed = () => { if (child.stdin.writable) child.stdin.write(zeros, feed); };
    feed();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(1);
    expect(stderr).toContain('error: stdin:1: is not text: it holds a NUL byte');
  }, 60_000);

  it('ends an interactive play fed binary input with a message, exit 1', () => {
    const run = frontline(['play', fixturePath('tiny.ink')], Buffer.alloc(200_000));
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: stdin:1: is not text: it holds a NUL byte');
  });

  it('refuses a line over the rating cap by its number and rates the rest', () => {
    const run = frontline(['analyze'], `${'very '.repeat(500)}long\nCalm down.\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stdin:1: the line is 2,504 characters long; the analyzer rates lines of up to 2,000 characters');
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ id: 2, triggers: ['calm_down'] });
  });

  it('reports invalid UTF-8 on its line and goes on', () => {
    const run = frontline(['analyze'], Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('\nCalm down.\n')]));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stdin:1: is not valid UTF-8 text: byte 0xe9');
    expect(run.stdout).toContain('"id":2');
  });
});

describe('frontline never passes control characters to the terminal', () => {
  it('escapes ANSI codes from tag values and lines in every human-readable report', () => {
    const file = join(scratch, 'ansi.ink');
    writeFileSync(file, `${HEADER}Hi. #mood:\u001b[2K\u001b[1Acalm\n* [Sorry \u001b[8mhidden\u001b[0m. #empathy:1 #ownership:1 #expectations:1]\n  Fine. #outcome:resolved\n  -> END\n`);
    const check = frontline(['check', file]);
    expect(check.stdout).toContain('tag "#mood" has value "\\u001b[2K\\u001b[1Acalm"');
    expect(check.stdout + check.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const play = frontline(['play', file, '--choose', '1']);
    expect(play.stdout + play.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const analyze = frontline(['analyze'], 'Right\u202e\u001b[31m now\n');
    expect(analyze.stdout).toContain('Right\\u202e\\u001b[31m now');
    expect(JSON.parse(analyze.stdout).text).toBe('Right\u202e\u001b[31m now');
  });
});

describe('frontline check and play with INCLUDE and deep nesting', () => {
  it('reads INCLUDE relative to the including file, checks the included lines, and plays through them', () => {
    const folder = join(scratch, 'with-include');
    mkdirSync(join(folder, 'parts', 'more'), { recursive: true });
    writeFileSync(join(folder, 'main.ink'), `${HEADER}INCLUDE parts/middle.ink\nHi, my parcel is late. #mood:worried\n-> middle\n`);
    writeFileSync(join(folder, 'parts', 'middle.ink'), 'INCLUDE more/end.ink\n=== middle\n* [I\'m so sorry. I will call you back by 3 pm today.] Thanks.\n  -> finish\n');
    writeFileSync(join(folder, 'parts', 'more', 'end.ink'), '=== finish\nBye. #outcome:resolved #mood:wobbly\n-> END\n');
    const check = frontline(['check', join(folder, 'main.ink')]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('main.ink:7: error [bad_tag] in more/end.ink line 2: tag "#mood" has value "wobbly"');
    writeFileSync(join(folder, 'parts', 'more', 'end.ink'), '=== finish\nBye. #outcome:resolved #mood:relieved\n-> END\n');
    expect(frontline(['check', join(folder, 'main.ink')]).code).toBe(0);
    const play = frontline(['play', join(folder, 'main.ink'), '--choose', '1', '--json']);
    expect(play.code).toBe(0);
    expect(JSON.parse(play.stdout)).toMatchObject({ outcome: 'resolved', path: [1] });
  });

  it('names a missing included file at its INCLUDE line', () => {
    const file = join(scratch, 'missing-include.ink');
    writeFileSync(file, `${HEADER}INCLUDE nowhere.ink\nHi.\n-> END\n`);
    const run = frontline(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/missing-include\.ink:7: error \[compile_error\] INCLUDE nowhere\.ink: .*nowhere\.ink: cannot read: no such file/);
  });

  it('says that conditionals nest too deeply, at the deepest line, instead of "compilation failed" at line 1', () => {
    const depth = 30;
    const file = join(scratch, 'nested.ink');
    writeFileSync(file, `${HEADER}VAR x = 1\nHi.\n${'{x > 0:\n'.repeat(depth)}Deep.\n${'}\n'.repeat(depth)}-> END\n`);
    const run = frontline(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`nested.ink:${8 + depth}: error [compile_error] conditionals, choices or { … } blocks nest too deeply`);
    expect(run.stdout).not.toContain('compilation failed');
  });
});
