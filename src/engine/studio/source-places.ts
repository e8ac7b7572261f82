import type { SourceFlow } from '../check/source-scan.ts';

/** Finds which knot or stitch a source line is written in. */
export class SourcePlaces {
  private readonly flows: SourceFlow[];

  constructor(flows: readonly SourceFlow[]) {
    this.flows = flows.filter((f) => f.kind !== 'function').sort((a, b) => a.line - b.line);
  }

  /** The runtime path (`knot` or `knot.stitch`) of the flow holding `line`; undefined before the first knot. */
  flowAt(line: number): string | undefined {
    let low = 0;
    let high = this.flows.length - 1;
    let found: SourceFlow | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const flow = this.flows[mid]!;
      if (flow.line <= line) {
        found = flow;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found?.path;
  }

  /** The knot or stitch header written at `line`, if any. */
  headerAt(line: number): SourceFlow | undefined {
    return this.flows.find((f) => f.line === line);
  }
}
