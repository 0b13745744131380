// Choices in jsdom: a rating scale (the consequences per group) is a radio
// group with the question as its legend, laid out as segments; a single
// choice of a few short options is too; options that are sentences stay a
// list (or stacked segments, for a scale), and a long checkbox list runs in columns.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm } from 'react-hook-form';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { FieldQuestion } from '../../../src/questionnaire/schema';
import { staticOptions } from '../../../src/questionnaire/walk';
import { ChoiceField, choiceLayout } from '../../../src/ui/fields/choice-field';
import type { OptionText } from '../../../src/ui/fields/texts';
import { StepContext } from '../../../src/ui/fields/step-context';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const consequences = file.steps.find((s) => s.kind === 'per-item')!;
const scale = consequences.questions.find((q) => q.type === 'scale') as FieldQuestion;
const i18n = createI18n('sv', [initReactI18next]);
// The scale's options as the form shows them: from its option set, or its own list.
const labels = (q: FieldQuestion): OptionText[] =>
  (staticOptions(file, q) ?? []).map((o) => ({
    id: o.id,
    label: i18n.t(`content:${'options' in q && typeof q.options === 'string' ? `optionSets.${q.options}` : `options.${q.id}`}.${o.id}`),
  }));
const opts = (...words: string[]): OptionText[] => words.map((w, i) => ({ id: `o${i}`, label: w }));

function Form({ question, options }: { question: FieldQuestion; options: OptionText[] }) {
  const form = useForm({ defaultValues: { answer: '' } });
  return (
    <I18nextProvider i18n={i18n}>
      <StepContext.Provider value={{ file, framework, answers: {}, newId: () => 'x' }}>
        <FormProvider {...form}>
          <form>
            <ChoiceField name="answer" question={question} texts={{ label: 'Tillgång till lokalerna' }} options={options} />
          </form>
        </FormProvider>
      </StepContext.Provider>
    </I18nextProvider>
  );
}

describe('a rating scale', () => {
  it('is a radio group named by its legend, laid out as segments, that the arrow keys move through', async () => {
    const options = labels(scale);
    expect(options.map((o) => o.label)).toContain('Ingen skillnad');
    render(<Form question={scale} options={options} />);
    const group = screen.getByRole('group', { name: 'Tillgång till lokalerna' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group).toHaveClass('choice', 'choice--scale', 'choice--segmented');
    expect(group).not.toHaveClass('choice--stacked');
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual(options.map((o) => o.label));

    const user = userEvent.setup();
    await user.click(radios[0]!);
    await user.keyboard('{ArrowRight}');
    expect(radios[1]).toBeChecked();
    expect(radios[1]).toHaveFocus();
  });
});

describe('the layout of a choice', () => {
  it('puts a scale of short options side by side, and stacks one whose options are sentences', () => {
    expect(choiceLayout('scale', opts('Mycket sämre', 'Sämre', 'Ingen skillnad', 'Bättre', 'Mycket bättre', 'Vet ej'))).toBe('segments');
    expect(choiceLayout('scale', opts('Litet: gör det något krångligare', 'Vet ej'))).toBe('stacked');
  });

  it('makes segments of a single choice only with at most five short options', () => {
    expect(choiceLayout('single', opts('Ja', 'Nej', 'Vet ej'))).toBe('segments');
    expect(choiceLayout('single', opts('Ja', 'Delvis', 'Nej', 'Ej aktuellt, gruppen får det inte sämre', 'Vet ej'))).not.toBe('segments');
    expect(choiceLayout('single', opts('a', 'b', 'c', 'd', 'e', 'f'))).not.toBe('segments');
  });

  it('runs up to six options on a line when their words are short together, and lists the rest one a line', () => {
    expect(choiceLayout('single', opts('Ja', 'Delvis', 'Nej', 'Ej aktuellt, gruppen får det inte sämre', 'Vet ej'))).toBe('inline');
    expect(choiceLayout('single', opts('a', 'b', 'c', 'd', 'e', 'f'))).toBe('inline');
    expect(choiceLayout('multi', opts('Ja', 'Nej'))).toBe('inline');
    // Seven options, or words too long together to scan on a line, stay a list.
    expect(choiceLayout('single', opts('a', 'b', 'c', 'd', 'e', 'f', 'g'))).toBe('list');
    const sentence = 'Ja, men bara för en del av gruppen och inte hela tiden';
    expect(choiceLayout('single', opts(sentence, 'Nej, gruppen påverkas inte alls av förslaget', 'Vet ej'))).toBe('list');
  });

  it('runs a checkbox list of six or more options in columns, and of four or more too long for a line', () => {
    const long = 'Står långt från arbetsmarknaden, till exempel efter lång tid utan arbete, eller har aldrig haft ett arbete';
    expect(choiceLayout('multi', opts('a', 'b', long))).toBe('list');
    // Four groups whose names are too long together for a line pair up in columns.
    const groups = opts('Schoolchildren doing homework', 'Newly arrived residents at the language café', 'Older people without a computer', 'People who borrow talking books');
    expect(choiceLayout('multi', groups)).toBe('columns');
    expect(choiceLayout('single', groups)).toBe('list');
    expect(choiceLayout('multi', opts('Kön', 'Ålder', 'Område', 'Socioekonomisk ställning', 'Födelseland', 'Funktionsnedsättning', 'Ingen uppdelning'))).toBe('columns');
    expect(choiceLayout('multi', opts('a', 'b', 'c', 'd', 'e', long))).toBe('columns');
  });
});
