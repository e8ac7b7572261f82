import type { ChoiceOption } from '../schema/session.ts';

/** The techniques a choice point practises: every `#technique:` tag on any of its options, in order, once each. */
export function pointTechniques(offered: readonly Pick<ChoiceOption, 'meta'>[]): string[] {
  const ids: string[] = [];
  for (const option of offered) for (const id of option.meta.techniques ?? []) if (!ids.includes(id)) ids.push(id);
  return ids;
}
