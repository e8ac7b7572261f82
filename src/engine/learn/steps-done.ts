import type { CallRecord } from '../records/call-record.ts';
import type { LearnStep } from './learn-steps.ts';
import type { StepRecord } from './step-record.ts';

/** The learning steps done per scenario id, read from the records: a finished Follow or Solo call, a finished Watch or Teach. */
export function stepsDone(calls: readonly Pick<CallRecord, 'scenarioId' | 'step' | 'kind'>[], steps: readonly Pick<StepRecord, 'scenarioId' | 'step'>[]): Map<string, Set<LearnStep>> {
  const done = new Map<string, Set<LearnStep>>();
  const mark = (scenarioId: string, step: LearnStep) => {
    let set = done.get(scenarioId);
    if (!set) done.set(scenarioId, (set = new Set()));
    set.add(step);
  };
  for (const call of calls) if (call.kind === 'practice' && call.step !== undefined) mark(call.scenarioId, call.step);
  for (const record of steps) mark(record.scenarioId, record.step);
  return done;
}
