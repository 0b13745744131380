/**
 * The assessments saved in this browser: name, where a copy came from,
 * last change, progress (or when it was completed), its life after the
 * decision (what is due next, overdue said in words; the decision on record;
 * the peer review), and open / copy / rename / delete, with "Följ upp" when
 * a follow-up can be made. Whatever has something due comes first. Delete
 * asks first, in place; rename is an inline form. Damaged records are
 * listed with what can be done about them. On a wide screen each entry is
 * one row, its text beside its buttons, so a long list still leaves the
 * rest of the start page near the top.
 */
import { useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOutcome } from '../../assessment/after/decision';
import type { PeerReviewStatus } from '../../assessment/after/review-state';
import type { Origin } from '../../assessment/assessment';
import { dateTime, shortDate } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import { originLabels } from './copy-label';
import './home.css';

export interface SavedItem {
  id: string;
  name: string;
  questionnaireTitle: string;
  updatedAt: string;
  /** Where this copy came from (an imported file, a share link, an example, a copy made here). */
  origin?: Origin;
  /** When it was completed (ISO 8601); '' for one completed before the time was kept; absent while it is not. */
  completedAt?: string;
  done: number;
  total: number;
  /** Its life after the decision; absent or empty before any of it. */
  after?: AfterDecision;
}

/** What the list says of an assessment after its decision, from the user's own entries only. */
export interface AfterDecision {
  /** The first thing due: the follow-up or a measure (`label`, the measure in the user's words), by date (YYYY-MM-DD). */
  due?: { kind: 'follow-up' | 'measure'; date: string; label: string; overdue: boolean; followUpHref?: string };
  decision?: { caseNumber: string; outcome: DecisionOutcome; meetingDate: string };
  /** `date`: the sign-off's date, or when it was sent back for another look. */
  peerReview?: { status: Exclude<PeerReviewStatus, 'none'>; date?: string };
}

/** A stored record that could not be read: listed so its data can still be saved or removed. */
export interface DamagedItem {
  id: string;
}

/** The parts on the life after the decision (../after/saved-lines.tsx), loaded only when an entry needs them. */
export interface AfterParts {
  AfterOrder: ComponentType;
  AfterLines: ComponentType<{ after: AfterDecision }>;
  FollowUpLink: ComponentType<{ href: string; title: string }>;
}

export interface SavedActions {
  open: (id: string) => void;
  duplicate: (id: string) => void;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  downloadRaw: (id: string) => void;
}

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

interface ListProps {
  items: SavedItem[];
  damaged: DamagedItem[];
  actions: SavedActions;
  unavailable: boolean;
  /** The parts on the life after the decision, once loaded (only when an entry has any of it). */
  parts?: AfterParts;
}

export function SavedList({ items, damaged, actions, unavailable, parts }: ListProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  // Labelled together: copies alike to the minute are told apart by their seconds (and file name).
  const origins = useMemo(() => originLabels(items, t, lang), [items, t, lang]);
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('saved.heading')}</h2>
      {unavailable && <p className="notice notice--warning">{t('saved.storageUnavailable')}</p>}
      {items.some((i) => i.after?.due) && parts && <parts.AfterOrder />}
      {items.length + damaged.length === 0 ? (
        <p>{t('saved.empty')}</p>
      ) : (
        <ul className="saved">
          {items.map((item) => (
            <Item key={item.id} item={item} origin={origins.get(item.id)} actions={actions} parts={parts} />
          ))}
          {damaged.map((item) => (
            <Damaged key={item.id} item={item} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}
