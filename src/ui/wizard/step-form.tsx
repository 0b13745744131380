/**
 * One react-hook-form per step, kept mounted while the user moves between
 * the step's pages (src/machine/pages.ts): only the page on screen renders
 * its fields, and RHF keeps the values of the others. Defaults come from the
 * step's draft (text typed but not submitted) or its accepted answers; the
 * resolver checks what the machine would check on the page on screen (read
 * through a ref, so a change of page counts at once). A valid page is sent
 * up as the step's values (the machine accepts that page's part and moves
 * on); the overview, or a step shown whole, submits the step. An invalid
 * submit shows an error summary of the page's own errors, which takes focus.
 * Every change is reported as a draft so that a reload loses nothing.
 */
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, get, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { pageScope, type Page } from '../../machine/pages';
import { canMoveOn, stepValid, validityOptions } from '../../machine/navigation';
import type { Answers } from '../../questionnaire/answers';
import { groupItems, sameValue } from '../../questionnaire/answers';
import type { Step } from '../../questionnaire/schema';
import { JUSTIFICATION, stepQuestions, type StepQuestion } from '../../questionnaire/step-questions';
import { isAnswered, visibility } from '../../questionnaire/visibility';
import { domId, encode, fieldName, fromFormValues, toFormValues, type FormValues } from '../form/form-values';
import { MustAnswer } from '../form/must-answer';
import { stepResolver } from '../form/resolver';
import { useItemTitle } from '../fields/item-title';
import { StepContext, type StepContextValue } from '../fields/step-context';
import { useQuestionTexts } from '../fields/texts';
import { useSubjectTranslation } from '../subject';
import { ErrorSummary, type SummaryError } from './error-summary';
import type { PageLabels } from './page-label';
import { PageList, type PageState } from './page-list';
import { PageOverview } from './page-overview';
import { StepFields } from './step-fields';

interface Props extends StepContextValue {
  step: Step;
  /** The step's pages, in order, and the one on screen. */
  pages: Page[];
  page: Page;
  labels: PageLabels;
  /** The step's draft, read once when the form opens. */
  loadDraft: () => Answers | undefined;
  /** The whole step, from its overview or when it is shown whole. */
  onSubmit: (answers: Answers) => void;
  /** One page of a paged step, valid: the step's values. */
  onPageSubmit: (answers: Answers) => void;
  onPageGoto: (pageId: string) => void;
  onBack: () => void;
  onDraft: (answers: Answers) => void;
  submitLabel: string;
}

/** True when a page's part of the step holds any answer (it has been started). */
function pageStarted(step: Step, questions: StepQuestion[], page: Page, answers: Answers): boolean {
  if (page.kind === 'item') {
    return questions.some((q) => {
      const own = answers[q.id];
      return own !== undefined && typeof own === 'object' && !Array.isArray(own) && isAnswered(own[page.itemId]);
    });
  }
  if (page.kind === 'recommendation') {
    return questions.some((q) => q.recommendations?.[0] === page.recommendationId && isAnswered(answers[q.id]));
  }
  return step.kind !== 'per-item' && questions.some((q) => isAnswered(answers[q.id]));
}

