import type { RatedRubric } from '../schema/rubric-ids.ts';
import type { Technique } from '../schema/rubric-data.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';

/** The measures of a technique on which the lines on offer differ: a rubric's ratings, or triggers that some lines carry and others do not. */
function differingMeasures(offered: readonly RatedChoice[], technique: Pick<Technique, 'measuredBy'>): Technique['measuredBy'] {
  return technique.measuredBy.filter((measure) => {
    if (measure === 'triggers') return offered.some((o) => o.triggers.length > 0) && offered.some((o) => o.triggers.length === 0);
    const ratings = offered.map((o) => o.ratings[measure]);
    return Math.max(...ratings) > Math.min(...ratings);
  });
}

/**
 * Whether line `index` does a technique well among the lines on offer: on every measure of the
 * technique where the lines differ it is at the top (the highest rating on a rubric, no trigger
 * where others have one), and at least one measure differs. This is the engine's own reading of
 * "the technique this line uses", made from the same ratings that score the call.
 */
export function usesTechnique(offered: readonly RatedChoice[], index: number, technique: Pick<Technique, 'measuredBy'>): boolean {
  const line = offered[index];
  if (!line) throw new RangeError(`line ${index} was not on offer`);
  const measures = differingMeasures(offered, technique);
  if (measures.length === 0) return false;
  return measures.every((measure) =>
    measure === 'triggers' ? line.triggers.length === 0 : line.ratings[measure] === Math.max(...offered.map((o) => o.ratings[measure as RatedRubric])),
  );
}

/**
 * The techniques line `index` uses at its choice point: of the techniques the point practises
 * (`practised`, its `#technique:` tags, which say what the point is about), those it does well
 * (see {@link usesTechnique}); at a point without tags, any technique of `vocabulary` it does well.
 */
export function techniquesUsed(offered: readonly RatedChoice[], index: number, vocabulary: readonly Technique[], practised: readonly string[]): Technique[] {
  const about = practised.length > 0 ? practisedTechniques(vocabulary, practised) : vocabulary;
  return about.filter((technique) => usesTechnique(offered, index, technique));
}

/** The techniques a choice point is about: its `#technique:` tags, in the vocabulary's terms. */
export function practisedTechniques(vocabulary: readonly Technique[], practised: readonly string[]): Technique[] {
  return practised.flatMap((id) => vocabulary.filter((t) => t.id === id));
}
