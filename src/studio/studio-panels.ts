import type { ScenarioReport } from '../engine/check/check-scenario.ts';
import type { RubricData } from '../engine/schema/rubric-data.ts';
import type { Analyzer } from '../engine/analyzer/types.ts';
import type { ScoringRules } from '../engine/scoring/call-score.ts';
import type { MapInput } from '../engine/studio/map-model.ts';
import { studioNumbers } from '../engine/studio/studio-numbers.ts';
import { MapLayouter } from './map-in-worker.ts';
import { MapView } from './map-view.ts';
import { NumbersView } from './numbers-view.ts';
import { PreviewView } from './preview-view.ts';
import type { PanelMounts, StudioHost } from './studio-host.ts';

/** What the panels need from one run of the checker on the editor's text. */
export interface PanelsCheck {
  file: string;
  /** the text that was checked */
  source: string;
  report: ScenarioReport;
  /** the compiled story, when it compiled */
  json?: string;
  exploration?: MapInput['exploration'];
  /** per exploration state, its options rated */
  rated?: MapInput['rated'];
  /** the scenario's header, when it has one: the preview names the customer */
  header?: { customer: string };
}

/** The scoring the game uses, so that the preview's scores are the game's. */
export interface PanelsScoring {
  analyzer: Analyzer;
  rules: ScoringRules;
  data: Pick<RubricData, 'triggers' | 'techniques'>;
}

const STALE = 'Showing the last version that compiled: fix the compile errors to update it.';

/**
 * The studio's map, preview and numbers panels, updated from each check. The page places the
 * three elements and passes `onOpenLine`, which shows a source line in the editor.
 */
export class StudioPanels {
  readonly map: MapView;
  readonly preview: PreviewView;
  readonly numbers = new NumbersView();
  private readonly layouter = new MapLayouter();

  constructor(
    private readonly scoring: PanelsScoring,
    onOpenLine: (line: number) => void,
  ) {
    this.map = new MapView(onOpenLine);
    this.preview = new PreviewView({ onOpenLine, onPath: (path) => this.map.highlight(path) });
  }

  /** Show a new check of the editor's text. */
  update(check: PanelsCheck): void {
    const { scoring } = this;
    if (check.exploration && check.rated) {
      const { nodes, root, openingBeats, complete } = check.exploration;
      this.map.setStatus('Drawing the map…');
      this.layouter
        .request({ source: check.source, exploration: { nodes, root, openingBeats, complete }, rated: check.rated, errors: check.report.errors, rules: scoring.rules })
        .then((map) => map && this.map.show(map))
        .catch((error: unknown) => this.map.setStatus(`${(error as Error).message}.`));
    } else this.map.setStatus(STALE);
    if (check.json) this.preview.load({ file: check.file, json: check.json, source: check.source, analyzer: scoring.analyzer, rules: scoring.rules }, check.header?.customer);
    else this.preview.setStatus(STALE);
    const numbers = studioNumbers(check.report, scoring.data);
    if (numbers) this.numbers.show(numbers);
    else this.numbers.setStatus(STALE);
  }

  /** Stop the map's worker (the studio was left). */
  stop(): void {
    this.layouter.stop();
  }
}

/**
 * Put the panels into the studio page's mounts and keep them up to date: each check result the
 * host sends is shown, and a click on a line shows it in the host's editor.
 */
export function mountPanels(host: StudioHost, mounts: PanelMounts, scoring: PanelsScoring): StudioPanels {
  const panels = new StudioPanels(scoring, (line) => host.reveal(line));
  mounts.map.replaceChildren(panels.map.element);
  mounts.preview.replaceChildren(panels.preview.element);
  mounts.numbers.replaceChildren(panels.numbers.element);
  host.onResult((result) => panels.update(result));
  return panels;
}
