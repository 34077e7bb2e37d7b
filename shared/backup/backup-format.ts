// The backup file: gzip of a magic line, then sections (a JSON header line, then that many raw bytes) — binary-safe and streamable.

const MAGIC = 'ANALYST-WORKBENCH-BACKUP 1\n';

export interface BackupSection {
  /** `table:<name>` holds a JSON array of records; `original:<hash>` holds a file's bytes. */
  kind: string;
  bytes: Uint8Array;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeBackup(sections: BackupSection[]): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode(MAGIC)];
  for (const s of sections) {
    parts.push(enc.encode(`${JSON.stringify({ kind: s.kind, length: s.bytes.length })}\n`), s.bytes);
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    joined.set(p, at);
    at += p.length;
  }
  return pipe(joined, new CompressionStream('gzip'));
}

export class BackupFormatError extends Error {}

export async function decodeBackup(file: Uint8Array): Promise<BackupSection[]> {
  let raw: Uint8Array;
  try {
    raw = await pipe(file, new DecompressionStream('gzip'));
  } catch {
    throw new BackupFormatError('not a workbench backup (not gzip data)');
  }
  const dec = new TextDecoder();
  if (dec.decode(raw.subarray(0, MAGIC.length)) !== MAGIC) throw new BackupFormatError('not a workbench backup (unknown header)');
  const sections: BackupSection[] = [];
  let at = MAGIC.length;
  while (at < raw.length) {
    const nl = raw.indexOf(10, at);
    if (nl < 0) throw new BackupFormatError('backup is cut short (section header)');
    let header: { kind: string; length: number };
    try {
      header = JSON.parse(dec.decode(raw.subarray(at, nl)));
    } catch {
      throw new BackupFormatError('backup is damaged (section header)');
    }
    const end = nl + 1 + header.length;
    if (end > raw.length) throw new BackupFormatError(`backup is cut short (${header.kind})`);
    sections.push({ kind: header.kind, bytes: raw.slice(nl + 1, end) });
    at = end;
  }
  return sections;
}
