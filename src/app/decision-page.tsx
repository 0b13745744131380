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
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarEvents, calendarFile } from '../assessment/after/calendar';
import { displayName, taggedAnswer, type Assessment } from '../assessment/assessment';
import { isLanguage, type Language } from '../i18n/languages';
import { ensureLanguage } from '../i18n/load';
import { questionnaires } from '../questionnaire/catalogue';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { reportFileName } from '../report/file-name';
import { ConflictError } from '../storage/errors';
import type { Repository } from '../storage/repository';
import { CalendarButton } from '../ui/after/calendar-button';
import { DecisionForm } from '../ui/after/decision-form';
import { DecisionSummary } from '../ui/after/decision-summary';
import { decisionValues, toDecision, type DecisionValues } from '../ui/after/decision-values';
import { downloadText } from './download';

export interface DecisionPageProps {
  id: string;
  repository: Repository;
  onHome: () => void;
  onFollowUp?: () => void;
}

const STATUS_TEXT = { saved: 'decision.status.saved', conflict: 'decision.status.conflict', failed: 'decision.status.failed' } as const;

type Loaded = { id: string; assessment: Assessment | undefined };
export type SaveOutcome = 'saved' | 'conflict';

/**
 * The assessment `id` as stored, and a save that applies `change` to it. A
 * save refused because another tab saved first (a ConflictError) reads the
 * stored one again and says 'conflict': the screen keeps what the user typed
 * and asks them to save again, onto the newer version.
 */
export function useStoredAssessment(repository: Repository, id: string) {
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  useEffect(() => {
    let alive = true;
    void repository.get(id).then((assessment) => alive && setLoaded({ id, assessment }));
    return () => {
      alive = false;
    };
  }, [repository, id]);
  const current = loaded?.id === id ? loaded.assessment : undefined;
  const save = useCallback(
    async (change: (a: Assessment) => Assessment): Promise<SaveOutcome> => {
      if (!current) return 'conflict';
      try {
        const saved = await repository.save(change(current), current.revision);
        setLoaded({ id, assessment: saved });
        return 'saved';
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        setLoaded({ id, assessment: await repository.get(id) });
        return 'conflict';
      }
    },
    [repository, id, current],
  );
  return { loading: loaded?.id !== id, assessment: current, save };
}

/** The questionnaire an assessment answers, when this version ships it. */
export function fileOf(assessment: Assessment | undefined): QuestionnaireFile | undefined {
  return assessment && questionnaires.find((q) => q.id === assessment.questionnaire.id);
}

/** The i18next instance, typed through src/i18n (only that folder imports i18next). */
type I18n = Parameters<typeof ensureLanguage>[0];

/** i18next's t as the pure modules take it: a key and plain parameters. */
export const plainT =
  (t: (key: string, options?: Record<string, unknown>) => string) =>
  (key: string, params?: object): string =>
    t(key, params as Record<string, unknown>);

/** Downloads the reminders of `assessment` as an .ics file, worded in `lang`. */
export async function downloadCalendar(i18n: I18n, file: QuestionnaireFile, assessment: Assessment, lang: Language) {
  // The file may be in the language not shown on screen: make sure its texts are here.
  await ensureLanguage(i18n, lang);
  const events = calendarEvents(file, assessment, plainT(i18n.getFixedT(lang)));
  const name = reportFileName(displayName(file, assessment), lang, 'pdf').replace(/\.pdf$/, '.ics');
  downloadText(name, calendarFile(events, new Date()), 'text/calendar;charset=utf-8');
}

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

  // The form's starting values are read once, when the assessment first arrives: a save (or a reload after a conflict) must not reset what is typed.
  const [defaults, setDefaults] = useState<DecisionValues | undefined>();
  if (!defaults && assessment && file) {
    const committee = taggedAnswer(file, assessment.answers, 'meta-committee');
    setDefaults(decisionValues(assessment.decision, typeof committee === 'string' ? committee.trim() : ''));
  }

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
      setStatus(await save((a) => ({ ...a, decision: toDecision(values, new Date()) })));
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
      <DecisionForm defaultValues={defaults} onSave={(v) => void submit(v)} saving={saving} />
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
