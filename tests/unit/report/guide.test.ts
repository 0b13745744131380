// @vitest-environment node
// The facilitator guide for every plan, in both languages, rendered with the
// real fonts and texts and read back with poppler: the agenda's minutes,
// parsed back from the text, add up to the plan and each part starts where
// the one before ends; every step of the plan has its purpose and its
// notes; and the library case's guide never names another case.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { questionnaires, workshop } from '../../../src/questionnaire/catalogue';
import { noteId, planSteps, type Plan } from '../../../src/questionnaire/workshop';
import { renderGuidePdf } from '../../../src/report/guide/node';
import { otherLanguageLeaks } from '../../fixtures/leaks';
import { readPdf, recordingT, type ReadBack } from './read-pdf';
import { normalise } from './render';

const SLOW = 120_000;
// pdftotext sometimes drops the space after a full stop where a line was laid out, so texts are compared without spaces.
const squash = (s: string) => s.replace(/\s+/g, '');
/** A plan's case: the library case for the plans of its questionnaire, none for the others. */
const LIBRARY = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../questionnaires/examples/library.sv.json'), 'utf8')) as { questionnaire: { id: string } };
const caseOf = (plan: Plan) => (plan.questionnaire === LIBRARY.questionnaire.id ? 'library' : undefined);

describe.each(workshop.plans.flatMap((plan) => LANGUAGES.map((lang) => [`${plan.questionnaire} ${plan.minutes}`, lang, plan] as const)))('guide %s (%s)', (_, lang: Language, plan: Plan) => {
  const i18n = createI18n(lang);
  const { t, missing } = recordingT(i18n);
  const file = questionnaires.find((q) => q.id === plan.questionnaire)!;
  const caseId = caseOf(plan);
  let once: Promise<ReadBack> | undefined;
  const guide = () =>
    (once ??= renderGuidePdf({ file, workshop, plan, ...(caseId ? { caseId, caseTitle: i18n.t(`examples.${caseId}.title`) } : {}), t, lang }).then((bytes) =>
      readPdf(bytes, `guide-${plan.questionnaire}-${plan.minutes}-${lang}`),
    ));

  it('uses only existing texts', async () => {
    await guide();
    expect(missing).toEqual([]);
  });

  it("has an agenda whose minutes add up to the plan, each part starting where the one before ends", async () => {
    const { text } = await guide();
    const minutes = normalise(i18n.t('guide.minutes', { count: 7 })).replace('7', '(\\d+)');
    // Agenda rows read "0:15 10 min Label" in drawing order; the total row comes last.
    const rows = [...text.matchAll(new RegExp(`(\\d+):(\\d\\d) ${minutes}`, 'g'))].map((m) => ({ start: Number(m[1]) * 60 + Number(m[2]), minutes: Number(m[3]) }));
    const agenda = rows.slice(0, plan.parts.length);
    const total = rows[plan.parts.length]!;
    expect(agenda).toHaveLength(plan.parts.length);
    expect(agenda.reduce((sum, r) => sum + r.minutes, 0)).toBe(plan.minutes);
    expect(total).toEqual({ start: plan.minutes, minutes: plan.minutes });
    agenda.forEach((r, i) => expect(r.start).toBe(i === 0 ? 0 : agenda[i - 1]!.start + agenda[i - 1]!.minutes));
  });

  it("has every step's purpose and its notes for this case, the checklist and the activities' texts", async () => {
    const { text } = await guide();
    const wanted = planSteps(plan).flatMap((id) => {
      const notes = workshop.notes.find((n) => n.step === id);
      const mine = (list: 'prompts' | 'pitfalls') => (notes?.[list] ?? []).filter((n) => typeof n === 'string' || n.case === caseId).map((n) => i18n.t(`content:workshop.${id}.${list}.${noteId(n)}`));
      return [i18n.t(`content:steps.${id}.purpose`), ...mine('prompts'), ...mine('pitfalls')];
    });
    wanted.push(i18n.t('guide.before.heading'), i18n.t('guide.before.print'), i18n.t('content:workshop.activities.debrief.title'), i18n.t('content:workshop.activities.intro.guide').split('\n')[0]!);
    expect(wanted.filter((w) => !squash(text).includes(squash(w)))).toEqual([]);
  });

  it('leaves out the notes that speak of another case', async () => {
    const { text } = await guide();
    const others = workshop.notes.flatMap((n) =>
      (['prompts', 'pitfalls'] as const).flatMap((list) => n[list].filter((note) => typeof note !== 'string' && note.case !== caseId).map((note) => i18n.t(`content:workshop.${n.step}.${list}.${noteId(note)}`))),
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((o) => squash(text).includes(squash(o)))).toEqual([]);
    // Nor does it name another worked example by its title.
    const titles = ['library', 'primary-care', 'digital-first', 'home-care'].filter((id) => id !== caseId).map((id) => i18n.t(`examples.${id}.title`));
    expect(titles.filter((title) => squash(text).includes(squash(title)))).toEqual([]);
  });

  it('has no text of the other language', async () => {
    expect(otherLanguageLeaks((await guide()).raw, lang)).toEqual([]);
  });
}, SLOW);
