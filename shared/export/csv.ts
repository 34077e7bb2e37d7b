// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Thai), CRLF rows, RFC 4180 quoting.

export type CsvValue = string | number | undefined | null;

function field(v: CsvValue): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The bytes of a CSV file with its BOM. */
export function csvBytes(header: readonly string[], rows: readonly CsvValue[][]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${toCsv(header, rows)}`);
}
