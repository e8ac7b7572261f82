/** Where the studio saves a scenario under `npm start`: POST the text to this path plus the file name (see ink-stories-plugin.ts). */
export const DEV_SAVE_PATH = '/__frontline/stories/';
