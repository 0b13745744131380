// A colleague's edits under an open step form (a shared assessment): the
// accepted answers change while the user is on the step. A field that still
// shows the accepted value takes the colleague's; a field the user has
// changed keeps what they typed; nothing is submitted by it.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { domId, fieldName } from '../../../src/ui/form/form-values';
import { StepScreen } from '../../../src/ui/wizard/step-screen';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const step = file.steps.find((s) => s.id === 'basics')!;
const i18n = createI18n('sv', [initReactI18next]);

function screenFor(answers: Answers, calls: { submit: (a: Answers) => void; draft: (stepId: string, a: Answers) => void }) {
  return (
    <I18nextProvider i18n={i18n}>
      <StepScreen
        file={file}
        framework={framework}
        answers={answers}
        newId={() => 'new'}
        step={step}
        pageId={null}
        position={1}
        total={11}
        loadDraft={() => undefined}
        revising={false}
        onSubmit={calls.submit}
        onPageSubmit={() => undefined}
        onPageGoto={() => undefined}
        onBack={() => undefined}
        onDraft={calls.draft}
      />
    </I18nextProvider>
  );
}

const field = (id: string) => document.getElementById(domId(fieldName(id))) as HTMLInputElement;

describe('an open step form when a colleague’s edits arrive', () => {
  it('shows the colleague’s value where the user changed nothing, and keeps what the user typed', async () => {
    const calls = { submit: vi.fn<(a: Answers) => void>(), draft: vi.fn<(stepId: string, a: Answers) => void>() };
    const before: Answers = { 'basics.title': 'Ny bibliotekslokal', 'basics.organisation': 'Kulturförvaltningen' };
    const { rerender } = render(screenFor(before, calls));
    await userEvent.type(field('basics.organisation'), ' i Storstad');

    rerender(screenFor({ ...before, 'basics.title': 'Nytt bibliotek i Norrby', 'basics.organisation': 'Fritidsförvaltningen', 'basics.committee': 'Kulturnämnden' }, calls));

    expect(field('basics.title').value).toBe('Nytt bibliotek i Norrby');
    expect(field('basics.committee').value).toBe('Kulturnämnden');
    expect(field('basics.organisation').value).toBe('Kulturförvaltningen i Storstad');
    expect(calls.submit).not.toHaveBeenCalled();
    // The form's values are the user's draft as before: what the colleague wrote and what the user typed.
    expect(calls.draft).toHaveBeenLastCalledWith('basics', expect.objectContaining({ 'basics.title': 'Nytt bibliotek i Norrby', 'basics.organisation': 'Kulturförvaltningen i Storstad' }));
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
  });
});
