// The search's entity filter: type part of a name and pick it from the registry (a list of thousands stays usable).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityRecord } from '../../../shared/model/records';

interface Props {
  entities: EntityRecord[];
  value: string | undefined;
  onChange: (entityId: string) => void;
}

export function EntityPicker({ entities, value, onChange }: Props) {
  const { t } = useTranslation();
  const labelOf = useMemo(() => {
    // Two entities may share a name (a person and a place): the type tells them apart.
    return (e: EntityRecord) => `${e.name} (${t(`types.${e.type}`)})`;
  }, [t]);
  const byLabel = useMemo(() => new Map(entities.map((e) => [labelOf(e), e.id])), [entities, labelOf]);
  const chosen = entities.find((e) => e.id === value);
  const [typed, setTyped] = useState(chosen ? labelOf(chosen) : '');
  useEffect(() => setTyped(chosen ? labelOf(chosen) : ''), [chosen, labelOf]);

  return (
    <>
      <input
        className="entity-picker"
        list="search-entities"
        aria-label={t('search.entity')}
        placeholder={t('search.any')}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          const id = byLabel.get(e.target.value);
          if (id !== undefined) onChange(id);
          else if (e.target.value === '') onChange('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && typed !== '') {
            e.stopPropagation();
            setTyped('');
            onChange('');
          }
        }}
      />
      <datalist id="search-entities">
        {entities.map((e) => (
          <option key={e.id} value={labelOf(e)} />
        ))}
      </datalist>
    </>
  );
}
