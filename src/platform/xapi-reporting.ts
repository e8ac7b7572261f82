import type { CallRecord } from '../engine/records/call-record.ts';
import { callStatements } from '../engine/xapi/call-statements.ts';
import { basicAuth, lrsSender, type StatementSender } from './lrs-client.ts';
import { clearLrsSettings, loadLrsSettings, saveLrsSettings, type LrsSettings } from './lrs-settings.ts';
import { startOutboxRunner, type OutboxRunner } from './outbox-runner.ts';
import { OutboxStore, type OutboxSummary } from './outbox-store.ts';
import type { KeyValueStore } from './storage.ts';

/** Calls to xAPI statements, through the durable outbox, to the LRS in the settings. */
export class XapiReporting {
  private sender: StatementSender | undefined;

  private constructor(
    private readonly store: OutboxStore,
    private readonly kv: KeyValueStore,
    /** IRI root of Frontline's activities */
    private readonly activityRoot: string,
    private runner: OutboxRunner | undefined = undefined,
  ) {}

  /** Open the outbox and start delivering it, retrying when the browser comes back online. */
  static async open(kv: KeyValueStore, activityRoot: string): Promise<XapiReporting> {
    const reporting = new XapiReporting(await OutboxStore.open(), kv, activityRoot);
    reporting.useSettings(loadLrsSettings(kv));
    reporting.runner = startOutboxRunner({ store: reporting.store, sender: () => reporting.sender, now: Date.now });
    globalThis.addEventListener?.('online', () => void reporting.runner?.flush(true));
    void reporting.runner.flush();
    return reporting;
  }

  /** The saved settings, or null. */
  settings(): LrsSettings | null {
    return loadLrsSettings(this.kv);
  }

  /** Save settings; returns the problem in words, or undefined when saved. */
  save(input: unknown): string | undefined {
    const problem = saveLrsSettings(this.kv, input);
    if (!problem) this.useSettings(loadLrsSettings(this.kv));
    return problem;
  }

  /** Forget the settings; the queue stays. */
  clear(): void {
    clearLrsSettings(this.kv);
    this.useSettings(null);
  }

  /** Queue a recorded call's statements, if an LRS is configured, and try to send them. */
  async report(call: CallRecord, lines: readonly string[], trackName?: string): Promise<void> {
    const settings = this.settings();
    if (!settings) return;
    const actor = { objectType: 'Agent' as const, name: call.candidate, account: { homePage: settings.homePage, name: call.candidate } };
    await this.store.add(callStatements(call, lines, { actor, activityRoot: this.activityRoot }, trackName), Date.now());
    await this.runner?.flush();
  }

  /** Try to send everything queued now, back-off or not, and return the queue state. */
  async sendNow(): Promise<OutboxSummary> {
    await this.runner?.flush(true);
    return this.store.summary();
  }

  /** The queue state. */
  summary(): Promise<OutboxSummary> {
    return this.store.summary();
  }

  private useSettings(settings: LrsSettings | null): void {
    this.sender = settings ? lrsSender({ endpoint: settings.endpoint, auth: basicAuth(settings.username, settings.password) }) : undefined;
  }
}
