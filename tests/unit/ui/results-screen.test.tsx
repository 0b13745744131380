// The results page in jsdom, from a hand-built result: one recommendation
// of each status (said in words), findings in the given order, the chart's
// table and the heat map as real tables, fix buttons reporting their step,
// and the same page in English.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { AssessmentResult, CriterionResult, RecommendationResult } from '../../../src/assessment/result';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { ResultsScreen } from '../../../src/ui/results/results-screen';

const file = questionnaires.find((q) => q.id === 'proposal')!;

const criterion = (id: string, answer: CriterionResult['answer'], score: number | null, justification?: string): CriterionResult => ({
  id,
  weight: 1,
  answer,
  score,
  ...(justification ? { justification } : {}),
});

const rec = (id: RecommendationResult['id'], status: RecommendationResult['status'], share: number | null, extra: Partial<RecommendationResult> = {}): RecommendationResult => ({
  id,
  status,
  share,
  criteria: [],
  reasons: [],
  suggestions: [],
  findings: [],
  steps: [],
  ...extra,
});

const result: AssessmentResult = {
  questionnaire: { id: 'proposal', contentVersion: '1' },
  framework: { id: 'samling-social-hallbarhet', contentVersion: '1' },
  depth: 'full',
  recommendations: [
    rec('r1', 'met', 0.85, {
      criteria: [criterion('r1.equity-goals', 'yes', 2, 'Budgetmål 3 om jämlik hälsa')],
      reasons: [{ code: 'criteria-summary', params: { met: 1, partly: 0, not: 0, total: 1 }, refs: [] }],
      findings: ['measure-no-owner:m1'],
      steps: ['measures'],
    }),
    rec('r2', 'partly', 0.5, {
      criteria: [criterion('r2.disaggregated-data', 'partly', 1)],
      reasons: [{ code: 'criterion-partly', params: { criterion: 'r2.disaggregated-data' }, refs: [] }],
      suggestions: ['r2.disaggregated-data'],
      steps: ['check'],
    }),
    rec('r3', 'not-met', 0.2, {
      criteria: [criterion('r3.best-interests', 'no', 0)],
      reasons: [{ code: 'criterion-not-met', params: { criterion: 'r3.best-interests' }, refs: [] }],
      findings: ['best-interests-missing'],
      steps: ['screening', 'check'],
    }),
    rec('r4', 'not-relevant', null, { reasons: [{ code: 'all-not-relevant', refs: [] }] }),
    rec('r5', 'not-answered', null, {
      criteria: [criterion('r5.physical-access', 'dont-know', null)],
      reasons: [{ code: 'criterion-dont-know', params: { criterion: 'r5.physical-access' }, refs: [] }],
    }),
  ],
  findings: [
    {
      id: 'best-interests-missing',
      code: 'best-interests-missing',
      severity: 'medium',
      recommendation: 'r3',
      refs: [],
      stepId: 'screening',
    },
    {
      id: 'measure-no-owner:m1',
      code: 'measure-no-owner',
      severity: 'low',
      recommendation: 'r1',
      params: { measure: 'Läxhjälp' },
      refs: [],
      stepId: 'measures',
    },
  ],
  knowledgeGaps: [{ ref: { stepId: 'consequences', questionId: 'consequences.access-digital', itemId: 'g1', value: 'dont-know' } }],
  heatmap: {
    groups: [
      { id: 'g1', title: 'Äldre utan dator' },
      { id: 'g2', title: 'Barn i årskurs 4–6' },
    ],
    dimensions: ['consequences.access-physical', 'consequences.access-digital', 'consequences.access-cost'],
    cells: [
      { groupId: 'g1', dimension: 'consequences.access-physical', value: -2, option: 'much-worse' },
      { groupId: 'g1', dimension: 'consequences.access-digital', value: null, option: 'dont-know' },
      { groupId: 'g1', dimension: 'consequences.access-cost', value: 0, option: 'none' },
      { groupId: 'g2', dimension: 'consequences.access-physical', value: 1, option: 'better' },
      { groupId: 'g2', dimension: 'consequences.access-digital', value: 2, option: 'much-better' },
      { groupId: 'g2', dimension: 'consequences.access-cost', value: null },
    ],
  },
};

function show(lang: Language = 'sv', onFix = vi.fn<(stepId: string) => void>()) {
  const i18n = createI18n(lang, [initReactI18next]);
  render(
    <I18nextProvider i18n={i18n}>
      <ResultsScreen result={result} file={file} onFix={onFix} />
    </I18nextProvider>,
  );
  return { onFix, t: i18n.t };
}

/** The section of a recommendation, found by its h3. */
const card = (title: RegExp) => screen.getByRole('heading', { level: 3, name: title }).closest('section') as HTMLElement;

