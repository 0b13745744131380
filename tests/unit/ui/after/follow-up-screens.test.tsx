// The decision form and a follow-up's result in jsdom: the error summary
// that takes focus and names each missing answer, "what changed" required
// only after an amendment; the result's sentence about the gap built from
// the figures, the chart as one image naming every figure with a real table
// beside it, the findings in words, the same in English, and no axe
// violations (contrast is checked in the browser tests).
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { FollowUpResult } from '../../../../src/assessment/after/findings';
import { indicatorOutcome } from '../../../../src/assessment/after/compute';
import type { FollowUp } from '../../../../src/assessment/after/follow-up';
import type { IndicatorRef, MeasureRef } from '../../../../src/assessment/after/refs';
import { createI18n } from '../../../../src/i18n';
import type { Language } from '../../../../src/i18n/resources';
import { DecisionForm } from '../../../../src/ui/after/decision-form';
import { decisionValues, type DecisionValues } from '../../../../src/ui/after/decision-values';
import { FollowUpFindings } from '../../../../src/ui/after/follow-up-findings';
import { FollowUpResultView } from '../../../../src/ui/after/follow-up-result';

function withTexts(lang: Language, node: React.ReactNode) {
  return render(<I18nextProvider i18n={createI18n(lang, [initReactI18next])}><main>{node}</main></I18nextProvider>);
}

describe('DecisionForm', () => {
  it('lists what is missing in a summary that takes focus, and asks what changed only after an amendment', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(values: DecisionValues) => void>();
    withTexts('sv', <DecisionForm defaultValues={decisionValues(undefined, 'Kulturnämnden')} onSave={onSave} saving={false} />);
    expect(screen.getByLabelText(/Nämnd eller styrelse/)).toHaveValue('Kulturnämnden');
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    // The form checks asynchronously: wait for the summary rather than assume it is there at once.
    const summary = (await screen.findByRole('heading', { name: 'Det finns 4 problem att rätta' })).parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Skriv diarienumret',
      'Skriv sammanträdesdatumet',
      'Skriv paragrafen i protokollet',
      'Välj vad beslutet blev',
    ]);
    expect(screen.getByLabelText(/Diarienummer/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText(/Diarienummer/), 'KFN 2026/112');
    await user.type(screen.getByLabelText(/Sammanträdesdatum/), '2026-04-08');
    await user.type(screen.getByLabelText(/Paragraf/), '§ 41');
    await user.click(screen.getByLabelText('Beslut med ändringar'));
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    expect(within((await screen.findByRole('heading', { name: 'Det finns ett problem att rätta' })).parentElement as HTMLElement).getByRole('link')).toHaveTextContent('Skriv vad beslutet ändrade jämfört med förslaget');
    expect(onSave).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/Vad ändrades/), 'Lördagsöppet behålls.');
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ caseNumber: 'KFN 2026/112', outcome: 'amended', changes: 'Lördagsöppet behålls.', body: 'Kulturnämnden' })));
    expect((await axe.run(document.body)).violations).toEqual([]);
  });
});

const indicator: IndicatorRef = { itemId: 'i1', name: 'Besök kvällar', breakdowns: ['sex'], baseline: '', source: '' };
const measures: MeasureRef[] = [{ itemId: 'm1', what: 'Läxhjälp på lördagar', owner: '', cost: '' }];
const followUp: FollowUp = {
  id: 'f1',
  date: '2026-10-15',
  createdAt: '2026-10-15T12:00:00.000Z',
  updatedAt: '2026-10-15T12:00:00.000Z',
  indicators: [
    {
      itemId: 'i1',
      measured: true,
      source: 'Besöksräknaren',
      unit: 'besök per vecka',
      figures: [
        { breakdown: 'sex', category: 'Flickor', baseline: 120, now: 110 },
        { breakdown: 'sex', category: 'Pojkar', baseline: 80, now: 60 },
      ],
      note: '',
    },
  ],
  measures: [{ itemId: 'm1', status: 'not', cost: '', note: '' }],
  summary: 'Besöken minskade, mest bland pojkar.',
};
const result: FollowUpResult = {
  indicators: [indicatorOutcome(indicator, followUp.indicators[0]!)],
  findings: [
    { code: 'gap-widened', itemId: 'i1', item: { kind: 'named', name: 'Besök kvällar' }, params: { indicator: 'Besök kvällar', breakdown: 'sex', gapBefore: 40, gapNow: 50, unit: 'besök per vecka' } },
    { code: 'measure-not-done', itemId: 'm1', item: { kind: 'named', name: 'Läxhjälp på lördagar' }, params: { measure: 'Läxhjälp på lördagar' } },
  ],
};

