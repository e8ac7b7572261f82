import { z } from 'zod';
import { Cmi5LaunchDataSchema, type Cmi5Launch } from '../engine/cmi5/cmi5-launch.ts';
import { asCmi5Allowed, attemptResultStatements, terminatedStatement, type Cmi5Session } from '../engine/cmi5/cmi5-statements.ts';
import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import type { CallRecord } from '../engine/records/call-record.ts';
import { callStatements } from '../engine/xapi/call-statements.ts';
import type { XapiStatement } from '../engine/xapi/xapi-statement.ts';
import { lrsSender } from '../platform/lrs-client.ts';
import { startOutboxRunner, type OutboxRunner } from '../platform/outbox-runner.ts';
import { OutboxStore } from '../platform/outbox-store.ts';
import type { KeyValueStore } from '../platform/storage.ts';

/** What a reload of the same launch needs to go on without fetching a new token (the LMS hands each token out once). */
const SessionStateSchema = z.strictObject({ authToken: z.string().min(1), initializedAt: z.iso.datetime(), terminated: z.boolean() });

/** The session-storage key of a registration's session state. */
const sessionKey = (registration: string) => `frontline:cmi5:${registration}`;

/** A cmi5 session: launched through @xapi/cmi5, then every statement through a durable outbox to the LMS's LRS. */
export class Cmi5Reporting {
  private constructor(
    private readonly session: Cmi5Session,
    private readonly authToken: string,
    private readonly sessionStore: KeyValueStore,
    private terminated: boolean,
    private readonly store: OutboxStore,
    private readonly runner: OutboxRunner,
    private readonly activityRoot: string,
  ) {}

  /**
   * Fetch the auth token, read `LMS.LaunchData` and send `initialized` (or, on a reload of the same launch, take up the session
   * kept in `sessionStore`); rejects with a readable reason.
   */
  static async launch(launch: Cmi5Launch, sessionStore: KeyValueStore, activityRoot: string): Promise<Cmi5Reporting> {
    const { default: Cmi5 } = await import('@xapi/cmi5');
    const cmi5 = new Cmi5(launch as ConstructorParameters<typeof Cmi5>[0]);
    const kept = readSessionState(sessionStore, launch.registration);
    try {
      await cmi5.initialize(kept ? { authToken: kept.authToken, initializedDate: new Date(kept.initializedAt) } : undefined);
    } catch (error) {
      throw new Error(`the LMS did not complete the launch: ${(error as Error).message}`);
    }
    const launchData = Cmi5LaunchDataSchema.safeParse(cmi5.getLaunchData());
    if (!launchData.success) throw new Error(`the LMS's launch data is not valid cmi5: ${launchData.error.issues[0]?.path.join('.')}: ${launchData.error.issues[0]?.message}`);
    const initializedAt = cmi5.getInitializedDate().toISOString();
    const store = await OutboxStore.open(`frontline-cmi5-${launch.registration}`);
    const send = lrsSender({ endpoint: launch.endpoint, auth: `Basic ${cmi5.getAuthToken()}` });
    const runner = startOutboxRunner({ store, sender: () => send, now: Date.now });
    void runner.flush();
    const reporting = new Cmi5Reporting({ launch, launchData: launchData.data, initializedAt }, cmi5.getAuthToken(), sessionStore, kept?.terminated ?? false, store, runner, activityRoot);
    reporting.keepSession();
    return reporting;
  }

  /** The learner's name as the LMS gave it. */
  learnerName(): string {
    const { actor } = this.session.launch;
    return actor.name?.trim() || actor.account.name;
  }

  /** Queue a recorded call's statements as cmi5 allowed statements and try to send them; nothing after `terminated`. */
  async report(call: CallRecord, lines: readonly string[], trackName?: string): Promise<void> {
    if (this.terminated) return;
    await this.queue(asCmi5Allowed(this.session, callStatements(call, lines, { actor: this.session.launch.actor, activityRoot: this.activityRoot }, trackName)));
  }

  /** A finished attempt: `completed` and `passed`/`failed` as cmi5 allows them, then `terminated`; the session ends. */
  async finish(attempt: AttemptRecord): Promise<void> {
    if (this.terminated) return;
    this.terminated = true;
    this.keepSession();
    const at = new Date().toISOString();
    const earlier = (await this.store.entries()).map((entry) => entry.statement);
    await this.queue([...attemptResultStatements(this.session, attempt, at, earlier), terminatedStatement(this.session, at)]);
  }

  private keepSession(): void {
    const state: z.infer<typeof SessionStateSchema> = { authToken: this.authToken, initializedAt: this.session.initializedAt, terminated: this.terminated };
    this.sessionStore.set(sessionKey(this.session.launch.registration), JSON.stringify(state));
  }

  private async queue(statements: XapiStatement[]): Promise<void> {
    await this.store.add(statements, Date.now());
    await this.runner.flush();
  }
}

function readSessionState(store: KeyValueStore, registration: string): z.infer<typeof SessionStateSchema> | undefined {
  try {
    const parsed = SessionStateSchema.safeParse(JSON.parse(store.get(sessionKey(registration)) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
