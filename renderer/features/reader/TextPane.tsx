// The source text with annotations highlighted by type; reports snapped selections and clicks on annotations.
import { memo, useMemo } from 'react';
import type { AnnotationRecord } from '../../../shared/model/records';
import { snapToWords } from '../../../shared/text/word-boundaries';
import { TYPE_STYLE } from '../annotate/type-styles';
import { annotationsByParagraph, domPointToOffset, paragraphsOf, runsOf, type Paragraph, type Run } from './text-layout';

interface Props {
  text: string;
  annotations: AnnotationRecord[];
  pending?: { start: number; end: number };
  focusedId?: string;
  onSelectSpan?(span: { start: number; end: number } | undefined): void;
  onFocusAnnotation?(id: string): void;
  label: string;
}

function runClass(run: Run, focusedId?: string): string {
  const inner = run.covering[0];
  const classes = ['run'];
  if (inner) {
    classes.push('ann', inner.status === 'suggested' ? 'ann-suggested' : 'ann-kept');
    if (inner.id === focusedId || run.covering.some((a) => a.id === focusedId)) classes.push('ann-focused');
    if (run.covering.length > 1) classes.push('ann-nested');
  }
  if (run.pending) classes.push('pending');
  return classes.join(' ');
}

const ParagraphView = memo(function ParagraphView(props: {
  text: string;
  p: Paragraph;
  annotations: AnnotationRecord[];
  pending?: { start: number; end: number };
  focusedId?: string;
}) {
  const { text, p } = props;
  const runs = runsOf(p, props.annotations, props.pending);
  return (
    <p className="para" data-start={p.start} data-end={p.end} data-n={p.index + 1}>
      {p.start === p.end ? (
        <br />
      ) : (
        runs.map((run) => {
          const inner = run.covering[0];
          const style = inner ? ({ '--ann-color': TYPE_STYLE[inner.type].color } as React.CSSProperties) : undefined;
          return (
            <span
              key={run.start}
              data-o={run.start}
              data-ann={inner?.id}
              data-type={inner?.type}
              data-letter={inner && inner.start === run.start ? TYPE_STYLE[inner.type].letter : undefined}
              className={runClass(run, props.focusedId)}
              style={style}
            >
              {text.slice(run.start, run.end)}
            </span>
          );
        })
      )}
    </p>
  );
});

export function TextPane(props: Props) {
  const { text, annotations, pending, focusedId } = props;
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const buckets = useMemo(() => annotationsByParagraph(paragraphs, annotations), [paragraphs, annotations]);

  const readSelection = () => {
    if (!props.onSelectSpan) return;
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    const a = domPointToOffset(range.startContainer, range.startOffset);
    const b = domPointToOffset(range.endContainer, range.endOffset);
    if (a === undefined || b === undefined) return;
    const snapped = snapToWords(text, a, b);
    sel.removeAllRanges();
    props.onSelectSpan(snapped.start < snapped.end ? snapped : undefined);
  };

  return (
    <article
      className="text-pane"
      aria-label={props.label}
      onMouseUp={readSelection}
      onKeyUp={(e) => {
        if (e.shiftKey) readSelection();
      }}
      onClick={(e) => {
        const id = (e.target as HTMLElement).closest<HTMLElement>('[data-ann]')?.dataset.ann;
        if (id && window.getSelection()?.isCollapsed !== false) props.onFocusAnnotation?.(id);
      }}
    >
      {paragraphs.map((p) => (
        <ParagraphView
          key={p.start}
          text={text}
          p={p}
          annotations={buckets[p.index]}
          pending={pending && pending.start < p.end + 1 && pending.end > p.start ? pending : undefined}
          focusedId={buckets[p.index].some((a) => a.id === focusedId) ? focusedId : undefined}
        />
      ))}
    </article>
  );
}