describe('ResultsScreen', () => {
  it('focuses its heading and says each status in words, with the title quoted exactly', () => {
    show();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(within(card(/Integrera jämlikhet i hälsa i all politik och i ordinarie styrning och ledning/)).getByText('Uppfylld')).toBeInTheDocument();
    expect(within(card(/Mät och analysera problemet/)).getByText('Delvis uppfylld')).toBeInTheDocument();
    expect(within(card(/Ge alla barn och unga en bra start i livet/)).getByText('Inte uppfylld')).toBeInTheDocument();
    expect(within(card(/Ge alla förutsättningar till egen försörjning/)).getByText('Inte relevant')).toBeInTheDocument();
    expect(within(card(/Skapa hälsofrämjande och hållbara miljöer/)).getByText('Inte besvarad')).toBeInTheDocument();
    // The share as a Swedish percentage; a criterion named by its label, not its id.
    expect(within(card(/Integrera jämlikhet/)).getByText(/Uppfyllt till 85\s%/)).toBeInTheDocument();
    expect(within(card(/Ge alla barn/)).getByText(/^Ni svarade ”Nej” på: /)).not.toHaveTextContent('r3.best-interests');
  });

  it('lists the findings in the given order, each with its severity in words', () => {
    show();
    const section = screen.getByRole('heading', { level: 2, name: 'Problem att åtgärda' }).closest('section') as HTMLElement;
    const items = within(within(section).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Viktigt');
    expect(items[0]).toHaveTextContent('barnets bästa är inte prövat');
    expect(items[1]).toHaveTextContent('Mindre viktigt');
    expect(items[1]).toHaveTextContent('Åtgärden ”Läxhjälp” har ingen ansvarig');
  });

  it('gives the chart a table alternative and the heat map a row per group, a cell per dimension', () => {
    show();
    expect(screen.getByRole('img', { name: /andel uppfyllt per rekommendation/i })).toBeInTheDocument();
    const coverage = screen.getByRole('table', { name: 'Andel uppfyllt per rekommendation' });
    const coverageRows = within(coverage).getAllByRole('row');
    expect(coverageRows).toHaveLength(6);
    expect(coverageRows[4]).toHaveTextContent('Kan inte räknas');

    const heat = screen.getByRole('table', { name: 'Effekter per grupp och område' });
    const rows = within(heat).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getAllByRole('columnheader')).toHaveLength(4);
    const first = within(rows[1]!).getAllByRole('cell');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Äldre utan dator');
    expect(first.map((c) => c.textContent)).toEqual(['−− Mycket sämre', '? Vet ej', '0 Ingen skillnad']);
    expect(within(rows[2]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['+ Bättre', '++ Mycket bättre', 'Inte besvarad']);
  });

  it('names knowledge gaps by their question, step and group', () => {
    show();
    const section = screen.getByRole('heading', { level: 2, name: 'Kunskapsluckor' }).closest('section') as HTMLElement;
    const item = within(section).getByRole('listitem');
    expect(item).toHaveTextContent('Hur påverkas gruppens digitala tillgång?');
    expect(item).toHaveTextContent('Steg: Konsekvenser per grupp');
    expect(item).toHaveTextContent('Gäller: Äldre utan dator');
  });

  it('fix buttons report the step to open', async () => {
    const user = userEvent.setup();
    const { onFix } = show();
    await user.click(within(card(/Ge alla barn/)).getByRole('button', { name: /^Gå till steget: Relevansprövning/ }));
    expect(onFix).toHaveBeenLastCalledWith('screening');
    const findings = screen.getByRole('heading', { level: 2, name: 'Problem att åtgärda' }).closest('section') as HTMLElement;
    await user.click(within(findings).getByRole('button', { name: /Läxhjälp/ }));
    expect(onFix).toHaveBeenLastCalledWith('measures');
    const gaps = screen.getByRole('heading', { level: 2, name: 'Kunskapsluckor' }).closest('section') as HTMLElement;
    await user.click(within(gaps).getByRole('button'));
    expect(onFix).toHaveBeenLastCalledWith('consequences');
  });

  it('has headings in order, h1 then h2 then h3', () => {
    show();
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    const jumps = levels.slice(1).filter((level, i) => level > levels[i]! + 1);
    expect(jumps).toEqual([]);
  });

  it('speaks English when English is chosen', () => {
    show('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results of the check');
    expect(within(card(/Give all children and young people a good start in life/i)).getByText('Not met')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Effects by group and area' })).toHaveTextContent('Much worse');
    expect(screen.getByRole('button', { name: /^Go to the step: .*Läxhjälp/ })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Uppfylld|Gå till steget/);
  });
});
