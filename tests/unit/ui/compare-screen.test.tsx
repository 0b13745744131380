// The debrief screen in jsdom, on the three workshop cases as three groups'
// files: one part shown at a time (the part list's current button, next and
// previous, "Show all parts"), the summary counting the rows the groups
// differ on, the mark in words on a differing row, a duplicate refused by
// name and column, and the split and merge controls shown only while the
// trainer changes the rows, each calling back with the rows it names. Also
// the pure helpers: the parts' counts and the grouping without a column.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { compareAssessments, type Comparison } from '../../../src/assessment/comparison';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { CompareScreen, type Rejected } from '../../../src/ui/compare/compare-screen';
import { partCounts, withoutColumn } from '../../../src/ui/compare/debrief-parts';
import { caseEntries } from '../../fixtures/compare-entries';
import { framework } from '../../fixtures/cases';

/** The three cases as groups: each named, so the columns say who. */
function comparison(): Comparison {
  const entries = caseEntries().map((e, i) => ({ ...e, assessment: { ...e.assessment, name: ['Björk', 'Lönn', 'Ek'][i]! } }));
  return compareAssessments(entries, framework);
}

function renderScreen(c: Comparison | undefined, { lang = 'en' as Language, rejected = [] as Rejected[] } = {}) {
  const i18n = createI18n(lang, [initReactI18next]);
  const onMerge = vi.fn<(a: number, b: number) => void>();
  const onSplit = vi.fn<(row: number) => void>();
  render(
    <I18nextProvider i18n={i18n}>
      <CompareScreen
        comparison={c}
        rejected={rejected}
        reading={false}
        announcement=""
        onFiles={() => {}}
        onRemove={() => {}}
        onMerge={onMerge}
        onSplit={onSplit}
        onDownload={() => Promise.resolve()}
      />
    </I18nextProvider>,
  );
  return { onMerge, onSplit };
}

const shownParts = () => [...document.querySelectorAll('section[data-part]')].filter((s) => !s.classList.contains('compare__part--hidden')).map((s) => s.getAttribute('data-part'));
const partButton = (name: string) => within(screen.getByRole('navigation', { name: 'Parts of the comparison' })).getByRole('button', { name: new RegExp(`^${name}`) });

describe('the debrief screen', () => {
  it('shows one part at a time, moves with the part list and next/previous, and shows all on request', () => {
    renderScreen(comparison());
    expect(shownParts()).toEqual(['screening']);
    expect(partButton('Screening').getAttribute('aria-current')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Next: Affected groups' }));
    expect(shownParts()).toEqual(['affected']);
    expect(partButton('Screening').getAttribute('aria-current')).toBeNull();
    expect(partButton('Affected groups').getAttribute('aria-current')).toBe('true');
    // Focus goes to the part's heading, so a screen reader hears where it is.
    expect(document.activeElement?.textContent).toBe('Affected groups');
    fireEvent.click(partButton('Overall judgement'));
    expect(shownParts()).toEqual(['judgement']);
    expect(screen.queryByRole('button', { name: /^Next:/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Previous: Measures' }));
    expect(shownParts()).toEqual(['measures']);
    fireEvent.click(screen.getByRole('button', { name: 'Show all parts' }));
    expect(shownParts()).toEqual(['screening', 'affected', 'consequences', 'children', 'recommendations', 'measures', 'judgement']);
    expect(screen.getByRole('button', { name: 'Show all parts' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('names the columns by group, sums up where the groups differ and marks those rows in words', () => {
    const c = comparison();
    renderScreen(c);
    fireEvent.click(screen.getByRole('button', { name: 'Show all parts' }));
    const judgement = screen.getByTestId('compare-judgement');
    expect(within(judgement).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Question', 'Björk', 'Lönn', 'Ek']);
    // The cases' judgements are adjust, rework, adjust: the row says the groups differ.
    const row = within(judgement).getByRole('row', { name: /Groups differ/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Go ahead with adjustments', 'Rework the proposal', 'Go ahead with adjustments']);
    const counts = partCounts(c);
    const differ = counts.reduce((n, p) => n + p.differ, 0);
    const of = counts.reduce((n, p) => n + p.of, 0);
    expect(differ).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`^The groups differ on ${differ} of ${of} points: `)).textContent).toContain('overall judgement (1)');
    // Every row marked in the tables is counted in the summary (measures are never marked).
    expect(document.querySelectorAll('tr.compare__row--differs').length).toBe(differ);
  });

  it('refuses a duplicate by the file and the column it repeats, in Swedish', () => {
    renderScreen(comparison(), { lang: 'sv', rejected: [{ fileName: 'kopia.json', duplicateOf: 'Björk' }] });
    expect(screen.getByRole('alert').textContent).toBe('kopia.json lades inte till: det är samma bedömning som kolumnen ”Björk”.');
  });

  it('shows the split and merge controls only while the trainer changes the rows, and calls back with the rows', () => {
    const c = comparison();
    const { onMerge, onSplit } = renderScreen(c);
    fireEvent.click(partButton('Affected groups'));
    const table = screen.getByTestId('compare-groups');
    expect(within(table).queryAllByRole('button')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Change the rows' }));
    const rows = c.parts.affected.rows;
    const [first, second] = [rows[0]!, rows[1]!];
    fireEvent.change(screen.getByLabelText(`Merge “${first.label}” with`), { target: { value: String(second.index) } });
    fireEvent.click(screen.getByRole('button', { name: `Merge “${first.label}” with “${second.label}”` }));
    expect(onMerge).toHaveBeenCalledWith(first.index, second.index);
    // Split is offered on exactly the rows that hold different names, and names the row it splits.
    const mixed = rows.filter((r) => new Set(r.cells.flatMap((cell) => cell.members.map((m) => m.name.toLowerCase()))).size > 1);
    expect(mixed.length).toBeGreaterThan(0);
    expect(within(table).queryAllByRole('button', { name: /^Split / }).map((b) => b.getAttribute('aria-label'))).toEqual(mixed.map((r) => `Split ${r.label}`));
    fireEvent.click(within(table).getByRole('button', { name: `Split ${mixed[0]!.label}` }));
    expect(onSplit).toHaveBeenCalledWith(mixed[0]!.index);
  });

  it('asks for files while none is added', () => {
    renderScreen(undefined);
    expect(screen.getByText('No assessments added yet. Drag the groups’ files here or choose them.', { normalizer: (t) => t.replace(/'/g, '’') })).toBeTruthy();
  });
});

describe('the debrief’s helpers', () => {
  it('moves the later columns left when one is taken out, keeping the trainer’s rows', () => {
    const grouping = { rows: [['0/g-1', '1/g-3', '2/g-1'], ['1/g-2'], ['2/g-4', '0/g-2']] };
    expect(withoutColumn(grouping, 1)).toEqual({ rows: [['0/g-1', '1/g-1'], ['1/g-4', '0/g-2']] });
    expect(withoutColumn(grouping, 0)).toEqual({ rows: [['0/g-3', '1/g-1'], ['0/g-2'], ['1/g-4']] });
  });

  it('counts an affected group not every group named on the affected part, and a differing rating on the consequences', () => {
    const c = comparison();
    const counts = Object.fromEntries(partCounts(c).map((p) => [p.part, p]));
    expect(counts.affected).toEqual({ part: 'affected', differ: c.parts.affected.rows.filter((r) => r.foundBy.includes(false)).length, of: c.parts.affected.rows.length });
    expect(counts.consequences).toEqual({ part: 'consequences', ...c.summary.affected });
    expect(counts.measures).toBeUndefined();
  });
});
