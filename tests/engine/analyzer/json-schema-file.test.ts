import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRubricDataJsonSchema, RUBRIC_DATA_SCHEMA_PATH } from '../../../scripts/write-json-schema.ts';
import { RUBRIC_DATA_PATH } from '../../../scripts/analyzer-f1.ts';

describe('stories/rubric-data.schema.json', () => {
  it('is up to date with the Zod schema (run: npx tsx scripts/write-json-schema.ts)', () => {
    expect(readFileSync(RUBRIC_DATA_SCHEMA_PATH, 'utf8')).toBe(generateRubricDataJsonSchema());
  });

  it('is the schema the data file points editors to', () => {
    expect(JSON.parse(readFileSync(RUBRIC_DATA_PATH, 'utf8')).$schema).toBe('./rubric-data.schema.json');
  });
});
