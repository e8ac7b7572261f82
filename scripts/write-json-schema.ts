import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { RubricDataSchema } from '../src/engine/schema/rubric-data.ts';
import { TrackSchema } from '../src/engine/schema/track.ts';

const STORIES = resolve(dirname(fileURLToPath(import.meta.url)), '../stories');

/** Where the generated JSON Schema for stories/rubric-data.json lives. */
export const RUBRIC_DATA_SCHEMA_PATH = resolve(STORIES, 'rubric-data.schema.json');

/** Where the generated JSON Schema for stories/*.track.json lives. */
export const TRACK_SCHEMA_PATH = resolve(STORIES, 'track.schema.json');

function jsonSchemaText(schema: z.ZodType): string {
  // 'input' so fields with defaults stay optional for editors.
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }), null, 2)}\n`;
}

/** The JSON Schema text for the rubric data file, exactly as it is committed. */
export function generateRubricDataJsonSchema(): string {
  return jsonSchemaText(RubricDataSchema);
}

/** The JSON Schema text for track files, exactly as it is committed. */
export function generateTrackJsonSchema(): string {
  return jsonSchemaText(TrackSchema);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(RUBRIC_DATA_SCHEMA_PATH, generateRubricDataJsonSchema());
  writeFileSync(TRACK_SCHEMA_PATH, generateTrackJsonSchema());
  console.log(`wrote ${RUBRIC_DATA_SCHEMA_PATH} and ${TRACK_SCHEMA_PATH}`);
}
