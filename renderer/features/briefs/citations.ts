// Numbers the documents a brief cites in the order they first appear, so every excerpt and fact points at [n].
import type { BriefContent } from '../../db/briefs-repo';
import { seriesOverTime } from '../../../shared/charts/chart-series';

export function citationOrder(content: BriefContent): string[] {
  const order: string[] = [];
  const cite = (docId: string) => {
    if (content.documents.has(docId) && !order.includes(docId)) order.push(docId);
  };
  for (const item of content.brief.items) {
    if (item.kind === 'excerpt') cite(item.docId);
    if (item.kind === 'chart') {
      for (const s of seriesOverTime(content.chartFacts, item)) for (const p of s.points) cite(p.docId);
    }
    if (item.kind === 'figures') for (const f of content.facts) cite(f.docId);
  }
  return order;
}
