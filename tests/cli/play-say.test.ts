import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function frontline(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/frontline.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const APOLOGY = "I'm so sorry about that, I'd be glad to help. What's the order number?";
const REFLECT = 'So sorry. Two bottles missing, one that looks off, and you fly Saturday. Let me fix that.';

interface Typed {
  text: string;
  ratings: Record<string, number>;
  triggers: string[];
  typed?: { takenAs: number; line: string; similarity: number; reason: string; evidence: { kind: string; id: string; match: string }[] };
}

describe('frontline play --say', () => {
  it('takes each typed reply as a line, in order with --choose numbers, and reports the match, ratings and evidence', () => {
    const run = frontline(['play', 'stories/missing-order.ink', '--say', APOLOGY, '--choose', '3', '--say', REFLECT, '--json']);
    expect(run.code).toBe(0);
    const call = JSON.parse(run.stdout) as { path: number[]; transcript: { speaker: string; text: string }[]; choices: Typed[] };
    expect(call.path).toEqual([3, 3, 1]);
    expect(call.transcript.filter((l) => l.speaker === 'agent').map((l) => l.text)).toEqual([APOLOGY, 'While I\'m looking this up, how is your day going otherwise?', REFLECT]);
    const [first, second, third] = call.choices;
    expect(first).toMatchObject({ text: APOLOGY, typed: { takenAs: 3, line: "I'm sorry about that. I'd be happy to help! Can I have your order number?" } });
    expect(first!.typed!.similarity).toBeGreaterThan(0.5);
    expect(first!.typed!.reason).toMatch(/^Like this line, your reply apologizes for the impact/);
    expect(first!.ratings.empathy).toBeGreaterThan(0);
    expect(first!.typed!.evidence).toContainEqual(expect.objectContaining({ kind: 'empathy', id: 'apology', match: expect.stringMatching(/sorry/) }));
    expect(second!.typed).toBeUndefined();
    expect(third).toMatchObject({ text: REFLECT, typed: { takenAs: 1 } });
  });

  it('scores the words typed: a trigger in the reply costs points the line it was taken as would not', () => {
    const picked = JSON.parse(frontline(['play', 'stories/missing-order.ink', '--choose', '3', '--json']).stdout) as { scores: { triggers: number } };
    const typed = JSON.parse(frontline(['play', 'stories/missing-order.ink', '--say', 'Calm down. I am happy to help, what is the order number?', '--json']).stdout) as { path: number[]; choices: Typed[]; scores: { triggers: number } };
    expect(typed.path).toEqual([3]);
    expect(typed.choices[0]!.triggers).toContain('calm_down');
    expect(typed.scores.triggers).toBeLessThan(picked.scores.triggers);
  });

  it('stops at a reply that fits no line, says why, and exits 1', () => {
    const run = frontline(['play', 'stories/missing-order.ink', '--say', 'Our summer sale starts next week, would you like to hear about it?', '--json']);
    expect(run.code).toBe(1);
    const call = JSON.parse(run.stdout) as { path: number[]; refused: { step: number; reason: string; nearest: number } };
    expect(call.path).toEqual([]);
    expect(call.refused).toMatchObject({ step: 1, reason: expect.stringMatching(/not close enough to any line on offer/) });
    expect(run.stderr).toMatch(/missing-order\.ink: the reply at step 1 was refused/);
    const human = frontline(['play', 'stories/missing-order.ink', '--say', 'Our summer sale starts next week, would you like to hear about it?']);
    expect(human.stdout).toMatch(/refused at choice point 1; nearest line \d/);
  });

  it('prints the line each reply was taken as, and refuses bad usage', () => {
    const human = frontline(['play', 'stories/missing-order.ink', '--say', APOLOGY]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(`YOU ${APOLOGY}`);
    expect(human.stdout).toMatch(/\(typed; taken as line 3, similarity [\d.]+: Like this line/);
    expect(frontline(['play', 'stories/missing-order.ink', '--say', '  ']).code).toBe(2);
    expect(frontline(['play', 'stories/missing-order.ink', '--say', APOLOGY, '--best']).code).toBe(2);
    const long = frontline(['play', 'stories/missing-order.ink', '--say', 'sorry '.repeat(400)]);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/--say: the line is 2,400 characters long/);
  });
});
