import { DEV_SAVE_PATH } from './dev-save-path.ts';

/** A file the trainer picked from disk: its name, text, and (where the browser can) a handle to save back to it. */
export interface DiskFile {
  name: string;
  text: string;
  handle?: FileSystemFileHandle;
}

interface FilePickerWindow {
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
}

const INK_TYPES = [{ description: 'Ink scenario', accept: { 'text/plain': ['.ink'] } }];

/**
 * Ask for an .ink file: through the File System Access API where the browser has it (so Save
 * writes back to the same file), else through a file input. Resolves undefined when cancelled.
 */
export async function pickInkFile(): Promise<DiskFile | undefined> {
  const picker = (window as FilePickerWindow).showOpenFilePicker;
  if (picker) {
    try {
      const [handle] = await picker({ types: INK_TYPES, multiple: false });
      if (!handle) return undefined;
      const file = await handle.getFile();
      return { name: file.name, text: await file.text(), handle };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return undefined;
      throw error;
    }
  }
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.ink,text/plain';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(undefined);
      file.text().then((text) => resolve({ name: file.name, text }), reject);
    });
    input.addEventListener('cancel', () => resolve(undefined));
    input.click();
  });
}

/** Write the text back to a file picked through the File System Access API. */
export async function writeToHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}

/** Offer the text as a download named after the file. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}


/** Save a scenario into stories/ through the dev server; rejects with the server's reason in words. */
export async function saveThroughDevServer(name: string, text: string): Promise<void> {
  const response = await fetch(`${DEV_SAVE_PATH}${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=utf-8' }, body: text });
  if (!response.ok) throw new Error((await response.text()) || `the dev server answered ${response.status}`);
}
