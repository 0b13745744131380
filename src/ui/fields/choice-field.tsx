/**
 * Single choice, rating scale and multiple choice: a fieldset whose legend
 * is the question, with radio buttons or checkboxes. A rating scale, and a
 * single choice of a few short options, reads as a row of segments (the
 * native radios stay, so arrow keys and screen readers work as usual); long
 * options stay a list, where each can wrap over lines (a few of them run
 * on one line), and a long list of checkboxes runs in columns where the
 * width allows. A group-based question with no items yet says so instead
 * of showing an empty fieldset.
 */
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldProps } from './field-props';
import { ErrorMessage, Hint, useFieldState } from './field-frame';
import { SelectAllGroups } from './select-all-groups';
import type { OptionText } from './texts';
import './segmented.css';

/** Past this many characters an option no longer fits a segment beside its neighbours. */
const SHORT_LABEL = 24;
/** A single choice of more options than this is a list to read, not a row to scan. */
const MAX_SEGMENTS_SINGLE = 5;
/** From this many boxes on, a checkbox list runs in columns where the width allows (22 factors, or seven ways to break statistics down, are not one long column). */
const MIN_COLUMNS = 6;
/** A checkbox list of this many options too long to run on a line goes in columns too. */
const MIN_PAIRED = 4;
/**
 * A list of at most this many options whose words together are no longer
 * than INLINE_CHARS runs on one line (two at most), like words in a
 * sentence, rather than one option a line: "Ja, Delvis, Nej, Ej aktuellt,
 * gruppen får det inte sämre, Vet ej" reads at a glance and takes a fifth
 * of the height.
 */
const MAX_INLINE = 6;
const INLINE_CHARS = 90;

/**
 * How a choice is laid out: `segments` side by side, `stacked` segments (a
 * scale whose options are sentences: one segment a line, still one control),
 * a long checkbox list in `columns`, a few short options `inline`, or the
 * plain `list`.
 */
export function choiceLayout(type: string, options: readonly OptionText[]): 'segments' | 'stacked' | 'columns' | 'inline' | 'list' {
  const short = options.every((o) => o.label.length <= SHORT_LABEL);
  if (type === 'scale') return short ? 'segments' : 'stacked';
  if (type === 'single' && short && options.length <= MAX_SEGMENTS_SINGLE) return 'segments';
  if (type === 'multi' && options.length >= MIN_COLUMNS) return 'columns';
  const words = options.reduce((sum, o) => sum + o.label.length, 0);
  if (options.length <= MAX_INLINE && words <= INLINE_CHARS) return 'inline';
  // Four or five boxes too long for a line (the affected groups' names) still pair up in columns.
  if (type === 'multi' && options.length >= MIN_PAIRED) return 'columns';
  return 'list';
}

export function ChoiceField({ name, question, texts, options }: FieldProps) {
  const { register } = useFormContext();
  const { t } = useTranslation();
  const { id, code, describedBy } = useFieldState(name, texts);
  const multiple = question.type === 'multi';
  const layout = choiceLayout(question.type, options);
  const classes = [
    'field choice',
    question.type === 'scale' && 'choice--scale',
    (layout === 'segments' || layout === 'stacked') && 'choice--segmented',
    layout === 'stacked' && 'choice--stacked',
    layout === 'columns' && 'choice--columns',
    layout === 'inline' && 'choice--inline',
    code && 'field--error',
  ];
  return (
    <fieldset className={classes.filter(Boolean).join(' ')} aria-describedby={describedBy} id={id} tabIndex={-1}>
      <legend className="label">{texts.label}</legend>
      <Hint id={id} texts={texts} />
      <ErrorMessage id={id} code={code} />
      {options.length === 0 ? (
        <p className="hint">{t('wizard.noItemsYet')}</p>
      ) : (
        <div className="choice__options">
          {options.map((option) => (
            <div className="choice__option" key={option.id}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={`${id}-${option.id}`}
                value={option.id}
                aria-invalid={code ? true : undefined}
                {...register(name)}
              />
              <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
            </div>
          ))}
        </div>
      )}
      <SelectAllGroups name={name} question={question} options={options} />
    </fieldset>
  );
}
