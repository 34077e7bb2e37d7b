// A document's tags: shown as chips, added by typing (Enter or comma), removed with ×; each change can be undone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentsRepo } from '../../db/repositories';
import { history } from '../annotate/app-history';
import type { Command } from '../annotate/history';

function setTagsCommand(docId: string, tags: string[]): Command {
  let before: string[] = [];
  return {
    label: 'history.tags',
    apply: async () => {
      before = await documentsRepo.setTags(docId, tags);
    },
    revert: async () => {
      await documentsRepo.setTags(docId, before);
    },
  };
}

export function TagEditor({ docId, tags, known }: { docId: string; tags: string[]; known: string[] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const add = () => {
    const fresh = draft.split(',').map((x) => x.trim()).filter((x) => x && !tags.includes(x));
    setDraft('');
    if (fresh.length > 0) void history.run(setTagsCommand(docId, [...tags, ...fresh]));
  };
  return (
    <div className="tag-editor" aria-label={t('tags.label')}>
      {tags.map((tag) => (
        <span key={tag} className="tag-chip">
          {tag}
          <button className="link" aria-label={t('tags.remove', { tag })} onClick={() => void history.run(setTagsCommand(docId, tags.filter((x) => x !== tag)))}>
            ×
          </button>
        </span>
      ))}
      <input
        className="tag-input"
        list="known-tags"
        value={draft}
        placeholder={t('tags.add')}
        aria-label={t('tags.add')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          } else if (e.key === 'Escape') setDraft('');
        }}
        onBlur={() => draft.trim() && add()}
      />
      <datalist id="known-tags">
        {known.filter((k) => !tags.includes(k)).map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
    </div>
  );
}
