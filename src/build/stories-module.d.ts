declare module 'virtual:frontline/stories' {
  import type { ScenarioHeader } from '../engine/schema/tags.ts';
  /** Every scenario in stories/, checked at build time: its header, the content hash of its compiled story, and a loader of that story's JSON (a chunk of its own). */
  const stories: { id: string; header: ScenarioHeader; hash: string; load: () => Promise<string> }[];
  export default stories;
}

declare module '*.ink' {
  /** The compiled story JSON. */
  const json: string;
  export default json;
}
