// Workshop mode in jsdom: the toggle switches the presenter view on and off
// and is remembered on the device; a step shows no facilitator notes (they
// are in the trainer's window), only a link to that window, and glossary
// terms beside its questions; the reset, folded under "Workshop" at the end
// of the page, asks first and offers to save the group's file (cancel and
// Escape change nothing, focus returns) and then keeps the case, clears the
// rest and saves a new revision of the same assessment.
// oxlint-disable-next-line import/no-unassigned-import -- installs the IndexedDB globals that idb uses
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app';
import { AssessmentSession } from '../../../src/app/assessment-session';
import { ModelProviders } from '../../../src/app/model-providers';
import { caseAnswers } from '../../../src/assessment/case';
import type { Answers } from '../../../src/questionnaire/answers';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { openRepository, type Repository } from '../../../src/storage/repository';
import { StepScreen } from '../../../src/ui/wizard/step-screen';
import { ResetForNextGroup } from '../../../src/ui/workshop/reset-next-group';
import { CASES, caseAssessment } from '../../fixtures/cases';
import { uniqueDbName } from '../storage/fixtures';

const file = questionnaires.find((q) => q.id === 'proposal')!;

// jsdom has <dialog> but not its modal methods; these do what the browser
// does to the `open` attribute (the e2e tests use the real ones).
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => localStorage.clear());
afterEach(() => delete document.documentElement.dataset.view);

function withModel(ui: ReactNode, { lang = 'sv', workshop = true }: { lang?: Language; workshop?: boolean } = {}) {
  return render(
    <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>
      <ModelProviders workshopMode={workshop}>{ui}</ModelProviders>
    </I18nextProvider>,
  );
}

describe('workshop mode toggle', () => {
  it('switches the presenter view on, remembers it on this device, and off again', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    const toggle = screen.getByRole('button', { name: 'Workshopläge' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.dataset.view).toBeUndefined();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.view).toBe('presenter');
    unmount();
    delete document.documentElement.dataset.view;

    render(<App />);
    expect(document.documentElement.dataset.view).toBe('presenter');
    await user.click(screen.getByRole('button', { name: 'Workshopläge' }));
    expect(document.documentElement.dataset.view).toBeUndefined();
    expect(localStorage.getItem('jamlikhetskollen.workshop.v1')).toBe('off');
  });
});

describe('a step in workshop mode', () => {
  const groups = file.steps.find((s) => s.id === 'groups')!;
  const step = (workshop: boolean, lang: Language = 'sv') =>
    withModel(
      <StepScreen file={file} framework={framework} answers={CASES[0]!.answers} newId={() => 'n-1'} step={groups} position={4} total={10} loadDraft={() => undefined} revising={false} onSubmit={vi.fn<(answers: Answers) => void>()} onBack={vi.fn<() => void>()} onDraft={vi.fn<(stepId: string, answers: Answers) => void>()} />,
      { lang, workshop },
    );

  // The glossary and the notes load after the first render (model-providers.tsx): wait for them.
  it('shows no facilitator notes on the projected step, only a small link to the trainer\'s window', async () => {
    step(true);
    const link = await screen.findByRole('link', { name: 'Utbildarens anteckningar (andra fönstret)' });
    expect(link).toHaveAttribute('href', '#/workshop/trainer');
    expect(link).toHaveAttribute('target', 'jamlikhetskollen-trainer');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByText('Gå igenom diskrimineringsgrunderna en i taget.')).toBeNull();
  });

  it('shows no link outside workshop mode, and the English link in English', async () => {
    const { unmount } = step(false);
    // Once the glossary terms show, the model has loaded too: only then does the link's absence mean something.
    await screen.findByText(/Ord i frågan: Intersektionalitet/);
    expect(screen.queryByRole('link', { name: /Utbildarens anteckningar/ })).toBeNull();
    unmount();
    step(true, 'en');
    expect(await screen.findByRole('link', { name: "Trainer's notes (second window)" })).toBeInTheDocument();
  });

  it('explains the glossary terms beside the question that uses them', async () => {
    step(false);
    const field = screen.getByLabelText(/kombinationer av faktorer/).closest('.field') as HTMLElement;
    const terms = await within(field).findByText(/Ord i frågan: Intersektionalitet/);
    expect(terms.closest('details')).toHaveTextContent('Att flera faktorer samverkar');
  });
});

