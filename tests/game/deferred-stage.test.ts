import { describe, expect, it } from 'vitest';
import { deferredStage } from '../../src/game/deferred-stage.ts';
import type { CallStage, StageCall } from '../../src/ui/call-stage.ts';

/** A stage that writes down what it was asked to do. */
function recordingStage(log: string[]): CallStage {
  return {
    element: {} as HTMLElement,
    showCall: (call) => log.push(`show ${call.customer} ${call.expression} ${call.mood} ${call.status}`),
    setExpression: (e) => log.push(`expression ${e}`),
    setMood: (m) => log.push(`mood ${m}`),
    setTalking: (t) => log.push(`talking ${t}`),
    setStatus: (s) => log.push(`status ${s}`),
    pause: () => log.push('pause'),
  };
}

const call: StageCall = { channel: 'phone', customer: 'Dana', title: 'T', expression: 'calm', mood: 0, status: 'ringing', elapsed: () => 0 };

/** A boot the test finishes (or fails) when it wants. */
function controlledBoot() {
  let finish!: (stage: CallStage) => void;
  let fail!: (error: Error) => void;
  let boots = 0;
  const boot = () => {
    boots += 1;
    return new Promise<CallStage>((resolve, reject) => ((finish = resolve), (fail = reject)));
  };
  return { boot, finish: (s: CallStage) => finish(s), fail: (e: Error) => fail(e), boots: () => boots };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a stage that boots behind the call', () => {
  it('does not load the drawing engine until a call is shown or it is prepared', () => {
    const boot = controlledBoot();
    deferredStage({} as HTMLElement, boot.boot, () => undefined);
    expect(boot.boots()).toBe(0);
  });

  it('hands the booted stage the call as it stands by then, not as it began', async () => {
    const boot = controlledBoot();
    const stage = deferredStage({} as HTMLElement, boot.boot, () => undefined);
    stage.showCall(call);
    stage.setStatus('live');
    stage.setExpression('angry');
    stage.setMood(-2);
    stage.setTalking(true);
    expect(boot.boots()).toBe(1);
    const log: string[] = [];
    boot.finish(recordingStage(log));
    await settle();
    expect(log).toEqual(['show Dana angry -2 live', 'talking true']);
    // From now on every change goes straight through.
    stage.setMood(1);
    expect(log.at(-1)).toBe('mood 1');
  });

  it('keeps a stage booted while no call shows paused', async () => {
    const boot = controlledBoot();
    const stage = deferredStage({} as HTMLElement, boot.boot, () => undefined);
    stage.prepare();
    stage.prepare();
    expect(boot.boots()).toBe(1);
    const log: string[] = [];
    boot.finish(recordingStage(log));
    await settle();
    expect(log).toEqual(['pause']);
  });

  it('reports a failed boot in words and tries again for the next call', async () => {
    const boot = controlledBoot();
    const failures: string[] = [];
    const stage = deferredStage({} as HTMLElement, boot.boot, (reason) => failures.push(reason));
    stage.showCall(call);
    boot.fail(new Error('the network is down'));
    await settle();
    expect(failures).toEqual(['the network is down']);
    stage.showCall(call);
    expect(boot.boots()).toBe(2);
  });
});
