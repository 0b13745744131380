// The number field in jsdom, on the self-audit's representation step: a text
// input with the decimal keypad, its unit after it and its range said in a
// line the input is described by; "12,5" is saved as "12.5"; a word is
// refused with the error tied to the input; a stored number is shown with
// the reader's decimal sign.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { StepScreen } from '../../../src/ui/wizard/step-screen';

const file = questionnaires.find((q) => q.id === 'service-audit')!;
const step = file.steps.find((s) => s.id === 'representation')!;
const USERS = 'f-representation__groups-0-representation__group__users-share';

function show(answers: Answers = {}, lang: Language = 'sv') {
  const onSubmit = vi.fn<(a: Answers) => void>();
  render(
    <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>
      <StepScreen
        file={file}
        framework={framework}
        answers={answers}
        newId={() => 'g1'}
        step={step}
        position={3}
        total={11}
        loadDraft={() => undefined}
        revising={false}
        onSubmit={onSubmit}
        onBack={() => undefined}
        onDraft={() => undefined}
      />
    </I18nextProvider>,
  );
  return { onSubmit, input: document.getElementById(USERS) as HTMLInputElement };
}

/** Names the group and ticks its first factor, so only the number decides whether the step is accepted. */
async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(document.getElementById('f-representation__groups-0-representation__group__name') as HTMLInputElement, 'Unga vuxna');
  await user.click(document.querySelector<HTMLInputElement>('input[type="checkbox"][id^="f-representation__groups-0-representation__group__factors-"]')!);
}

const submit = () => screen.getByRole('button', { name: /^Nästa|^Spara/ });

describe('the number field', () => {
  it('is a text input with the decimal keypad, the unit after it and the range in its description', () => {
    const { input } = show();
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input.nextElementSibling).toHaveTextContent('%');
    const range = document.getElementById(`${USERS}-range`)!;
    expect(range).toHaveTextContent('Skriv en andel i procent, från 0 till 100.');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(`${USERS}-range`);
  });

  it('saves "12,5" as 12.5', async () => {
    const user = userEvent.setup();
    const { onSubmit, input } = show();
    await fillRequired(user);
    await user.type(input, '12,5');
    // What the user typed stays as typed.
    expect(input).toHaveValue('12,5');
    await user.click(submit());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const groups = onSubmit.mock.calls[0]![0]['representation.groups'] as Array<{ values: Record<string, string> }>;
    expect(groups[0]!.values['representation.group.users-share']).toBe('12.5');
  });

  it.each([
    ['en tredjedel', 'Skriv ett tal, till exempel 12 eller 12,5.'],
    ['120', 'Talet är för högt. Skriv ett tal inom gränserna som står vid fältet.'],
  ])('refuses %j with its error tied to the input', async (typed, message) => {
    const user = userEvent.setup();
    const { onSubmit, input } = show();
    await fillRequired(user);
    await user.type(input, typed);
    await user.click(submit());
    expect(onSubmit).not.toHaveBeenCalled();
    const error = document.getElementById(`${USERS}-error`)!;
    expect(error).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    // Read in the order they stand on the page: the hint, the range, then the error.
    const described = input.getAttribute('aria-describedby')!.split(' ');
    expect(described.indexOf(`${USERS}-hint`)).toBeGreaterThan(-1);
    expect(described.indexOf(`${USERS}-hint`)).toBeLessThan(described.indexOf(`${USERS}-range`));
    expect(described.at(-1)).toBe(`${USERS}-error`);
  });

  it.each([
    ['sv', '27,5'],
    ['en', '27.5'],
  ] as const)('shows a stored number with the decimal sign of the language (%s)', (lang, shown) => {
    const answers: Answers = { 'representation.groups': [{ id: 'g1', values: { 'representation.group.name': 'Unga vuxna', 'representation.group.users-share': '27.5' } }] };
    expect(show(answers, lang).input).toHaveValue(shown);
  });
});
