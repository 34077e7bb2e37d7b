// The entity's editable name and note, and its names as written in the texts with how often each is used.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationRecord, EntityRecord } from '../../../shared/model/records';
import { entitiesRepo } from '../../db/repositories';
import { history } from '../annotate/app-history';
import { editEntity } from './merge-actions';

export function EntityDetails({ entity, mentions }: { entity: EntityRecord; mentions: AnnotationRecord[] }) {
  const { t } = useTranslation();
  const [name, setName] = useState(entity.name);
  const [note, setNote] = useState(entity.note ?? '');
  const [saved, setSaved] = useState(false);
  // An undo (Ctrl+Z) or another window changes the record: the fields follow it.
  useEffect(() => {
    setName(entity.name);
    setNote(entity.note ?? '');
  }, [entity.name, entity.note]);
  const dirty = name.trim() !== entity.name || note.trim() !== (entity.note ?? '');
  const uses = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of mentions) m.set(a.quote, (m.get(a.quote) ?? 0) + 1);
    return m;
  }, [mentions]);

  const save = async () => {
    await history.run(editEntity(entitiesRepo, entity.id, name, note));
    setSaved(true);
  };

  return (
    <section className="entity-details" aria-label={t('entities.details')}>
      <form
        className="entity-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('entities.name')}
          <input
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setSaved(false);
            }}
          />
        </label>
        <label className="entity-note">
          {t('entities.note')}
          <textarea
            value={note}
            placeholder={t('entities.notePlaceholder')}
            onChange={(e) => {
              setNote(e.target.value);
              setSaved(false);
            }}
          />
        </label>
        <div className="form-actions">
          {saved && !dirty && (
            <span className="notice" role="status">
              {t('entities.saved')}
            </span>
          )}
          <button type="submit" className="primary" disabled={!dirty || !name.trim()}>
            {t('common.save')}
          </button>
        </div>
      </form>
      <div className="entity-aliases" aria-label={t('entities.aliases')}>
        <span className="muted">{t('entities.aliases')}:</span>
        {entity.aliases.map((a) => (
          <span key={a} className="alias-chip" title={t('entities.aliasUses', { count: uses.get(a) ?? 0 })}>
            {a} <span className="muted">{uses.get(a) ?? 0}</span>
          </span>
        ))}
      </div>
    </section>
  );
}
