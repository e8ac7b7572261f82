import { z } from 'zod';
import { StorySession } from '../story/session.ts';
import { matchReply, type MatcherContext } from './match-reply.ts';

/** One labelled reply: the scenario, the 1-based choices that reach the point ("" for the first), the reply, and the 1-based authored line it paraphrases (null: it fits none). */
export const LabelledReplySchema = z.strictObject({
  scenario: z.string().min(1),
  point: z.string().regex(/^(\d+(,\d+)*)?$/, 'expected 1-based choice numbers separated by commas, or "" for the first choice point'),
  reply: z.string().min(1),
  expected: z.number().int().min(1).nullable(),
  note: z.string().optional(),
});
export type LabelledReply = z.infer<typeof LabelledReplySchema>;

/** How the matcher did on one labelled reply: null `got` means refused. */
export interface ReplyOutcome {
  item: LabelledReply;
  got: number | null;
  similarity: number;
}

/** The matcher's figures on a labelled set: paraphrases taken as the line they paraphrase, no-fit replies refused. */
export interface SetScore {
  paraphrases: { total: number; right: number; refused: number; wrong: number };
  noFit: { total: number; refused: number };
  misses: ReplyOutcome[];
}

/** Parse a labelled set (JSON lines); a bad line throws naming the file, the line and what was expected. */
export function parseLabelledSet(text: string, file: string): LabelledReply[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
    const parsed = LabelledReplySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}:${i + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    return [parsed.data];
  });
}

/** Play a scenario along a 1-based path to the choice point it reaches; throws when the path leaves the story. */
function reachPoint(storyJson: string, scenario: string, point: string): StorySession {
  const session = StorySession.start(storyJson, { file: `${scenario}.ink`, rubricHash: '' });
  for (const pick of point === '' ? [] : point.split(',').map(Number)) {
    if (!session.choices[pick - 1]) throw new Error(`${scenario}: the path ${point} leaves the story at choice ${pick}`);
    session.choose(pick - 1);
  }
  if (session.ended) throw new Error(`${scenario}: the path ${point} reaches the end of the call, not a choice point`);
  return session;
}

/** Run the matcher over a labelled set and count what it got right. */
export function scoreLabelledSet(items: readonly LabelledReply[], storyOf: (scenario: string) => string, context: MatcherContext): SetScore {
  const score: SetScore = { paraphrases: { total: 0, right: 0, refused: 0, wrong: 0 }, noFit: { total: 0, refused: 0 }, misses: [] };
  for (const item of items) {
    const session = reachPoint(storyOf(item.scenario), item.scenario, item.point);
    const match = matchReply(item.reply, session.choices, context);
    const got = match.kind === 'taken' ? match.option + 1 : null;
    const outcome = { item, got, similarity: match.similarity };
    if (item.expected === null) {
      score.noFit.total += 1;
      if (got === null) score.noFit.refused += 1;
      else score.misses.push(outcome);
      continue;
    }
    score.paraphrases.total += 1;
    if (got === item.expected) score.paraphrases.right += 1;
    else {
      if (got === null) score.paraphrases.refused += 1;
      else score.paraphrases.wrong += 1;
      score.misses.push(outcome);
    }
  }
  return score;
}