describe('reset for the next group (dialog)', () => {
  it('asks first: cancel and Escape change nothing and give focus back', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn<() => Promise<void>>(async () => {});
    withModel(<ResetForNextGroup onReset={onReset} />);
    const trigger = screen.getByRole('button', { name: 'Nollställ för nästa grupp' });

    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Nollställa för nästa grupp?' });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();

    await user.click(trigger);
    // What the browser sends a modal dialog when Escape is pressed.
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
    expect(onReset).not.toHaveBeenCalled();

    // The dialog first offers to save the group's file, and says what "Sparat" means.
    const onSaveFile = vi.fn<() => void>();
    cleanup();
    withModel(<ResetForNextGroup onReset={onReset} onSaveFile={onSaveFile} />);
    const again = screen.getByRole('button', { name: 'Nollställ för nästa grupp' });
    await user.click(again);
    const asking = screen.getByRole('dialog', { name: 'Nollställa för nästa grupp?' });
    expect(asking).toHaveTextContent(/bara att svaren finns i den här webbläsaren/);
    await user.click(within(asking).getByRole('button', { name: 'Spara gruppens fil' }));
    expect(onSaveFile).toHaveBeenCalledTimes(1);
    expect(onReset).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Ja, ta bort svaren' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Svaren är borttagna och fallet finns kvar/)).toBeInTheDocument();
    expect(again).toHaveFocus();
  });
});

describe('reset for the next group (assessment session)', () => {
  let repository: Repository;
  afterEach(() => repository.close());

  async function open(workshop = true) {
    repository = await openRepository(uniqueDbName());
    const stored = { ...caseAssessment(CASES[0]!), progress: { phase: 'answering' as const, stepId: 'groups', reached: ['basics', 'proposal', 'screening', 'groups'] } };
    await repository.create(stored);
    withModel(<AssessmentSession view="wizard" onView={vi.fn<(view: 'wizard' | 'results') => void>()} initial={stored} file={file} framework={framework} repository={repository} />, { workshop });
    return stored;
  }

  it('keeps the case, clears the rest, saves a new revision and starts the wizard again', async () => {
    const user = userEvent.setup();
    const stored = await open();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Berörda grupper');
    // Folded away at the end of the page, after the step's own buttons.
    const tools = screen.getByText('Workshopverktyg', { selector: 'summary' }).closest('details')!;
    expect(tools).not.toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Spara och fortsätt' }).compareDocumentPosition(tools) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByText('Workshopverktyg', { selector: 'summary' }));
    await user.click(screen.getByRole('button', { name: 'Nollställ för nästa grupp' }));
    await user.click(screen.getByRole('button', { name: 'Ja, ta bort svaren' }));

    await waitFor(async () => expect((await repository.get(stored.id))?.revision).toBe(stored.revision + 1));
    const saved = (await repository.get(stored.id))!;
    expect(saved.answers).toEqual(caseAnswers(file, stored.answers));
    expect(saved.answers['basics.title']).toBe(CASES[0]!.title);
    expect(saved.answers['groups.items']).toBeUndefined();
    expect(saved.progress).toEqual({ phase: 'start', stepId: null, page: null, reached: [], done: [], completedAt: null });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bedöm ett förslag');
    expect(screen.getByRole('button', { name: 'Påbörja bedömningen' })).toBeInTheDocument();
  });

  it('offers no reset outside workshop mode', async () => {
    await open(false);
    expect(screen.queryByRole('button', { name: 'Nollställ för nästa grupp' })).toBeNull();
  });
});