describe('FollowUpResultView', () => {
  it('says how the gap changed from the figures, shows them as an image and a table, and lists the findings', async () => {
    withTexts('sv', <FollowUpResultView followUp={followUp} result={result} indicators={[indicator]} measures={measures} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Uppföljning 15 oktober 2026' })).toBeInTheDocument();
    expect(screen.getByText('Skillnaden mellan grupperna (kön) ökade från 40 till 50 besök per vecka.')).toBeInTheDocument();
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName('Stapeldiagram över värdena före och nu, uppdelat på kön (besök per vecka): Flickor 120 före och 110 nu; Pojkar 80 före och 60 nu.');
    const table = screen.getByRole('table', { name: 'Besök kvällar: före och nu per kön (besök per vecka)' });
    expect(within(table).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Grupp', 'Före', 'Nu', 'Förändring'],
      // Swedish writes a minus sign (U+2212), as Intl does.
      ['Flickor', '120', '110', '\u221210'],
      ['Pojkar', '80', '60', '\u221220'],
      ['Skillnad mellan grupperna', '40', '50', '+10'],
    ]);
    const findings = screen.getByRole('region', { name: 'Det här visar uppföljningen' });
    expect(within(findings).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Skillnaden mellan grupperna har ökat för Besök kvällar (uppdelning: kön): från 40 till 50 (besök per vecka).',
      'Åtgärden har inte genomförts: Läxhjälp på lördagar.',
    ]);
    expect(screen.getByText(/Inte genomförd/)).toBeInTheDocument();
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('heads an indicator and a measure no longer in the assessment as such, and an unnamed one by its place', () => {
    // The assessment changed after the follow-up: its only indicator and measure are gone, another unnamed measure added.
    withTexts('sv', <FollowUpResultView followUp={followUp} result={{ ...result, findings: [] }} indicators={[]} measures={[{ ...measures[0]!, itemId: 'm0', what: '' }, measures[0]!]} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Indikator som inte längre finns i bedömningen' })).toBeInTheDocument();
    expect(screen.getByText('Läxhjälp på lördagar')).toBeInTheDocument();
    cleanup();
    withTexts('sv', <FollowUpResultView followUp={followUp} result={{ ...result, findings: [] }} indicators={[{ ...indicator, name: ' ' }]} measures={[]} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Indikator 1' })).toBeInTheDocument();
    expect(screen.getByText('Åtgärd som inte längre finns i bedömningen')).toBeInTheDocument();
  });

  it('reads the same in English, and says when the figures do not allow a computation', () => {
    const thin: FollowUp = { ...followUp, indicators: [{ ...followUp.indicators[0]!, figures: [{ breakdown: 'sex', category: 'Girls', baseline: 120, now: null }], judged: 'stayed' }] };
    const outcome = indicatorOutcome(indicator, thin.indicators[0]!);
    withTexts('en', <FollowUpResultView followUp={thin} result={{ indicators: [outcome], findings: [] }} indicators={[indicator]} measures={measures} />);
    expect(screen.getByText('The difference between the groups (sex) cannot be worked out. It needs values both before and now for at least two groups.')).toBeInTheDocument();
    expect(screen.getByText('Your judgement: the differences between the groups have stayed the same.')).toBeInTheDocument();
    // No figure now: said in words, for the value and for the change.
    expect(within(screen.getByRole('table')).getAllByText('not given')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2, name: 'Follow-up 15 October 2026' })).toBeInTheDocument();
  });
});

describe('FollowUpFindings', () => {
  // An indicator or measure the assessment holds without a name, or no longer holds at all.
  const nameless: FollowUpResult['findings'] = [
    { code: 'gap-widened', itemId: 'i2', item: { kind: 'unnamed', number: 2 }, params: { breakdown: 'sex', gapBefore: 4, gapNow: 9, unit: '' } },
    { code: 'indicator-not-measured', itemId: 'i-gone', item: { kind: 'removed' }, params: {} },
    { code: 'measure-not-done', itemId: 'm3', item: { kind: 'unnamed', number: 3 }, params: {} },
    { code: 'measure-partly', itemId: 'm-gone', item: { kind: 'removed' }, params: {} },
  ];

  it('names a row without a name by its place in the list, and one no longer in the assessment as such, never with an empty name', () => {
    withTexts('sv', <FollowUpFindings findings={nameless} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Skillnaden mellan grupperna har ökat för indikator 2 (uppdelning: kön): från 4 till 9.',
      'Indikatorn kunde inte mätas vid uppföljningen: en indikator som inte längre finns i bedömningen.',
      'Åtgärden har inte genomförts: åtgärd 3.',
      'Åtgärden har bara delvis genomförts: en åtgärd som inte längre finns i bedömningen.',
    ]);
    expect(items.filter((text) => /: \.|för +\(/.test(text ?? ''))).toEqual([]);
  });

  it('does the same in English', () => {
    withTexts('en', <FollowUpFindings findings={nameless} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The difference between groups has widened for indicator 2 (breakdown: sex): from 4 to 9.',
      'The indicator could not be measured at the follow-up: an indicator that is no longer in the assessment.',
      'The measure has not been carried out: measure 3.',
      'The measure has only partly been carried out: a measure that is no longer in the assessment.',
    ]);
  });
});
