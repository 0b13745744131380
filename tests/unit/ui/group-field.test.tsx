// A repeatable group in jsdom, on the proposal's measures: items are named
// by the user's words or the content's noun ("Åtgärd 2"), the add button is
// a noun phrase ("Lägg till åtgärd"), one item is open at a time while the
// others are folded into summaries, Edit opens one, and a refused submit
// opens the folded items that hold an error.
import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { GroupQuestion } from '../../../src/questionnaire/schema';
import { encode, newItem, type FormItem } from '../../../src/ui/form/form-values';
import type { Answers } from '../../../src/questionnaire/answers';
import { GroupField, initiallyOpen } from '../../../src/ui/fields/group-field';
import { useItemTitle } from '../../../src/ui/fields/item-title';
import { StepContext } from '../../../src/ui/fields/step-context';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const measures = file.steps.flatMap((s) => (s.kind === 'questions' ? s.questions : [])).find((q) => q.id === 'measures.items') as GroupQuestion;
const NAME = 'measures__items';
const WHAT = (i: number) => `f-measures__items-${i}-measures__item__what`;

let made = 0;
const newId = () => `m${(made += 1)}`;

function Providers({ lang, children, answers = {} }: { lang: Language; children: ReactNode; answers?: Answers }) {
  return (
    <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>
      <StepContext.Provider value={{ file, framework, answers, newId }}>{children}</StepContext.Provider>
    </I18nextProvider>
  );
}

function Form({ items, resolver }: { items: FormItem[]; resolver?: Resolver }) {
  const form = useForm({ defaultValues: { [NAME]: items }, resolver, shouldFocusError: false });
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(() => undefined)}>
        <GroupField name={NAME} question={measures} />
        <button type="submit">Skicka</button>
      </form>
    </FormProvider>
  );
}

/** The items as saved answers: what the form opens with is what was saved, so nothing counts as a draft. */
const saved = (items: FormItem[]): Answers => ({
  [measures.id]: items.map(({ _id: id, ...i }) => ({ id, values: Object.fromEntries(measures.fields.map((f) => [f.id, (i[encode(f.id)] as string | string[] | undefined) ?? ''])) })),
});

function show(items: FormItem[], lang: Language = 'sv', resolver?: Resolver) {
  return render(
    <Providers lang={lang} answers={saved(items)}>
      <Form items={items} resolver={resolver} />
    </Providers>,
  );
}

const item = (id: string, what = '') => ({ ...newItem(measures, id), measures__item__what: what }) as FormItem;

describe('item titles', () => {
  it.each([
    ['sv', 'Åtgärd 3', 'Grupp 1'],
    ['en', 'Measure 3', 'Group 1'],
  ] as const)('in %s come from the content’s noun with the number, or from the item’s own name', (lang, third, first) => {
    const { result } = renderHook(() => useItemTitle(), { wrapper: ({ children }) => <Providers lang={lang}>{children}</Providers> });
    expect(result.current('measures.items', 2)).toBe(third);
    expect(result.current('groups.items', 0, '   ')).toBe(first);
    expect(result.current('groups.items', 0, '  Äldre utan dator ')).toBe('Äldre utan dator');
  });
});

