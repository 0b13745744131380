/**
 * The follow-ups of one assessment after the decision: the list in date
 * order with "Ny uppföljning", a follow-up's form, and a saved follow-up's
 * result with the addendum's downloads and the calendar reminders. A
 * follow-up is kept in `assessment.followUps`, in date order. Loaded with
 * React.lazy.
 *
 * Props for the app (app.tsx): `id` (the assessment), `followUpId` (a
 * follow-up to show, optional), `repository` (storage, ready), `onHome` (back
 * to the start page), optionally `onOpen(followUpId | undefined)` (puts the
 * follow-up shown into the address; without it the page keeps it itself)
 * and `onDecision` (to the decision page; without it no link is shown).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarEvents } from '../assessment/after/calendar';
import { followUpResult } from '../assessment/after/findings';
import { indicatorsOf, measuresOf, followUpDateOf } from '../assessment/after/refs';
import { displayName } from '../assessment/assessment';
import type { Repository } from '../storage/repository';
import { CalendarButton } from '../ui/after/calendar-button';
import { localToday } from '../ui/after/follow-up-dates';
import { DraftNotice } from '../ui/after/draft-notice';
import { FollowUpForm } from '../ui/after/follow-up-form';
import { FollowUpList } from '../ui/after/follow-up-list';
import { FollowUpResultView } from '../ui/after/follow-up-result';
import { languageOf } from '../ui/after/follow-up-texts';
import { followUpValues, toFollowUp, withFollowUp, type FollowUpValues } from '../ui/after/follow-up-values';
import { differs, withFollowUpDraft, ZFollowUpPageDraft } from '../ui/after/form-drafts';
import { downloadCalendar, fileOf, plainT, useStoredAssessment } from './stored-assessment';
import { FollowUpReportButtons } from './follow-up-report-buttons';
import { useFormDraft } from './use-form-draft';

export interface FollowUpPageProps {
  id: string;
  followUpId?: string;
  repository: Repository;
  onHome: () => void;
  onOpen?: (followUpId: string | undefined) => void;
  onDecision?: () => void;
}

const STATUS_TEXT = { saved: 'followUp.saveStatus.saved', conflict: 'followUp.saveStatus.conflict', failed: 'followUp.saveStatus.failed' } as const;

/** A form on screen: its starting values, and when they hold a draft typed earlier and not saved. */
interface FormStart {
  values: FollowUpValues;
  restoredAt?: Date;
}

/** What is on screen: the list, a new follow-up's form, a saved one's result, or its form. */
type View = { kind: 'list' } | ({ kind: 'new' } & FormStart) | { kind: 'show'; id: string } | ({ kind: 'edit'; id: string } & FormStart);

