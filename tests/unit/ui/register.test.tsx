// The register page's table (src/ui/register), in jsdom: each column in the
// reader's words, sorting by a header button with aria-sort, the filters and
// the announced count, and what is due next in sentences, in both languages.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import type { RegisterLine } from '../../../src/sync/register';
import { registerQuestionnaire } from '../../../src/ui/register/questionnaires';
import { RegisterView } from '../../../src/ui/register/register-view';

const TODAY = '2026-12-05';
const LINES: RegisterLine[] = [
  {
    id: 'a-1',
    title: 'Bibliotek Norrby',
    questionnaire: { id: 'proposal', contentVersion: '1' },
    phase: 'complete',
    completedAt: '2026-03-12T15:00:00.000Z',
    judgement: 'adjust',
    review: 'approved',
    decision: { outcome: 'amended', meetingDate: '2026-04-08', caseNumber: 'KFN 2026/112' },
    next: { kind: 'follow-up', date: '2026-10-15', label: '' },
    updatedAt: '2026-11-01T10:00:00.000Z',
  },
  {
    id: 'a-2',
    title: 'Simhallen',
    questionnaire: { id: 'service-audit', contentVersion: '1' },
    phase: 'complete',
    completedAt: '2026-05-02T09:00:00.000Z',
    judgement: 'unequal',
    review: 'in-review',
    next: { kind: 'measure', date: '2026-12-20', label: 'Nya öppettider' },
    updatedAt: '2026-12-02T10:00:00.000Z',
  },
  {
    id: 'a-3',
    title: '',
    questionnaire: { id: 'proposal', contentVersion: '1' },
    phase: 'answering',
    review: 'none',
    updatedAt: '2026-12-04T08:00:00.000Z',
  },
  {
    id: 'a-4',
    title: 'Avgifter i kulturskolan',
    questionnaire: { id: 'proposal', contentVersion: '1' },
    phase: 'complete',
    completedAt: '2026-06-01T09:00:00.000Z',
    judgement: 'proceed',
    review: 'none',
    next: { kind: 'measure', date: '2027-05-01', label: '' },
    updatedAt: '2026-06-02T10:00:00.000Z',
  },
];

