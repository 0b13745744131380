// The committee question offers the names the app suggests for its tag (src/ui/fields/suggestions.ts) as a
// datalist tied to the labelled input; any other name can still be typed; without suggestions, no list.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { SuggestionsContext, type Suggestions } from '../../../src/ui/fields/suggestions';
import { StepScreen } from '../../../src/ui/wizard/step-screen';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const step = file.steps.find((s) => s.id === 'basics')!;

function show(suggestions: Suggestions) {
  const onSubmit = vi.fn<(a: Answers) => void>();
  render(
    <I18nextProvider i18n={createI18n('sv', [initReactI18next])}>
      <SuggestionsContext.Provider value={suggestions}>
        <StepScreen
          file={file}
          framework={framework}
          answers={{}}
          newId={() => 'g1'}
          step={step}
          position={1}
          total={11}
          loadDraft={() => undefined}
          revising={false}
          onSubmit={onSubmit}
          onBack={() => undefined}
          onDraft={() => undefined}
        />
      </SuggestionsContext.Provider>
    </I18nextProvider>,
  );
  return document.getElementById('f-basics__committee') as HTMLInputElement;
}

describe('committee suggestions', () => {
  it('are offered on the committee field, and a name not among them can still be typed', async () => {
    const input = show({ 'meta-committee': ['Kulturnämnden', 'Socialnämnden'] });
    expect(input).toBe(screen.getByLabelText(/nämnd|styrelse/i, { selector: 'input' }));
    const list = document.getElementById(input.getAttribute('list')!);
    expect(list?.tagName).toBe('DATALIST');
    expect([...list!.querySelectorAll('option')].map((o) => o.value)).toEqual(['Kulturnämnden', 'Socialnämnden']);
    await userEvent.setup().type(input, 'Byggnadsnämnden');
    expect(input.value).toBe('Byggnadsnämnden');
    // No other text field has the list.
    expect(document.querySelectorAll('input[list]')).toHaveLength(1);
  });

  it('are not there when the profile lists no committee', () => {
    const input = show({ 'meta-committee': [] });
    expect(input.hasAttribute('list')).toBe(false);
    expect(document.querySelector('datalist')).toBeNull();
  });
});
