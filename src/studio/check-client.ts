import type { ExploreProgress } from '../engine/explore/explorer.ts';
import type { StudioCheckReply, StudioCheckRequest, StudioCheckResult, StudioDiagnostic } from '../engine/studio/studio-check.ts';

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
 * How long a check still running may go on once a newer text waits. A worker that has checked
 * once is warm (its first check costs several times a later one), so a check about to finish is
 * let finish and the newer text goes to the same worker; a long exploration is dropped instead.
 */
export const STALE_GRACE_MS = 400;

/**
 * A worker left idle by a studio page that was closed: the next page takes it over, warm (the
 * trainer who steps out to the menu and back, or opens another scenario by its address, does not
 * pay for a cold checker again). An idle worker uses no CPU.
 */
let spare: Worker | undefined;

/**
 * Runs the checker in a Web Worker, one text at a time. A text that changes while its check
 * still runs makes that check stale: the newer text waits for it at most {@link STALE_GRACE_MS},
 * then the stale worker is dropped and a fresh one checks the newer text, so a long exploration
 * never delays the next answer for long. Only the newest text's answers reach the page.
 */
export class CheckClient {
  private worker: Worker | undefined;
  private run = 0;
  private busy = false;
  private waiting: StudioCheckRequest | undefined;
  private grace: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly listener: CheckListener) {}

  /** Check this text as the named file; any older run's answer is ignored. */
  check(file: string, source: string): void {
    const request: StudioCheckRequest = { kind: 'check', run: ++this.run, file, source };
    this.listener.started();
    if (!this.busy) return this.send(request);
    this.waiting = request;
    this.grace ??= setTimeout(() => {
      this.grace = undefined;
      const newest = this.waiting;
      this.drop();
      if (newest) this.send(newest);
    }, STALE_GRACE_MS);
  }

  private send(request: StudioCheckRequest): void {
    const worker = this.ensureWorker();
    if (!worker) return;
    this.busy = true;
    worker.postMessage(request);
  }

  /** The worker finished a run: the newest waiting text, if any, goes to it while it is warm. */
  private finished(): void {
    this.busy = false;
    clearTimeout(this.grace);
    this.grace = undefined;
    const newest = this.waiting;
    this.waiting = undefined;
    if (newest) this.send(newest);
  }

  /** Stop checking (the page is closed): a check still running is dropped, an idle worker is kept for the next page. */
  stop(): void {
    if (this.worker && !this.busy) {
      spare?.terminate();
      spare = this.worker;
      this.worker = undefined;
    }
    this.drop();
  }

  /** Drop the worker and whatever it was doing. */
  private drop(): void {
    clearTimeout(this.grace);
    this.grace = undefined;
    this.waiting = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = false;
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      this.worker = spare ?? new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'frontline-studio-check' });
      spare = undefined;
    } catch (error) {
      this.listener.failed(`this browser would not start the checker (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
    const worker = this.worker;
    worker.onmessage = (event: MessageEvent<StudioCheckReply>) => {
      const message = event.data;
      const final = message.kind === 'done' || message.kind === 'failed';
      if (message.run === this.run) {
        if (message.kind === 'progress') this.listener.progress(message.progress);
        else if (message.kind === 'source') this.listener.source(message.diagnostics);
        else if (message.kind === 'done') this.listener.result(message.result);
        else this.listener.failed(`the checker stopped on this text (${message.message})`);
      }
      if (final) this.finished();
    };
    worker.onerror = (event) => {
      // Handled here, in words, instead of as an uncaught error in the console.
      event.preventDefault();
      if (worker !== this.worker) return;
      this.drop();
      this.listener.failed(`the checker stopped (${event.message || 'the browser gave no reason; it may have run out of memory'})`);
    };
    return worker;
  }
}
