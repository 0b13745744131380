/**
 * The entries of the saved list (./saved-list.tsx): one per assessment, with
 * its name, origin, last change, progress and its life after the decision,
 * and the actions on it. A module of its own, loaded once there is an entry
 * to show: a first visit (an empty list) never loads it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime, shortDate } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import { originLabels } from './copy-label';
import type { AfterParts, DamagedItem, SavedActions, SavedItem } from './saved-list';

/** Delete asks first, in place: nothing is removed without a second, explicit click. */
function ConfirmDelete({ name, onYes, onNo }: { name: string; onYes: () => void; onNo: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="confirm">
      <p>{t('saved.confirmDelete', { name })}</p>
      <button type="button" className="button--warning" onClick={onYes}>
        {t('saved.confirmYes')}
      </button>
      <button type="button" className="button--secondary" onClick={onNo}>
        {t('saved.cancel')}
      </button>
    </div>
  );
}

function Damaged({ item, actions }: { item: DamagedItem; actions: SavedActions }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="saved__item saved__item--damaged">
      <div className="saved__text">
        <h3 className="saved__name">{t('saved.damagedTitle')}</h3>
        <p>{t('saved.damaged')}</p>
      </div>
      {confirming ? (
        <ConfirmDelete name={t('saved.damagedTitle')} onYes={() => actions.remove(item.id)} onNo={() => setConfirming(false)} />
      ) : (
        <div className="saved__actions">
          <button type="button" className="button--primary" onClick={() => actions.downloadRaw(item.id)}>
            {t('saved.downloadRaw')}
          </button>
          <button type="button" className="button--warning" onClick={() => setConfirming(true)}>
            {t('saved.delete')}
          </button>
        </div>
      )}
    </li>
  );
}

function Item({ item, origin, actions, parts }: { item: SavedItem; origin: string | undefined; actions: SavedActions; parts: AfterParts | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const [mode, setMode] = useState<'idle' | 'renaming' | 'confirming'>('idle');
  const [name, setName] = useState(item.name);
  const title = item.name || t('saved.untitled');
  const date = dateTime(item.updatedAt, lang, { year: true });
  const progress =
    item.completedAt === undefined
      ? t('saved.progress', { done: item.done, total: item.total })
      : item.completedAt
        ? t('saved.completedOn', { date: shortDate(item.completedAt, lang) })
        : t('saved.completed');
  return (
    <li className="saved__item">
      <div className="saved__text">
        <h3 className="saved__name">{title}</h3>
        {origin && <p className="saved__origin">{origin}</p>}
        <p className="saved__meta">
          {item.questionnaireTitle} · {t('saved.lastChanged', { date })} · <span className={item.completedAt === undefined ? undefined : 'saved__completed'}>{progress}</span>
        </p>
        {item.after && parts && <parts.AfterLines after={item.after} />}
      </div>
      {mode === 'renaming' ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.rename(item.id, name.trim());
            setMode('idle');
          }}
        >
          <label htmlFor={`rename-${item.id}`}>{t('saved.renameLabel')}</label>
          <input id={`rename-${item.id}`} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button--primary">
            {t('saved.saveName')}
          </button>
          <button type="button" className="button--secondary" onClick={() => setMode('idle')}>
            {t('saved.cancel')}
          </button>
        </form>
      ) : mode === 'confirming' ? (
        <ConfirmDelete name={title} onYes={() => actions.remove(item.id)} onNo={() => setMode('idle')} />
      ) : (
        <div className="saved__actions">
          <button type="button" className="button--primary" onClick={() => actions.open(item.id)}>
            {t('saved.open')}
            <span className="visually-hidden">: {title}</span>
          </button>
          {item.after?.due?.followUpHref && parts && <parts.FollowUpLink href={item.after.due.followUpHref} title={title} />}
          <button type="button" className="button--secondary" onClick={() => actions.duplicate(item.id)}>
            {t('saved.duplicate')}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button type="button" className="button--secondary" onClick={() => setMode('renaming')}>
            {t('saved.rename')}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button type="button" className="button--warning" onClick={() => setMode('confirming')}>
            {t('saved.delete')}
            <span className="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

interface EntriesProps {
  items: SavedItem[];
  damaged: DamagedItem[];
  actions: SavedActions;
  parts: AfterParts | undefined;
}

export default function SavedEntries({ items, damaged, actions, parts }: EntriesProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  // Labelled together: copies alike to the minute are told apart by their seconds (and file name).
  const origins = useMemo(() => originLabels(items, t, lang), [items, t, lang]);
  return (
    <ul className="saved">
      {items.map((item) => (
        <Item key={item.id} item={item} origin={origins.get(item.id)} actions={actions} parts={parts} />
      ))}
      {damaged.map((item) => (
        <Damaged key={item.id} item={item} actions={actions} />
      ))}
    </ul>
  );
}
