// Workshops on the sync server in jsdom, in Swedish and English: a group's
// hand-in asks for the code when it has none (an error tied to the field for
// what is no code) and says what became of its hand-in, as a status when the
// server has it and an alert when not; the trainer's panel offers to collect,
// then shows the code, the count and whether groups may still hand in, with
// Close only while they may; the debrief offers to add the hand-ins not yet
// in the comparison.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { ServerHandIns } from '../../../src/ui/compare/server-hand-ins';
import { CollectPanel } from '../../../src/ui/workshop/collect-panel';
import { HandInPanel } from '../../../src/ui/workshop/hand-in-panel';

afterEach(cleanup);
const inLanguage = (lang: Language, ui: ReactNode) => render(<I18nextProvider i18n={createI18n(lang, [initReactI18next])}>{ui}</I18nextProvider>);

describe.each(['sv', 'en'] as const)('in %s', (lang) => {
  const sv = lang === 'sv';

  it('asks a group without a code for it, refuses what is no code, and hands in with the code read right', async () => {
    const onHandIn = vi.fn<(code: string) => void>();
    inLanguage(lang, <HandInPanel code={undefined} status={undefined} onHandIn={onHandIn} onOtherCode={() => {}} />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: sv ? 'Workshopens kod' : 'Workshop code' });
    await user.type(field, 'K7Q2');
    await user.click(screen.getByRole('button', { name: sv ? 'Lämna in' : 'Hand in' }));
    expect(onHandIn).not.toHaveBeenCalled();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(field.getAttribute('aria-describedby')).toMatch(/-error$/);
    await user.clear(field);
    await user.type(field, 'k7q2 m9xt');
    await user.click(screen.getByRole('button', { name: sv ? 'Lämna in' : 'Hand in' }));
    expect(onHandIn).toHaveBeenCalledWith('K7Q2M9XT');
  });

  it('says the hand-in arrived only when the server has it, and alerts when it did not', () => {
    const panel = (status: Parameters<typeof HandInPanel>[0]['status']) => (
      <HandInPanel code="K7Q2M9XT" status={status} onHandIn={() => {}} onOtherCode={() => {}} />
    );
    const { rerender } = inLanguage(lang, panel('sending'));
    expect(screen.getByText('K7Q2 M9XT')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(sv ? 'Lämnar in …' : 'Handing in …');
    expect(screen.getByRole('button', { name: sv ? 'Lämna in' : 'Hand in' })).toBeDisabled();
    const wrap = (ui: ReactNode) => <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>{ui}</I18nextProvider>;
    rerender(wrap(panel('received')));
    expect(screen.getByRole('status')).toHaveTextContent(sv ? 'Inlämnad. Den som leder workshopen har nu er bedömning.' : 'Handed in. The workshop leader now has your assessment.');
    expect(screen.getByRole('alert')).toHaveTextContent('');
    rerender(wrap(panel('refused')));
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByRole('alert')).toHaveTextContent(sv ? 'Servern tog inte emot inlämningen.' : 'The server did not accept the hand-in.');
    rerender(wrap(panel('offline')));
    expect(screen.getByRole('alert')).toHaveTextContent(sv ? 'Inlämningen kom inte fram' : 'The hand-in did not arrive');
  });

  it('offers the trainer to collect, then shows the code, the count and whether groups may hand in', async () => {
    const onStart = vi.fn<() => void>();
    const onClose = vi.fn<() => void>();
    const panel = (props: Partial<Parameters<typeof CollectPanel>[0]>) => (
      <CollectPanel code={undefined} state="connecting" count={0} open={undefined} onStart={onStart} onShowCode={() => {}} onClose={onClose} {...props} />
    );
    const { rerender } = inLanguage(lang, panel({}));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: sv ? 'Samla in på servern' : 'Collect on the server' }));
    expect(onStart).toHaveBeenCalled();
    const wrap = (ui: ReactNode) => <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>{ui}</I18nextProvider>;
    rerender(wrap(panel({ code: 'K7Q2M9XT', state: 'synced', open: true, count: 2 })));
    expect(screen.getByText('K7Q2 M9XT')).toBeInTheDocument();
    expect(screen.getByText(sv ? '2 grupper har lämnat in.' : '2 groups have handed in.')).toBeInTheDocument();
    expect(screen.getByText(sv ? 'Insamlingen är öppen. Grupperna kan lämna in.' : 'The collection is open. Groups can hand in.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: sv ? 'Stäng insamlingen' : 'Close collection' }));
    expect(onClose).toHaveBeenCalled();
    rerender(wrap(panel({ code: 'K7Q2M9XT', state: 'synced', open: false, count: 1 })));
    expect(screen.getByText(sv ? '1 grupp har lämnat in.' : '1 group has handed in.')).toBeInTheDocument();
    expect(screen.getByText(sv ? 'Insamlingen är stängd. Inga fler grupper kan lämna in.' : 'The collection is closed. No more groups can hand in.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: sv ? 'Stäng insamlingen' : 'Close collection' })).toBeNull();
    // Offline, the panel does not claim the collection is open or closed.
    rerender(wrap(panel({ code: 'K7Q2M9XT', state: 'offline', open: true, count: 1 })));
    expect(screen.queryByText(sv ? 'Insamlingen är öppen. Grupperna kan lämna in.' : 'The collection is open. Groups can hand in.')).toBeNull();
  });

  it('offers the debrief the hand-ins not yet in the comparison', async () => {
    const onAdd = vi.fn<() => void>();
    inLanguage(
      lang,
      <ServerHandIns
        code="K7Q2M9XT"
        state="synced"
        groups={[
          { id: 'g-1', name: 'Grupp Ek', added: true },
          { id: 'g-2', name: 'Grupp Björk', added: false },
        ]}
        onCode={() => {}}
        onAdd={onAdd}
      />,
    );
    expect(screen.getByText(sv ? 'Grupp Ek (finns i jämförelsen)' : 'Grupp Ek (in the comparison)')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: sv ? 'Lägg till 1 inlämning i jämförelsen' : 'Add 1 hand-in to the comparison' }));
    expect(onAdd).toHaveBeenCalled();
  });
});
