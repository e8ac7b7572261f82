import type { RubricData } from '../schema/rubric-data.ts';
import type { Channel } from '../schema/tags.ts';
import { readablePhrase } from './readable-phrase.ts';
import type { ScenarioStudy } from './scenario-study.ts';

/** A model answer to one thing a customer says, and where to practise it. */
export interface AnswerEntry {
  scenarioId: string;
  scenarioTitle: string;
  channel: Channel;
  /** the kind of complaint: the scenario's situation */
  situation: string;
  customer: string;
  answer: string;
  techniques: { id: string; label: string; source: string | undefined }[];
}

/** One trigger family: the phrases that set it off and what to say instead. */
export interface FamilyEntry {
  family: string;
  triggers: { id: string; explanation: string; better: string | undefined; phrases: string[] }[];
}

/** The cheat sheet: model answers by kind of complaint, and trigger phrases with what to say instead. */
export interface Phrasebook {
  answers: AnswerEntry[];
  families: FamilyEntry[];
  /** the techniques the answers use, in the rubric data's order (the technique filter's choices) */
  techniques: { id: string; label: string }[];
  /** the channels of the answers (the channel filter's choices) */
  channels: Channel[];
}

/**
 * Build the phrasebook from the library's scenarios and the rubric data; nothing in it is
 * written by hand, so a scenario or a trigger phrase added by a trainer appears in it.
 */
export function buildPhrasebook(studies: readonly ScenarioStudy[], data: Pick<RubricData, 'techniques' | 'triggers'>): Phrasebook {
  const byId = new Map(data.techniques.map((t) => [t.id, t] as const));
  const sorted = [...studies].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const answers = sorted.flatMap((study) =>
    study.points.map((point) => ({
      scenarioId: study.id,
      scenarioTitle: study.title,
      channel: study.channel,
      situation: study.summary,
      customer: point.customer,
      answer: point.answer,
      techniques: point.techniques.flatMap((id) => {
        const technique = byId.get(id);
        return technique ? [{ id, label: technique.label, source: technique.source }] : [];
      }),
    })),
  );
  const families = new Map<string, FamilyEntry>();
  for (const trigger of data.triggers) {
    const entry = families.get(trigger.family) ?? { family: trigger.family, triggers: [] };
    entry.triggers.push({ id: trigger.id, explanation: trigger.explanation, better: trigger.better, phrases: trigger.phrases.map(readablePhrase) });
    families.set(trigger.family, entry);
  }
  const used = new Set(answers.flatMap((a) => a.techniques.map((t) => t.id)));
  return {
    answers,
    families: [...families.values()],
    techniques: data.techniques.filter((t) => used.has(t.id)).map(({ id, label }) => ({ id, label })),
    channels: [...new Set(answers.map((a) => a.channel))].sort(),
  };
}
