import type { z } from 'zod';
import { formatPath } from './json-file.ts';

/** What each field of Frontline's stored data holds, in words (each singular, for "is"), by its key; the deepest key of a path that is listed names the part. */
const FIELD_WORDS: Record<string, string> = {
  scenarioId: 'the scenario it belongs to',
  scenarioTitle: "the scenario's title",
  snapshot: "the call's progress",
  inkState: "the story's position",
  beats: 'the transcript',
  choicePoints: 'the record of lines chosen so far',
  storyHash: 'the version of the scenario',
  rubricHash: 'the version of the scoring rules',
  elapsedMs: 'the time spent on the call',
  savedAt: 'when it was saved',
  mode: 'whether it is practice or certification',
  scores: 'the score card',
  empathy: 'the empathy score',
  ownership: 'the ownership score',
  expectations: 'the expectations score',
  overall: 'the overall score',
  outcome: 'how the call ended',
  at: 'when it was reached',
  muted: 'the sound setting',
  volume: 'the volume',
  name: 'the name',
  candidate: 'the name',
  traineeId: 'the trainee id',
  id: 'its id',
  contentId: 'its record id',
  kind: 'whether it is practice or certification',
  trackId: 'the certification track',
  trackName: 'the certification track',
  attemptId: 'the attempt it belongs to',
  attemptNumber: 'the attempt number',
  startedAt: 'when it started',
  endedAt: 'when it ended',
  durationMs: 'how long it lasted',
  triggers: 'the list of trigger phrases used',
  path: 'the list of lines chosen',
  choices: 'the list of line ratings',
  ratings: "a line's rating",
  passed: 'the verdict',
  verdicts: 'the list of verdicts',
  calls: 'the list of its calls',
  rules: 'the copy of the rules frozen into it',
  status: 'whether it passed',
  current: 'the call in progress',
  scenarioIds: 'the list of its scenarios',
  seed: 'the draw of its scenarios',
};

function partOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const word = FIELD_WORDS[String(path[i])];
    if (word) return word;
  }
  return 'a part of it';
}

/** A schema problem in words a trainee reads ("the scenario it belongs to is missing"), without paths or type names. */
export function issueWords(issue: z.core.$ZodIssue): string {
  const part = partOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return / received undefined$/.test(issue.message) ? `${part} is missing` : `${part} is not the right kind of value`;
    case 'too_big':
    case 'too_small':
      return `${part} is out of range`;
    case 'unrecognized_keys':
      return 'it holds things Frontline does not know';
    case 'custom':
      // Custom checks are written in words already ("a practice call has no verdict").
      return issue.message;
    default:
      return `${part} is not valid`;
  }
}

/** The first problem in words, and the same problem for a trainer or a bug report: the path and the schema's message. */
export function damageOf(issues: readonly z.core.$ZodIssue[]): { reason: string; detail: string } {
  const issue = issues[0];
  if (!issue) return { reason: 'it is damaged', detail: 'no detail' };
  return { reason: `it is damaged: ${issueWords(issue)}`, detail: `${formatPath(issue.path)}: ${issue.message}` };
}
