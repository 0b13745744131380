// The workshop's screens in jsdom: the set-up shows the chosen plan with its
// total and starts the chosen workshop; the projected view shows no
// facilitator notes; the trainer's window shows the notes for the part, or
// for the step on the projector, and never a note written for another
// worked example; the clock shows an overrun and says once, politely, that
// the time is up.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { resources, type Language } from '../../../src/i18n/resources';
import { workshop } from '../../../src/questionnaire/catalogue';
import { flattenTexts } from '../../../src/questionnaire/texts';
import { planFor, type Note } from '../../../src/questionnaire/workshop';
import { ProjectedView } from '../../../src/ui/workshop/projected-view';
import { TrainerView } from '../../../src/ui/workshop/trainer-view';
import { WorkshopClock } from '../../../src/ui/workshop/workshop-clock';
import { WorkshopSetup, type SetupChoice } from '../../../src/ui/workshop/workshop-setup';

const plan = planFor(workshop, 'proposal', 90)!;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;
const withI18n = (ui: ReactNode, lang: Language = 'sv') => render(<I18nextProvider i18n={createI18n(lang, [initReactI18next])}>{ui}</I18nextProvider>);
/** The part of the plan that works through `step`. */
const partWith = (step: string) => plan.parts.findIndex((p) => 'steps' in p && p.steps.includes(step));

/** The words of the notes for `step` written for one case (`library`), and of those for every case. */
function noteTexts(step: string) {
  const notes = workshop.notes.find((n) => n.step === step)!;
  const text = (list: 'prompts' | 'pitfalls', note: Note) => content('sv', `workshop.${step}.${list}.${typeof note === 'string' ? note : note.id}`);
  const of = (keep: (note: Note) => boolean) => (['prompts', 'pitfalls'] as const).flatMap((list) => notes[list].filter(keep).map((n) => text(list, n)));
  return { library: of((n) => typeof n !== 'string' && n.case === 'library'), general: of((n) => typeof n === 'string') };
}

describe('the set-up', () => {
  it('shows the 90-minute plan adding up to 90 and starts the chosen workshop', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn<(choice: SetupChoice) => void>();
    withI18n(<WorkshopSetup workshop={workshop} questionnaires={['proposal']} cases={[{ id: 'library', questionnaire: 'proposal', title: 'Biblioteket' }]} lang="sv" onStart={onStart} />);
    expect(screen.getByRole('radio', { name: '90 minuter' })).toBeChecked();
    const agenda = screen.getByRole('list', { name: 'Planen för 90 minuter' });
    expect(within(agenda).getAllByRole('listitem')).toHaveLength(plan.parts.length);
    expect(screen.getByText('Totalt 90 minuter')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '60 minuter' }));
    expect(screen.getByText('Totalt 60 minuter')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Starta workshoppen' }));
    expect(onStart).toHaveBeenCalledWith({ questionnaire: 'proposal', caseId: 'library', minutes: 60, lang: 'sv' });
  });
});

describe('the projected view', () => {
  it('shows the case, the part and what groups do now, and no facilitator notes', () => {
    const part = partWith('groups');
    withI18n(
      <ProjectedView plan={plan} part={part} caseInfo={{ title: 'Biblioteket', summary: 'Kortare öppettider.' }} clock={<p>10:00</p>} trainerHref="#/workshop/trainer" onPrevious={vi.fn<() => void>()} onNext={vi.fn<() => void>()} onHandOut={vi.fn<() => void>()} onEnd={vi.fn<() => void>()} />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(content('sv', 'steps.groups.title'));
    expect(screen.getByText(content('sv', 'steps.groups.purpose'))).toBeInTheDocument();
    expect(screen.getByText(`Del ${part + 1} av ${plan.parts.length}`)).toBeInTheDocument();
    for (const note of [...noteTexts('groups').general, ...noteTexts('groups').library]) expect(screen.queryByText(note)).toBeNull();
    expect(screen.getByRole('link', { name: 'Öppna utbildarens anteckningar' })).toHaveAttribute('target', 'jamlikhetskollen-trainer');
  });
});

describe("the trainer's window", () => {
  const trainer = (caseId: string | null, projectedStep: string | null = null) =>
    withI18n(<TrainerView workshop={workshop} plan={plan} part={partWith('proposal')} caseId={caseId} projectedStep={projectedStep} clock={<p>5:00</p>} onPrevious={vi.fn<() => void>()} onNext={vi.fn<() => void>()} />);

  it("shows the part's notes, with the running case's own, and none written for another case", () => {
    const notes = noteTexts('proposal');
    expect(notes.library.length).toBeGreaterThan(0);
    const { unmount } = trainer('library');
    for (const note of [...notes.general, ...notes.library]) expect(screen.getByText(note)).toBeInTheDocument();
    unmount();
    trainer('primary-care');
    for (const note of notes.general) expect(screen.getByText(note)).toBeInTheDocument();
    for (const note of notes.library) expect(screen.queryByText(note)).toBeNull();
  });

  it('follows the step the wizard has on the projector', () => {
    trainer('library', 'screening');
    expect(screen.getByText(`På projektorn nu: ${content('sv', 'steps.screening.title')}`)).toBeInTheDocument();
    expect(screen.getByText(noteTexts('screening').general[0]!)).toBeInTheDocument();
    expect(screen.queryByText(noteTexts('proposal').general[0]!)).toBeNull();
  });

  it('lists the agenda with start times', () => {
    trainer(null);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(plan.parts.length);
    expect(rows[1]).toHaveTextContent(`0:${String(plan.parts[0]!.minutes).padStart(2, '0')}`);
    expect(rows[partWith('proposal')]).toHaveAttribute('aria-current', 'step');
  });
});

describe('the clock', () => {
  it('shows an overrun and says once that the time is up', () => {
    const clock = (left: number, text: string, over = false) => <WorkshopClock left={left} time={{ text, over }} running partTitle="Relevansprövning" partKey={2} onToggle={vi.fn<() => void>()} />;
    const { rerender } = withI18n(clock(2000, '0:02'));
    const region = document.querySelector('[aria-live="polite"]')!;
    expect(region).toHaveTextContent('');
    rerender(<I18nextProvider i18n={createI18n('sv', [initReactI18next])}>{clock(-1000, '+0:01', true)}</I18nextProvider>);
    expect(region).toHaveTextContent('Tiden är slut för Relevansprövning.');
    expect(screen.getByText('+0:01 över')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pausa tiden' })).toBeInTheDocument();
  });
});
