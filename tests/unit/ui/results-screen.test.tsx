// The results page in jsdom, from a hand-built result: one recommendation
// of each status (said in words), findings in the given order, the chart's
// table and the heat map as real tables, fix buttons reporting their step,
// a claim the answers do not back said on its card in text (both sides), a
// status held down by a serious finding, a finding that concerns several
// recommendations and has its own suggestions, and the same page in English.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Row } from '../../../src/assessment/answer-list';
import type { AssessmentResult, CriterionResult, RecommendationResult } from '../../../src/assessment/result';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { ResultsScreen } from '../../../src/ui/results/results-screen';

const file = questionnaires.find((q) => q.id === 'proposal')!;

const criterion = (
  id: string,
  answer: CriterionResult['answer'],
  score: number | null,
  justification?: string,
  extra: Partial<CriterionResult> = {},
): CriterionResult => ({
  id,
  weight: 1,
  answer,
  evidence: 'unchecked',
  evidenceReasons: [],
  counted: score === null ? 'excluded' : score >= 2 ? 'met' : score >= 1 ? 'partly' : 'not-met',
  score,
  ...(justification ? { justification } : {}),
  ...extra,
});

const rec = (id: RecommendationResult['id'], status: RecommendationResult['status'], share: number | null, extra: Partial<RecommendationResult> = {}): RecommendationResult => ({
  id,
  status,
  share,
  capped: false,
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
    rec('r1', 'partly', 0.5, {
      capped: true,
      criteria: [
        criterion('r1.equity-goals', 'yes', 2, 'Budgetmål 3 om jämlik hälsa'),
        criterion('r1.citizen-dialogue', 'yes', 0, 'Vi har pratat med många', {
          evidence: 'not-shown',
          evidenceReasons: [{ code: 'dialogue-none', refs: [] }],
          proposal: 'no',
          counted: 'not-met',
          note: 'claimed-not-shown',
        }),
      ],
      reasons: [
        { code: 'criteria-summary', params: { met: 1, partly: 0, not: 1, total: 2 }, refs: [] },
        { code: 'capped-by-finding', refs: [] },
      ],
      findings: ['measure-no-owner:m1', 'group-worse-uncompensated:g1'],
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
      id: 'group-worse-uncompensated:g1',
      code: 'group-worse-uncompensated',
      severity: 'high',
      recommendations: ['r1', 'r4', 'r5'],
      params: { group: 'Äldre utan dator', dimensions: ['dimension-physical'] },
      refs: [],
      stepId: 'measures',
      suggestions: ['test-transport', 'test-outreach'],
    },
    {
      id: 'best-interests-missing',
      code: 'best-interests-missing',
      severity: 'medium',
      recommendations: ['r3'],
      refs: [],
      stepId: 'screening',
    },
    {
      id: 'measure-no-owner:m1',
      code: 'measure-no-owner',
      severity: 'low',
      recommendations: ['r1'],
      params: { measure: 'Läxhjälp' },
      refs: [],
      stepId: 'measures',
    },
  ],
  openSerious: ['group-worse-uncompensated:g1'],
  knownGaps: null,
  knowledgeGaps: [
    { ref: { stepId: 'consequences', questionId: 'consequences.access-digital', itemId: 'g1', value: 'dont-know' }, item: { groupId: 'groups.items', index: 0, title: 'Äldre utan dator' } },
  ],
  representation: [],
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

/** Suggestion texts for the test's own suggestion ids (the content's ids may change). */
const SUGGESTIONS = {
  sv: { 'test-transport': 'Ordna färdtjänst till den nya mottagningen.', 'test-outreach': 'Erbjud hembesök.' },
  en: { 'test-transport': 'Arrange transport to the new clinic.', 'test-outreach': 'Offer home visits.' },
};

/** Renders the page; `open` unfolds every folded part first (as a reader who wants the details would). */
function show(lang: Language = 'sv', onFix = vi.fn<(stepId: string) => void>(), { open = true, packAnswers = {} as Record<string, Row[]> } = {}) {
  const i18n = createI18n(lang, [initReactI18next]);
  for (const l of ['sv', 'en'] as const) {
    for (const [id, text] of Object.entries(SUGGESTIONS[l])) i18n.addResource(l, 'content', `suggestions.${id}`, text);
  }
  render(
    <I18nextProvider i18n={i18n}>
      <ResultsScreen result={result} file={file} onFix={onFix} packAnswers={packAnswers} />
    </I18nextProvider>,
  );
  if (open) for (const toggle of screen.getAllByRole('button', { expanded: false })) fireEvent.click(toggle);
  return { onFix, t: i18n.t };
}

/** The section of a recommendation, found by its h3. */
const card = (title: RegExp) => screen.getByRole('heading', { level: 3, name: title }).closest('section') as HTMLElement;

describe('ResultsScreen', () => {
  it('shows a question pack’s answers on the card of the recommendation they are linked to, saying they do not change it', () => {
    const packAnswers: Record<string, Row[]> = {
      r2: [{ kind: 'answer', id: 'norrby.goals.how', type: 'longtext', label: { text: 'Hur bidrar förslaget till målen?' }, value: [{ text: 'Fler når vården.' }] }],
    };
    show('sv', undefined, { packAnswers });
    const headings = screen.getAllByRole('heading', { level: 4, name: 'Svar på frågor ur frågepaket' });
    expect(headings).toHaveLength(1);
    const withPack = [headings[0]!.closest('section')!];
    expect(withPack[0]!.querySelector('h3')!.textContent).toContain('2');
    expect(withPack[0]!.textContent).toContain('påverkar inte bedömningen av rekommendationen');
    expect(withPack[0]!.textContent).toContain('Hur bidrar förslaget till målen?');
    expect(withPack[0]!.textContent).toContain('Fler når vården.');
  });

  it('focuses its heading and says each status in words, with the title quoted exactly', () => {
    show();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(within(card(/Integrera jämlikhet i hälsa i all politik och i ordinarie styrning och ledning/)).getByText('Delvis uppfylld')).toBeInTheDocument();
    expect(within(card(/Mät och analysera problemet/)).getByText('Delvis uppfylld')).toBeInTheDocument();
    expect(within(card(/Ge alla barn och unga en bra start i livet/)).getByText('Inte uppfylld')).toBeInTheDocument();
    expect(within(card(/Ge alla förutsättningar till egen försörjning/)).getByText('Inte relevant')).toBeInTheDocument();
    expect(within(card(/Skapa hälsofrämjande och hållbara miljöer/)).getByText('Inte besvarad')).toBeInTheDocument();
    // The share as a Swedish percentage; a criterion named by its label, not its id.
    expect(within(card(/Integrera jämlikhet/)).getByText(/^Visat uppfyllt: 50\s%/)).toBeInTheDocument();
    expect(within(card(/Ge alla barn/)).getByText(/^Ni svarade ”Nej” på: /)).not.toHaveTextContent('r3.best-interests');
  });

  it('says a claim the answers do not back on the card, both sides in text, without opening a toggle', () => {
    show();
    const r1 = card(/Integrera jämlikhet/);
    const notes = within(r1).getByRole('heading', { level: 4, name: 'Ett kriterium räknas inte som ni svarade' });
    expect(notes).toBeVisible();
    const item = within(r1).getAllByText(/^Påstått men inte visat/)[0]!.closest('li') as HTMLElement;
    // Not inside the folded criteria list.
    expect(item.closest('details')).toBeNull();
    expect(item).toHaveTextContent('Ert svar: Ja');
    expect(item).toHaveTextContent('Det här visar bedömningen:');
    expect(item).toHaveTextContent('Ingen dialog är registrerad i bedömningen.');
    expect(item).toHaveTextContent('Motivering: Vi har pratat med många');
    // A criterion counted as answered is not listed among the notes.
    expect(within(r1).getAllByText(/^Påstått men inte visat/)).toHaveLength(2); // once in the open, once in the full list
  });

  it('says beside the status why an open serious finding holds it down', () => {
    show();
    const r1 = card(/Integrera jämlikhet/);
    const status = within(r1).getByText('Delvis uppfylld').closest('p') as HTMLElement;
    expect(status.nextElementSibling).toHaveTextContent(/^Det finns öppna problem som gäller den här rekommendationen/);
    // Said once, not again among the other reasons.
    expect(within(r1).getAllByText(/Det finns öppna problem som gäller/)).toHaveLength(1);
  });

  it('names every recommendation a finding concerns, and offers its own suggestions instead of the general advice', () => {
    show();
    const section = screen.getByRole('heading', { level: 2, name: 'Problem att åtgärda' }).closest('section') as HTMLElement;
    const item = within(section).getByRole('heading', { level: 3, name: /Äldre utan dator får det sämre/ }).closest('li') as HTMLElement;
    expect(item).toHaveTextContent('Allvarligt');
    expect(item).toHaveTextContent('Gäller rekommendation 1, 4 och 5');
    expect(item).toHaveTextContent('fysisk');
    expect(within(item).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Ordna färdtjänst till den nya mottagningen.',
      'Erbjud hembesök.',
    ]);
    expect(item).not.toHaveTextContent('Ingen av dem är markerad');
    // A finding without suggestions of its own keeps the general advice.
    expect(within(section).getByText(/Skriv vem som ansvarar för att ”Läxhjälp” blir av/)).toBeInTheDocument();
    expect(within(section).getByText('Gäller rekommendation 3')).toBeInTheDocument();
  });

  it('lists the findings in the given order, each with its severity in words', () => {
    show();
    const section = screen.getByRole('heading', { level: 2, name: 'Problem att åtgärda' }).closest('section') as HTMLElement;
    const findings = within(section).getAllByRole('listitem').filter((li) => li.classList.contains('result-item'));
    expect(findings).toHaveLength(3);
    expect(findings[0]).toHaveTextContent('Allvarligt');
    expect(findings[1]).toHaveTextContent('Viktigt');
    expect(findings[1]).toHaveTextContent('barnets bästa är inte prövat');
    expect(findings[2]).toHaveTextContent('Mindre viktigt');
    expect(findings[2]).toHaveTextContent('Åtgärden ”Läxhjälp” har ingen ansvarig');
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

  it('names a knowledge gap’s group on its card, lists the unknown by its short label, and offers one action', () => {
    show();
    const section = screen.getByRole('heading', { level: 2, name: 'Kunskapsluckor' }).closest('section') as HTMLElement;
    const gap = within(section).getAllByRole('listitem').find((li) => li.classList.contains('result-gap')) as HTMLElement;
    expect(gap).toHaveTextContent('Steg: Konsekvenser per grupp');
    expect(gap.querySelector('.result-gap__title')).toHaveTextContent(/: Äldre utan dator$/);
    expect(within(gap).getByText('Digital tillgång')).toBeInTheDocument();
    expect(gap).toHaveTextContent('Ta reda på det som saknas om');
    expect(within(gap).getAllByRole('button')).toHaveLength(1);
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
    // Once among the three things to do first, once with the finding itself.
    expect(screen.getAllByRole('button', { name: /^Go to the step: .*Läxhjälp/ })).toHaveLength(2);
    expect(screen.getByText('Concerns recommendations 1, 4 and 5')).toBeInTheDocument();
    expect(screen.getByText('No dialogue is recorded in the assessment.')).toBeInTheDocument();
    expect(within(card(/Integrate health equity/i)).getByText(/^Shown to be met: 50\s?%/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Uppfylld|Gå till steget/);
  });
});
