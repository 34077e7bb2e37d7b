// A document's id (SHA-256 of its normalized text) and its fingerprint (a hash of the text with all white space removed).
import { sha256Hex } from '../crypto/sha256';

export function contentHash(text: string): Promise<string> {
  return sha256Hex(text);
}

/** 53-bit string hash (cyrb53); two seeds give ~106 bits, plenty to flag a duplicate. */
function cyrb53(s: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The same article saved as text, Word or PDF differs only in line breaks and spaces (PDF line wraps,
 * Word's blank line between paragraphs): its fingerprint is the same, so a second import is recognised.
 * Synchronous, so a database upgrade can compute it inside its transaction.
 */
export function contentFingerprint(text: string): string {
  const squeezed = text.replace(/\s+/g, '');
  return `${squeezed.length.toString(16)}-${cyrb53(squeezed, 1)}${cyrb53(squeezed, 2)}`;
}
