import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_SET_PATH, REPO_ROOT, scoreFile } from '../../../scripts/analyzer-f1.ts';

describe('analyzer F1 on labelled lines', () => {
  it('keeps macro F1 ≥ 0.9 on the design dev set (tests/fixtures/analyzer-dev.jsonl)', () => {
    // A missing dev set must fail, not skip: it is the project's yardstick.
    expect(existsSync(DEV_SET_PATH), `dev set not found at ${DEV_SET_PATH} (expected tests/fixtures/analyzer-dev.jsonl)`).toBe(true);
    const report = scoreFile(DEV_SET_PATH);
    expect(report.classes).toHaveLength(12);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps macro F1 ≥ 0.9 and every class ≥ 0.75 on the hand-labelled holdout set', () => {
    const report = scoreFile(resolve(REPO_ROOT, 'tests/fixtures/analyzer-holdout.jsonl'));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.9);
    for (const c of report.classes) expect(c.f1, c.name).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps macro F1 ≥ 0.95 and every class ≥ 0.85 on the second hand-labelled batch', () => {
    // Written and labelled before the analyzer saw it, in three rounds: n001–n110 scored 0.561
    // with the data of that time, m001–m042 0.492 and q001–q047 0.762 (each before the fixes it
    // prompted). The rules have since been fitted to all of it, so this guards against regressions;
    // it is not an estimate of accuracy on new lines (the last blind figure, 0.76, is).
    const report = scoreFile(resolve(REPO_ROOT, 'tests/fixtures/analyzer-blind-2.jsonl'));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.95);
    for (const c of report.classes) expect(c.f1, c.name).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps macro F1 ≥ 0.95 and every class ≥ 0.8 on the third hand-labelled batch', () => {
    // b3-001–b3-060, written and labelled before the analyzer saw them: 0.895 macro with the data
    // of that time (youre_wrong 0.667, flat_no 0.667). Fitted since, so a regression guard.
    const report = scoreFile(resolve(REPO_ROOT, 'tests/fixtures/analyzer-blind-3.jsonl'));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.95);
    for (const c of report.classes) expect(c.f1, c.name).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['analyzer-real-1.jsonl', 0.713],
    ['analyzer-real-2.jsonl', 0.722],
    ['analyzer-real-3.jsonl', 0.708],
  ])('keeps macro F1 ≥ 0.95 on the real agents\' lines of %s (first scored %s, unfitted)', (file) => {
    // Real agents' lines labelled blind (tests/fixtures/README-real-lines.md); the rules have since
    // been fitted to them, so this guards against regressions, not an estimate of accuracy.
    const report = scoreFile(resolve(REPO_ROOT, 'tests/fixtures', file));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps macro F1 ≥ 0.80 on the held-out real agents\' lines of analyzer-real-6.jsonl (first scored 0.802, never fitted)', () => {
    // The held-out batch of issue 14: scored once, unfitted, and not fitted since. A change that
    // lowers it is a regression on lines the rules were never shaped by; fitting to it would make
    // its README figure an after-fix figure.
    const report = scoreFile(resolve(REPO_ROOT, 'tests/fixtures/analyzer-real-6.jsonl'));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['analyzer-real-4.jsonl', 0.796, 0.9],
    ['analyzer-real-5.jsonl', 0.731, 0.95],
  ])('keeps macro F1 on the real agents\' lines of %s (first scored %s, unfitted) at least %s', (file, _first, floor) => {
    // Labelled blind by a second reader; batch 5 was fitted (its patterns checked on batch 4, which
    // rose with them) after its unfitted score: regression guards, not estimates of accuracy.
    const report = scoreFile(resolve(REPO_ROOT, 'tests/fixtures', file));
    expect(report.macroF1).toBeGreaterThanOrEqual(floor);
  });
});
