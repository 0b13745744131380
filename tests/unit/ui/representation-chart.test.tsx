// The representation chart on the results page, in jsdom: paired bars per
// group with their values in words, the ratio with two decimals, an
// under-represented group said in text, the second share named by its basis,
// a group without both shares, a real table with caption and header scopes
// as the alternative, nothing at all without shares, the same in English, and
// no axe violations (contrast is checked in the browser tests).
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { RepresentationRow } from '../../../src/assessment/representation';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { RepresentationChart } from '../../../src/ui/results/representation-chart';

const row = (groupId: string, title: string, usersShare: number | null, needShare: number | null, extra: Partial<RepresentationRow> = {}): RepresentationRow => {
  const ratio = usersShare !== null && needShare !== null && needShare > 0 ? usersShare / needShare : null;
  return { groupId, title, usersShare, needShare, ratio, under: ratio !== null && ratio < 0.8, refs: [], ...extra };
};

const rows: RepresentationRow[] = [
  row('g1', 'Personer med utländsk bakgrund', 12, 30, { basis: 'need' }),
  row('g2', 'Unga vuxna', 20.5, 20.5, { basis: 'population' }),
  row('g3', 'Personer med funktionsnedsättning', null, 10),
];

function show(lang: Language = 'sv', shown: RepresentationRow[] = rows, { threshold }: { threshold?: number } = { threshold: 0.8 }) {
  const i18n = createI18n(lang, [initReactI18next]);
  return render(
    <I18nextProvider i18n={i18n}>
      <RepresentationChart rows={shown} threshold={threshold} />
    </I18nextProvider>,
  );
}

const NBSP = '\u00a0';
const group = (title: string) => screen.getByText(title, { selector: '.representation__title' }).parentElement as HTMLElement;

describe('RepresentationChart', () => {
  it('shows each group with both shares and the ratio in words, and says which group is under-represented', () => {
    show();
    expect(screen.getByRole('heading', { level: 2, name: 'Representation i siffror' })).toBeInTheDocument();
    const under = group('Personer med utländsk bakgrund');
    expect(under).toHaveTextContent(/^Personer med utländsk bakgrundBland användarna12\s%/);
    expect(under).toHaveTextContent(/Bland dem som behöver verksamheten30\s%/);
    expect(under).toHaveTextContent('Kvot: 0,40. Underrepresenterad.');
    // Equal shares: ratio 1, not under-represented; the population named as the basis.
    const equal = group('Unga vuxna');
    expect(equal).toHaveTextContent(/I befolkningen20,5\s%/);
    expect(equal).toHaveTextContent('Kvot: 1,00.');
    expect(equal).not.toHaveTextContent('Underrepresenterad');
    const missing = group('Personer med funktionsnedsättning');
    expect(missing).toHaveTextContent('Bland användarnaInte angiven');
    expect(missing).toHaveTextContent('Kvoten kan inte räknas utan båda andelarna.');
    expect(screen.getByText(/under 0,8 räknas här som underrepresenterad/)).toBeInTheDocument();
  });

  it('names the chart with every figure, so the bars are not the only way to read it', () => {
    show();
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      `Diagram över representation per grupp: Personer med utländsk bakgrund: 12${NBSP}% bland användarna och 30${NBSP}% bland dem som behöver verksamheten, kvot 0,40, underrepresenterad; ` +
        `Unga vuxna: 20,5${NBSP}% bland användarna och 20,5${NBSP}% i befolkningen, kvot 1,00; ` +
        'Personer med funktionsnedsättning: Inte angiven bland användarna och 10\u00a0% bland dem som behöver verksamheten, kvot Kan inte räknas',
    );
    // The bars themselves are hidden from assistive technology.
    for (const svg of chart.querySelectorAll('svg')) expect(svg).toHaveAttribute('aria-hidden', 'true');
  });

  it('has a real table with a caption, column and row headers, as the alternative', () => {
    show();
    const table = screen.getByRole('table', { name: 'Andel per grupp bland användarna och bland dem som behöver verksamheten' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Grupp', 'Andel bland användarna', 'Andel bland dem som behöver verksamheten', 'Kvot', 'Underrepresenterad']);
    for (const h of headers) expect(h).toHaveAttribute('scope', 'col');
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Personer med utländsk bakgrund', `12${NBSP}%`, `30${NBSP}%`, '0,40', 'Ja'],
      ['Unga vuxna', `20,5${NBSP}%`, `20,5${NBSP}% (i befolkningen)`, '1,00', 'Nej'],
      ['Personer med funktionsnedsättning', 'Inte angiven', `10${NBSP}%`, 'Kan inte räknas', 'Kan inte avgöras'],
    ]);
    for (const r of body) expect(r.firstElementChild).toHaveAttribute('scope', 'row');
  });

  it('is left out when no group has a share, and without a threshold says no limit', () => {
    const { container } = show('sv', [row('g1', 'Unga', null, null)]);
    expect(container).toBeEmptyDOMElement();
    show('sv', rows, {});
    expect(screen.queryByText(/räknas här som underrepresenterad/)).not.toBeInTheDocument();
  });

  it('writes figures the English way in English', () => {
    show('en');
    expect(screen.getByRole('heading', { level: 2, name: 'Representation in figures' })).toBeInTheDocument();
    expect(group('Personer med utländsk bakgrund')).toHaveTextContent('Among users12%');
    expect(group('Personer med utländsk bakgrund')).toHaveTextContent('Ratio: 0.40. Under-represented.');
    expect(screen.getByText(/ratio below 0.8 is counted here as under-represented/)).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringContaining(`20.5% of the population, ratio 1.00`));
  });

  it.each(['sv', 'en'] as const)('has no axe violations (%s)', async (lang) => {
    const { container } = show(lang);
    // Open the table too, so it is checked as well.
    container.querySelector('details')!.open = true;
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
  });
});
