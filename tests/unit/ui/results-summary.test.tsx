// The top of the results page in jsdom: the three things to do first come
// from the open findings, most serious first and never the same advice twice;
// the user's own judgement in their option's words, with the tool's view
// only where serious findings stand against it; the serious count and the
// five statuses in words; the long parts folded under headings that stay;
// and the coverage chart telling 0 % apart from nothing counted.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { AssessmentResult, Finding, RecommendationResult } from '../../../src/assessment/result';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { CoverageChart, barKind } from '../../../src/ui/results/coverage-chart';
import { ResultsScreen } from '../../../src/ui/results/results-screen';
import { topActions } from '../../../src/ui/results/top-actions';

const file = questionnaires.find((q) => q.id === 'proposal')!;

const finding = (id: string, severity: Finding['severity'], stepId = 'measures'): Finding => ({ id, code: id, severity, recommendations: [], refs: [], stepId });

describe('the three things to do first', () => {
  const say: Record<string, string[]> = {
    low1: ['Skriv ett datum.'],
    high1: ['Lägg till en åtgärd.', 'Ändra förslaget.'],
    medium1: ['Fråga barnen.'],
    high2: ['Lägg till en åtgärd.'],
    high3: ['Pröva lagligheten.'],
  };
  const suggest = (f: Finding) => say[f.id] ?? [];

  it('takes the most serious first, in the result’s order within a severity, one suggestion each', () => {
    const findings = ['low1', 'high1', 'medium1', 'high3'].map((id) => finding(id, id.startsWith('high') ? 'high' : id.startsWith('medium') ? 'medium' : 'low'));
    expect(topActions(findings, suggest).map((a) => [a.finding.id, a.text])).toEqual([
      ['high1', 'Lägg till en åtgärd.'],
      ['high3', 'Pröva lagligheten.'],
      ['medium1', 'Fråga barnen.'],
    ]);
  });

  it('never gives the same advice twice: a finding whose advice is listed gives way to the next', () => {
    const findings = [finding('high1', 'high'), finding('high2', 'high'), finding('low1', 'low')];
    expect(topActions(findings, suggest).map((a) => a.finding.id)).toEqual(['high1', 'low1']);
    expect(topActions(findings, suggest, 1).map((a) => a.text)).toEqual(['Lägg till en åtgärd.']);
    expect(topActions([], suggest)).toEqual([]);
  });
});

const rec = (id: RecommendationResult['id'], status: RecommendationResult['status'], share: number | null): RecommendationResult => ({
  id,
  status,
  share,
  capped: false,
  criteria: [],
  reasons: [],
  suggestions: [],
  findings: [],
  steps: [],
});

const base: AssessmentResult = {
  questionnaire: { id: 'proposal', contentVersion: '1' },
  framework: { id: 'samling-social-hallbarhet', contentVersion: '1' },
  depth: 'full',
  recommendations: [rec('r1', 'partly', 0.5), rec('r2', 'met', 1), rec('r3', 'not-met', 0), rec('r4', 'not-relevant', null), rec('r5', 'not-answered', null)],
  findings: [
    { ...finding('measure-no-owner:m1', 'low'), code: 'measure-no-owner', params: { measure: 'Läxhjälp' } },
    { ...finding('gaps-widen:g1', 'high', 'consequences'), code: 'gaps-widen', params: { group: 'Äldre utan dator' } },
  ],
  knowledgeGaps: [],
  knownGaps: null,
  openSerious: ['gaps-widen:g1'],
  representation: [],
  heatmap: { groups: [], dimensions: [], cells: [] },
  judgement: { ref: { stepId: 'summary', questionId: 'summary.judgement', value: 'adjust' }, proceeds: true, against: ['gaps-widen:g1'] },
};

function show(result: AssessmentResult, lang: Language = 'sv') {
  const i18n = createI18n(lang, [initReactI18next]);
  const onFix = vi.fn<(stepId: string) => void>();
  render(
    <I18nextProvider i18n={i18n}>
      <ResultsScreen result={result} file={file} onFix={onFix} actions={<p>Beslutstext</p>} />
    </I18nextProvider>,
  );
  return { onFix, summary: screen.getByRole('heading', { level: 2, name: lang === 'sv' ? 'I korthet' : 'At a glance' }).closest('section') as HTMLElement };
}

