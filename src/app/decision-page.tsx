/**
 * The committee's decision on record for one assessment: diarienummer,
 * committee, meeting date, paragraph, outcome and what changed, saved into
 * `assessment.decision`, with the reminders of the follow-up date and the
 * measures' due dates as a calendar file. Loaded with React.lazy when opened.
 *
 * Props for the app (app.tsx): `id` (the assessment), `repository` (storage,
 * ready), `onHome` (back to the start page) and optionally `onFollowUp` (to the
 * follow-up page of the same assessment; without it no link is shown).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarEvents } from '../assessment/after/calendar';
import { displayName, taggedAnswer } from '../assessment/assessment';
import { isLanguage } from '../i18n/languages';
import type { Repository } from '../storage/repository';
import { CalendarButton } from '../ui/after/calendar-button';
import { DecisionForm } from '../ui/after/decision-form';
import { DecisionSummary } from '../ui/after/decision-summary';
import { decisionValues, toDecision, type DecisionValues } from '../ui/after/decision-values';
import { DraftNotice } from '../ui/after/draft-notice';
import { differs, withDecisionDraft, ZDecisionDraft } from '../ui/after/form-drafts';
import { downloadCalendar, fileOf, plainT, useStoredAssessment } from './stored-assessment';
import { useFormDraft } from './use-form-draft';

export interface DecisionPageProps {
  id: string;
  repository: Repository;
  onHome: () => void;
  onFollowUp?: () => void;
}

const STATUS_TEXT = { saved: 'decision.status.saved', conflict: 'decision.status.conflict', failed: 'decision.status.failed' } as const;

export default function DecisionPage({ id, repository, onHome, onFollowUp }: DecisionPageProps) {
  const { t, i18n } = useTranslation();
  const { loading, assessment, save } = useStoredAssessment(repository, id);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<'' | 'saved' | 'conflict' | 'failed'>('');
  const statusRef = useRef<HTMLOutputElement>(null);
  const file = fileOf(assessment);
  const name = file && assessment ? displayName(file, assessment) : '';

  useEffect(() => {
    document.title = `${t('decision.heading')} – ${t('app.name')}`;
  }, [t]);
  useEffect(() => {
    if (status === 'conflict' || status === 'failed') statusRef.current?.focus();
  }, [status]);

  // What was typed and not saved, kept as it is typed: a reload or a closed tab does not lose it.
  const draft = useFormDraft(`decision.${id}`, ZDecisionDraft);
  // The form's starting values are read once, when the assessment first arrives: a save (or a reload after a
  // conflict) must not reset what is typed. A draft is laid over what is stored, and said so.
  const [start, setStart] = useState<{ values: DecisionValues; restoredAt?: Date; form: number } | undefined>();
  const storedValues = () => {
    const committee = file && assessment ? taggedAnswer(file, assessment.answers, 'meta-committee') : undefined;
    return decisionValues(assessment?.decision, typeof committee === 'string' ? committee.trim() : '');
  };
  if (!start && assessment && file) {
    const stored = storedValues();
    const values = withDecisionDraft(stored, draft.restored?.values);
    setStart(differs(stored, values) && draft.restored ? { values, restoredAt: draft.restored.at, form: 0 } : { values, form: 0 });
  }
  const defaults = start?.values;
  // After "discard", the new form's first field takes the focus the notice's button had.
  const formNumber = start?.form ?? 0;
  useEffect(() => {
    if (formNumber) document.querySelector<HTMLElement>('.decision-form input')?.focus();
  }, [formNumber]);

  if (loading) return <output>{t('session.loading')}</output>;
  if (!assessment || !file || !defaults) {
    return (
      <>
        <h1>{t('session.missing')}</h1>
        <button type="button" className="button--primary" onClick={onHome}>
          {t('session.home')}
        </button>
      </>
    );
  }

  const submit = async (values: DecisionValues) => {
    setSaving(true);
    setStatus('');
    try {
      const outcome = await save((a) => ({ ...a, decision: toDecision(values, new Date()) }));
      setStatus(outcome);
      if (outcome === 'saved') {
        draft.clear();
        setStart((s) => s && { values, form: s.form });
      }
    } catch (error) {
      console.error(error);
      setStatus('failed');
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="after-page decision-page">
      <h1>
        {t('decision.heading')}
        {name && <span className="after-page__subject">{name}</span>}
      </h1>
      <p>{t('decision.intro')}</p>
      <output ref={statusRef} tabIndex={-1} aria-live="polite" className={status && status !== 'saved' ? 'notice notice--warning' : 'after-page__status'}>
        {status ? t(STATUS_TEXT[status]) : ''}
      </output>
      {assessment.decision && <DecisionSummary decision={assessment.decision} />}
      {start?.restoredAt && (
        <DraftNotice
          at={start.restoredAt}
          onDiscard={() => {
            draft.clear();
            // A new form with what is stored: the typed text goes.
            setStart((s) => ({ values: storedValues(), form: (s?.form ?? 0) + 1 }));
          }}
        />
      )}
      <DecisionForm key={start?.form} defaultValues={defaults} onSave={(v) => void submit(v)} onChange={draft.keep} saving={saving} />
      <CalendarButton
        count={calendarEvents(file, assessment, plainT(t)).length}
        onDownload={(lang) => downloadCalendar(i18n, file, assessment, isLanguage(lang) ? lang : 'sv')}
      />
      <div className="actions">
        {onFollowUp && (
          <button type="button" className="button--secondary" onClick={onFollowUp}>
            {t('decision.toFollowUp')}
          </button>
        )}
        <button type="button" className="button--secondary" onClick={onHome}>
          {t('session.home')}
        </button>
      </div>
    </div>
  );
}
