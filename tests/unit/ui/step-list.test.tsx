// The step list in jsdom: each step's status comes from real progress, and
// the findings a step feeds are marked only once the step is under way, in
// words that do not contradict "Klart" ("Klart · 4 saker att se över"); a
// step not started carries no mark.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import type { StepStatus } from '../../../src/machine/navigation';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { StepList } from '../../../src/ui/wizard/step-list';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const [basics, proposal, screening] = file.steps;

function show(statuses: Record<string, StepStatus>, gaps: Record<string, number>, lang: Language = 'sv') {
  render(
    <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>
      <StepList steps={file.steps} statuses={statuses} currentId={proposal!.id} reachable={() => true} onGoto={() => undefined} gaps={gaps} />
    </I18nextProvider>,
  );
  return (stepId: string) => screen.getAllByRole('listitem')[file.steps.findIndex((s) => s.id === stepId)]!;
}

describe('the step list', () => {
  it('marks findings on a done or started step, beside its status, and none on a step not started', () => {
    const item = show({ [basics!.id]: 'done', [proposal!.id]: 'in-progress', [screening!.id]: 'not-started' }, { [basics!.id]: 4, [proposal!.id]: 1, [screening!.id]: 2 });
    expect(within(item(basics!.id)).getByText('Klart')).toBeInTheDocument();
    expect(within(item(basics!.id)).getByText('4 saker att se över')).toBeInTheDocument();
    expect(within(item(proposal!.id)).getByText('1 sak att se över')).toBeInTheDocument();
    expect(within(item(screening!.id)).getByText('Ej påbörjat')).toBeInTheDocument();
    expect(item(screening!.id).textContent).not.toMatch(/att se över/);
    // The step on screen is marked current.
    expect(within(item(proposal!.id)).getByText(/./, { selector: '[aria-current="step"]' })).toBeInTheDocument();
  });

  it('speaks English', () => {
    const item = show({ [basics!.id]: 'done', [screening!.id]: 'not-started' }, { [basics!.id]: 2, [screening!.id]: 3 }, 'en');
    expect(within(item(basics!.id)).getByText('Done')).toBeInTheDocument();
    expect(within(item(basics!.id)).getByText('2 points to review')).toBeInTheDocument();
    expect(item(screening!.id).textContent).not.toMatch(/to review/);
  });
});