describe('the results summary', () => {
  it('leads with the judgement in the user’s words, the tool’s differing view, the serious count, the statuses and the actions', () => {
    const { summary, onFix } = show(base);
    expect(summary).toHaveTextContent('Genomför förslaget med justeringar');
    expect(summary).toHaveTextContent('Verktyget ser det annorlunda: ett allvarligt problem i svaren talar emot att genomföra förslaget.');
    expect(summary).toHaveTextContent('Ett allvarligt problem är kvar att lösa.');
    const statuses = within(summary).getAllByRole('listitem').filter((li) => li.querySelector('.result-badge'));
    expect(statuses.map((li) => li.textContent)).toEqual([
      '1. Jämlikhet i styrningenResultat: Delvis uppfylld',
      '2. Mät och analyseraResultat: Uppfylld',
      '3. Barn och ungaResultat: Inte uppfylld',
      '4. Egen försörjningResultat: Inte relevant',
      '5. Hälsofrämjande miljöerResultat: Inte besvarad',
    ]);
    const actions = within(summary).getByRole('heading', { level: 3, name: 'Gör det här först' }).nextElementSibling as HTMLElement;
    const items = within(actions).getAllByRole('listitem');
    // The serious finding first, though the result listed the minor one first.
    expect(items[0]).toHaveTextContent('Äldre utan dator');
    expect(items[1]).toHaveTextContent('Läxhjälp');
    fireEvent.click(within(items[0]!).getByRole('button', { name: /^Gå till steget: Konsekvenser per grupp/ }));
    expect(onFix).toHaveBeenLastCalledWith('consequences');
  });

  it('says nothing of its own when the judgement stands, and asks for one when it is missing', () => {
    const agreed = show({ ...base, openSerious: [], findings: [], judgement: { ...base.judgement!, against: [] } });
    expect(agreed.summary).not.toHaveTextContent('Verktyget ser det annorlunda');
    expect(agreed.summary).toHaveTextContent('Inga allvarliga problem är kvar att lösa.');
    expect(agreed.summary).toHaveTextContent('Svaren visar inga problem att åtgärda.');
    document.body.innerHTML = '';
    const missing = show({ ...base, judgement: { ref: { stepId: 'summary', questionId: 'summary.judgement' }, proceeds: false, against: [] } }, 'en');
    expect(missing.summary).toHaveTextContent('You have not made an overall judgement yet.');
    fireEvent.click(within(missing.summary).getByRole('button', { name: /^Go to the step: .*Your overall judgement/ }));
    expect(missing.onFix).toHaveBeenLastCalledWith('summary');
  });

  it('folds the long parts under headings that stay, and opens them with a disclosure button', () => {
    show(base);
    for (const name of ['Text till beslutsunderlaget', 'De fem rekommendationerna', 'Problem att åtgärda']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.queryByText('Beslutstext')).not.toBeVisible();
    const toggle = screen.getByRole('button', { name: 'Visa alla 2 problem' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body).not.toBeVisible();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Dölj alla 2 problem');
    expect(body).toBeVisible();
    expect(within(body).getAllByRole('heading', { level: 3 }).length).toBe(2);
  });
});

describe('the coverage chart', () => {
  function chart(lang: Language) {
    const i18n = createI18n(lang, [initReactI18next]);
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <CoverageChart recommendations={base.recommendations} />
      </I18nextProvider>,
    );
    return container;
  }

  it('draws 0 % as a thin mark with its value, and nothing counted as a marked track that says so', () => {
    expect([0.5, 0, null].map(barKind)).toEqual(['share', 'zero', 'none']);
    const container = chart('sv');
    const bar = (n: number) => container.querySelectorAll('[data-bar]')[n]!;
    expect(bar(2).getAttribute('data-bar')).toBe('zero');
    expect(bar(2).querySelector('.coverage__zero')).not.toBeNull();
    expect(bar(2)).toHaveTextContent(/0\s%/);
    expect(bar(3).getAttribute('data-bar')).toBe('none');
    expect(bar(3).querySelector('.coverage__none')).not.toBeNull();
    expect(bar(3).querySelector('.coverage__bar, .coverage__zero')).toBeNull();
    expect(bar(3)).toHaveTextContent('Inte relevant: inget att räkna');
    // The legend says both, so neither bar reads as the other.
    const legend = screen.getByRole('heading', { level: 2, name: 'Översikt' }).nextElementSibling!;
    expect(legend).toHaveTextContent('0 %');
    expect(legend).toHaveTextContent('”inget att räkna”');
    expect(screen.getByRole('img')).toHaveAccessibleName(/3\. Barn och unga: 0\s%; 4\. Egen försörjning: Inte relevant: inget att räkna/);
  });

  it('words the same in English', () => {
    chart('en');
    expect(screen.getByRole('heading', { level: 2, name: 'Overview' }).nextElementSibling).toHaveTextContent('“nothing to count”');
    expect(screen.getByRole('img')).toHaveAccessibleName(/Not relevant: nothing to count/);
  });
});
