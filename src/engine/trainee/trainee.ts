import { z } from 'zod';

/**
 * A browser's stable trainee id, made once (a random UUID) and kept with the name: records and exports are keyed by it, so two
 * trainees who share a name, or who never gave one, stay apart, and a trainee who changes their name stays one person.
 */
export const TraineeIdSchema = z.string().regex(/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/, 'expected a trainee id (a UUID such as 3b241101-e2bb-4255-8caf-4136c566a962)');

/** The name written on records made before the trainee gave one. */
export const UNNAMED = 'Trainee';

/** Who is training in this browser: the stable id, and the name they gave, if any. */
export interface Trainee {
  id: string;
  name: string | undefined;
}

// Code points that draw nothing (zero-width space and joiners, soft hyphen, variation selectors…): "Bob\u200bBuilder" is "BobBuilder".
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * A name as attempts are counted by: Unicode NFKC (full-width and compatibility forms become plain letters), invisible characters
 * dropped, spaces trimmed and collapsed, case folded. "  ADA   Lovelace " and "ada lovelace" are the same candidate.
 */
export function normaliseName(name: string): string {
  // Upper then lower case folds more than lower case alone: "Straße" and "STRASSE" meet at "strasse".
  return name.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim().toUpperCase().toLowerCase();
}

/** The name for records: the one given, trimmed and with runs of spaces made one, else "Trainee". */
export function recordName(trainee: Trainee): string {
  const name = trainee.name?.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  return name ? name : UNNAMED;
}

/** A short form of a trainee id for file names and for telling apart trainees shown with the same name. */
export function shortTraineeId(id: string): string {
  return id.slice(0, 8);
}
