/**
 * One react-hook-form per step. Defaults come from the step's draft (text
 * typed but not submitted) or its accepted answers; the resolver is built
 * from the questionnaire; a valid submit hands the parsed answers up, and an
 * invalid one shows an error summary that takes focus. Every change is
 * reported as a draft so that a reload loses nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, get, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import type { Answers } from '../../questionnaire/answers';
import { groupItems } from '../../questionnaire/answers';
import type { Step } from '../../questionnaire/schema';
import { JUSTIFICATION, stepQuestions, type StepQuestion } from '../../questionnaire/step-questions';
import { visibility } from '../../questionnaire/visibility';
import { domId, fieldName, fromFormValues, toFormValues, type FormValues } from '../form/form-values';
import { stepResolver } from '../form/resolver';
import { StepContext, type StepContextValue } from '../fields/step-context';
import { useQuestionTexts } from '../fields/texts';
import { useSubjectTranslation } from '../subject';
import { ErrorSummary, type SummaryError } from './error-summary';
import { StepFields } from './step-fields';

interface Props extends StepContextValue {
  step: Step;
  /** The step's draft, read once when the form opens. */
  loadDraft: () => Answers | undefined;
  onSubmit: (answers: Answers) => void;
  onBack: () => void;
  onDraft: (answers: Answers) => void;
  submitLabel: string;
}

export function StepForm({ step, loadDraft, onSubmit, onBack, onDraft, submitLabel, ...context }: Props) {
  // The criterion a justification belongs to is named as the questionnaire words it.
  const { t } = useSubjectTranslation();
  const { texts } = useQuestionTexts();
  const { file, framework, answers, newId } = context;
  const itemIds = useMemo(() => (step.kind === 'per-item' ? groupItems(answers[step.of]).map((i) => i.id) : []), [answers, step]);
  const [defaultValues] = useState(() => toFormValues(step, framework, { ...answers, ...loadDraft() }, itemIds, newId));
  const form = useForm<FormValues>({
    defaultValues,
    resolver: stepResolver(file, framework, step, answers),
    shouldFocusError: false,
  });
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const values = useWatch({ control: form.control }) as FormValues;
  const current = { ...answers, ...fromFormValues(step, framework, values) };
  const shown = visibility(file, current).question;

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values: v }) => onDraft(fromFormValues(step, framework, v)),
    });
  }, [form, step, framework, onDraft]);

  useEffect(() => {
    if (summary.length) summaryRef.current?.focus();
  }, [summary]);

  // Every criterion has a justification: the summary names whose it is.
  const summaryLabel = (q: StepQuestion) =>
    q.criterion && q.id.endsWith(JUSTIFICATION)
      ? t('wizard.justificationFor', { criterion: t(`content:criteria.${q.criterion}.label`) })
      : texts(q).label;

  const collect = (errors: FieldErrors<FormValues>): SummaryError[] => {
    const out: SummaryError[] = [];
    const add = (name: string, label: string, path = name) => {
      const e = get(errors, path) as { message?: string } | undefined;
      if (e?.message) out.push({ href: `#${domId(name)}`, text: `${label}: ${t(`errors.${e.message}`)}` });
    };
    for (const q of stepQuestions(step, framework).filter((x) => step.kind === 'recommendation-check' || shown(x.id))) {
      const label = summaryLabel(q);
      if (q.type === 'group') {
        add(fieldName(q.id), label, `${fieldName(q.id)}.root`);
        const items = (values[fieldName(q.id)] ?? []) as unknown[];
        items.forEach((_, i) =>
          q.fields.forEach((f) => add(fieldName(q.id, i, f.id), `${label} ${i + 1}, ${texts(f).label}`)),
        );
      } else if (step.kind === 'per-item') {
        itemIds.forEach((id, i) => add(fieldName(q.id, id), `${label} (${i + 1})`));
      } else add(fieldName(q.id), label);
    }
    return out;
  };

  return (
    <StepContext.Provider value={context}>
      <FormProvider {...form}>
        <ErrorSummary ref={summaryRef} errors={summary} />
        <form
          noValidate
          onSubmit={form.handleSubmit(
            (v) => {
              setSummary([]);
              onSubmit(fromFormValues(step, framework, v));
            },
            (errors) => setSummary(collect(errors)),
          )}
        >
          <StepFields step={step} shown={shown} answers={answers} />
          <div className="actions">
            <button type="submit" className="button--primary">
              {submitLabel}
            </button>
            <button type="button" className="button--secondary" onClick={onBack}>
              {t('wizard.back')}
            </button>
          </div>
        </form>
      </FormProvider>
    </StepContext.Provider>
  );
}
