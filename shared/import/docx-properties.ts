// A DOCX's document properties (docProps/core.xml): title, author, creation date.
import { readZipEntry } from './zip-entry';

export interface DocumentProperties {
  title?: string;
  author?: string;
  /** ISO yyyy-mm-dd. */
  created?: string;
}

function xmlText(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
      if (e[0] !== '#') return named[e.toLowerCase()];
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .trim();
}

function element(xml: string, qname: string): string | undefined {
  const m = new RegExp(`<${qname}\\b[^>]*>([\\s\\S]*?)</${qname}>`).exec(xml);
  const v = m ? xmlText(m[1]) : '';
  return v || undefined;
}

/** The core properties of a DOCX, each absent when empty or unreadable. */
export async function docxProperties(bytes: Uint8Array): Promise<DocumentProperties> {
  const core = await readZipEntry(bytes, 'docProps/core.xml');
  if (!core) return {};
  const xml = new TextDecoder().decode(core);
  const created = /^\d{4}-\d{2}-\d{2}/.exec(element(xml, 'dcterms:created') ?? '')?.[0];
  return { title: element(xml, 'dc:title'), author: element(xml, 'dc:creator'), created };
}
