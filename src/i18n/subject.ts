/**
 * Wording by what a questionnaire assesses. A proposal and an existing
 * service are assessed with the same engine, but an audit of a service must
 * not speak of "the proposal" or "the decision". Texts that frame the
 * assessment have a variant with the i18next context `service`
 * (a criterion's label, the report's kicker and cover …): i18next looks
 * up `<key>_service` first and falls back to `<key>`, so only the texts that
 * read differently need a variant.
 */
import type { QuestionnaireFile } from '../questionnaire/schema';

/** The i18next context of a questionnaire's texts: `service` for an audit of an existing service, none for a proposal. */
export type SubjectContext = 'service' | undefined;

export function subjectContext(file: { subject?: QuestionnaireFile['subject'] | string } | undefined): SubjectContext {
  return file?.subject === 'service' ? 'service' : undefined;
}

/** A translation function with its keys taking the subject's context (a context given with a call wins). */
export function withSubject<T extends (key: string, options?: Record<string, unknown>) => string>(t: T, context: SubjectContext): T {
  if (!context) return t;
  return ((key: string, options?: Record<string, unknown>) => t(key, { context, ...options })) as T;
}
