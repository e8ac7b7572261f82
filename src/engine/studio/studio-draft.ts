import { z } from 'zod';

/** Where a studio file came from, which decides how it is saved. */
export const FILE_ORIGINS = ['shipped', 'new', 'disk'] as const;
export type FileOrigin = (typeof FILE_ORIGINS)[number];

/** Unsaved edits to one file, kept so that a reload or a crash loses nothing. */
export const StudioDraftSchema = z.object({
  /** the file's name as the studio shows it, such as `stories/missing-order.ink` */
  file: z.string().min(1),
  origin: z.enum(FILE_ORIGINS),
  /** the text as edited */
  text: z.string(),
  /** the text as last opened or saved, to tell whether the edits are still unsaved */
  base: z.string(),
  /** when the edits were kept, ISO 8601 */
  at: z.string(),
});
export type StudioDraft = z.infer<typeof StudioDraftSchema>;

/** Whether a draft holds edits that its file does not. */
export function isUnsaved(draft: StudioDraft): boolean {
  return draft.text !== draft.base;
}
