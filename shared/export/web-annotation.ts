// Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): each with its type as a tag and text selectors.
import type { AnnotationRecord, DocumentRecord } from '../model/records';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_LENGTH = 32;

export interface WebAnnotation {
  '@context': typeof CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'commenting';
  created: string;
  modified: string;
  body: Array<Record<string, unknown>>;
  target: {
    source: string;
    selector: Array<
      | { type: 'TextPositionSelector'; start: number; end: number }
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
    >;
  };
}

/** The document as a source: its URL when it has one, else its content hash as a URN. */
export function sourceOf(doc: Pick<DocumentRecord, 'id' | 'sourceUrl'>): string {
  return doc.sourceUrl ?? `urn:sha256:${doc.id}`;
}

/** Kept annotations (accepted and marked by hand) of one document; suggestions and rejections stay out. */
export function toWebAnnotations(doc: Pick<DocumentRecord, 'id' | 'sourceUrl'>, text: string, annotations: readonly AnnotationRecord[]): WebAnnotation[] {
  return annotations
    .filter((a) => a.status === 'accepted' || a.status === 'manual')
    .map((a) => {
      const body: Array<Record<string, unknown>> = [{ type: 'TextualBody', purpose: 'tagging', value: a.type }];
      if ('value' in a) body.push({ type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify({ value: a.value, valueMax: a.valueMax, unit: a.unit, qualifier: a.qualifier }) });
      if (a.type === 'DATE' && a.startDate) body.push({ type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify({ startDate: a.startDate, endDate: a.endDate }) });
      if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
      return {
        '@context': CONTEXT,
        id: `urn:uuid:${a.id.startsWith('s:') ? crypto.randomUUID() : a.id}`,
        type: 'Annotation',
        motivation: a.note ? 'commenting' : 'tagging',
        created: a.createdAt,
        modified: a.updatedAt,
        body,
        target: {
          source: sourceOf(doc),
          selector: [
            { type: 'TextPositionSelector', start: a.start, end: a.end },
            { type: 'TextQuoteSelector', exact: a.quote, prefix: text.slice(Math.max(0, a.start - CONTEXT_LENGTH), a.start), suffix: text.slice(a.end, a.end + CONTEXT_LENGTH) },
          ],
        },
      };
    });
}
