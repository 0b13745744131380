/**
 * Validation of one file's text: JSON syntax, then the schema of its kind
 * (questionnaire, framework, assessment, glossary, facilitator notes, a
 * question pack or an organisation's profile),
 * then references, then, for content files, texts in every language. Used
 * by the `validate` CLI; kept free of I/O so it can be tested directly.
 */
import { parseAssessmentValue } from '../assessment/export-file';
import { framework as shippedFramework, questionnaires } from '../questionnaire/catalogue';
import { parseGlossary } from '../questionnaire/glossary';
import { parseFramework, parseQuestionnaire } from '../questionnaire/load';
import type { Problem } from '../questionnaire/problems';
import type { Framework } from '../questionnaire/schema';
import { checkTexts, flattenTexts, frameworkTextKeys, glossaryTextKeys, questionnaireTextKeys, workshopTextKeys } from '../questionnaire/texts';
import { parseWorkshop } from '../questionnaire/workshop';
import { parseOrganisation } from '../questionnaire/organisation';
import { parsePack } from '../questionnaire/pack';
import { LANGUAGES, resources, type Language } from '../i18n/resources';

export interface ValidateOptions {
  /** The framework questionnaires are checked against (default: the shipped one). */
  framework?: Framework;
  /** Content texts per language (default: the shipped locales). */
  texts?: Record<Language, unknown>;
}

export type Validation =
  | { kind: 'questionnaire' | 'framework' | 'assessment' | 'glossary' | 'workshop' | 'content-pack' | 'organisation'; problems: Problem[] }
  | { kind: null; problems: Problem[] };

function textProblems(keys: ReturnType<typeof questionnaireTextKeys>, options: ValidateOptions): Problem[] {
  return LANGUAGES.flatMap((lang) => {
    const tree = options.texts?.[lang] ?? resources[lang].content;
    return checkTexts(keys, flattenTexts(tree), lang);
  });
}

/** Every problem of a content file; an empty list means the file is valid. */
export function validateContent(text: string, options: ValidateOptions = {}): Validation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: null, problems: [{ code: 'json.syntax', path: '$', params: { detail: (error as Error).message } }] };
  }
  if (raw && typeof raw === 'object' && 'format' in raw) {
    const parsed = parseAssessmentValue(raw);
    if (!parsed.ok) return { kind: 'assessment', problems: parsed.problems };
    const known = questionnaires.some((q) => q.id === parsed.value.questionnaire.id);
    return {
      kind: 'assessment',
      problems: known ? [] : [{ code: 'ref.questionnaire', path: '$.questionnaire.id', params: { id: parsed.value.questionnaire.id } }],
    };
  }
  const kind = raw && typeof raw === 'object' && 'kind' in raw ? raw.kind : undefined;
  if (kind === 'framework') {
    const parsed = parseFramework(raw);
    if (!parsed.ok) return { kind, problems: parsed.problems };
    return { kind, problems: textProblems(frameworkTextKeys(parsed.value), options) };
  }
  if (kind === 'questionnaire') {
    const parsed = parseQuestionnaire(raw, options.framework ?? shippedFramework);
    if (!parsed.ok) return { kind, problems: parsed.problems };
    return { kind, problems: textProblems(questionnaireTextKeys(parsed.value), options) };
  }
  if (kind === 'glossary') {
    const parsed = parseGlossary(raw, questionnaires, options.framework ?? shippedFramework);
    if (!parsed.ok) return { kind, problems: parsed.problems };
    return { kind, problems: textProblems(glossaryTextKeys(parsed.value), options) };
  }
  if (kind === 'workshop') {
    const parsed = parseWorkshop(raw, questionnaires);
    if (!parsed.ok) return { kind, problems: parsed.problems };
    return { kind, problems: textProblems(workshopTextKeys(parsed.value), options) };
  }
  if (kind === 'content-pack') {
    // Its texts are inside it, checked by parsePack in every language.
    const parsed = parsePack(raw, questionnaires, options.framework ?? shippedFramework);
    return { kind, problems: parsed.ok ? [] : parsed.problems };
  }
  if (kind === 'organisation') {
    const parsed = parseOrganisation(raw);
    return { kind, problems: parsed.ok ? [] : parsed.problems };
  }
  return { kind: null, problems: [{ code: 'file.kind', path: '$.kind' }] };
}
