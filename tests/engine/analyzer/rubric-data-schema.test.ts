import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubricData } from '../../../src/engine/schema/rubric-data.ts';
import { RUBRIC_DATA_PATH } from '../../../scripts/analyzer-f1.ts';
import { rubricDataError } from '../../helpers/rubrics.ts';

const shipped = readFileSync(RUBRIC_DATA_PATH, 'utf8');

/** The shipped data, changed by `edit`, as pretty JSON text. */
function edited(edit: (data: any) => void): string {
  const data = JSON.parse(shipped);
  edit(data);
  return JSON.stringify(data, null, 2);
}

/** 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('parseRubricData', () => {
  it('accepts the shipped data with the nine trigger families', () => {
    const data = parseRubricData(shipped, RUBRIC_DATA_PATH);
    expect(data.version).toBe(1);
    expect(data.weights).toEqual({ empathy: 1, ownership: 1, expectations: 1, triggers: 1 });
    expect(data.triggers.map((t) => t.id)).toEqual([
      'calm_down', 'youre_wrong', 'whatever', 'blame_customer', 'i_dont_know', 'not_my_job', 'hands_tied', 'blame_others', 'flat_no',
    ]);
    expect(data.triggers.filter((t) => t.blocker).map((t) => t.id)).toEqual(['calm_down', 'youre_wrong', 'blame_customer']);
    for (const t of data.triggers) expect(t.better.length).toBeGreaterThan(10);
  });

  it('names the line of a JSON syntax error', () => {
    const text = '{\n  "version": 1,\n  "weights": { "empathy": 1 }\n  "triggers": []\n}\n';
    const error = rubricDataError(text);
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^stories\/rubric-data\.json:4: not valid JSON/);
  });

  it('names the path, its line and what was expected for a wrong type', () => {
    const text = edited((d) => { d.triggers[2].penalty = 'twenty'; });
    const error = rubricDataError(text);
    expect(error.detail).toContain('triggers[2].penalty');
    expect(error.detail).toMatch(/expected number/);
    expect(error.line).toBe(lineOf(text, '"penalty": "twenty"'));
  });

  it('names an unknown key, such as a typo', () => {
    const text = edited((d) => { d.triggers[0].phrase = d.triggers[0].phrases; });
    const error = rubricDataError(text);
    expect(error.detail).toContain('triggers[0].phrase');
    expect(error.line).toBe(lineOf(text, '"phrase":'));
  });

  it('refuses another version clearly', () => {
    expect(rubricDataError(edited((d) => { d.version = 2; })).detail).toContain('expected "version": 1');
  });

  it('refuses duplicate trigger ids', () => {
    const text = edited((d) => { d.triggers[1].id = 'calm_down'; });
    const error = rubricDataError(text);
    expect(error.detail).toContain('trigger id "calm_down" appears twice');
    const second = text.indexOf('"id": "calm_down"', text.indexOf('"id": "calm_down"') + 1);
    expect(error.line).toBe(text.slice(0, second).split('\n').length);
  });

  it('names the trigger and the phrase when a phrase is malformed', () => {
    const text = edited((d) => { d.triggers[0].phrases.push('{calm|settle down'); });
    const error = rubricDataError(text);
    expect(error.detail).toContain('trigger "calm_down": phrase "{calm|settle down"');
    expect(error.detail).toContain('never closed');
    expect(error.line).toBe(lineOf(text, '"{calm|settle down"'));
  });

  it('refuses regular-expression syntax with a hint', () => {
    const error = rubricDataError(edited((d) => { d.triggers[0].phrases.push('calm (down)?'); }));
    expect(error.detail).toMatch(/not phrase syntax.*\{a\|b\}/);
  });

  it('refuses a filler that is not one plain word, or that is a negator', () => {
    expect(rubricDataError(edited((d) => { d.language.fillers.push('kind of'); })).detail).toContain('must be one plain word');
    expect(rubricDataError(edited((d) => { d.language.fillers.push('not'); })).detail).toContain('negator or contrast marker');
  });

  it('refuses unknown lists and unknown cue references', () => {
    expect(rubricDataError(edited((d) => { d.triggers[0].phrases.push('@feelings'); })).detail).toContain('"lists" has no "feelings"');
    expect(rubricDataError(edited((d) => { d.triggers[4].cancelledBy.cues.push('promise'); })).detail).toContain('no cue has the id "promise"');
  });

  it('refuses unknown trigger references and cancellations that could go round in a circle', () => {
    const cueIndex = (d: any, id: string) => d.cues.empathy.findIndex((c: any) => c.id === id);
    expect(rubricDataError(edited((d) => { d.cues.empathy[cueIndex(d, 'brief_apology')].cancelledBy.triggers.push('rudeness'); })).detail)
      .toContain('cue "brief_apology": no trigger has the id "rudeness"');
    expect(rubricDataError(edited((d) => { d.triggers[4].cancelledBy.cues.push('brief_apology'); })).detail)
      .toContain('cue "brief_apology" is itself cancelled by triggers');
    expect(rubricDataError(edited((d) => { d.triggers[5].cancelledBy.triggers = ['flat_no']; })).detail)
      .toContain('trigger "flat_no" is itself cancelled by triggers');
  });

  it('lets a trainer add a trigger by editing data alone', async () => {
    const { createAnalyzer } = await import('../../../src/engine/analyzer/index.ts');
    const text = edited((d) => {
      d.triggers.push({
        id: 'jargon', family: 'internal jargon', lowers: 'expectations', penalty: 10, blocker: false,
        explanation: 'Customers do not know our codes.', better: 'Your order is waiting for a part.',
        phrases: ['{status|code} {rma|sku} #'],
      });
    });
    const analyzer = createAnalyzer(parseRubricData(text, 'edited.json'));
    expect(analyzer.analyze('It is in status RMA 7.').triggers.map((t) => t.id)).toEqual(['jargon']);
  });
});
