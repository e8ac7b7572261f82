import { z } from 'zod';
import { parseJsonFile } from './json-file.ts';
import { gapWords, listNamesIn, MAX_GAP_WORDS, parsePhrase, PhraseSyntaxError } from '../analyzer/phrase-syntax.ts';
import { RATED_RUBRICS, RatedRubricSchema } from './rubric-ids.ts';

/** The rubric data format version this build reads. */
export const RUBRIC_DATA_VERSION = 1;

const PHRASE_HELP =
  'Plain words match whole words, ignoring case and punctuation; "you\'re" and "you are" are the same. ' +
  '{a|b} one of these; [a] or [a|b] optional; * up to 3 words, *5 up to 5; # a number (3, 48, ten); ' +
  '@name any phrase of lists.name; ^ at the start: only right after punctuation or the line start; ' +
  '$ at the end: only right before punctuation or the line end; word~ any regular form of a verb (drop~: drop, drops, dropped, dropping).';

const IdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected an id of lowercase letters, digits and _ (like "calm_down")');
const PhraseSchema = z.string().min(1, 'expected a phrase, not an empty string').meta({ description: PHRASE_HELP });
const PhraseListSchema = z.array(PhraseSchema);
const NoteSchema = z.string().optional().meta({ description: 'A remark for other trainers; the analyzer ignores it.' });

/** One trigger family: its phrases, the rubric it lowers and what to say instead. */
export const TriggerSchema = z.strictObject({
  id: IdSchema,
  family: z.string().min(1).meta({ description: 'Short human label, e.g. "telling the customer how to feel".' }),
  lowers: RatedRubricSchema,
  penalty: z.number().int().min(0).max(100).meta({ description: 'Points taken off the trigger rubric.' }),
  blocker: z.boolean().meta({ description: 'Whether it fails a certification call by default.' }),
  explanation: z.string().min(1).meta({ description: 'Why it hurts, shown in the debrief.' }),
  better: z.string().min(1).meta({ description: 'A model line to say instead.' }),
  phrases: PhraseListSchema.min(1),
  except: PhraseListSchema.default([]).meta({ description: 'A match overlapping one of these is not this trigger.' }),
  exceptInClause: PhraseListSchema.default([]).meta({
    description: 'A match in the same clause as one of these is not this trigger (clauses end at punctuation and at "but").',
  }),
  negatable: z.boolean().default(true).meta({ description: 'Whether a negator before a phrase cancels it (false for facts like dates).' }),
  cancelledBy: z
    .strictObject({
      cues: z.array(IdSchema).default([]).meta({ description: 'Cue ids; if any is in the line, the trigger does not count.' }),
      phrases: PhraseListSchema.default([]).meta({ description: 'If any of these is in the line, the trigger does not count.' }),
      triggers: z.array(IdSchema).default([]).meta({
        description:
          'Trigger ids; if any is found in the line, this trigger does not count, e.g. a capability limit is not_my_job and not also a flat no. A trigger named here cannot itself be cancelled by triggers.',
      }),
    })
    .optional(),
  note: NoteSchema,
});

/** One cue of a rated rubric: each distinct cue found adds 1 to the line's rating. */
export const CueSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1).meta({ description: 'What the cue shows, for the debrief.' }),
  phrases: PhraseListSchema.min(1),
  except: PhraseListSchema.default([]).meta({ description: 'A match overlapping one of these is not this cue.' }),
  exceptInClause: PhraseListSchema.default([]).meta({
    description: 'A match in the same clause as one of these is not this cue, e.g. a next step with "as soon as possible" (clauses end at punctuation and at "but").',
  }),
  negatable: z.boolean().default(true).meta({ description: 'Whether a negator before a phrase cancels it (false for facts like dates).' }),
  exceptInQuestions: PhraseListSchema.default([]).meta({
    description: 'A match overlapping one of these, in a sentence that ends with "?", does not count: "Anything else today?" promises nothing.',
  }),
  cancelledBy: z
    .strictObject({
      phrases: PhraseListSchema.default([]).meta({
        description: 'If any of these is in the line, the cue does not count, e.g. a courtesy offer of help whose only follow-through is a link.',
      }),
      triggers: z.array(IdSchema).default([]).meta({
        description:
          'Trigger ids; if any is found in the line, the cue does not count, e.g. a bare "sorry" tacked onto a refusal. A trigger cannot be cancelled by a cue listed with triggers here.',
      }),
    })
    .optional(),
  note: NoteSchema,
});

/** What a technique is judged on: a rated rubric, or whether the options carry triggers. */
export const TECHNIQUE_MEASURES = [...RATED_RUBRICS, 'triggers'] as const;

