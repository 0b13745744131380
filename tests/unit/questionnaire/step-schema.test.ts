// The step answer schema, shared by the form resolver and the wizard
// machine's guard: an option refused by the answers given so far
// (`refusedIf`), and a criterion answered "yes" or "not relevant" without its
// justification, are both errors with their own code.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { Step } from '../../../src/questionnaire/schema';
import { isStepValid, justifiedOptions, stepSchema } from '../../../src/questionnaire/step-schema';
import { visibleSteps } from '../../../src/questionnaire/visibility';

const proposal = questionnaires.find((q) => q.id === 'proposal')!;
const audit = questionnaires.find((q) => q.id === 'service-audit')!;
const step = (id: string, file = proposal): Step => file.steps.find((s) => s.id === id)!;

/** The error codes by answer id (and item id, for per-item and group answers). */
function codes(s: Step, answers: Answers, file = proposal): Record<string, string> {
  const parsed = stepSchema(file, framework, s, answers).safeParse(answers);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(':'), i.message]));
}

describe('an option refused while its condition holds (refusedIf)', () => {
  const screening = (children: string, differently: string, outcome: string): Answers => ({
    'screening.affects-people': 'yes',
    'screening.affects-differently': differently,
    'screening.children': children,
    'screening.outcome': outcome,
    'screening.justification': 'Förslaget gäller bara nämndens interna rutiner.',
  });

  it.each([
    ['children are affected', 'yes', 'no'],
    ['it is not known whether children are affected', 'dont-know', 'no'],
    ['groups may be affected differently', 'no', 'yes'],
    ['it is not known whether groups are affected differently', 'no', 'dont-know'],
  ])('refuses “no further analysis” when %s', (_what, children, differently) => {
    expect(codes(step('screening'), screening(children, differently, 'no-analysis'))).toEqual({ 'screening.outcome': 'refused' });
  });

  it('accepts “no further analysis” when neither holds, and a light or full analysis always', () => {
    expect(isStepValid(proposal, framework, step('screening'), screening('no', 'no', 'no-analysis'))).toBe(true);
    expect(isStepValid(proposal, framework, step('screening'), screening('yes', 'dont-know', 'light'))).toBe(true);
    expect(isStepValid(proposal, framework, step('screening'), screening('dont-know', 'yes', 'full'))).toBe(true);
  });
});

describe('the recommendation check: "yes" and "not relevant" need a justification', () => {
  const criteria = framework.recommendations.flatMap((r) => r.criteria.map((c) => c.id));
  const all = (value: string, why = ''): Answers => Object.fromEntries(criteria.flatMap((c) => [[c, value], [`${c}.why`, why]]));

  it('the options that need one are the top of the scale and "not relevant"', () => {
    expect([...justifiedOptions(proposal, step('check'))].sort()).toEqual(['not-relevant', 'yes']);
    expect([...justifiedOptions(audit, step('check', audit))].sort()).toEqual(['not-relevant', 'yes']);
  });

  it.each(['yes', 'not-relevant'])('refuses "%s" without a justification, with the code "justify" under the justification', (value) => {
    const errors = codes(step('check'), all(value));
    expect(Object.keys(errors).sort()).toEqual(criteria.map((c) => `${c}.why`).sort());
    expect(new Set(Object.values(errors))).toEqual(new Set(['justify']));
  });

  it('a justification of blanks does not count', () => {
    expect(codes(step('check'), all('yes', '   '))[`${criteria[0]}.why`]).toBe('justify');
  });

  it.each(['partly', 'no', 'dont-know'])('accepts "%s" without a justification', (value) => {
    expect(isStepValid(proposal, framework, step('check'), all(value))).toBe(true);
  });

  it('accepts "yes" and "not relevant" with a justification, in both questionnaires', () => {
    expect(isStepValid(proposal, framework, step('check'), all('yes', 'Dialog med elevrådet i mars.'))).toBe(true);
    expect(isStepValid(audit, framework, step('check', audit), all('not-relevant', 'Tjänsten riktar sig bara till vuxna.'))).toBe(true);
  });
});

describe('the children step', () => {
  const ids = (answers: Answers) => visibleSteps(proposal, answers).map((s) => s.id);
  const valid = (answers: Answers) => isStepValid(proposal, framework, step('children'), answers);

  it('is shown whenever children are affected and there is an analysis, light or full', () => {
    expect(ids({ 'screening.children': 'yes', 'screening.outcome': 'light' })).toContain('children');
    expect(ids({ 'screening.children': 'yes', 'screening.outcome': 'full' })).toContain('children');
    expect(ids({ 'screening.children': 'no', 'screening.outcome': 'full' })).not.toContain('children');
    expect(ids({ 'screening.children': 'no', 'screening.outcome': 'no-analysis' })).not.toContain('children');
  });

  it('needs an answer on the child’s best interests and on the children’s views ("don’t know" counts as an answer)', () => {
    const answers: Answers = { 'screening.children': 'yes', 'screening.outcome': 'light' };
    expect(valid(answers)).toBe(false);
    expect(valid({ ...answers, 'children.best-interests': 'dont-know', 'children.views': 'no' })).toBe(true);
  });
});
