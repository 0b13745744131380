/**
 * "Välj alla grupper": beside a multiple choice whose options are the
 * assessment's affected groups (the items of the group tagged
 * `affected-groups`), one button ticks them all, since a dialogue or a
 * measure often concerns every group. It shows while any group is left
 * unticked; after pressing it, focus moves to the first box, where the
 * ticks can be read and any one undone.
 */
import { useContext } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { allQuestions } from '../../questionnaire/walk';
import { domId } from '../form/form-values';
import type { FieldProps } from './field-props';
import { StepContext } from './step-context';
import './select-all-groups.css';

export function SelectAllGroups({ name, question, options }: Pick<FieldProps, 'name' | 'question' | 'options'>) {
  const { t } = useTranslation();
  // Read without useStep: a choice may also be drawn outside a step form, where there is nothing to select.
  const step = useContext(StepContext);
  const { setValue } = useFormContext();
  const ticked: unknown = useWatch({ name });
  const source = question.type === 'multi' && typeof question.options === 'object' && !Array.isArray(question.options) ? question.options.fromGroup : undefined;
  const group = source && step ? allQuestions(step.file).find((l) => l.question.id === source)?.question : undefined;
  if (!group?.tags?.includes('affected-groups') || options.length < 2) return null;
  const all = options.map((o) => o.id);
  const selected = Array.isArray(ticked) ? ticked : typeof ticked === 'string' && ticked !== '' ? [ticked] : [];
  if (all.every((id) => selected.includes(id))) return null;
  const selectAll = () => {
    setValue(name, all, { shouldDirty: true });
    requestAnimationFrame(() => document.getElementById(`${domId(name)}-${all[0]}`)?.focus());
  };
  return (
    <button type="button" className="link-button choice__select-all" onClick={selectAll}>
      {t('wizard.selectAllGroups')}
    </button>
  );
}
