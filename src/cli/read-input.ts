import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../engine/errors.ts';
import type { IncludeReader } from '../engine/story/compile.ts';
import { UsageError } from './cli-error.ts';

/** The largest file the command reads. Scenarios and data files are tens of kilobytes. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** 1-based line of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 10) line += 1;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const second = bytes[i + 1] ?? 0;
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Whether bytes look like UTF-16: a byte-order mark, or a NUL in every other byte of the start. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const start = bytes.subarray(0, 64);
  let nulsAtEven = 0;
  let nulsAtOdd = 0;
  start.forEach((b, i) => {
    if (b === 0) (i % 2 === 0 ? (nulsAtEven += 1) : (nulsAtOdd += 1));
  });
  return start.length >= 4 && Math.max(nulsAtEven, nulsAtOdd) >= start.length / 4;
}

/** Decodes UTF-8 text strictly; refuses UTF-16, binary data and broken UTF-8 with the line where it goes wrong. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (looksLikeUtf16(bytes)) throw new InputError(name, 1, 'is UTF-16 text; save it as UTF-8 (any text editor can)');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(name, lineOfByte(bytes, nul), 'is not a text file: it holds a NUL byte here');
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    throw new InputError(name, lineOfByte(bytes, bad), `is not valid UTF-8 text: byte 0x${hex} at offset ${bad} cannot start or continue a character; save the file as UTF-8`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Reads a text file the command was given. Refuses, with exit code 2, what it cannot read:
 * a missing file, a folder, anything that is not a regular file (a pipe or a device would block
 * or never end) and files over MAX_INPUT_BYTES. Text that is not UTF-8 is an input error (exit 1).
 */
export function readText(file: string): string {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new UsageError(`${file}: cannot read: is a folder, not a file`);
    if (!stats.isFile()) throw new UsageError(`${file}: cannot read: not a regular file (a pipe, device or socket); give a file saved on disk`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new UsageError(`${file}: cannot read: it is ${megabytes(size)}; files over ${megabytes(MAX_INPUT_BYTES)} are refused (no scenario or data file is that big)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`${file}: cannot read: ${(error as Error).message}`);
  }
  return decodeText(bytes, file);
}

/** Reads the files a scenario INCLUDEs, relative to the file that includes them, with the same checks. */
export function includeReader(): IncludeReader {
  return {
    resolve: (name, from) => join(dirname(from), name),
    read: (path) => {
      try {
        return readText(path);
      } catch (error) {
        if (error instanceof UsageError || error instanceof InputError) throw new Error(error.message);
        throw error;
      }
    },
  };
}
