// "Välj alla grupper" in jsdom: a multiple choice among the affected groups
// offers it, and pressing it ticks every group and puts focus on the first
// box; once all are ticked it goes. A multiple choice of fixed options, or of
// the items of a group that is not the affected groups, has no such button.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm } from 'react-hook-form';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { FieldQuestion, QuestionnaireFile } from '../../../src/questionnaire/schema';
import { allQuestions } from '../../../src/questionnaire/walk';
import { ChoiceField } from '../../../src/ui/fields/choice-field';
import { StepContext } from '../../../src/ui/fields/step-context';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const i18n = createI18n('sv', [initReactI18next]);
const affected = allQuestions(file).find((l) => l.question.tags?.includes('affected-groups'))!.question;
// A multiple choice among the affected groups, found by its option source, not by its id.
const amongGroups = allQuestions(file)
  .map((l) => l.question)
  .find((q): q is FieldQuestion => q.type === 'multi' && typeof q.options === 'object' && !Array.isArray(q.options) && q.options.fromGroup === affected.id)!;
const fixed = allQuestions(file)
  .map((l) => l.question)
  .find((q): q is FieldQuestion => q.type === 'multi' && typeof q.options === 'string')!;
const groups = [
  { id: 'g-1', label: 'Skolbarn' },
  { id: 'g-2', label: 'Äldre utan dator' },
  { id: 'g-3', label: 'Nyanlända' },
];

function Form({ question, model = file, initial = [] }: { question: FieldQuestion; model?: QuestionnaireFile; initial?: string[] }) {
  const form = useForm({ defaultValues: { answer: initial } });
  return (
    <I18nextProvider i18n={i18n}>
      <StepContext.Provider value={{ file: model, framework, answers: {}, newId: () => 'x' }}>
        <FormProvider {...form}>
          <form>
            <ChoiceField name="answer" question={question} texts={{ label: 'Vilka grupper nådde dialogen?' }} options={groups} />
          </form>
        </FormProvider>
      </StepContext.Provider>
    </I18nextProvider>
  );
}

describe('select all groups', () => {
  it('ticks every affected group in one press, moves focus to the first box, and then goes', async () => {
    render(<Form question={amongGroups} initial={['g-2']} />);
    const group = screen.getByRole('group', { name: 'Vilka grupper nådde dialogen?' });
    await userEvent.setup().click(within(group).getByRole('button', { name: 'Välj alla grupper' }));
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, true]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(boxes[0]);
    expect(within(group).queryByRole('button', { name: 'Välj alla grupper' })).toBeNull();
  });

  it('is not offered when every group is already ticked', () => {
    render(<Form question={amongGroups} initial={['g-1', 'g-2', 'g-3']} />);
    expect(screen.queryByRole('button', { name: 'Välj alla grupper' })).toBeNull();
  });

  it('is not offered for fixed options, nor for the items of a group that is not the affected groups', () => {
    const { unmount } = render(<Form question={fixed} />);
    expect(screen.queryByRole('button', { name: 'Välj alla grupper' })).toBeNull();
    unmount();
    // The same question, in a file whose group carries no `affected-groups` tag.
    const untagged = structuredClone(file);
    for (const l of allQuestions(untagged)) if (l.question.id === affected.id) l.question.tags = [];
    render(<Form question={amongGroups} model={untagged} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Välj alla grupper' })).toBeNull();
  });
});
