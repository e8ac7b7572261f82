import type { RatedRubric } from '../schema/rubric-ids.ts';
import { RATED_RUBRICS } from '../schema/rubric-ids.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import { compilePhrase, type CompiledPhrase } from './phrase-matcher.ts';
import { parsePhrase, type PhraseItem } from './phrase-syntax.ts';

/** Phrases of one trigger or cue, with the phrases that veto an overlapping match. */
export interface CompiledGroup {
  id: string;
  phrases: CompiledPhrase[];
  /** Words one of which a line must contain for any phrase to match, or null when any line may match. */
  keys: ReadonlySet<string> | null;
  except: CompiledPhrase[];
  exceptInClause: CompiledPhrase[];
  negatable: boolean;
  /** Phrases that veto an overlapping match inside a question. */
  exceptInQuestions: CompiledPhrase[];
}

/** A trigger ready to run. */
export interface CompiledTrigger extends CompiledGroup {
  lowers: RatedRubric;
  cancelCues: string[];
  cancelPhrases: CompiledPhrase[];
  cancelTriggers: string[];
}

/** A rubric cue ready to run. */
export interface CompiledCue extends CompiledGroup {
  rubric: RatedRubric;
  cancelPhrases: CompiledPhrase[];
  cancelTriggers: string[];
}

/** Everything the analyzer needs, compiled once. */
export interface CompiledRubricData {
  triggers: CompiledTrigger[];
  cues: CompiledCue[];
  negators: CompiledPhrase[];
  negationExceptions: CompiledPhrase[];
  contrastMarkers: CompiledPhrase[];
  negationWindow: number;
  gapStoppers: Set<string>;
  fillers: Set<string>;
}

/** The union of the phrases' key words, or null when some phrase needs no particular word. */
function groupKeys(phrases: readonly CompiledPhrase[]): Set<string> | null {
  const union = new Set<string>();
  for (const phrase of phrases) {
    if (phrase.keys === null) return null;
    for (const word of phrase.keys) union.add(word);
  }
  return union;
}

/** Single plain words among phrases, e.g. "not" from the negators. */
function singleWords(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => {
    const items = parsePhrase(p).items;
    return items.length === 1 && items[0]?.kind === 'word' ? [items[0].word] : [];
  });
}

/** Compiles validated rubric data; throws if a phrase is malformed (parseRubricData reports that first). */
export function compileRubricData(data: RubricData): CompiledRubricData {
  const lists = new Map<string, PhraseItem[][]>(
    Object.entries(data.lists).map(([name, entries]) => [name, entries.map((e) => parsePhrase(e).items)]),
  );
  const compile = (phrases: readonly string[]) => phrases.map((p) => compilePhrase(parsePhrase(p), lists));
  // A group's phrases and the key words that let a line without any of them skip the group.
  const group = (phrases: readonly string[]) => {
    const compiled = compile(phrases);
    return { phrases: compiled, keys: groupKeys(compiled) };
  };
  const cues = RATED_RUBRICS.flatMap((rubric) =>
    data.cues[rubric].map((cue) => ({
      id: cue.id,
      rubric,
      ...group(cue.phrases),
      except: compile(cue.except),
      exceptInClause: compile(cue.exceptInClause),
      negatable: cue.negatable,
      exceptInQuestions: compile(cue.exceptInQuestions),
      cancelPhrases: compile(cue.cancelledBy?.phrases ?? []),
      cancelTriggers: cue.cancelledBy?.triggers ?? [],
    })),
  );
  const triggers = data.triggers.map((t) => ({
    id: t.id,
    lowers: t.lowers,
    ...group(t.phrases),
    except: compile(t.except),
    exceptInClause: compile(t.exceptInClause),
    negatable: t.negatable,
    exceptInQuestions: [],
    cancelCues: t.cancelledBy?.cues ?? [],
    cancelPhrases: compile(t.cancelledBy?.phrases ?? []),
    cancelTriggers: t.cancelledBy?.triggers ?? [],
  }));
  const { language } = data;
  return {
    triggers,
    cues,
    negators: compile(language.negators),
    negationExceptions: compile(language.negationExceptions),
    contrastMarkers: compile(language.contrastMarkers),
    negationWindow: language.negationWindow,
    gapStoppers: new Set([...singleWords(language.negators), ...singleWords(language.contrastMarkers)]),
    fillers: new Set(singleWords(language.fillers)),
  };
}
