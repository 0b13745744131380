// @vitest-environment node
// The documented limits in the PDF: one answer of 200,000 characters and 40
// affected groups with their consequences render, and the text from the
// start and the end of the long answer and the 40th group's name are in it.
import { describe, expect, it } from 'vitest';
import { groupItems } from '../../../src/questionnaire/answers';
import { LONG_ANSWER_CHARS, MANY_GROUPS, limitsAssessment, longAnswer } from '../../fixtures/limits';
import { normalise, renderReport } from './render';

describe('the report at the documented limits', () => {
  it('prints a 200,000-character answer whole and all 40 affected groups', async () => {
    const assessment = limitsAssessment();
    const long = assessment.answers['proposal.what'] as string;
    expect(long).toHaveLength(LONG_ANSWER_CHARS);
    const groups = groupItems(assessment.answers['groups.items']);
    expect(groups).toHaveLength(MANY_GROUPS);
    const r = await renderReport(assessment, 'sv', 'limits-sv');
    expect(r.missing).toEqual([]);
    expect(r.text).toContain(normalise(long.slice(0, 200)));
    expect(r.text).toContain(normalise(long.slice(-200)));
    expect(r.flow).toContain(normalise(long));
    expect(r.text).toContain(normalise(String(groups[MANY_GROUPS - 1]!.values['groups.item.name'])));
  }, 600_000);

  it('the long answer fixture is exactly as long as promised and ends as it starts: readable', () => {
    expect(longAnswer(1000)).toHaveLength(1000);
    expect(longAnswer()).toMatch(/^Början av det långa svaret\. Mening 1 .* Slutet\.$/);
  });
});
