// Co-mentions: the entities named in the same documents, by shared documents then mentions.
import { describe, expect, it } from 'vitest';
import { coMentions } from '../../../../shared/entities/co-mentions';

describe('coMentions', () => {
  it('counts shared documents and mentions there, and leaves out documents without the entity', () => {
    const m = (entityId: string, docId: string) => ({ entityId, docId });
    const rows = [m('hp', 'd1'), m('be', 'd1'), m('be', 'd1'), m('vn', 'd1'), m('hp', 'd2'), m('be', 'd2'), m('vn', 'd3'), m('vn', 'd3')];
    expect(coMentions('hp', rows)).toEqual([
      { entityId: 'be', documents: 2, mentions: 3 },
      { entityId: 'vn', documents: 1, mentions: 1 },
    ]);
    expect(coMentions('nobody', rows)).toEqual([]);
  });
});
