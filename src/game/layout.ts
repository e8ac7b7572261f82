/** Size of the drawn world; the canvas scales it to fit its box. */
export const WORLD = { width: 800, height: 500 } as const;

/** The monitor's screen, where the channel frame is drawn. */
export const SCREEN = { x: 70, y: 40, width: 500, height: 300 } as const;

/** Height of the channel frame's title bar. */
export const TITLE_BAR = 34;

/** Where the mood meter stands on the wall. */
export const METER = { x: 668, y: 78, height: 250 } as const;
