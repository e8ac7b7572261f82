import { z } from 'zod';
import { parseJsonFile, type PathLocator } from './json-file.ts';
import { OutcomeSchema } from './tags.ts';

/** The track format version this build reads. */
export const TRACK_VERSION = 1;

const Percent = z.number().min(0).max(100).meta({ description: 'A percentage from 0 to 100.' });
const ScenarioId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a scenario id (the .ink file name without .ink)');
const TriggerId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a trigger id such as calm_down');

const FixedScenarios = z.strictObject({
  order: z.literal('fixed').meta({ description: 'Every candidate takes these scenarios in this order.' }),
  ids: z.array(ScenarioId).min(1),
});

const PoolScenarios = z.strictObject({
  order: z.literal('pool').meta({ description: 'Each attempt draws `draw` scenarios from the pool.' }),
  pool: z.array(ScenarioId).min(1),
  draw: z.number().int().min(1),
  seed: z.number().int().optional().meta({
    description: 'Fixed seed: attempt n draws with seed + n. Without it, each attempt picks a seed and records it.',
  }),
});

/** A certification track: which calls a candidate takes and the marks to pass. */
export const TrackSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal('frontline.track'),
    version: z.literal(TRACK_VERSION),
    id: ScenarioId,
    name: z.string().min(1).meta({ description: 'Shown to candidates and on certificates.' }),
    description: z.string().min(1),
    scenarios: z.discriminatedUnion('order', [FixedScenarios, PoolScenarios]),
    pass: z.strictObject({
      rubrics: z.strictObject({ empathy: Percent, ownership: Percent, expectations: Percent, triggers: Percent }).meta({
        description: 'Minimum percentage on each rubric, for every call.',
      }),
      overall: Percent.meta({ description: 'Minimum overall score, for every call.' }),
      outcomes: z.array(OutcomeSchema).min(1).default(['resolved', 'follow_up']).meta({
        description: 'How a call may end and still pass.',
      }),
      blockers: z
        .strictObject({
          add: z.array(TriggerId).default([]).meta({ description: 'Triggers that fail a call here, besides the default blockers.' }),
          remove: z.array(TriggerId).default([]).meta({ description: 'Default blockers that do not fail a call on this track.' }),
        })
        .default(() => ({ add: [], remove: [] })),
    }),
    freeText: z.boolean().optional().meta({
      description: 'true lets candidates type their own replies in this track\'s calls (scored on their own words, the story going on along the line each is taken as). Off when absent: certification is taken with picked lines.',
    }),
    attempts: z.strictObject({
      max: z.number().int().min(1).meta({ description: 'How many attempts a candidate may make.' }),
      waitMinutes: z.number().int().min(0).meta({ description: 'How long to wait after an attempt before the next.' }),
    }),
  })
  .superRefine((track, ctx) => {
    const { scenarios } = track;
    const ids = scenarios.order === 'fixed' ? scenarios.ids : scenarios.pool;
    const key = scenarios.order === 'fixed' ? 'ids' : 'pool';
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['scenarios', key, i], message: `scenario "${id}" is listed twice` });
    });
    if (scenarios.order === 'pool' && scenarios.draw > scenarios.pool.length) {
      ctx.addIssue({ code: 'custom', path: ['scenarios', 'draw'], message: `cannot draw ${scenarios.draw} scenarios from a pool of ${scenarios.pool.length}` });
    }
  });
export type Track = z.infer<typeof TrackSchema>;

/** Track files end with this. */
export const TRACK_SUFFIX = '.track.json';

/** Parse and validate a track file; errors name the file, the line and what was expected. */
export function parseTrack(text: string, file: string): { track: Track; locate: PathLocator } {
  const { data, locate } = parseJsonFile(text, file, TrackSchema, 'track');
  return { track: data, locate };
}

/** Every scenario a track may use. */
export function trackScenarioIds(track: Track): string[] {
  return track.scenarios.order === 'fixed' ? track.scenarios.ids : track.scenarios.pool;
}
