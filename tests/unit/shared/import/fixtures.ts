// Test fixtures made in code (no corpus text copied): a TIS-620 encoder, UTF-16BE bytes, minimal PDFs and ZIPs.

/** TIS-620 bytes for ASCII and Thai (U+0E01-U+0E5B map to 0xA1-0xFB). */
export function encodeTis620(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (c >= 0x0e01 && c <= 0x0e5b) return c - 0x0e00 + 0xa0;
    throw new Error(`not in TIS-620: U+${c.toString(16)}`);
  });
}

/** UTF-16 bytes, big- or little-endian, with or without a BOM. */
export function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const s = bom ? `\uFEFF${text}` : text;
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

/**
 * A minimal well-formed one-page PDF (correct xref offsets) whose page draws `content`:
 * e.g. '' (an empty page), '0 0 100 100 re f' (a picture, no text), 'BT /F1 12 Tf 72 720 Td (Hi) Tj ET'.
 */
export function minimalPdf(content: string, info?: { title?: string; author?: string; created?: string }): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (info) {
    const entries = [
      info.title ? `/Title (${info.title})` : '',
      info.author ? `/Author (${info.author})` : '',
      info.created ? `/CreationDate (${info.created})` : '',
    ];
    objects.push(`<< ${entries.join(' ')} >>`);
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${objects.length} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
