// The source text with annotations highlighted by type; reports snapped selections and clicks on annotations.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationRecord } from '../../../shared/model/records';
import { snapToWords } from '../../../shared/text/word-boundaries';
import { TYPE_STYLE } from '../annotate/type-styles';
import { annotationsByParagraph, domPointToOffset, paragraphAt, paragraphsOf, runsOf, type Paragraph, type Run } from './text-layout';

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

interface ParagraphProps {
  text: string;
  p: Paragraph;
  annotations: AnnotationRecord[];
  pending?: { start: number; end: number };
  focusedId?: string;
}

/** What a paragraph shows of its annotations: it redraws only when this changes (records are new objects after every query). */
const drawnAs = (annotations: AnnotationRecord[]) => annotations.map((a) => `${a.id}|${a.type}|${a.status}|${a.start}|${a.end}`).join(',');

function sameParagraph(a: ParagraphProps, b: ParagraphProps): boolean {
  return (
    a.text === b.text &&
    a.p.start === b.p.start &&
    a.p.end === b.p.end &&
    a.focusedId === b.focusedId &&
    a.pending?.start === b.pending?.start &&
    a.pending?.end === b.pending?.end &&
    (a.annotations === b.annotations || drawnAs(a.annotations) === drawnAs(b.annotations))
  );
}

const ParagraphView = memo(function ParagraphView(props: ParagraphProps) {
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
}, sameParagraph);

/** Paragraphs are drawn in blocks; a block far from the viewport is an empty box of about its height. */
const BLOCK = 40;
const CHARS_PER_LINE = 70;
const LINE_PX = 32;

function estimatedHeight(paragraphs: Paragraph[]): number {
  return paragraphs.reduce((h, p) => h + (Math.max(1, Math.ceil((p.end - p.start) / CHARS_PER_LINE)) * LINE_PX + 10), 0);
}

function Placeholder({ height, onVisible, index }: { height: number; onVisible(): void; index: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onVisible(), { rootMargin: '1500px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [onVisible]);
  return <div ref={ref} className="para-placeholder" data-block={index} style={{ height }} aria-hidden="true" />;
}

export function TextPane(props: Props) {
  const { text, annotations, pending, focusedId } = props;
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const buckets = useMemo(() => annotationsByParagraph(paragraphs, annotations), [paragraphs, annotations]);
  const blocks = useMemo(() => {
    const out: Paragraph[][] = [];
    for (let i = 0; i < paragraphs.length; i += BLOCK) out.push(paragraphs.slice(i, i + BLOCK));
    return out;
  }, [paragraphs]);
  // The first blocks are drawn at once; the others when they come near the viewport, or when asked for (mountAt).
  const [mounted, setMounted] = useState<Set<number>>(() => new Set([0, 1]));
  useEffect(() => setMounted(new Set([0, 1])), [text]);
  const mount = useCallback((i: number) => setMounted((m) => (m.has(i) ? m : new Set(m).add(i))), []);
  const focused = annotations.find((a) => a.id === focusedId);
  const focusBlock = focused ? Math.floor(paragraphAt(paragraphs, focused.start) / BLOCK) : -1;
  useEffect(() => {
    if (focusBlock >= 0) mount(focusBlock);
  }, [focusBlock, mount]);
  const pendingBlock = pending ? Math.floor(paragraphAt(paragraphs, pending.start) / BLOCK) : -1;

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
      {blocks.map((block, b) =>
        mounted.has(b) || b === focusBlock || b === pendingBlock ? (
          block.map((p) => (
            <ParagraphView
              key={p.start}
              text={text}
              p={p}
              annotations={buckets[p.index]}
              pending={pending && pending.start < p.end + 1 && pending.end > p.start ? pending : undefined}
              focusedId={buckets[p.index].some((a) => a.id === focusedId) ? focusedId : undefined}
            />
          ))
        ) : (
          <Placeholder key={`block-${b}`} index={b} height={estimatedHeight(block)} onVisible={() => mount(b)} />
        ),
      )}
    </article>
  );
}