describe('a repeatable group', () => {
  it.each([
    ['sv', 'Lägg till åtgärd', 'Åtgärd 1'],
    ['en', 'Add a measure', 'Measure 1'],
  ] as const)('in %s has an add button and item legends named by the noun, not by the question', (lang, add, legend) => {
    show([item('a')], lang);
    expect(screen.getByRole('button', { name: add })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Lägg till:|Add:|1\. /);
  });

  it('opens one item at a time: adding folds the filled item into a summary and focuses the new one', async () => {
    const user = userEvent.setup();
    show([item('a')]);
    await user.type(document.getElementById(WHAT(0))!, 'Läxhjälp');
    await user.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    // The first measure is a summary: its name, its state, an Edit button that says whose.
    const summary = screen.getByRole('group', { name: 'Läxhjälp' });
    expect(summary).toHaveClass('group__summary');
    expect(within(summary).getByText(/1 av 8 frågor besvarade/)).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: 'Ändra: Läxhjälp' })).toBeInTheDocument();
    expect(document.getElementById(WHAT(0))).toBeNull();
    // The new one is open, titled by the noun, with focus in its first field.
    expect(screen.getByRole('group', { name: 'Åtgärd 2' }).tagName).toBe('FIELDSET');
    expect(document.activeElement).toBe(document.getElementById(WHAT(1)));
  });

  it('Edit opens a folded item and folds the one that was open (nothing typed is lost)', async () => {
    const user = userEvent.setup();
    show([item('a', 'Läxhjälp'), item('b', 'Kvällsöppet')]);
    // Both are filled in, so neither opens by itself.
    expect(document.getElementById(WHAT(0))).toBeNull();
    expect(document.getElementById(WHAT(1))).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ändra: Kvällsöppet' }));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(document.activeElement).toBe(document.getElementById(WHAT(1)));
    await user.click(screen.getByRole('button', { name: 'Ändra: Läxhjälp' }));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(document.getElementById(WHAT(1))).toBeNull();
    expect(document.getElementById(WHAT(0))).toHaveValue('Läxhjälp');
    expect(screen.getByRole('group', { name: 'Kvällsöppet' })).toHaveClass('group__summary');
  });

  it('a refused submit opens the folded item that holds the error', async () => {
    const user = userEvent.setup();
    // The second measure's description is refused, whatever it says.
    const resolver: Resolver = async () => ({
      values: {},
      // Keyed by the item's index, as the step's resolver builds it.
      errors: { [NAME]: { 1: { measures__item__what: { type: 'custom', message: 'required' } } } } as never,
    });
    show([item('a', 'Läxhjälp'), item('b', 'Kvällsöppet')], 'sv', resolver);
    expect(document.getElementById(WHAT(1))).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByRole('group', { name: 'Kvällsöppet' })).toHaveClass('group__item');
    expect(document.getElementById(WHAT(1))).toHaveValue('Kvällsöppet');
    // The item without an error stays folded.
    expect(document.getElementById(WHAT(0))).toBeNull();
  });
});

describe('two groups on one page', () => {
  const indicators = file.steps.flatMap((s) => (s.kind === 'questions' ? s.questions : [])).find((q) => q.id === 'follow-up.indicators') as GroupQuestion;
  const INDICATORS = 'follow-up__indicators';
  const indicator = (id: string, name = '') => ({ ...newItem(indicators, id), 'follow-up__indicator__name': name }) as FormItem;

  function Both({ first, second }: { first: FormItem[]; second: FormItem[] }) {
    const form = useForm({ defaultValues: { [NAME]: first, [INDICATORS]: second } });
    return (
      <FormProvider {...form}>
        <form>
          <GroupField name={NAME} question={measures} />
          <GroupField name={INDICATORS} question={indicators} />
        </form>
      </FormProvider>
    );
  }

  it('an item opening in one group folds the finished items of the other, and keeps its unfinished ones open', async () => {
    const user = userEvent.setup();
    // Nothing saved yet, so every item starts open, as while the step is being filled in.
    render(
      <Providers lang="sv">
        <Both first={[item('a', 'Läxhjälp'), item('b')]} second={[indicator('i1', 'Besök på kvällar')]} />
      </Providers>,
    );
    expect(document.getElementById(WHAT(0))).toHaveValue('Läxhjälp');
    const indicatorName = 'f-follow-up__indicators-0-follow-up__indicator__name';
    expect(document.getElementById(indicatorName)).toHaveValue('Besök på kvällar');
    await user.click(screen.getByRole('button', { name: 'Lägg till indikator' }));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    // The finished measure is folded into its summary; the empty one stays open; the new indicator has focus.
    expect(document.getElementById(WHAT(0))).toBeNull();
    expect(screen.getByRole('group', { name: 'Läxhjälp' })).toHaveClass('group__summary');
    expect(document.getElementById(WHAT(1))).not.toBeNull();
    expect(document.activeElement).toBe(document.getElementById('f-follow-up__indicators-1-follow-up__indicator__name'));
    // The group's own earlier item folds as before.
    expect(document.getElementById(indicatorName)).toBeNull();
  });
});

describe('which items start open', () => {
  it('an item holding text typed but not saved opens (a draft brought back by a reload is shown); saved ones fold', () => {
    const a = item('a', 'Talböcker på fler språk');
    const b = item('b', 'Utökade öppettider');
    const c = item('c', 'Läxhjälp');
    const answers = saved([a, b, c]);
    // Everything saved and complete enough to fold: only the first lacking a required answer opens.
    const none = initiallyOpen(measures, [a, b, c], answers[measures.id]);
    expect(none.has('b')).toBe(false);
    // A draft in b: b opens; an item added but never saved opens too.
    const drafted = initiallyOpen(measures, [a, { ...b, measures__item__what: 'Utökade öppettider på lördagar' } as FormItem, c, item('d', 'Ny')], answers[measures.id]);
    expect(drafted.has('b')).toBe(true);
    expect(drafted.has('d')).toBe(true);
    expect(drafted.has('c')).toBe(none.has('c'));
  });
});
