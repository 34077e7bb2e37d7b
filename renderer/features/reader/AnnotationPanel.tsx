// The side panel: annotations grouped by type, each one click from its place in the text, with accept, reject, edit, note, delete.
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_TYPES, isEntityType, isFigureType, type ExtractedAnnotation } from '../../../shared/model/annotation';
import type { AnnotationRecord } from '../../../shared/model/records';
import { entitiesRepo } from '../../db/repositories';
import { EntityName, EntityPicker } from '../entities/EntityLink';
import { formatPeriod } from '../../app/format-date';
import { FigureForm } from '../annotate/FigureForm';
import { formatFigure } from '../annotate/format-figure';
import { TYPE_STYLE } from '../annotate/type-styles';

export interface PanelActions {
  focus(id: string): void;
  accept(records: AnnotationRecord[]): void;
  reject(records: AnnotationRecord[]): void;
  remove(record: AnnotationRecord): void;
  edit(before: AnnotationRecord, after: AnnotationRecord): void;
}

function Detail({ a }: { a: AnnotationRecord }) {
  const { i18n } = useTranslation();
  if (a.type === 'DATE') {
    if (!a.startDate) return null;
    return <span className="detail">{formatPeriod(a.startDate, a.endDate, i18n.language)}</span>;
  }
  if (isFigureType(a.type) && 'value' in a) return <span className="detail">{formatFigure(a, i18n.language)}</span>;
  return null;
}

/** An item redraws only when what it shows changes (records are new objects after every query). */
const sameItem = (x: ItemProps, y: ItemProps) =>
  x.focused === y.focused && x.actions === y.actions && x.entityName === y.entityName && (x.a === y.a || JSON.stringify(x.a) === JSON.stringify(y.a));

interface ItemProps {
  a: AnnotationRecord;
  focused: boolean;
  actions: PanelActions;
  /** The name of the registry entity a kept entity annotation links to. */
  entityName?: string;
}

const Item = memo(function Item({ a, focused, actions, entityName }: ItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [linking, setLinking] = useState(false);
  const linkable = isEntityType(a.type) && (a.status === 'accepted' || a.status === 'manual');
  const [note, setNote] = useState<string>();
  const save = (fields: Partial<AnnotationRecord>) =>
    actions.edit(a, { ...a, ...fields, status: a.status === 'suggested' ? 'accepted' : a.status, updatedAt: new Date().toISOString() } as AnnotationRecord);
  return (
    <li className={`ann-item status-${a.status} ${focused ? 'focused' : ''}`} data-ann-item={a.id}>
      <button className="ann-jump" onClick={() => actions.focus(a.id)} title={t('panel.jump')}>
        <q>{a.quote}</q> <Detail a={a} />
      </button>
      {a.status === 'suggested' && <span className="tag">{t('status.suggested')}</span>}
      {linkable && a.entityId && entityName !== undefined && <EntityName entityId={a.entityId} name={entityName} />}
      {a.note && note === undefined && <div className="note">{a.note}</div>}
      <div className="item-actions">
        {a.status === 'suggested' && (
          <>
            <button onClick={() => actions.accept([a])} title={t('panel.accept')}>
              ✓
            </button>
            <button onClick={() => actions.reject([a])} title={t('panel.reject')}>
              ✗
            </button>
          </>
        )}
        {(isFigureType(a.type) || a.type === 'DATE') && <button onClick={() => setEditing(true)}>{t('common.edit')}</button>}
        {linkable && a.entityId && (
          <button onClick={() => setLinking(true)} title={t('entities.link.changeHint')}>
            {t('entities.link.change')}
          </button>
        )}
        <button onClick={() => setNote(a.note ?? '')}>{t('panel.note')}</button>
        <button className="danger" onClick={() => actions.remove(a)} title={t('common.delete')}>
          {t('common.delete')}
        </button>
      </div>
      {note !== undefined && (
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            save({ note: note.trim() || undefined });
            setNote(undefined);
          }}
        >
          <textarea aria-label={t('panel.note')} value={note} autoFocus onChange={(e) => setNote(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setNote(undefined)} />
          <button type="submit">{t('common.save')}</button>
        </form>
      )}
      {linking && isEntityType(a.type) && (
        <EntityPicker annotationId={a.id} type={a.type} quote={a.quote} current={a.entityId} onDone={() => setLinking(false)} />
      )}
      {editing && (
        <FigureForm
          initial={a as ExtractedAnnotation}
          onCancel={() => setEditing(false)}
          onSave={(draft) => {
            save(draft as Partial<AnnotationRecord>);
            setEditing(false);
          }}
        />
      )}
    </li>
  );
}, sameItem);

/** A group lists this many items until asked for all: a long report has thousands. */
const GROUP_PAGE = 150;

export function AnnotationPanel({ annotations, focusedId, actions }: { annotations: AnnotationRecord[]; focusedId?: string; actions: PanelActions }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Record<string, number>>({});
  // Names of the entities the kept entity annotations link to (one read for the document, again when links change).
  const entityIds = useMemo(() => [...new Set(annotations.flatMap((a) => (a.entityId ? [a.entityId] : [])))].sort(), [annotations]);
  const entityNames = useLiveQuery(
    async () => new Map((await entitiesRepo.bulkGet(entityIds)).flatMap((e) => (e ? [[e.id, e.name] as const] : []))),
    [entityIds.join('|')],
  );
  const visible = annotations.filter((a) => a.status !== 'rejected');
  if (visible.length === 0) return <aside className="panel empty">{t('panel.empty')}</aside>;
  return (
    <aside className="panel" aria-label={t('panel.title')}>
      {ANNOTATION_TYPES.map((type) => {
        const items = visible.filter((a) => a.type === type);
        if (items.length === 0) return null;
        const suggested = items.filter((a) => a.status === 'suggested');
        return (
          <section key={type} className="ann-group" aria-label={t(`types.${type}`)}>
            <h3>
              <span className="type-badge" style={{ background: TYPE_STYLE[type].color }}>
                {TYPE_STYLE[type].letter}
              </span>
              {t(`types.${type}`)} <span className="muted">{items.length}</span>
              {suggested.length > 0 && (
                <span className="group-actions">
                  <button onClick={() => actions.accept(suggested)}>{t('panel.acceptAll')}</button>
                  <button onClick={() => actions.reject(suggested)}>{t('panel.rejectAll')}</button>
                </span>
              )}
            </h3>
            <ul>
              {(() => {
                const limit = open[type] ?? GROUP_PAGE;
                const focusedAt = items.findIndex((a) => a.id === focusedId);
                const shown = items.slice(0, Math.max(limit, focusedAt + 1));
                return shown.map((a) => (
                  <Item key={a.id} a={a} focused={a.id === focusedId} actions={actions} entityName={a.entityId ? entityNames?.get(a.entityId) : undefined} />
                ));
              })()}
            </ul>
            {items.length > (open[type] ?? GROUP_PAGE) && (
              <button className="link" onClick={() => setOpen({ ...open, [type]: (open[type] ?? GROUP_PAGE) + 500 })}>
                {t('panel.showMore', { shown: open[type] ?? GROUP_PAGE, total: items.length })}
              </button>
            )}
          </section>
        );
      })}
    </aside>
  );
}
