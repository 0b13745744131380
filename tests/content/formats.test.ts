// @vitest-environment node
// Every hand-written assessment file in tests/fixtures/formats (one per
// format version) is read as the current format, passes `npm run validate`'s
// checks, and on the current questionnaire keeps nothing it cannot hold:
// each step the user had finished is valid again.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/assessment/assessment';
import { splitAnswers } from '../../src/assessment/earlier';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { validateContent } from '../../src/cli/validate-content';
import { framework, questionnaires } from '../../src/questionnaire/catalogue';
import { orThrow } from '../../src/questionnaire/load';
import { parsePack } from '../../src/questionnaire/pack';
import { isStepValid } from '../../src/questionnaire/step-schema';
import { adoptQuestionnaire } from '../../src/assessment/packs';
import { formatFixture, formatFixtures } from '../fixtures/formats';

/** The question pack the version 5 file is answered with, as a deployment would ship it. */
const goals = orThrow(parsePack(JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/org/packs/goals.json'), 'utf8')), questionnaires, framework), 'goals.json');

describe('assessment files of every format version', () => {
  it('has a fixture for each format version up to the current one', () => {
    const versions = formatFixtures().map((name) => (JSON.parse(formatFixture(name)) as { formatVersion: number }).formatVersion);
    expect(versions.sort()).toEqual(Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1));
  });

  it.each(formatFixtures())('%s migrates, validates and fits the current questionnaire', (name) => {
    const text = formatFixture(name);
    expect(validateContent(text)).toEqual({ kind: 'assessment', problems: [] });
    const parsed = parseAssessmentJson(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.formatVersion).toBe(FORMAT_VERSION);
    const shipped = questionnaires.find((q) => q.id === parsed.value.questionnaire.id)!;
    const { assessment: adopted, file } = adoptQuestionnaire(shipped, framework, [goals], parsed.value);
    expect(adopted.questionnaire.contentVersion).toBe(file.contentVersion);
    // A pack it was answered with is kept, and nothing of it is set aside.
    expect(adopted.questionnaire.packs).toEqual(parsed.value.questionnaire.packs);
    expect(adopted.earlierAnswers.filter((e) => e.pack === 'norrby.goals')).toEqual([]);
    expect(splitAnswers(file, framework, adopted.answers).aside).toEqual({});
    const done = adopted.progress.reached.filter((id) => id !== adopted.progress.stepId);
    expect(done.length).toBeGreaterThan(0);
    for (const id of done) {
      const step = file.steps.find((s) => s.id === id)!;
      expect(isStepValid(file, framework, step, adopted.answers), `${name}: step ${id}`).toBe(true);
    }
  });
});
