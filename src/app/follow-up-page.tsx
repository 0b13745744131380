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
import { FollowUpForm } from '../ui/after/follow-up-form';
import { FollowUpList } from '../ui/after/follow-up-list';
import { FollowUpResultView } from '../ui/after/follow-up-result';
import { languageOf } from '../ui/after/follow-up-texts';
import { followUpValues, toFollowUp, withFollowUp, type FollowUpValues } from '../ui/after/follow-up-values';
import { downloadCalendar, fileOf, plainT, useStoredAssessment } from './stored-assessment';
import { FollowUpReportButtons } from './follow-up-report-buttons';

export interface FollowUpPageProps {
  id: string;
  followUpId?: string;
  repository: Repository;
  onHome: () => void;
  onOpen?: (followUpId: string | undefined) => void;
  onDecision?: () => void;
}

const STATUS_TEXT = { saved: 'followUp.saveStatus.saved', conflict: 'followUp.saveStatus.conflict', failed: 'followUp.saveStatus.failed' } as const;

/** What is on screen: the list, a new follow-up's form, a saved one's result, or its form. */
type View = { kind: 'list' } | { kind: 'new'; values: FollowUpValues } | { kind: 'show'; id: string } | { kind: 'edit'; id: string; values: FollowUpValues };

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
    const f = followUps.find((x) => x.id === fid);
    if (!f) return;
    const earlier = followUps.filter((x) => x.id !== fid && x.date <= f.date).at(-1);
    setStatus('');
    setOwn({ kind: 'edit', id: fid, values: followUpValues(f, earlier, refs.indicators, refs.measures, today, lang) });
  };

  const submit = async (values: FollowUpValues) => {
    const now = new Date();
    const base = view.kind === 'edit' ? (followUps.find((f) => f.id === view.id) ?? { id: view.id, createdAt: now.toISOString() }) : { id: `fu-${crypto.randomUUID()}`, createdAt: now.toISOString() };
    const next = toFollowUp(values, base, now);
    setSaving(true);
    setStatus('');
    try {
      const outcome = await save((a) => ({ ...a, followUps: withFollowUp(a.followUps, next) }));
      setStatus(outcome);
      if (outcome === 'saved') show(next.id);
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
      {view.kind === 'new' || view.kind === 'edit' ? (
        <FollowUpForm
          defaultValues={view.values}
          indicators={refs.indicators}
          measures={refs.measures}
          saving={saving}
          onSave={(v) => void submit(v)}
          onCancel={() => {
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
