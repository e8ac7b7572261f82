import type { ExploreProgress } from '../engine/explore/explorer.ts';
import type { StudioCheckReply, StudioCheckResult, StudioDiagnostic } from '../engine/studio/studio-check.ts';

/** What the check client tells the page. */
export interface CheckListener {
  /** a check of the current text started */
  started(): void;
  /** what reading and compiling the text found; the exploration's findings follow with the result */
  source(diagnostics: StudioDiagnostic[]): void;
  /** a long exploration is under way */
  progress(progress: ExploreProgress): void;
  result(result: StudioCheckResult): void;
  /** the check could not run; the words say why */
  failed(message: string): void;
}

/**
 * Runs the checker in a Web Worker, one text at a time. A text that changes while its check
 * still runs makes that check stale: its worker is dropped at once (a long exploration never
 * delays the next answer) and a fresh one checks the new text.
 */
export class CheckClient {
  private worker: Worker | undefined;
  private run = 0;
  private busy = false;

  constructor(private readonly listener: CheckListener) {}

  /** Check this text as the named file; any older run's answer is ignored. */
  check(file: string, source: string): void {
    const run = ++this.run;
    if (this.busy) this.stop();
    const worker = this.ensureWorker();
    if (!worker) return;
    this.busy = true;
    this.listener.started();
    worker.postMessage({ kind: 'check', run, file, source });
  }

  /** Stop checking (the page is closed). */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = false;
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      this.worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'frontline-studio-check' });
    } catch (error) {
      this.listener.failed(`this browser would not start the checker (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
    const worker = this.worker;
    worker.onmessage = (event: MessageEvent<StudioCheckReply>) => {
      const message = event.data;
      if (message.run !== this.run) return;
      if (message.kind === 'progress') return this.listener.progress(message.progress);
      if (message.kind === 'source') return this.listener.source(message.diagnostics);
      this.busy = false;
      if (message.kind === 'done') this.listener.result(message.result);
      else this.listener.failed(`the checker stopped on this text (${message.message})`);
    };
    worker.onerror = (event) => {
      // Handled here, in words, instead of as an uncaught error in the console.
      event.preventDefault();
      if (worker !== this.worker) return;
      this.stop();
      this.listener.failed(`the checker stopped (${event.message || 'the browser gave no reason; it may have run out of memory'})`);
    };
    return worker;
  }
}
