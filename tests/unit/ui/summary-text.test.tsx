// The text for the decision document in jsdom: the paragraph under its h2,
// the copy button copying exactly that text and saying so politely, the
// fallback that selects the text when the clipboard API is missing or
// refuses, and the same component in English.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SummarySentence } from '../../../src/assessment/consequence-summary';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { renderSummary } from '../../../src/i18n/sentences';
import { ConsequenceSummary } from '../../../src/ui/summary/summary-text';

const sentences: SummarySentence[] = [
  { code: 'title', params: { title: 'Ändrade öppettider på filialbiblioteket i Östra Ryd' } },
  { code: 'groups', params: { count: 2, groups: ['Skolbarn som läxläser', 'Äldre utan dator'] } },
  { code: 'worse', params: { groups: ['Äldre utan dator'], worseDimensions: ['consequences.access-digital'] } },
  { code: 'measures', params: { count: 1, measures: ['Meröppet med personal två kvällar i veckan'] } },
  { code: 'follow-up', params: { count: 1, indicators: ['Besök per vecka'], followUpDate: '2027-03-01' } },
  { code: 'judgement-adjust' },
];

/** Replaces navigator.clipboard for one test (jsdom has none, or user-event's own). */
function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true, writable: true });
}

function show(lang: Language = 'sv', list: SummarySentence[] = sentences) {
  const i18n = createI18n(lang, [initReactI18next]);
  render(
    <I18nextProvider i18n={i18n}>
      <ConsequenceSummary sentences={list} />
    </I18nextProvider>,
  );
  return renderSummary(i18n.t, lang, list);
}

afterEach(() => setClipboard(undefined));

describe('ConsequenceSummary', () => {
  it('shows the paragraph under its heading, with a hint', () => {
    const text = show();
    expect(screen.getByRole('heading', { level: 2, name: 'Text till beslutsunderlaget' })).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(text).toContain('”Ändrade öppettider på filialbiblioteket i Östra Ryd”');
    expect(text).toContain('1 mars 2027');
    expect(screen.getByRole('region', { name: 'Text till beslutsunderlaget' })).toHaveTextContent(/tjänsteskrivelsen/);
  });

  it('copies exactly the text and announces it politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue();
    setClipboard({ writeText });
    const text = show();
    const status = screen.getByRole('status');
    expect(status.tagName).toBe('OUTPUT');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Kopiera texten' }));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(text);
    expect(status).toHaveTextContent('Texten är kopierad');
  });

  it('selects the text and says to press Ctrl+C when there is no clipboard API', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    const text = show();
    await user.click(screen.getByRole('button', { name: 'Kopiera texten' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Ctrl\+C/);
    expect(window.getSelection()?.toString()).toBe(text);
  });

  it('falls back the same way when the clipboard refuses', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn<(text: string) => Promise<void>>().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    const text = show();
    await user.click(screen.getByRole('button', { name: 'Kopiera texten' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Ctrl\+C/);
    expect(screen.getByRole('status')).not.toHaveTextContent('Texten är kopierad');
    expect(window.getSelection()?.toString()).toBe(text);
  });

  it('speaks English when English is chosen', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue();
    setClipboard({ writeText });
    const text = show('en');
    expect(screen.getByRole('heading', { level: 2, name: 'Text for the decision document' })).toBeInTheDocument();
    expect(text).toContain('1 March 2027');
    await user.click(screen.getByRole('button', { name: 'Copy the text' }));
    expect(writeText).toHaveBeenCalledWith(text);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(document.body).not.toHaveTextContent(/Kopiera|beslutsunderlaget|följs upp/);
  });

  it('says so when there is nothing to write yet, without a copy button', () => {
    show('sv', []);
    expect(screen.getByText('Det finns inte tillräckligt med svar för att skriva en text ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
