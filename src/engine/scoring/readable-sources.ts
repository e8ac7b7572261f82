/**
 * The training texts by the names a trainee can look up (see docs/sources.md). Authors once
 * cited them by file number ("Seed 003"); a trainee cannot read a number, so any such citation
 * left in a note is shown with the title instead.
 */
export const TRAINING_TEXT_TITLES: Readonly<Record<string, string>> = {
  '000': '"One-On-One CX: 5 Tips to Ensure First Responders are Great with Customers"',
  '001': 'the training blog ("Irate Customers")',
  '002': 'the five-step service model',
  '003': 'the articles on service and sales ("The Value of Ownership", "Understanding Emotional Triggers")',
  '004': '"Why Customer Care Interactions Should Transcend The Phone Line"',
};

const SEED_ID = /\b[Ss]eeds? (\d{3})\b/g;
const THE_SEED = /\b([Tt])he seed('s)?\b/g;

/** Whether a text names a training text by its file number or calls it "the seed". */
export function namesASeed(text: string): boolean {
  return /\bseeds?\b/i.test(text);
}

/** A note as a trainee may read it: seed numbers become titles, "the seed" the training text. */
export function readableSources(text: string): string {
  return text
    .replace(SEED_ID, (match, id: string) => TRAINING_TEXT_TITLES[id] ?? 'a training text')
    .replace(THE_SEED, (_match, t: string, possessive: string | undefined) => `${t}he training text${possessive ?? ''}`);
}
