// The texts of the packs in use in i18next (src/i18n/pack-texts.ts): in both languages, there before a
// language's model texts load and still there after; never over a text of the model; a pack's own earlier
// text replaced by its newer version's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { createI18nWith } from '../../../src/i18n/instance';
import { ensureLanguage } from '../../../src/i18n/load';
import { addPackTexts } from '../../../src/i18n/pack-texts';
import type { ContentPack } from '../../../src/questionnaire/pack';

const goals = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/org/packs/goals.json'), 'utf8')) as ContentPack;
const LABEL = 'content:questions.norrby.goals.programme.label';

describe('pack texts', () => {
  it('are there in both languages, and stay when a language’s own texts load later', async () => {
    const i18n = createI18nWith({}, 'sv');
    addPackTexts(i18n, [goals]);
    expect(i18n.t(LABEL)).toBe('Vilka av kommunens mål för jämlikhet berör förslaget?');
    await ensureLanguage(i18n, 'en');
    await i18n.changeLanguage('en');
    expect(i18n.t(LABEL)).toBe('Which of the municipality’s equity goals does the proposal concern?');
    // The model's own texts came too.
    expect(i18n.t('content:questions.basics.committee.label')).not.toContain('questions.');
  });

  it('never replace a text of the model', () => {
    const i18n = createI18n('sv');
    const model = i18n.t('content:questions.basics.committee.label');
    addPackTexts(i18n, [{ texts: { sv: { questions: { basics: { committee: { label: 'Annan text' } } } }, en: {} } }]);
    expect(i18n.t('content:questions.basics.committee.label')).toBe(model);
  });

  it('of a newer version of a pack replace its earlier ones', () => {
    const i18n = createI18n('sv');
    addPackTexts(i18n, [goals]);
    const reworded = structuredClone(goals);
    (reworded.texts.sv as { questions: { norrby: { goals: { programme: { label: string } } } } }).questions.norrby.goals.programme.label = 'Vilka mål berör förslaget?';
    addPackTexts(i18n, [reworded]);
    expect(i18n.t(LABEL)).toBe('Vilka mål berör förslaget?');
  });
});
