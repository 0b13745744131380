// The decision text on the results page, in jsdom, for the library case:
// every block under its own h3 with its own copy button that copies exactly
// that block's text (no heading) and says so politely beside the button;
// "copy all" copies every block with its heading; the short variant has its
// own button; without a clipboard API, or when it refuses, the block's text
// is selected and the user told to press Ctrl+C; a stale "copied" goes when
// the text changes; the same in English; and nothing to copy when there are
// no answers to write from.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decisionText } from '../../../src/assessment/decision-text';
import type { DecisionText } from '../../../src/assessment/decision-text/types';
import { evaluate } from '../../../src/assessment/evaluate';
import { createI18n } from '../../../src/i18n';
import { PARAGRAPH_BREAK, wordDecisionText } from '../../../src/i18n/decision-text';
import type { Language } from '../../../src/i18n/resources';
import { DecisionTextPanel } from '../../../src/ui/summary/decision-text';
import { allText } from '../../../src/ui/summary/plain-text';
import { CASES, file, framework } from '../../fixtures/cases';

const library = CASES[0]!;
const text = decisionText(file, framework, library.answers, evaluate(file, framework, { answers: library.answers }));

/** Replaces navigator.clipboard for one test (jsdom has none, or user-event's own). */
function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true, writable: true });
}

function show(lang: Language = 'sv', shown: DecisionText = text) {
  const i18n = createI18n(lang, [initReactI18next]);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <DecisionTextPanel text={shown} />
    </I18nextProvider>,
  );
  return { i18n, view, worded: wordDecisionText(i18n.t, lang, shown) };
}

/** The block whose h3 is `heading`. */
const blockOf = (heading: string) => screen.getByRole('heading', { level: 3, name: heading }).closest<HTMLElement>('.decision-text__block')!;
const outputs = () => screen.getAllByRole('status');

afterEach(() => setClipboard(undefined));