function show(lang: Language, lines: RegisterLine[] = LINES) {
  render(
    <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>
      <RegisterView lines={lines} today={TODAY} questionnaires={questionnaires.map(registerQuestionnaire)} />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

const table = () => screen.getByRole('table');
/** The row headers (names) in the order shown. */
const names = () => within(table()).getAllByRole('rowheader').map((cell) => cell.textContent);
const rowOf = (name: string) => within(table()).getByRole('rowheader', { name }).closest('tr')!;

describe('the register', () => {
  it('says in each column what the line holds, in Swedish', () => {
    show('sv');
    expect(table()).toHaveAccessibleName('Bedömningar i registret');
    const cells = within(rowOf('Bibliotek Norrby')).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual([
      'Bedöm ett förslag',
      'Slutförd 12 mars 2026',
      'Genomför förslaget med justeringar',
      'Granskad och godkänd',
      'Med ändringar (sammanträde 8 apr 2026, dnr KFN 2026/112)',
      'Försenad: uppföljning 15 okt 2026',
      '1 nov 2026',
    ]);
    const audit = within(rowOf('Simhallen')).getAllByRole('cell').map((c) => c.textContent);
    expect(audit[2]).toMatch(/^Ojämlik: /);
    // An audit's peer review is a quality review.
    expect(audit[3]).toBe('Kvalitetsgranskning pågår');
    expect(audit[4]).toBe('Inget beslut registrerat');
    expect(audit[5]).toBe('Åtgärden ”Nya öppettider” 20 dec 2026');
    const untitled = within(rowOf('Saknar namn')).getAllByRole('cell').map((c) => c.textContent);
    expect(untitled.slice(1, 3)).toEqual(['Frågorna besvaras', 'Inte vald ännu']);
    expect(untitled[5]).toBe('Inget datum');
  });

  it('says what is due next, overdue first, then within 30 days, and not what comes later', () => {
    show('sv');
    const due = screen.getByRole('region', { name: 'Det här ska göras härnäst' });
    expect(within(due).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Uppföljningen av ”Bibliotek Norrby” är försenad. Den skulle ha gjorts 15 okt 2026.',
      'Åtgärden ”Nya öppettider” i ”Simhallen” ska vara klar 20 dec 2026.',
    ]);
    expect(within(due).getByRole('heading', { name: 'Försenat' })).toBeInTheDocument();
    expect(within(due).queryByText(/kulturskolan/)).toBeNull();
  });

  it('says so when nothing is due', () => {
    show('sv', [LINES[2]!, LINES[3]!]);
    expect(screen.getByText('Inget är försenat och inget ska göras inom 30 dagar.')).toBeInTheDocument();
  });

  it('sorts by what is due first, and by any column with its header button', async () => {
    const user = show('sv');
    expect(names()).toEqual(['Bibliotek Norrby', 'Simhallen', 'Avgifter i kulturskolan', 'Saknar namn']);
    expect(screen.getByRole('columnheader', { name: /Nästa att göra/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: 'Namn' }));
    expect(names()).toEqual(['Avgifter i kulturskolan', 'Bibliotek Norrby', 'Simhallen', 'Saknar namn']);
    const title = screen.getByRole('columnheader', { name: /Namn/ });
    expect(title).toHaveAttribute('aria-sort', 'ascending');
    // The direction in words, for a screen reader; the arrow is hidden from it.
    expect(within(title).getByRole('button')).toHaveAccessibleName('Namn (sorterad stigande)');
    expect(screen.getByRole('columnheader', { name: /Nästa att göra/ })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /^Namn/ }));
    expect(title).toHaveAttribute('aria-sort', 'descending');
    // A line with nothing in the column stays last either way.
    expect(names()).toEqual(['Simhallen', 'Bibliotek Norrby', 'Avgifter i kulturskolan', 'Saknar namn']);

    await user.click(screen.getByRole('button', { name: 'Senast ändrad' }));
    expect(names()).toEqual(['Avgifter i kulturskolan', 'Bibliotek Norrby', 'Simhallen', 'Saknar namn']);
    await user.click(screen.getByRole('button', { name: 'Läge' }));
    expect(names()[0]).toBe('Saknar namn');
  });

  it('filters by name, type and what is due, and announces how many lines are shown', async () => {
    const user = show('sv');
    const count = screen.getByText('Alla 4 bedömningar visas.');
    expect(count).toHaveAttribute('aria-live', 'polite');

    await user.type(screen.getByRole('searchbox', { name: 'Sök på namn' }), 'simhall');
    expect(names()).toEqual(['Simhallen']);
    expect(count).toHaveTextContent('1 av 4 bedömningar visas.');
    await user.clear(screen.getByRole('searchbox', { name: 'Sök på namn' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ' }), 'proposal');
    expect(names()).toEqual(['Bibliotek Norrby', 'Avgifter i kulturskolan', 'Saknar namn']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ' }), '');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Datum' }), 'overdue');
    expect(names()).toEqual(['Bibliotek Norrby']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Datum' }), 'soon');
    expect(names()).toEqual(['Bibliotek Norrby', 'Simhallen']);

    await user.type(screen.getByRole('searchbox', { name: 'Sök på namn' }), 'finns inte');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Inga bedömningar passar filtret.')).toBeInTheDocument();
    expect(count).toHaveTextContent('0 av 4 bedömningar visas.');
  });

  it('says when the register is empty', () => {
    show('sv', []);
    expect(screen.getByText('Det finns inga bedömningar i registret ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks English', async () => {
    const user = show('en');
    expect(table()).toHaveAccessibleName('Assessments in the register');
    const cells = within(rowOf('Bibliotek Norrby')).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(1)).toEqual([
      'Completed 12 Mar 2026',
      'Go ahead with adjustments',
      'Peer reviewed and approved',
      'With amendments (meeting 8 Apr 2026, ref. KFN 2026/112)',
      'Overdue: follow-up 15 Oct 2026',
      '1 Nov 2026',
    ]);
    expect(within(rowOf('Simhallen')).getAllByRole('cell')[3]).toHaveTextContent('Quality review under way');
    const due = screen.getByRole('region', { name: 'What is due next' });
    expect(within(due).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The follow-up of “Bibliotek Norrby” is overdue. It was due on 15 Oct 2026.',
      'The measure “Nya öppettider” in “Simhallen” is due on 20 Dec 2026.',
    ]);
    expect(within(rowOf('No name')).getAllByRole('cell')[1]).toHaveTextContent('Questions being answered');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByText('All 4 assessments shown.')).toBeInTheDocument();
  });
});