/** One technique of the training texts, which `#technique:` tags on choices name. */
export const TechniqueSchema = z.strictObject({
  id: IdSchema.meta({ description: 'What a scenario writes in #technique:ID.' }),
  label: z.string().min(1).meta({ description: 'The name trainees and trainers read, e.g. "Boundaries".' }),
  description: z.string().min(1).meta({ description: 'What doing it well looks like, shown with the debrief.' }),
  measuredBy: z.array(z.enum(TECHNIQUE_MEASURES)).min(1).meta({
    description:
      'A choice point practises the technique only where its options differ on one of these: a rubric\'s ratings, or "triggers" (some options carry a trigger the others do not).',
  }),
  source: z.string().min(1).optional().meta({ description: 'The training text it comes from, by title.' }),
  quote: z.string().min(1).optional().meta({ description: 'A passage of that training text, word for word, that the Watch step quotes when it explains the technique.' }),
  note: NoteSchema,
});

const LanguageSchema = z.strictObject({
  negators: PhraseListSchema.meta({ description: 'Words that cancel a phrase shortly after them in the same clause.' }),
  negationWindow: z.number().int().min(0).max(10).meta({ description: 'How many words may sit between a negator and the phrase.' }),
  negationExceptions: PhraseListSchema.default([]).meta({ description: 'Phrases whose negator negates nothing ("don\'t worry").' }),
  contrastMarkers: PhraseListSchema.meta({ description: 'Words that start a new clause ("but"): negation does not reach past them.' }),
  fillers: PhraseListSchema.default([]).meta({
    description: 'Single words a phrase may step over between two of its own words, e.g. "really": "I really don\'t know" finds "i do not know". Never a negator or contrast marker.',
  }),
});

const RubricDataObject = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(RUBRIC_DATA_VERSION, { error: `expected "version": ${RUBRIC_DATA_VERSION}` }),
    help: z.array(z.string()).optional().meta({ description: 'How to edit this file; the analyzer ignores it.' }),
    weights: z.strictObject({
      empathy: z.number().min(0),
      ownership: z.number().min(0),
      expectations: z.number().min(0),
      triggers: z.number().min(0),
    }),
    language: LanguageSchema,
    lists: z.record(IdSchema, PhraseListSchema.min(1)).default({}),
    triggers: z.array(TriggerSchema),
    techniques: z.array(TechniqueSchema).default([]).meta({
      description: 'The techniques a scenario may practise at a choice point (#technique:ID); an id not listed here is an error.',
    }),
    cues: z.strictObject({
      empathy: z.array(CueSchema),
      ownership: z.array(CueSchema),
      expectations: z.array(CueSchema),
    }),
  });

/** The whole trainer-editable rubric data file, with its cross-references checked. */
export const RubricDataSchema = RubricDataObject.superRefine((data, ctx) => checkReferences(data, ctx)).meta({
  title: 'Frontline rubric data',
  description: 'Trigger phrases and rubric cues for the line analyzer.',
});

export type Trigger = z.infer<typeof TriggerSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type RubricData = z.infer<typeof RubricDataObject>;
type Path = Array<string | number>;

