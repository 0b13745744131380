// A step asked per affected group, paged, in jsdom on the real proposal:
// a group's page shows only that group's questions under a heading that
// names it, with the list of the step's parts; a refused page lists only its
// own errors and is not sent; the overview shows each group's answers and,
// when a group is incomplete, sends the user to it instead of saving.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { createI18n } from '../../../src/i18n';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import { groupItems, type Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { stepQuestions } from '../../../src/questionnaire/step-questions';
import { domId, fieldName } from '../../../src/ui/form/form-values';
import { StepScreen } from '../../../src/ui/wizard/step-screen';
import { fillStep } from '../../fixtures/fill';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const step = file.steps.find((s) => s.kind === 'per-item')!;

/** Accepted answers of a full analysis up to the first per-item step, as the machine holds them. */
function answersBefore(): Answers {
  const actor = createActor(createWizardMachine({ file, framework })).start();
  actor.send({ type: 'assessment.started' });
  for (let i = 0; i < 20 && actor.getSnapshot().context.stepId !== step.id; i += 1) {
    const { context } = actor.getSnapshot();
    const current = file.steps.find((s) => s.id === context.stepId)!;
    actor.send({ type: 'step.submitted', values: fillStep(file, framework, current, context.answers, { 'screening.outcome': 'full', 'screening.children': 'yes' }) });
  }
  expect(actor.getSnapshot().context.stepId).toBe(step.id);
  // Item ids as the app makes them (no dots: a form field's name nests at a dot).
  const answers = actor.getSnapshot().context.answers;
  const of = step.kind === 'per-item' ? step.of : '';
  return { ...answers, [of]: groupItems(answers[of]).map((item, i) => ({ ...item, id: `i-${i + 1}` })) };
}

function show(answers: Answers, pageId: string) {
  const calls = { submit: vi.fn<(a: Answers) => void>(), page: vi.fn<(a: Answers) => void>(), goto: vi.fn<(id: string) => void>() };
  render(
    <I18nextProvider i18n={createI18n('sv', [initReactI18next])}>
      <StepScreen
        file={file}
        framework={framework}
        answers={answers}
        newId={() => 'new'}
        step={step}
        pageId={pageId}
        position={7}
        total={11}
        loadDraft={() => undefined}
        revising={false}
        onSubmit={calls.submit}
        onPageSubmit={calls.page}
        onPageGoto={calls.goto}
        onBack={() => undefined}
        onDraft={() => undefined}
      />
    </I18nextProvider>,
  );
  return calls;
}

describe('a step asked per group, one group a page', () => {
  const before = answersBefore();
  const items = groupItems(before[step.kind === 'per-item' ? step.of : '']);
  const name = (i: number) => String(items[i]!.values['groups.item.name']);

  it('shows one group under a heading that names it, with the list of the parts', () => {
    show(before, `item-${items[1]!.id}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`${name(1)} (grupp 2 av ${items.length})`);
    const first = stepQuestions(step, framework)[0]!.id;
    expect(document.getElementById(domId(fieldName(first, items[1]!.id)))).not.toBeNull();
    expect(document.getElementById(domId(fieldName(first, items[0]!.id)))).toBeNull();
    const parts = within(screen.getByRole('navigation', { name: 'Delarna i steget' })).getAllByRole('button');
    expect(parts).toHaveLength(items.length + 1);
    expect(parts[1]).toHaveAttribute('aria-current', 'page');
    expect(parts[0]).not.toHaveAttribute('aria-current');
  });

  it('refuses an empty group with its own errors only, and does not send it', async () => {
    const { page, submit } = show(before, `item-${items[0]!.id}`);
    await userEvent.click(screen.getByRole('button', { name: `Nästa: ${name(1)}` }));
    const summary = await screen.findByRole('heading', { name: /problem att rätta/ });
    const links = within(summary.parentElement!).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    // Every link goes to a field of this group.
    expect(links.map((a) => a.getAttribute('href')).filter((href) => !href!.endsWith(`-${items[0]!.id}`))).toEqual([]);
    expect(page).not.toHaveBeenCalled();
    expect(submit).not.toHaveBeenCalled();
  });

  it('on the overview, sends the user to the first incomplete group instead of saving', async () => {
    const full = { ...before, ...fillStep(file, framework, step, before) };
    // The second group's answers are taken away.
    const partial = Object.fromEntries(
      Object.entries(full).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) && items[1]!.id in v ? { ...v, [items[1]!.id]: '' } : v]),
    ) as Answers;
    const { goto, submit } = show(partial, 'overview');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Översikt');
    const table = screen.getByRole('table');
    for (const i of items.keys()) expect(within(table).getAllByRole('columnheader')[i + 1]).toHaveTextContent(name(i));
    await userEvent.click(screen.getByRole('button', { name: 'Spara och fortsätt' }));
    await vi.waitFor(() => expect(goto).toHaveBeenCalledWith(`item-${items[1]!.id}`));
    expect(submit).not.toHaveBeenCalled();
  });

  it('on the overview, saves a complete step, and Edit opens a group', async () => {
    const full = { ...before, ...fillStep(file, framework, step, before) };
    const { goto, submit } = show(full, 'overview');
    const edit = screen.getAllByRole('button', { name: /^Ändra/ })[0]!;
    expect(edit).toHaveTextContent(name(0));
    await userEvent.click(edit);
    expect(goto).toHaveBeenCalledWith(`item-${items[0]!.id}`);
    await userEvent.click(screen.getByRole('button', { name: 'Spara och fortsätt' }));
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
  });
});
