/**
 * A repeatable group (affected groups, measures, indicators …), one item at
 * a time: the item being worked on is open as a fieldset with its fields and
 * buttons to move or remove it; the others are folded into a short summary
 * with a button that opens them. Adding an item folds the others and moves
 * focus into the new one. An item with nothing in it yet stays open (there
 * is nothing to summarise, and its fields show where to start), and a
 * refused submit opens every item with an error, so the error summary's
 * links reach their fields. An item opening in another group of the page
 * folds this group's finished items too (open-item.ts). Items keep their stable id (`_id`) through
 * reordering, so answers that refer to an item (consequences per group)
 * follow it.
 */
import { useRef, useState } from 'react';
import { get, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { groupItems, type AnswerValue } from '../../questionnaire/answers';
import type { GroupQuestion } from '../../questionnaire/schema';
import { domId, encode, fieldName, newItem, type FormItem } from '../form/form-values';
import { ErrorMessage, Hint, useFieldState } from './field-frame';
import { GroupSummary } from './group-summary';
import { isEmptyItem, itemState, type ItemValues } from './item-state';
import { useItemTitle } from './item-title';
import { itemOpened, useFoldWhenOtherOpens } from './open-item';
import { ScalarField } from './scalar-field';
import { useStep } from './step-context';
import { useQuestionTexts } from './texts';
import './group-field.css';

/** An item's stable id (RHF keeps its own `id`, so ours is `_id`). */
const idOf = ({ _id }: { _id: string }) => _id;

/** A field's value compared as text, a missing one as empty. */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? '') === JSON.stringify(b ?? '') || (isBlank(a) && isBlank(b));
const isBlank = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The items that start open: the empty ones, the first that still lacks a
 * required answer, and any holding text typed but not yet saved (a draft
 * brought back after a reload is shown, not folded away).
 */
export function initiallyOpen(
  question: GroupQuestion,
  items: ReadonlyArray<{ _id: string } & Record<string, unknown>>,
  accepted: AnswerValue | undefined = undefined,
): Set<string> {
  const saved = new Map(groupItems(accepted).map((i) => [i.id, i.values]));
  const drafted = (item: { _id: string } & Record<string, unknown>) => {
    const values = saved.get(idOf(item));
    return values !== undefined && question.fields.some((f) => !same(item[encode(f.id)], values[f.id]));
  };
  const open = new Set(items.filter((i) => isEmptyItem(question, i) || drafted(i) || !saved.has(idOf(i))).map(idOf));
  const unfinished = items.find((i) => itemState(question, i).state === 'missing');
  if (unfinished) open.add(idOf(unfinished));
  return open;
}

export function GroupField({ name, question }: { name: string; question: GroupQuestion }) {
  const { t } = useTranslation();
  const { texts } = useQuestionTexts();
  const itemTitle = useItemTitle();
  const { newId, answers } = useStep();
  const { control, setFocus } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name, keyName: 'key' });
  const items = (useWatch({ control, name }) ?? []) as Array<FormItem | undefined>;
  const { errors, submitCount } = useFormState({ control, name });
  const own = texts(question);
  const { id, code, describedBy } = useFieldState(`${name}.root`, own);
  const addButton = useRef<HTMLButtonElement>(null);
  const ids = (fields as unknown as FormItem[]).map(idOf);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => initiallyOpen(question, fields as unknown as FormItem[], answers[question.id]));
  const [said, setSaid] = useState('');

  const title = (index: number) => {
    const label = items[index]?.[encode(question.itemLabel)];
    return itemTitle(question.id, index, typeof label === 'string' ? label : undefined);
  };
  const values = (index: number): ItemValues => items[index];
  const firstField = (index: number) => fieldName(question.id, index, question.fields[0]!.id);
  // Folding keeps the empty items open: a summary of nothing says nothing.
  const only = (keep: string) => new Set([keep, ...ids.filter((_, i) => isEmptyItem(question, values(i)))]);

  // A refused submit opens the items with errors; only a new submit does, so an item being corrected stays put.
  const [seenSubmit, setSeenSubmit] = useState(submitCount);
  if (seenSubmit !== submitCount) {
    setSeenSubmit(submitCount);
    // Item errors sit under the item's index, in an array or (from the step's resolver) an object keyed by it.
    const list: unknown = get(errors, name);
    const wrong = list && typeof list === 'object' ? ids.filter((_, i) => (list as Record<number, unknown>)[i]) : [];
    if (wrong.some((w) => !open.has(w))) setOpen(new Set([...open, ...wrong]));
  }

  // An item opening in another group on the page folds this group's finished items (the empty and the
  // unfinished stay open: there is nothing to summarise, or something still to do).
  const foldFinished = () =>
    setOpen((was) => {
      const keep = new Set(
        [...was].filter((itemId) => {
          const item = items[ids.indexOf(itemId)];
          return item === undefined || isEmptyItem(question, item) || itemState(question, item).state === 'missing';
        }),
      );
      return keep.size === was.size ? was : keep;
    });
  useFoldWhenOtherOpens(name, foldFinished);

  const edit = (index: number) => {
    itemOpened(name);
    setOpen(only(ids[index]!));
    // Focus the item's first field once it is rendered.
    setTimeout(() => setFocus(firstField(index)), 0);
  };

  const actions = (index: number) => (
    <>
      <button type="button" className="button--secondary" disabled={index === 0} onClick={() => move(index, index - 1)}>
        {t('wizard.moveUp')}
        <span className="visually-hidden">: {title(index)}</span>
      </button>
      <button type="button" className="button--secondary" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}>
        {t('wizard.moveDown')}
        <span className="visually-hidden">: {title(index)}</span>
      </button>
      <button
        type="button"
        className="button--warning"
        onClick={() => {
          setSaid(t('wizard.groupItem.removed', { title: title(index) }));
          remove(index);
          addButton.current?.focus();
        }}
      >
        {t('wizard.removeItem')}
        <span className="visually-hidden">: {title(index)}</span>
      </button>
    </>
  );

  return (
    <fieldset className={`field group${code ? ' field--error' : ''}`} id={domId(name)} tabIndex={-1} aria-describedby={describedBy}>
      <legend className="label">{own.label}</legend>
      <Hint id={id} texts={own} />
      <ErrorMessage id={id} code={code} />
      {fields.map((field, index) =>
        open.has(ids[index]!) ? (
          <fieldset key={field.key} className="group__item">
            <legend>{title(index)}</legend>
            {question.fields.map((f) => (
              <ScalarField key={f.id} name={fieldName(question.id, index, f.id)} question={f} />
            ))}
            <div className="group__actions">{actions(index)}</div>
          </fieldset>
        ) : (
          <GroupSummary key={field.key} question={question} values={values(index)} title={title(index)} id={domId(fieldName(question.id, index))} onEdit={() => edit(index)}>
            {actions(index)}
          </GroupSummary>
        ),
      )}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {(!question.maxItems || fields.length < question.maxItems) && (
        <button
          type="button"
          ref={addButton}
          className="button--secondary"
          onClick={() => {
            const item = newItem(question, newId());
            itemOpened(name);
            setOpen(only(idOf(item)));
            append(item, { shouldFocus: false });
            // Focus the new item's first field once it is rendered.
            setTimeout(() => setFocus(firstField(fields.length)), 0);
          }}
        >
          {t(`content:questions.${question.id}.addLabel`)}
        </button>
      )}
    </fieldset>
  );
}
