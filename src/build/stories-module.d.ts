declare module 'virtual:frontline/stories' {
  import type { ScenarioHeader } from '../engine/schema/tags.ts';
  /** Every scenario in stories/, checked at build time: its header, the content hash of its compiled story, and a loader of that story's JSON (a chunk of its own). */
  const stories: { id: string; header: ScenarioHeader; hash: string; load: () => Promise<string> }[];
  export default stories;
}

declare module 'virtual:frontline/model-paths' {
  /** Each scenario's exact best path (0-based authored choices, as the checker and `frontline play --best` find it) by scenario id; null when it has no complete path. */
  const paths: Readonly<Record<string, number[] | null>>;
  export default paths;
}

declare module '*.ink' {
  /** The compiled story JSON. */
  const json: string;
  export default json;
}

declare module 'virtual:frontline/study' {
  import type { ScenarioStudy } from '../engine/phrasebook/scenario-study.ts';
  /** Every scenario in stories/, studied at build time: its choice points' best lines and the techniques it practises. */
  const studies: ScenarioStudy[];
  export default studies;
}