/** Cross-references and phrase syntax, which JSON Schema cannot express. */
function checkReferences(d: RubricData, ctx: z.RefinementCtx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const listNames = new Set(Object.keys(d.lists));
  const listGapCache = new Map<string, number>();
  const listGaps = (name: string): number => {
    let most = listGapCache.get(name);
    if (most === undefined) {
      most = Math.max(0, ...(d.lists[name] ?? []).map((entry) => gapsOf(entry)));
      listGapCache.set(name, most);
    }
    return most;
  };
  // A list entry may not use lists (reported below), so its own @names count nothing here.
  const gapsOf = (phrase: string): number => {
    try {
      return gapWords(parsePhrase(phrase).items, () => 0);
    } catch (error) {
      if (error instanceof PhraseSyntaxError) return 0;
      throw error;
    }
  };
  const checkPhrase = (phrase: string, path: Path, owner: string, allowLists = true) => {
    try {
      const parsed = parsePhrase(phrase);
      const names = listNamesIn(parsed.items);
      for (const name of names) {
        if (!allowLists) report(path, `${owner}: phrase "${phrase}" uses @${name}, but list entries cannot use other lists`);
        else if (!listNames.has(name)) report(path, `${owner}: phrase "${phrase}" uses @${name}, but "lists" has no "${name}"`);
      }
      const gaps = gapWords(parsed.items, (name) => (allowLists && listNames.has(name) ? listGaps(name) : 0));
      if (gaps > MAX_GAP_WORDS) {
        report(
          path,
          `${owner}: phrase "${phrase}" lets its * gaps skip up to ${gaps} words in all${names.length > 0 ? ' (with its @lists)' : ''}; ` +
            `at most ${MAX_GAP_WORDS}: split it into shorter phrases`,
        );
      }
    } catch (error) {
      if (!(error instanceof PhraseSyntaxError)) throw error;
      report(path, `${owner}: phrase "${phrase}" ${error.detail}`);
    }
  };
  const checkAll = (phrases: readonly string[], path: Path, owner: string, allowLists = true) =>
    phrases.forEach((p, i) => checkPhrase(p, [...path, i], owner, allowLists));

  for (const [name, entries] of Object.entries(d.lists)) checkAll(entries, ['lists', name], `list "${name}"`, false);
  for (const key of ['negators', 'negationExceptions', 'contrastMarkers', 'fillers'] as const) {
    checkAll(d.language[key], ['language', key], `language.${key}`);
  }
  const clauseWords = new Set([...d.language.negators, ...d.language.contrastMarkers].map((w) => w.trim().toLowerCase()));
  d.language.fillers.forEach((filler, i) => {
    const word = filler.trim().toLowerCase();
    if (!/^[a-z]+$/.test(word)) report(['language', 'fillers', i], `language.fillers: "${filler}" must be one plain word`);
    else if (clauseWords.has(word)) report(['language', 'fillers', i], `language.fillers: "${filler}" is a negator or contrast marker, so it cannot be skipped`);
  });
  const cueIds = new Map<string, string>();
  for (const rubric of RATED_RUBRICS) {
    d.cues[rubric].forEach((cue, i) => {
      const where = cueIds.get(cue.id);
      if (where) report(['cues', rubric, i, 'id'], `cue id "${cue.id}" is already used in cues.${where}`);
      cueIds.set(cue.id, rubric);
      checkAll(cue.phrases, ['cues', rubric, i, 'phrases'], `cue "${cue.id}"`);
      checkAll(cue.except, ['cues', rubric, i, 'except'], `cue "${cue.id}"`);
      checkAll(cue.exceptInClause, ['cues', rubric, i, 'exceptInClause'], `cue "${cue.id}"`);
      checkAll(cue.exceptInQuestions, ['cues', rubric, i, 'exceptInQuestions'], `cue "${cue.id}"`);
      checkAll(cue.cancelledBy?.phrases ?? [], ['cues', rubric, i, 'cancelledBy', 'phrases'], `cue "${cue.id}"`);
    });
  }
  const triggerIdSet = new Set(d.triggers.map((t) => t.id));
  // Cancellations run one way, so no line can cancel itself in a circle: cue → trigger, trigger → cue
  // only through cues no trigger cancels, and trigger → trigger one level deep.
  const triggerCancelledCues = new Set(
    RATED_RUBRICS.flatMap((rubric) => d.cues[rubric].filter((c) => (c.cancelledBy?.triggers ?? []).length > 0).map((c) => c.id)),
  );
  const triggerCancelledTriggers = new Set(d.triggers.filter((t) => (t.cancelledBy?.triggers ?? []).length > 0).map((t) => t.id));
  const techniqueIds = new Set<string>();
  d.techniques.forEach((technique, i) => {
    if (techniqueIds.has(technique.id)) report(['techniques', i, 'id'], `technique id "${technique.id}" appears twice; ids must be unique`);
    techniqueIds.add(technique.id);
  });
  const triggerIds = new Set<string>();
  d.triggers.forEach((trigger, i) => {
    if (triggerIds.has(trigger.id)) report(['triggers', i, 'id'], `trigger id "${trigger.id}" appears twice; ids must be unique`);
    triggerIds.add(trigger.id);
    checkAll(trigger.phrases, ['triggers', i, 'phrases'], `trigger "${trigger.id}"`);
    checkAll(trigger.except, ['triggers', i, 'except'], `trigger "${trigger.id}"`);
    checkAll(trigger.exceptInClause, ['triggers', i, 'exceptInClause'], `trigger "${trigger.id}"`);
    checkAll(trigger.cancelledBy?.phrases ?? [], ['triggers', i, 'cancelledBy', 'phrases'], `trigger "${trigger.id}"`);
    (trigger.cancelledBy?.cues ?? []).forEach((cue, j) => {
      if (!cueIds.has(cue)) {
        report(['triggers', i, 'cancelledBy', 'cues', j], `trigger "${trigger.id}": no cue has the id "${cue}"`);
      } else if (triggerCancelledCues.has(cue)) {
        report(
          ['triggers', i, 'cancelledBy', 'cues', j],
          `trigger "${trigger.id}": cue "${cue}" is itself cancelled by triggers, so it cannot cancel one`,
        );
      }
    });
    (trigger.cancelledBy?.triggers ?? []).forEach((id, j) => {
      const path = ['triggers', i, 'cancelledBy', 'triggers', j];
      if (!triggerIdSet.has(id)) report(path, `trigger "${trigger.id}": no trigger has the id "${id}"`);
      else if (triggerCancelledTriggers.has(id)) {
        report(path, `trigger "${trigger.id}": trigger "${id}" is itself cancelled by triggers, so it cannot cancel one`);
      }
    });
  });
  for (const rubric of RATED_RUBRICS) {
    d.cues[rubric].forEach((cue, i) => {
      (cue.cancelledBy?.triggers ?? []).forEach((id, j) => {
        if (!triggerIdSet.has(id)) report(['cues', rubric, i, 'cancelledBy', 'triggers', j], `cue "${cue.id}": no trigger has the id "${id}"`);
      });
    });
  }
}

/** Parses and validates rubric data text; throws InputError naming the line, path and what was expected. */
export function parseRubricData(text: string, file: string): RubricData {
  return parseJsonFile(text, file, RubricDataSchema, 'rubric data').data;
}
