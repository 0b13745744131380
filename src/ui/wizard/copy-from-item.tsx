/**
 * "Börja med svaren för: [Skolbarn] [Nyanlända] …": on the page of an item
 * of a per-item step that has no choice answered yet, one button per
 * earlier item with choices (the nearest three). Pressing one fills this
 * item's choices with that item's (src/questionnaire/item-copy.ts decides
 * which), says so politely, and moves focus to the first field filled, so
 * the user goes through the questions from the top and changes what
 * differs. Texts are never copied. Nothing is saved until the page is, as
 * with any answer; once this item has a choice the row goes, since a copy
 * would overwrite it. The status stays in the page so the message is read
 * and seen after the row has gone. The row is one line of link-like
 * buttons, so a group's page stays short; that texts are not copied is the
 * buttons' description, read out with them.
 */
import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { groupItems } from '../../questionnaire/answers';
import { choicesToCopy, copySources, isChoice } from '../../questionnaire/item-copy';
import type { Step } from '../../questionnaire/schema';
import { domId, fieldName, fromFormValues, type FormValues } from '../form/form-values';
import { useStep } from '../fields/step-context';
import { usePageLabels } from './page-label';
import './copy-from-item.css';

interface Props {
  step: Step;
  itemId: string;
  /** Whether a question is shown for the answers so far: a hidden question is neither read nor filled. */
  shown: (id: string) => boolean;
}

export function CopyFromItem({ step, itemId, shown }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { file, framework, answers } = useStep();
  const { setValue } = useFormContext<FormValues>();
  const labels = usePageLabels(file, framework, step, answers);
  const [message, setMessage] = useState('');
  const questions = step.kind === 'per-item' ? step.questions.filter((q) => isChoice(q) && shown(q.id)) : [];
  const names = questions.map((q) => fieldName(q.id));
  // The form's values, not the accepted answers: an earlier item answered on this visit counts, and a choice made here hides the row.
  const watched = useWatch({ name: names }) as unknown[];
  const current = fromFormValues(step, framework, Object.fromEntries(names.map((n, i) => [n, watched[i]])) as FormValues);
  const itemIds = step.kind === 'per-item' ? groupItems(answers[step.of]).map((i) => i.id) : [];
  const sources = copySources(questions, current, itemIds, itemId);
  const title = (source: string) => labels.title({ kind: 'item', id: `item-${source}`, itemId: source });

  const copy = (source: string) => {
    const copies = choicesToCopy(questions, current, source);
    for (const c of copies) setValue(fieldName(c.questionId, itemId), c.value, { shouldDirty: true, shouldValidate: false });
    setMessage(t('wizard.copyFromDone', { title: title(source) }));
    const first = copies[0];
    if (!first) return;
    // After the copied values are in the inputs (and this row has gone): the first field's chosen option, where arrow keys change it.
    requestAnimationFrame(() => {
      const field = document.getElementById(domId(fieldName(first.questionId, itemId)));
      (field?.querySelector<HTMLInputElement>('input:checked') ?? field)?.focus();
    });
  };

  return (
    <div className="copy-from">
      {sources.length > 0 && (
        <fieldset className="copy-from__row">
          <legend className="copy-from__label">{t('wizard.copyFrom')}</legend>
          <div className="copy-from__buttons">
            {sources.map((s) => (
              <button key={s} type="button" className="link-button copy-from__button" aria-describedby={`${id}-hint`} onClick={() => copy(s)}>
                {title(s)}
              </button>
            ))}
          </div>
          <p id={`${id}-hint`} className="visually-hidden">
            {t('wizard.copyFromHint')}
          </p>
        </fieldset>
      )}
      <output aria-live="polite" className="copy-from__status">
        {message}
      </output>
    </div>
  );
}
