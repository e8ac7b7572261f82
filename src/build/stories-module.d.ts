declare module 'virtual:frontline/stories' {
  import type { ScenarioHeader } from '../engine/schema/tags.ts';
  /** Every scenario in stories/, compiled at build time. */
  const stories: { id: string; header: ScenarioHeader; json: string }[];
  export default stories;
}

declare module '*.ink' {
  /** The compiled story JSON. */
  const json: string;
  export default json;
}
