/**
 * What the questionnaire on screen assesses, for the screens that word its
 * criteria and frame the assessment (results, step forms): an audit of a
 * service reads `<key>_service` where one exists (src/i18n/subject.ts).
 * The screen that knows the questionnaire provides it; without a provider
 * the texts are a proposal's.
 */
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { withSubject, type SubjectContext } from '../i18n/subject';

export const Subject = createContext<SubjectContext>(undefined);

/** The subject context of the screen. */
export const useSubject = (): SubjectContext => useContext(Subject);

/** `useTranslation()` with the subject's wording. */
export function useSubjectTranslation() {
  const { t, i18n } = useTranslation();
  const subject = useSubject();
  const wrapped = useMemo(() => withSubject(t, subject), [t, subject]);
  return { t: wrapped, i18n, subject };
}
