// Prints how many of the triggers authors tagged on shipped choice lines the analyzer finds untagged.
import { loadRubrics } from '../src/cli/rubric-source.ts';
import { taggedTriggers } from '../src/engine/analyzer/tagged-recall.ts';
import { shippedStories } from '../tests/helpers/stories.ts';

const tagged = taggedTriggers(shippedStories(), loadRubrics().analyzer);
const found = tagged.filter((t) => t.found).length;
for (const miss of tagged.filter((t) => !t.found)) console.log(`missed ${miss.id} at ${miss.file}:${miss.line}: ${miss.text}`);
console.log(`found ${found} of ${tagged.length} tagged triggers (${((100 * found) / Math.max(1, tagged.length)).toFixed(1)} %)`);
