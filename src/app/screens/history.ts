import { exportCsv } from '../../engine/records/csv-export.ts';
import { exportJson, makeExport } from '../../engine/records/export-document.ts';
import { downloadText } from '../../platform/download.ts';
import { renderHistory } from '../../ui/history-view.ts';
import type { App, Intent } from '../app.ts';
import { recordName, shortTraineeId } from '../../engine/trainee/trainee.ts';
import type { Route, Visit } from '../router.ts';

/** `#/history`: past attempts and practice calls, their debriefs and results, exports, and what was set aside. */
export function historyRoute(app: App): Route<Intent> {
  return { pattern: /^history$/, enter: (visit) => void enterHistory(app, visit) };
}

/** File names for exports: the trainee's name, the short form of their trainee id (two trainees of one name never share a file name) and the day. */
function exportName(name: string, traineeId: string, day: string, extension: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'trainee';
  return `frontline-${slug}-${shortTraineeId(traineeId)}-${day}.${extension}`;
}

async function enterHistory(app: App, visit: Visit<Intent>): Promise<void> {
  const found = await app.records.load();
  if (!found || !visit.live()) return;
  const quarantined = await found.store.quarantine();
  if (!visit.live()) return;
  const { calls, attempts } = found.loaded;
  const all = [...calls, ...attempts];
  const candidate = () => recordName(app.saves.trainee());
  const traineeId = () => app.saves.trainee().id;
  const day = () => app.now().slice(0, 10);
  app.show(
    renderHistory(
      { name: app.saves.name() ?? '', attempts, practice: calls.filter((call) => call.kind === 'practice'), quarantined },
      {
        rename: (name) => app.saves.saveName(name),
        exportJson: () => downloadText(exportName(candidate(), traineeId(), day(), 'json'), exportJson(makeExport({ traineeId: traineeId(), candidate: candidate(), records: all, now: app.now() })), 'application/json'),
        exportCsv: () => downloadText(exportName(candidate(), traineeId(), day(), 'csv'), exportCsv(all), 'text/csv'),
        debrief: (id) => app.nav.go(`debrief/${id}`),
        results: (id) => app.nav.go(`certification/results/${id}`),
        certificate: (id) => app.nav.go(`certificate/${id}`),
        resume: () => app.nav.go('certification'),
      },
    ),
  );
}
