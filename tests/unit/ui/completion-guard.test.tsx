// "Slutför bedömningen" on the review page: without open serious findings
// it completes at once; with them it first shows a panel that names them
// and asks for a reason (required, said in text when missing), then
// completes with that reason; "Gå tillbaka" changes nothing and returns
// focus to the button.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/assessment/result';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { ReviewScreen, type CompletionCheck } from '../../../src/ui/wizard/review-screen';

const serious: Finding = {
  id: 'group-worse-uncompensated:g1',
  code: 'group-worse-uncompensated',
  severity: 'high',
  recommendations: ['r1', 'r5'],
  params: { group: 'Äldre utan bil', dimensions: ['dimension-physical'], measures: [] },
  refs: [],
  stepId: 'measures',
};

const QUESTION = { id: 'summary.known-gaps', label: 'Varför slutförs bedömningen trots öppna allvarliga problem?' };

function show(completion: CompletionCheck | undefined, { complete = false, lang = 'sv' as Language } = {}) {
  const onComplete = vi.fn<(reason?: string) => void>();
  const i18n = createI18n(lang, [initReactI18next]);
  const ui = (done: boolean) => (
    <I18nextProvider i18n={i18n}>
      <ReviewScreen
        sections={[]}
        earlier={[]}
        complete={done}
        onChange={() => undefined}
        onComplete={onComplete}
        onReopen={() => undefined}
        onBack={() => undefined}
        pdf={null}
        {...(completion ? { completion } : {})}
      />
    </I18nextProvider>
  );
  const { rerender } = render(ui(complete));
  return { onComplete, rerender: (done: boolean) => rerender(ui(done)) };
}

describe('completing the assessment', () => {
  it('completes at once when no serious finding is open', async () => {
    const user = userEvent.setup();
    const { onComplete } = show({ openSerious: [], question: QUESTION, reason: '' });
    await user.click(screen.getByRole('button', { name: 'Slutför bedömningen' }));
    expect(onComplete).toHaveBeenCalledWith();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('asks for a reason first when serious findings are open, and completes with it', async () => {
    const user = userEvent.setup();
    const { onComplete } = show({ openSerious: [serious], question: QUESTION, reason: '' });
    await user.click(screen.getByRole('button', { name: 'Slutför bedömningen' }));
    expect(onComplete).not.toHaveBeenCalled();

    const panel = screen.getByRole('region', { name: 'Ett allvarligt problem är fortfarande öppet' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    const item = within(panel).getByRole('listitem');
    expect(item).toHaveTextContent('Allvarligt: Äldre utan bil får det sämre');
    expect(item).toHaveTextContent('Gäller rekommendation 1 och 5');
    // The completing button is gone while the panel asks.
    expect(screen.queryByRole('button', { name: 'Slutför bedömningen' })).toBeNull();

    // An empty reason is refused, in text, and the field takes focus.
    await user.click(within(panel).getByRole('button', { name: 'Slutför ändå' }));
    expect(onComplete).not.toHaveBeenCalled();
    const field = within(panel).getByRole('textbox', { name: QUESTION.label });
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/^Fel:\s?Skriv varför ni slutför bedömningen ändå\.$/);

    await user.type(field, '  Beslutet måste fattas i juni; åtgärden tas fram till hösten.  ');
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.click(within(panel).getByRole('button', { name: 'Slutför ändå' }));
    expect(onComplete).toHaveBeenCalledWith('Beslutet måste fattas i juni; åtgärden tas fram till hösten.');
  });

  it('starts from the reason given before, and the completed page says it was completed with known gaps', async () => {
    const user = userEvent.setup();
    const completion = { openSerious: [serious], question: QUESTION, reason: 'Tidigare skäl' };
    const { onComplete, rerender } = show(completion);
    await user.click(screen.getByRole('button', { name: 'Slutför bedömningen' }));
    expect(screen.getByRole('textbox', { name: QUESTION.label })).toHaveValue('Tidigare skäl');
    await user.click(screen.getByRole('button', { name: 'Slutför ändå' }));
    expect(onComplete).toHaveBeenCalledWith('Tidigare skäl');
    rerender(true);
    expect(screen.getByText('Bedömningen slutfördes med ett allvarligt problem öppet.')).toBeInTheDocument();
    expect(screen.getByText(/^Skälet ni angav:/)).toHaveTextContent('Skälet ni angav: Tidigare skäl');
  });

  it('"Gå tillbaka" closes the panel without completing and returns focus to the button', async () => {
    const user = userEvent.setup();
    const { onComplete } = show({ openSerious: [serious, { ...serious, id: 'other' }], question: QUESTION, reason: '' });
    await user.click(screen.getByRole('button', { name: 'Slutför bedömningen' }));
    expect(screen.getByRole('region', { name: '2 allvarliga problem är fortfarande öppna' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gå tillbaka' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('button', { name: 'Slutför bedömningen' })).toHaveFocus();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('without a question for the reason, asks only for confirmation', async () => {
    const user = userEvent.setup();
    const { onComplete } = show({ openSerious: [serious], question: undefined, reason: '' });
    await user.click(screen.getByRole('button', { name: 'Slutför bedömningen' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Slutför ändå' }));
    expect(onComplete).toHaveBeenCalledWith(undefined);
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    show({ openSerious: [serious], question: QUESTION, reason: '' }, { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Complete the assessment' }));
    const panel = screen.getByRole('region', { name: 'One serious problem is still open' });
    expect(panel).toHaveTextContent('Concerns recommendations 1 and 5');
    expect(within(panel).getByRole('button', { name: 'Complete anyway' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Go back' })).toBeInTheDocument();
  });
});
