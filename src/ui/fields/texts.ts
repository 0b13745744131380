/**
 * The words of a question in the active language: label, optional hint and
 * help (shown only when the content has them), the glossary terms it uses,
 * and option labels. Options
 * of a group-based question are the user's own item names.
 */
import type { Answers } from '../../questionnaire/answers';
import { groupItems } from '../../questionnaire/answers';
import type { FieldQuestion, QuestionnaireFile } from '../../questionnaire/schema';
import { JUSTIFICATION, type StepQuestion } from '../../questionnaire/step-questions';
import { staticOptions } from '../../questionnaire/walk';
import { useTermsFor } from '../glossary/glossary-context';
import { useSubjectTranslation } from '../subject';

export interface QuestionTexts {
  label: string;
  /** Read after the label by assistive technology only: which criterion a justification belongs to. */
  labelContext?: string;
  hint?: string;
  help?: string;
  /** Ids of the glossary terms the question uses. */
  terms?: string[];
  /** What the tool knows about a criterion from the answers so far (the check step). */
  tool?: ToolTexts;
}

/**
 * What the tool knows about a criterion (the check step): what the
 * assessment holds, the answer it proposes and the option that gives it,
 * why the criterion applies when it does, and what to say when the rating
 * differs from the proposal.
 */
export interface ToolTexts {
  /** The rating's form field, which "use the suggestion" sets. */
  field: string;
  /** "Verktyget föreslår: Ja", the option id it sets, and what the button sets for screen readers ("Ja för <criterion>"). */
  proposal?: { option: string; text: string; use: string };
  facts: ToolFact[];
  relevant: string[];
  /** The sentences to show beside the rating when `value` differs from the proposal; none when it does not. */
  differs: (value: unknown) => string[];
}

/** One thing the assessment holds, whether it counts for the criterion, and the steps it rests on ("Steg: Dialog"). */
export interface ToolFact {
  text: string;
  holds: boolean;
  source?: string;
}

export interface OptionText {
  id: string;
  label: string;
}

export function useQuestionTexts() {
  // A criterion reads as an audit's in a service audit (`criteria.<id>.label_service`).
  const { t, i18n, subject } = useSubjectTranslation();
  const optional = (key: string) => (i18n.exists(`content:${key}`, { context: subject }) ? t(`content:${key}`) : undefined);
  const termsFor = useTermsFor();

  const texts = (q: StepQuestion | FieldQuestion): QuestionTexts => {
    const criterion = 'criterion' in q ? q.criterion : undefined;
    // Twenty-five fields all named "Motivering" would be indistinguishable in a screen reader's list of fields.
    if (criterion && q.id.endsWith(JUSTIFICATION)) return { label: t('answers.justification'), labelContext: t(`content:criteria.${criterion}.label`), hint: t('wizard.justificationHint') };
    const base = criterion ? `criteria.${criterion}` : `questions.${q.id}`;
    return { label: t(`content:${base}.label`), hint: optional(`${base}.hint`), help: optional(`${base}.help`), terms: termsFor(criterion ?? q.id) };
  };

  const options = (file: QuestionnaireFile, q: StepQuestion | FieldQuestion, answers: Answers): OptionText[] => {
    if (!('options' in q)) return [];
    const source = q.options;
    if (typeof source === 'object' && !Array.isArray(source)) {
      const group = file.steps.flatMap((s) => (s.kind === 'recommendation-check' ? [] : s.questions)).find((g) => g.id === source.fromGroup);
      const labelField = group?.type === 'group' ? group.itemLabel : '';
      return groupItems(answers[source.fromGroup]).map((item, i) => ({
        id: item.id,
        label: String(item.values[labelField] ?? '') || t('wizard.itemFallback', { number: i + 1 }),
      }));
    }
    const prefix = typeof source === 'string' ? `optionSets.${source}` : `options.${q.id}`;
    return (staticOptions(file, q) ?? []).map((o) => ({ id: o.id, label: t(`content:${prefix}.${o.id}`) }));
  };

  return { texts, options };
}