export function StepForm({ step, pages, page, labels, loadDraft, onSubmit, onPageSubmit, onPageGoto, onBack, onDraft, submitLabel, ...context }: Props) {
  // The criterion a justification belongs to is named as the questionnaire words it.
  const { t } = useSubjectTranslation();
  const { texts } = useQuestionTexts();
  const itemTitle = useItemTitle();
  const { file, framework, answers, newId } = context;
  const mustAnswer = useContext(MustAnswer);
  const model = useMemo(() => ({ file, framework, ...(mustAnswer ? { mustAnswer } : {}) }), [file, framework, mustAnswer]);
  const itemIds = useMemo(() => (step.kind === 'per-item' ? groupItems(answers[step.of]).map((i) => i.id) : []), [answers, step]);
  const [defaultValues] = useState(() => toFormValues(step, framework, { ...answers, ...loadDraft() }, itemIds, newId));
  // The resolver reads the page on screen at each validation, not the page the form opened on.
  const pageRef = useRef(page);
  useLayoutEffect(() => {
    pageRef.current = page;
  }, [page]);
  // Checked as the machine checks a move on (in a workshop copy, only the case and the group's name are required).
  const options = useCallback((merged: Answers) => validityOptions(model, merged, step, pageScope(pageRef.current), true), [model, step]);
  // oxlint-disable-next-line react/refs -- the resolver reads the ref when RHF validates, never while rendering
  const resolver = useMemo(() => stepResolver(file, framework, step, answers, options), [file, framework, step, answers, options]);
  const form = useForm<FormValues>({ defaultValues, resolver, shouldFocusError: false });
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  // A colleague's edits (a shared assessment) change the accepted answers under the open form. A field that
  // still shows the accepted value takes the new one; a field the user has changed keeps what they typed.
  const accepted = useRef({ answers, itemIds });
  useEffect(() => {
    const before = accepted.current;
    accepted.current = { answers, itemIds };
    if (before.answers === answers) return;
    const was = toFormValues(step, framework, before.answers, before.itemIds, newId);
    const now = toFormValues(step, framework, answers, itemIds, newId);
    const shown = form.getValues();
    const taken = Object.entries(now).filter(([name, value]) => !sameValue(value, was[name]) && sameValue(shown[name], was[name]));
    for (const [name, value] of taken) form.setValue(name, value);
    // The draft holds the whole step: it must hold the colleague's values too, or a reload would bring back the old.
    if (taken.length) onDraft(fromFormValues(step, framework, form.getValues()));
  }, [answers, itemIds, step, framework, newId, form, onDraft]);
  const values = useWatch({ control: form.control }) as FormValues;
  const current = { ...answers, ...fromFormValues(step, framework, values) };
  const shown = visibility(file, current).question;
  const questions = stepQuestions(step, framework);
  const paged = pages.length > 1;

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

  const itemPageTitle = (itemId: string) => {
    const p = pages.find((x) => x.kind === 'item' && x.itemId === itemId);
    return p ? labels.title(p) : itemId;
  };

  /** The errors of one page (of the whole step on the overview or a step shown whole). */
  const collect = (errors: FieldErrors<FormValues>, on: Page): SummaryError[] => {
    const out: SummaryError[] = [];
    const add = (name: string, label: string, path = name) => {
      const e = get(errors, path) as { message?: string } | undefined;
      if (e?.message) out.push({ href: `#${domId(name)}`, text: `${label}: ${t(`errors.${e.message}`)}` });
    };
    const onPage = (q: StepQuestion) => on.kind !== 'recommendation' || q.recommendations?.[0] === on.recommendationId;
    for (const q of questions.filter((x) => onPage(x) && (step.kind === 'recommendation-check' || shown(x.id)))) {
      const label = summaryLabel(q);
      if (q.type === 'group') {
        add(fieldName(q.id), label, `${fieldName(q.id)}.root`);
        const items = (values[fieldName(q.id)] ?? []) as Array<Record<string, unknown> | undefined>;
        const itemName = (item: Record<string, unknown> | undefined) => {
          const own = item?.[encode(q.itemLabel)];
          return typeof own === 'string' ? own : undefined;
        };
        // An item is named as on screen ("Åtgärd 2", or the name the user gave it), not by the group's question.
        items.forEach((item, i) =>
          q.fields.forEach((f) => add(fieldName(q.id, i, f.id), `${itemTitle(q.id, i, itemName(item))}, ${texts(f).label}`)),
        );
      } else if (step.kind === 'per-item') {
        if (on.kind === 'item') add(fieldName(q.id, on.itemId), label);
        else itemIds.forEach((id) => add(fieldName(q.id, id), `${itemPageTitle(id)}: ${label}`));
      } else add(fieldName(q.id), label);
    }
    return out;
  };

  // A part is done when the accepted answers complete it (worked out once per change of them, not per keystroke);
  // started when the form holds any answer for it.
  const done = useMemo(
    () => new Set(pages.filter((p) => p.kind !== 'overview' && stepValid(model, answers, step, pageScope(p))).map((p) => p.id)),
    [model, answers, step, pages],
  );
  const state = (p: Page): PageState => (done.has(p.id) ? 'done' : pageStarted(step, questions, p, current) ? 'in-progress' : 'not-started');

  const goto = (pageId: string) => {
    setSummary([]);
    onPageGoto(pageId);
  };

  const submitted = (v: FormValues) => {
    setSummary([]);
    const own = fromFormValues(step, framework, v);
    if (page.kind === 'item' || page.kind === 'recommendation') onPageSubmit(own);
    else onSubmit(own);
  };

  const refused = (errors: FieldErrors<FormValues>) => {
    if (page.kind === 'overview') {
      // The overview has no fields: open the first part that is not complete and show its errors there.
      const merged = { ...answers, ...fromFormValues(step, framework, form.getValues()) };
      const first = pages.find((p) => p.kind !== 'overview' && !canMoveOn(model, merged, step, pageScope(p)));
      if (first) {
        onPageGoto(first.id);
        setSummary(collect(errors, first));
        return;
      }
    }
    setSummary(collect(errors, page));
  };

  return (
    <StepContext.Provider value={context}>
      <FormProvider {...form}>
        {paged && <PageList pages={pages} current={page} labels={labels} state={state} onGoto={goto} />}
        <ErrorSummary ref={summaryRef} errors={summary} />
        {/* data-page: which page of the step this is, for tests that follow the wizard's place in storage. */}
        <form noValidate data-page={page.id} onSubmit={form.handleSubmit(submitted, refused)}>
          {page.kind === 'overview' ? (
            <PageOverview step={step} pages={pages} answers={current} shown={shown} labels={labels} onGoto={goto} />
          ) : (
            <StepFields step={step} page={page} shown={shown} />
          )}
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
