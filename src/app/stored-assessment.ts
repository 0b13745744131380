/**
 * What the pages after the decision (the decision on record, the follow-ups)
 * share: the stored assessment with a revision-checked save, its
 * questionnaire, and the reminders as a calendar file. A module of its own,
 * so that each page's chunk loads without the other's.
 */
import { useCallback, useEffect, useState } from 'react';
import { calendarEvents, calendarFile } from '../assessment/after/calendar';
import { displayName, type Assessment } from '../assessment/assessment';
import type { Language } from '../i18n/languages';
import { ensureLanguage } from '../i18n/load';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { reportFileName } from '../report/file-name';
import { ConflictError } from '../storage/errors';
import type { Repository } from '../storage/repository';
import { downloadText } from './download';
import { loadPackSetup } from './packs/registry';
import { onThisCopy, questionnaireFor } from './questionnaire-for';

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
    // On this copy's questionnaire and packs (questionnaire-for.ts), as the wizard opens it; a save stores that.
    void Promise.all([repository.get(id), loadPackSetup()]).then(
      ([assessment]) => alive && setLoaded({ id, assessment: assessment && (onThisCopy(assessment)?.assessment ?? assessment) }),
    );
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
        const stored = await repository.get(id);
        setLoaded({ id, assessment: stored && (onThisCopy(stored)?.assessment ?? stored) });
        return 'conflict';
      }
    },
    [repository, id, current],
  );
  return { loading: loaded?.id !== id, assessment: current, save };
}

/** The questionnaire an assessment answers, with its packs, when this version ships it. */
export function fileOf(assessment: Assessment | undefined): QuestionnaireFile | undefined {
  return assessment && questionnaireFor(assessment);
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
