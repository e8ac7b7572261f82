import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/engine/errors.ts';
import { MAX_JSON_DEPTH, tooDeepAt } from '../../../src/engine/schema/json-depth.ts';
import { parseJsonText } from '../../../src/engine/schema/json-file.ts';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('the bracket-depth scan before parsing', () => {
  it('finds the first bracket past the limit, arrays and objects alike', () => {
    expect(tooDeepAt(nested(3), 3)).toBeUndefined();
    expect(tooDeepAt(nested(4), 3)).toEqual({ offset: 3 });
    expect(tooDeepAt('{"a":{"b":[{}]}}', 3)).toEqual({ offset: 11 });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(tooDeepAt(`["${'['.repeat(100)}"]`, 2)).toBeUndefined();
    expect(tooDeepAt(`["\\"[[[[", 1]`, 2)).toBeUndefined();
    expect(tooDeepAt(`["\\\\", [[1]]]`, 2)).toEqual({ offset: 8 });
  });

  it('stays within its pass for unbalanced or damaged text', () => {
    expect(tooDeepAt(']]]]{', 1)).toBeUndefined();
    expect(tooDeepAt('"never closed [[[[', 1)).toBeUndefined();
    expect(tooDeepAt('[' .repeat(1_000_000))).toEqual({ offset: MAX_JSON_DEPTH });
  });
});

describe('parseJsonText on hostile input', () => {
  it('refuses 100,000 nested brackets with the file, the line and a reason, instead of overflowing the stack', () => {
    const text = `{\n"records":\n${nested(100_000)}}`;
    let error: unknown;
    try {
      parseJsonText(text, 'deep.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^deep\.json:3: brackets nested more than 64 deep/);
  });

  it('still parses ordinary JSON and locates paths and syntax errors by line', () => {
    const { json, locate } = parseJsonText('{\n  "a": [\n    1,\n    {"b": 2}\n  ]\n}', 'ok.json');
    expect(json).toEqual({ a: [1, { b: 2 }] });
    expect(locate(['a', 1, 'b'])).toBe(4);
    expect(() => parseJsonText('{\n"a": 1,\n}', 'bad.json')).toThrow(/^bad\.json:3: not valid JSON \(PropertyNameExpected\)/);
    expect(() => parseJsonText('', 'empty.json')).toThrow(/^empty\.json:1: not valid JSON \(ValueExpected\)/);
  });
});
