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
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOutcome } from '../../assessment/after/decision';
import type { PeerReviewStatus } from '../../assessment/after/review-state';
import type { Origin } from '../../assessment/assessment';
import type { SubjectContext } from '../../i18n/subject';
import './home.css';

// The entries, with their dates and labels, load only when there is one: the start page of a first visit
// shows the empty list and needs none of it. Their items arrive in a transition (app/home.tsx), so React
// keeps the list as it was until the code is in, and nothing flickers.
const SavedEntries = lazy(() => import('./saved-entries'));

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
  /** What the assessment's questionnaire assesses: its lines are worded for an audit of a service when 'service'. */
  subject?: SubjectContext;
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

interface ListProps {
  items: SavedItem[];
  damaged: DamagedItem[];
  actions: SavedActions;
  unavailable: boolean;
  /** The parts on the life after the decision, once loaded (only when an entry has any of it). */
  parts?: AfterParts;
}

export function SavedList({ items, damaged, actions, unavailable, parts }: ListProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('saved.heading')}</h2>
      {unavailable && <p className="notice notice--warning">{t('saved.storageUnavailable')}</p>}
      {items.some((i) => i.after?.due) && parts && <parts.AfterOrder />}
      {items.length + damaged.length === 0 ? (
        <p>{t('saved.empty')}</p>
      ) : (
        <Suspense fallback={null}>
          <SavedEntries items={items} damaged={damaged} actions={actions} parts={parts} />
        </Suspense>
      )}
    </section>
  );
}
