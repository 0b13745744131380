// The recommendation check in jsdom, on the real proposal questionnaire and
// the real evidence checks: beside a criterion the answers so far decide,
// the tool says what it suggests and why, in text tied to the question with
// aria-describedby; the user can still answer otherwise, and a "Ja" without
// a justification is refused with the error beside the justification and
// in the summary, named by its criterion.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { StepScreen } from '../../../src/ui/wizard/step-screen';
import { fillStep } from '../../fixtures/fill';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const check = file.steps.find((s) => s.id === 'check')!;

/** Accepted answers of a full analysis up to the check step, as the machine holds them. */
function answersBeforeCheck(): Answers {
  const actor = createActor(createWizardMachine({ file, framework })).start();
  actor.send({ type: 'assessment.started' });
  for (let i = 0; i < 20 && actor.getSnapshot().context.stepId !== 'check'; i += 1) {
    const { context } = actor.getSnapshot();
    const step = file.steps.find((s) => s.id === context.stepId)!;
    actor.send({ type: 'step.submitted', values: fillStep(file, framework, step, context.answers, { 'screening.outcome': 'full', 'screening.children': 'yes' }) });
  }
  expect(actor.getSnapshot().context.stepId).toBe('check');
  return actor.getSnapshot().context.answers;
}

function show(answers: Answers, lang: Language = 'sv', pageId = 'rec-r1') {
  const onSubmit = vi.fn<(a: Answers) => void>();
  render(
    <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>
      <StepScreen
        file={file}
        framework={framework}
        answers={answers}
        newId={() => 'new'}
        step={check}
        pageId={pageId}
        onPageSubmit={onSubmit}
        position={6}
        total={10}
        loadDraft={() => undefined}
        revising={false}
        onSubmit={onSubmit}
        onBack={() => undefined}
        onDraft={() => undefined}
      />
    </I18nextProvider>,
  );
  return { onSubmit };
}

/** The fieldset of a criterion's rating. */
const rating = (criterionId: string) => document.getElementById(`f-${criterionId.replaceAll('.', '__')}`) as HTMLElement;

describe('the recommendation check says what the answers show', () => {
  it('suggests "Nej" with its reason beside a criterion the answers contradict, tied with aria-describedby', () => {
    const answers = { ...answersBeforeCheck(), 'evidence.dialogues': [] };
    show(answers);
    const fieldset = rating('r1.citizen-dialogue');
    const tool = document.getElementById('f-r1__citizen-dialogue-tool')!;
    expect(fieldset.getAttribute('aria-describedby')?.split(' ')).toContain('f-r1__citizen-dialogue-tool');
    expect(within(fieldset).getByText('Verktyget föreslår: Nej')).toBe(within(tool).getByText('Verktyget föreslår: Nej'));
    expect(tool).toHaveTextContent('Saknas Ingen dialog registrerad (Steg: Kunskapsunderlag och dialog)');
    expect(tool).toHaveTextContent('Ni kan välja ett annat svar');
    // Its justification does not repeat it.
    expect(document.getElementById('f-r1__citizen-dialogue__why-tool')).toBeNull();
  });

  it('suggests "Ja" where the answers show it, and nothing where they cannot tell', () => {
    show(answersBeforeCheck());
    expect(document.getElementById('f-r1__citizen-dialogue-tool')).toHaveTextContent('Verktyget föreslår: Ja');
    // No backing declared: the tool says nothing, and the question is described only by its own texts.
    expect(document.getElementById('f-r1__equity-goals-tool')).toBeNull();
    expect(rating('r1.equity-goals').getAttribute('aria-describedby') ?? '').not.toContain('-tool');
  });

  it('says why a children’s criterion applies when children are affected', () => {
    show(answersBeforeCheck(), 'sv', 'rec-r3');
    expect(document.getElementById('f-r3__family-support-tool')).toHaveTextContent('Kriteriet gäller i den här bedömningen:');
  });

  it('lets the user disagree, but a "Ja" needs a justification: the error shows beside it and in the summary', async () => {
    const user = userEvent.setup();
    const answers = { ...answersBeforeCheck(), 'evidence.dialogues': [] };
    const { onSubmit } = show(answers);
    await user.click(within(rating('r1.citizen-dialogue')).getByLabelText('Ja'));
    await user.click(screen.getByRole('button', { name: 'Nästa rekommendation' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const why = document.getElementById('f-r1__citizen-dialogue__why') as HTMLTextAreaElement;
    expect(why).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('f-r1__citizen-dialogue__why-error')).toHaveTextContent('Skriv varför ni svarar Ja eller Ej relevant.');
    const summary = screen.getByRole('link', { name: /^Motivering för: .*Skriv varför ni svarar Ja/ });
    expect(summary).toHaveAttribute('href', '#f-r1__citizen-dialogue__why');
    // Among twenty-five justifications, its accessible name says whose it is.
    expect(why).toHaveAccessibleName(/^Motivering: De invånare som berörs har haft en verklig chans att påverka/);
  });

  it('speaks English', () => {
    show({ ...answersBeforeCheck(), 'evidence.dialogues': [] }, 'en');
    const tool = document.getElementById('f-r1__citizen-dialogue-tool')!;
    expect(tool).toHaveTextContent('The tool suggests: No');
    expect(tool).toHaveTextContent('No dialogue recorded');
  });
});
