// One mention out of its document: the words around it with the mention highlighted; a click opens the reader at it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { mentionContext } from '../../../shared/entities/mention-context';
import type { AnnotationRecord } from '../../../shared/model/records';
import { TYPE_STYLE } from '../annotate/type-styles';

export function MentionLine({ docId, annotation, text }: { docId: string; annotation: AnnotationRecord; text: string | undefined }) {
  const { t } = useTranslation();
  const c = text ? mentionContext(text, annotation.start, annotation.end) : undefined;
  return (
    <Link className="mention" to={`/doc/${docId}?ann=${encodeURIComponent(annotation.id)}`} title={t('entities.openAt')} data-mention={annotation.id}>
      {c && (
        <>
          {c.cutBefore && '… '}
          {c.before}
        </>
      )}
      <mark style={{ '--ann-color': TYPE_STYLE[annotation.type].color } as React.CSSProperties}>{c?.quote ?? annotation.quote}</mark>
      {c && (
        <>
          {c.after}
          {c.cutAfter && ' …'}
        </>
      )}
    </Link>
  );
}
