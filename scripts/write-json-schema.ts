import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { RubricDataSchema } from '../src/engine/schema/rubric-data.ts';

/** Where the generated JSON Schema for stories/rubric-data.json lives. */
export const RUBRIC_DATA_SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../stories/rubric-data.schema.json');

/** The JSON Schema text for the rubric data file, exactly as it is committed. */
export function generateRubricDataJsonSchema(): string {
  // 'input' so fields with defaults (except, lists) stay optional for editors.
  const schema = z.toJSONSchema(RubricDataSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(RUBRIC_DATA_SCHEMA_PATH, generateRubricDataJsonSchema());
  console.log(`wrote ${RUBRIC_DATA_SCHEMA_PATH}`);
}
