import { describe, expect, it } from 'vitest';
import { exportJson, makeExport } from '../../../src/engine/records/export-document.ts';
import { EXPORT_MAX_BYTES, exportSizeProblem, importExportFile, type ImportProgress } from '../../../src/engine/records/import-export-file.ts';
import { NO_IMPORTS, withImport } from '../../../src/engine/records/loaded-exports.ts';
import { ANN_ID, at, BOB_ID, practiceCall } from './record-fixtures.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const ann = makeExport({ traineeId: ANN_ID, candidate: 'Ann Example', records: [practiceCall(), practiceCall({ startedAt: at(10), endedAt: at(14) })], now: at(60) });
const bob = makeExport({ traineeId: BOB_ID, candidate: 'Bob Sample', records: [practiceCall({ traineeId: BOB_ID, candidate: 'Bob Sample' })], now: at(61) });

describe('importing one export file', () => {
  it('refuses 100,000 nested brackets in words, and the next file still loads', () => {
    const deep = importExportFile('deep.json', bytes(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    expect(deep).toEqual({ ok: false, message: expect.stringMatching(/^line 1: brackets nested more than 64 deep/) });
    const state = withImport(withImport(NO_IMPORTS, 'deep.json', deep), 'ann.json', importExportFile('ann.json', bytes(exportJson(ann))));
    expect(state.problems.map((p) => p.file)).toEqual(['deep.json']);
    expect(state.loaded.map((file) => file.document)).toEqual([ann]);
  });

  it('refuses an empty file, a file over the size limit before reading it, and bytes that are not UTF-8', () => {
    expect(importExportFile('empty.json', bytes(''))).toEqual({ ok: false, message: 'the file is empty' });
    expect(exportSizeProblem(EXPORT_MAX_BYTES)).toBeUndefined();
    expect(exportSizeProblem(EXPORT_MAX_BYTES + 1)).toMatch(/^the file is 201 MB; the largest export this view reads is 200 MB/);
    expect(importExportFile('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d]))).toEqual({ ok: false, message: expect.stringMatching(/^it is not UTF-8 text/) });
  });

  it('reports its progress step by step, counting the records it checks', () => {
    const seen: ImportProgress[] = [];
    const result = importExportFile('ann.json', bytes(exportJson(ann)), (progress) => seen.push(progress));
    expect(result.ok).toBe(true);
    expect([...new Set(seen.map((p) => p.step))]).toEqual(['reading', 'fingerprinting', 'parsing', 'checking records']);
    expect(seen.at(-1)).toEqual({ step: 'checking records', done: 2, total: 2 });
  });

  it('keys a loaded file by the hash of its content', () => {
    const first = importExportFile('ann.json', bytes(exportJson(ann)));
    const again = importExportFile('copy.json', bytes(exportJson(ann)));
    const other = importExportFile('ann.json', bytes(exportJson(bob)));
    expect(first.ok && again.ok && other.ok).toBe(true);
    if (!first.ok || !again.ok || !other.ok) return;
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(again.hash).toBe(first.hash);
    expect(other.hash).not.toBe(first.hash);
  });
});

describe('the set of loaded exports', () => {
  const load = (...files: [string, string][]) => files.reduce((s, [name, text]) => withImport(s, name, importExportFile(name, bytes(text))), NO_IMPORTS);

  it('loads two different exports with one file name side by side, and says so', () => {
    const state = load(['frontline-trainee-2025-03-01.json', exportJson(ann)], ['frontline-trainee-2025-03-01.json', exportJson(bob)]);
    expect(state.loaded.map((file) => [file.label, file.document.candidate])).toEqual([
      ['frontline-trainee-2025-03-01.json', 'Ann Example'],
      ['frontline-trainee-2025-03-01.json (2)', 'Bob Sample'],
    ]);
    expect(state.duplicates).toEqual(['Two different files are named “frontline-trainee-2025-03-01.json”: both are loaded, this one as “frontline-trainee-2025-03-01.json (2)”.']);
  });

  it('counts the same content once, under whatever name, and says so', () => {
    const state = load(['ann.json', exportJson(ann)], ['ann.json', exportJson(ann)], ['ann-copy.json', exportJson(ann)]);
    expect(state.loaded.map((file) => file.label)).toEqual(['ann.json']);
    expect(state.duplicates).toEqual(['“ann.json” was loaded twice: it is counted once.', '“ann-copy.json” has the same content as “ann.json”, already loaded: it is counted once.']);
  });

  it('drops a file name’s problem once a good file of that name loads', () => {
    const state = load(['ann.json', '{'], ['ann.json', exportJson(ann)]);
    expect(state.problems).toEqual([]);
    expect(state.loaded.map((file) => file.name)).toEqual(['ann.json']);
  });
});