describe('DecisionTextPanel', () => {
  it('shows each block under its own heading, with its own copy button, and the short version', () => {
    const { worded, i18n } = show();
    // The library case has something to say under several headings, including children and measures.
    expect(worded.blocks.length).toBeGreaterThanOrEqual(3);
    // …and at least one block of more than one paragraph, each shown as its own.
    expect(worded.blocks.some((b) => b.text.includes(PARAGRAPH_BREAK))).toBe(true);
    expect(screen.getByRole('region', { name: 'Text till beslutsunderlaget' })).toHaveTextContent(/tjänsteskrivelser/);
    for (const block of worded.blocks) {
      expect(block.heading).toBe(i18n.t(`decisionText.headings.${block.id}`));
      const box = blockOf(block.heading);
      const paragraphs = [...box.querySelectorAll('.decision-text__text p')].map((p) => p.textContent);
      expect(paragraphs).toEqual(block.text.split(PARAGRAPH_BREAK));
      expect(within(box).getByRole('button', { name: `Kopiera texten under rubriken ${block.heading}` })).toBeInTheDocument();
    }
    expect(within(blockOf('Kort version')).getByText(worded.short)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Kopiera allt' })).toHaveLength(1);
    // One polite output per button, all silent until something is copied.
    expect(outputs()).toHaveLength(worded.blocks.length + 2);
    for (const output of outputs()) {
      expect(output.tagName).toBe('OUTPUT');
      expect(output).toHaveAttribute('aria-live', 'polite');
      expect(output).toBeEmptyDOMElement();
    }
  });

  it('copies exactly each block’s text, without its heading, and says so beside that button only', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue();
    setClipboard({ writeText });
    const { worded } = show();
    for (const block of worded.blocks) {
      const box = blockOf(block.heading);
      await user.click(within(box).getByRole('button', { name: `Kopiera texten under rubriken ${block.heading}` }));
      expect(writeText).toHaveBeenLastCalledWith(block.text);
      expect(block.text).not.toContain(block.heading);
      expect(within(box).getByRole('status')).toHaveTextContent(`Texten under ${block.heading} är kopierad.`);
      expect(outputs().filter((o) => o.textContent !== '')).toHaveLength(1);
    }
    expect(writeText).toHaveBeenCalledTimes(worded.blocks.length);
  });

  it('copies every block with its heading from "Kopiera allt", and the short version from its own button', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue();
    setClipboard({ writeText });
    const { worded } = show();
    await user.click(screen.getByRole('button', { name: 'Kopiera allt' }));
    const all = writeText.mock.calls[0]![0];
    expect(all).toBe(allText(worded.blocks));
    for (const block of worded.blocks) expect(all).toContain(`${block.heading}\n${block.text}`);
    expect(screen.getByText('Hela texten är kopierad, med rubrikerna.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kopiera texten under rubriken Kort version' }));
    expect(writeText).toHaveBeenLastCalledWith(worded.short);
    expect(worded.short.split(/\s+/u).length).toBeLessThanOrEqual(140);
    expect(screen.queryByText('Hela texten är kopierad, med rubrikerna.')).not.toBeInTheDocument();
  });

  it('selects the block’s text and says to press Ctrl+C when there is no clipboard API', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    const { worded } = show();
    const block = worded.blocks.at(-1)!;
    const box = blockOf(block.heading);
    await user.click(within(box).getByRole('button', { name: `Kopiera texten under rubriken ${block.heading}` }));
    expect(within(box).getByRole('status')).toHaveTextContent(/markerad.*Ctrl\+C/);
    expect(window.getSelection()?.toString()).toBe(box.querySelector('.decision-text__text')!.textContent);
  });

  it('falls back the same way when the clipboard refuses', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn<(text: string) => Promise<void>>().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    const { worded } = show();
    const block = worded.blocks[0]!;
    const box = blockOf(block.heading);
    await user.click(within(box).getByRole('button', { name: `Kopiera texten under rubriken ${block.heading}` }));
    expect(within(box).getByRole('status')).toHaveTextContent(/Ctrl\+C/);
    expect(within(box).getByRole('status')).not.toHaveTextContent('kopierad');
    expect(window.getSelection()?.toString()).toBe(box.querySelector('.decision-text__text')!.textContent);
  });

  it('forgets "copied" once the text it copied is no longer the one shown', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn<(text: string) => Promise<void>>().mockResolvedValue() });
    const { worded, view, i18n } = show();
    await user.click(screen.getByRole('button', { name: 'Kopiera allt' }));
    expect(screen.getByText('Hela texten är kopierad, med rubrikerna.')).toBeInTheDocument();
    const fewer: DecisionText = { ...text, blocks: text.blocks.slice(1) };
    view.rerender(
      <I18nextProvider i18n={i18n}>
        <DecisionTextPanel text={fewer} />
      </I18nextProvider>,
    );
    expect(screen.queryByRole('heading', { level: 3, name: worded.blocks[0]!.heading })).not.toBeInTheDocument();
    expect(screen.queryByText('Hela texten är kopierad, med rubrikerna.')).not.toBeInTheDocument();
  });

  it('speaks English when English is chosen', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue();
    setClipboard({ writeText });
    const { worded } = show('en');
    expect(screen.getByRole('heading', { level: 2, name: 'Text for the decision document' })).toBeInTheDocument();
    const block = worded.blocks[0]!;
    await user.click(screen.getByRole('button', { name: `Copy the text under the heading ${block.heading}` }));
    expect(writeText).toHaveBeenCalledWith(block.text);
    expect(within(blockOf(block.heading)).getByRole('status')).toHaveTextContent(`The text under ${block.heading} has been copied.`);
    expect(screen.getByRole('button', { name: 'Copy all' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Kopiera|beslutsunderlaget|Kort version/);
  });

  it('says so when there is nothing to write yet, without a copy button', () => {
    show('sv', { blocks: [], short: [] });
    expect(screen.getByText('Det finns inte tillräckligt med svar för att skriva en text ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
