/** The heading in the trainer's guide (stories/README.md) under which the new-scenario template stands. */
export const TEMPLATE_HEADING = '### The template';

/**
 * The new-scenario template: the first ```ink block under the guide's template heading, so
 * that the studio's "New" gives what the guide shows. Throws when the guide has none.
 */
export function guideTemplate(guide: string): string {
  const start = guide.indexOf(`\n${TEMPLATE_HEADING}\n`);
  const block = start < 0 ? null : /\n```ink\n([\s\S]*?)\n```\n/.exec(guide.slice(start));
  if (!block) throw new Error(`the trainer's guide has no \`\`\`ink block under "${TEMPLATE_HEADING}"`);
  return `${block[1]}\n`;
}
