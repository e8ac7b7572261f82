/** What a screen gets when its route is entered. */
export interface Visit<Intent> {
  /** the parts the route's pattern captured, such as the scenario id of `call/missing-order` */
  params: readonly string[];
  /** what the screen that navigated here handed over; undefined after a reload or the browser's Back and Forward */
  intent: Intent | undefined;
  /** false once the user has moved on: slow work checks it so that it never paints over the next screen */
  live(): boolean;
  /** run when the user leaves this screen (a call stops, which saves it) */
  onLeave(cleanup: () => void): void;
}

/** One screen's address, as a pattern over the part after `#/`, and how to show it. */
export interface Route<Intent> {
  pattern: RegExp;
  enter(visit: Visit<Intent>): void;
}

/** How screens move to other screens. */
export interface Navigator<Intent> {
  /** show another screen, with its own browser history entry */
  go(path: string, intent?: Intent): void;
  /** show another screen in place of this one (Back skips it) */
  replace(path: string, intent?: Intent): void;
  /** change this screen's address without showing it again: the screen already shows what the new address names */
  rename(path: string): void;
}

type EntryKind = 'base' | 'screen';
const stateOf = (kind: EntryKind) => ({ frontline: kind });

function currentPath(): string {
  return decodeURIComponent(location.hash.replace(/^#\/?/, ''));
}

/**
 * Hash routes, one browser history entry per screen. Below the first screen sits a base entry
 * that brings the home screen back, so the browser's Back button never leaves the app.
 */
export class Router<Intent> implements Navigator<Intent> {
  private readonly routes: Route<Intent>[] = [];
  private leaving: (() => void)[] = [];
  private visits = 0;

  constructor(
    /** run between every two screens (the app pauses the drawn stage) */
    private readonly onLeave: () => void,
    private readonly home = '',
  ) {}

  /** Add screens' routes; the first whose pattern matches an address shows it. */
  add(routes: readonly Route<Intent>[]): void {
    this.routes.push(...routes);
  }

  /** Show the screen the address names, or `initial` when given (an LMS launch); from now on Back and Forward move between screens. */
  start(initial?: string): void {
    addEventListener('popstate', (event) => this.popped(event.state));
    const path = initial ?? currentPath();
    // A reload keeps the entries made before it; only a first visit needs the base entry.
    if ((history.state as { frontline?: EntryKind } | null)?.frontline !== 'screen') {
      history.replaceState(stateOf('base'), '', '#/');
      history.pushState(stateOf('screen'), '', `#/${path}`);
    } else if (initial !== undefined) history.replaceState(stateOf('screen'), '', `#/${path}`);
    this.enter(path, undefined);
  }

  go(path: string, intent?: Intent): void {
    history.pushState(stateOf('screen'), '', `#/${path}`);
    this.enter(path, intent);
  }

  replace(path: string, intent?: Intent): void {
    history.replaceState(stateOf('screen'), '', `#/${path}`);
    this.enter(path, intent);
  }

  rename(path: string): void {
    history.replaceState(stateOf('screen'), '', `#/${path}`);
  }

  private popped(state: unknown): void {
    if ((state as { frontline?: EntryKind } | null)?.frontline === 'base') return this.go(this.home);
    this.enter(currentPath(), undefined);
  }

  private enter(path: string, intent: Intent | undefined): void {
    for (const cleanup of this.leaving.splice(0)) cleanup();
    this.onLeave();
    const visit = ++this.visits;
    const live = () => visit === this.visits;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      route.enter({
        params: match.slice(1),
        intent,
        live,
        // A screen that registers after it was left (its load was slow) is stopped at once.
        onLeave: (cleanup) => (live() ? this.leaving.push(cleanup) : cleanup()),
      });
      return;
    }
    this.replace(this.home);
  }
}
