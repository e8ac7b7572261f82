/** The shipped scenarios' ink sources, each fetched when first opened (the menu carries only compiled stories). */
const sources = import.meta.glob<string>('../../stories/*.ink', { query: '?raw', import: 'default' });

/** One shipped scenario as the studio lists it. */
export interface ShippedSource {
  /** the file as the CLI names it, `stories/NAME.ink` */
  file: string;
  load(): Promise<string>;
}

/** Every shipped scenario's source, by file name. */
export const SHIPPED_SOURCES: readonly ShippedSource[] = Object.entries(sources)
  .map(([path, load]) => ({ file: path.replace(/^(\.\.\/)+/, ''), load }))
  .sort((a, b) => a.file.localeCompare(b.file));
