import type { CallRecord } from '../../engine/records/call-record.ts';
import { reportCall } from '../../engine/scoring/call-report.ts';
import { replayPath } from '../../engine/story/replay-path.ts';
import type { StorySession } from '../../engine/story/session.ts';
import { SAVED_DATA_VERSION, type BestScore } from '../../platform/saved-data.ts';
import type { Scenario } from '../../ui/call-controller.ts';
import { renderDebrief } from '../../ui/debrief-view.ts';
import { lineFacts } from '../../ui/line-facts.ts';
import { renderMessage } from '../../ui/message-view.ts';
import type { App, Intent } from '../app.ts';
import type { LoadedKit } from '../call-kit-access.ts';
import type { Route, Visit } from '../router.ts';

/** `#/debrief/RECORD-ID`: the debrief of any recorded practice call, rebuilt from its record, right after the call, after a reload or from the history. */
export function debriefRoute(app: App): Route<Intent> {
  return { pattern: /^debrief\/([\w-]+)$/, enter: (visit) => void enterDebrief(app, visit) };
}

async function enterDebrief(app: App, visit: Visit<Intent>): Promise<void> {
  const cannot = (message: string) => app.show(renderMessage('This debrief cannot be shown', message, () => app.nav.go('')));
  let record: CallRecord | undefined;
  try {
    record = await app.practice.find(visit.params[0]!);
  } catch (error) {
    if (visit.live()) cannot(`This browser would not open Frontline’s records: ${(error as Error).message}.`);
    return;
  }
  if (!visit.live()) return;
  if (!record) return cannot('No practice call with this address is in your records.');
  const entry = app.stories.find(record.scenarioId);
  if (!entry || entry.hash !== record.storyHash) {
    return cannot(`“${record.scenarioTitle}” has changed since this call was played, so its line-by-line debrief cannot be rebuilt. Its scores are in your history.`);
  }
  const loaded = await app.kit.load();
  if (!loaded || !visit.live()) return;
  let scenario: Scenario;
  try {
    scenario = await app.stories.load(entry.id);
  } catch (error) {
    if (visit.live()) cannot(`${(error as Error).message}.`);
    return;
  }
  if (!visit.live()) return;
  const session = replay(scenario, record, loaded);
  if (!session) return cannot(`This call’s lines no longer fit “${record.scenarioTitle}”, so its debrief cannot be rebuilt. Its scores are in your history.`);
  const { analyzer, rules, labels } = loaded.kit.rubrics;
  const report = reportCall(session, analyzer, rules, labels);
  const vocabulary = new Map((rules.techniques ?? []).map((t) => [t.id, t] as const));
  const techniques = report.choices.map((c) => (c.techniques ?? []).map((id) => vocabulary.get(id) ?? { id, label: id, description: '' }));
  const moodCurve = session.beats.filter((b) => b.text !== '').map((b) => ({ mood: b.mood, agent: b.speaker === 'agent' }));
  if (moodCurve.at(-1)?.mood !== session.mood) moodCurve.push({ mood: session.mood, agent: false });
  const best: BestScore = app.saves.best(scenario.id) ?? { format: 'frontline.best', version: SAVED_DATA_VERSION, scenarioId: scenario.id, scores: record.scores, outcome: record.outcome, at: record.endedAt };
  // The best is stored when the call ends, just after the record's end time; a later call that only equals it does not replace it.
  const improved = best.at >= record.endedAt && best.scores.overall === record.scores.overall;
  // A Follow or Solo call is retried, or replayed, in its own step.
  const address = record.step === undefined ? `call/${scenario.id}` : `learn/${record.step}/${scenario.id}`;
  app.show(
    renderDebrief(
      { title: scenario.header.title, report, lines: session.history.map((r) => lineFacts(r, analyzer, rules, loaded.kit.triggers, labels)), techniques, moodCurve, best, improved },
      {
        retry: () => app.nav.go(address, { start: { kind: 'new' } }),
        replayFrom: (i) => app.nav.go(address, { start: { kind: 'replay', path: report.path.slice(0, i).map((n) => n - 1), shuffle: record.shuffle ?? undefined } }),
        menu: () => app.nav.go(''),
      },
    ),
  );
}

/** The call replayed along its recorded path; undefined when the story no longer plays it. */
function replay(scenario: Scenario, record: CallRecord, loaded: LoadedKit): StorySession | undefined {
  try {
    return replayPath(scenario.json, record.path, { file: `${scenario.id}.ink`, rubricHash: loaded.kit.rubrics.hash, shuffle: record.shuffle ?? undefined }, record.choices.map((choice) => choice.said));
  } catch {
    return undefined;
  }
}
