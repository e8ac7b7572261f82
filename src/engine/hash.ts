import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hex SHA-256 of a string: identifies a compiled story or a rubric data file by content. */
export function contentHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