export default function FollowUpPage({ id, followUpId, repository, onHome, onOpen, onDecision }: FollowUpPageProps) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const { loading, assessment, save } = useStoredAssessment(repository, id);
  const file = fileOf(assessment);
  const [own, setOwn] = useState<View>({ kind: 'list' });
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<'' | 'saved' | 'conflict' | 'failed'>('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Read once: a follow-up started just before midnight keeps the date it opened with.
  const [today] = useState(() => localToday(new Date()));

  // With `onOpen` the address decides which saved follow-up is shown (so the back button works); a form is this page's own state.
  const addressed: View = followUpId ? { kind: 'show', id: followUpId } : { kind: 'list' };
  const view: View = own.kind === 'new' || own.kind === 'edit' ? own : onOpen || own.kind === 'list' ? addressed : own;
  const show = (next: string | undefined) => {
    setOwn(next ? { kind: 'show', id: next } : { kind: 'list' });
    onOpen?.(next);
  };

  useEffect(() => {
    document.title = `${t('followUp.heading')} – ${t('app.name')}`;
  }, [t]);
  // Focus to the heading when the screen changes from list to form to result, as after a step in the wizard.
  const kind = view.kind;
  useEffect(() => {
    // The kind is what the effect follows: each new screen (list, form, result) takes focus once.
    if (kind) heading.current?.focus();
  }, [kind]);

  const refs = useMemo(() => (file && assessment ? { indicators: indicatorsOf(file, assessment.answers), measures: measuresOf(file, assessment.answers) } : undefined), [file, assessment]);

  // What was typed in a follow-up's form and not saved, kept as it is typed; one form is open at a time.
  const draft = useFormDraft(`follow-up.${id}`, ZFollowUpPageDraft);
  const [form, setForm] = useState(0);
  /** The starting values of the form for `target` ('new' or a saved follow-up's id), as stored; undefined for a follow-up that is gone. */
  const storedValues = (target: string): FollowUpValues | undefined => {
    if (!assessment || !refs) return undefined;
    const followUps = assessment.followUps;
    if (target === 'new') return followUpValues(undefined, followUps.at(-1), refs.indicators, refs.measures, today, lang);
    const f = followUps.find((x) => x.id === target);
    const earlier = f && followUps.filter((x) => x.id !== target && x.date <= f.date).at(-1);
    return f && followUpValues(f, earlier, refs.indicators, refs.measures, today, lang);
  };
  // Once the assessment is here: a draft reopens the form it was typed in, with what was typed.
  const [reopened, setReopened] = useState(false);
  if (!reopened && refs && draft.restored) {
    setReopened(true);
    const { target, values: typed } = draft.restored.values;
    const stored = storedValues(target);
    const values = stored && withFollowUpDraft(stored, typed);
    if (stored && values && differs(stored, values)) {
      const restoredAt = draft.restored.at;
      setOwn(target === 'new' ? { kind: 'new', values, restoredAt } : { kind: 'edit', id: target, values, restoredAt });
    }
  }

  if (loading) return <output>{t('session.loading')}</output>;
  if (!assessment || !file || !refs) {
    return (
      <>
        <h1>{t('session.missing')}</h1>
        <button type="button" className="button--primary" onClick={onHome}>
          {t('session.home')}
        </button>
      </>
    );
  }

  const followUps = assessment.followUps;
  const latest = followUps.at(-1);
  const startNew = () => {
    setStatus('');
    setOwn({ kind: 'new', values: followUpValues(undefined, latest, refs.indicators, refs.measures, today, lang) });
  };
  const edit = (fid: string) => {
    const values = storedValues(fid);
    if (!values) return;
    setStatus('');
    setOwn({ kind: 'edit', id: fid, values });
  };
  const formTarget = view.kind === 'edit' ? view.id : 'new';

  const submit = async (values: FollowUpValues) => {
    const now = new Date();
    const base = view.kind === 'edit' ? (followUps.find((f) => f.id === view.id) ?? { id: view.id, createdAt: now.toISOString() }) : { id: `fu-${crypto.randomUUID()}`, createdAt: now.toISOString() };
    const next = toFollowUp(values, base, now);
    setSaving(true);
    setStatus('');
    try {
      const outcome = await save((a) => ({ ...a, followUps: withFollowUp(a.followUps, next) }));
      setStatus(outcome);
      if (outcome === 'saved') {
        draft.clear();
        show(next.id);
      }
    } catch (error) {
      console.error(error);
      setStatus('failed');
    } finally {
      setSaving(false);
    }
  };

  const shown = view.kind === 'show' ? followUps.find((f) => f.id === view.id) : undefined;
  const name = displayName(file, assessment);
  const findingsCount = Object.fromEntries(followUps.map((f) => [f.id, followUpResult(file, assessment, f).findings.length]));

  return (
    <div className="after-page follow-up-page">
      <h1 ref={heading} tabIndex={-1}>
        {view.kind === 'new' ? t('followUp.newHeading') : view.kind === 'edit' ? t('followUp.editHeading') : t('followUp.heading')}
        {name && <span className="after-page__subject">{name}</span>}
      </h1>
      <output aria-live="polite" className={status && status !== 'saved' ? 'notice notice--warning' : 'after-page__status'}>
        {status ? t(STATUS_TEXT[status]) : ''}
      </output>
      {(view.kind === 'new' || view.kind === 'edit') && view.restoredAt && (
        <DraftNotice
          at={view.restoredAt}
          onDiscard={() => {
            draft.clear();
            const stored = storedValues(formTarget);
            if (stored) setOwn(view.kind === 'edit' ? { kind: 'edit', id: view.id, values: stored } : { kind: 'new', values: stored });
            // A new form with what is stored: the typed text goes. The button goes too: focus to the heading.
            setForm((n) => n + 1);
            heading.current?.focus();
          }}
        />
      )}
      {view.kind === 'new' || view.kind === 'edit' ? (
        <FollowUpForm
          key={form}
          defaultValues={view.values}
          onChange={(values) => draft.keep({ target: formTarget, values })}
          indicators={refs.indicators}
          measures={refs.measures}
          saving={saving}
          onSave={(v) => void submit(v)}
          onCancel={() => {
            // Cancelled: what was typed is not wanted.
            draft.clear();
            setStatus('');
            setOwn(view.kind === 'edit' ? { kind: 'show', id: view.id } : { kind: 'list' });
          }}
        />
      ) : shown ? (
        <>
          <FollowUpResultView followUp={shown} result={followUpResult(file, assessment, shown)} indicators={refs.indicators} measures={refs.measures}>
            <FollowUpReportButtons file={file} assessment={assessment} followUpId={shown.id} />
          </FollowUpResultView>
          <div className="actions">
            <button type="button" className="button--secondary" onClick={() => edit(shown.id)}>
              {t('followUp.edit')}
            </button>
            <button type="button" className="button--secondary" onClick={() => show(undefined)}>
              {t('followUp.toList')}
            </button>
          </div>
        </>
      ) : (
        <>
          {view.kind === 'show' && <p className="notice notice--warning">{t('followUp.missing')}</p>}
          <FollowUpList followUps={followUps} findings={findingsCount} plannedDate={followUpDateOf(file, assessment.answers)} today={today} onOpen={show} onNew={startNew} />
        </>
      )}
      {view.kind !== 'new' && view.kind !== 'edit' && (
        <>
          <CalendarButton count={calendarEvents(file, assessment, plainT(t)).length} onDownload={(l) => downloadCalendar(i18n, file, assessment, l)} />
          <div className="actions">
            {onDecision && (
              <button type="button" className="button--secondary" onClick={onDecision}>
                {t('followUp.toDecision')}
              </button>
            )}
            <button type="button" className="button--secondary" onClick={onHome}>
              {t('session.home')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
