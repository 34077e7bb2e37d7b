// An HTML file's bytes to a string: encoding from the BOM, a <meta charset>/http-equiv declaration, or sniffing.
import { bomEncoding, decodeText, type DecodeResult } from './text-decoding';

/** The encoding a page declares in its first 1024 bytes (`<meta charset=...>` or `http-equiv` content), lowercased. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1].toLowerCase();
  }
  return undefined;
}

/** WHATWG label to the name reported in the outcome (the TIS-620 family is read as Windows-874 by TextDecoder). */
function canonicalName(label: string, decoder: TextDecoder): string {
  if (/^(?:tis-?620|iso-8859-11|iso8859-11|windows-874|dos-874|x-windows-874|cp874)$/.test(label)) return label.startsWith('tis') ? 'tis-620' : 'windows-874';
  return decoder.encoding;
}

/** Decodes an HTML file: a BOM wins, then a declared charset that decodes cleanly, then the text-file sniffing. */
export function decodeHtml(bytes: Uint8Array): DecodeResult | { ok: true; text: string; encoding: string } {
  if (bytes.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  if (bomEncoding(bytes)) return decodeText(bytes);
  let label = declaredCharset(bytes);
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard reads it as UTF-8).
  if (label && label.startsWith('utf-16')) label = 'utf-8';
  let decoder: TextDecoder | undefined;
  if (label) {
    try {
      decoder = new TextDecoder(label === 'cp874' ? 'windows-874' : label, { fatal: true });
    } catch {
      decoder = undefined; // a label TextDecoder does not know: sniff instead
    }
  }
  if (decoder && label) {
    try {
      return { ok: true, text: decoder.decode(bytes), encoding: canonicalName(label, decoder) };
    } catch {
      // Mislabelled (e.g. TIS-620 bytes declared UTF-8): sniff, and only if that fails read it as declared.
      const sniffed = decodeText(bytes);
      if (sniffed.ok) return sniffed;
      return { ok: true, text: new TextDecoder(decoder.encoding).decode(bytes), encoding: canonicalName(label, decoder) };
    }
  }
  return decodeText(bytes);
}
