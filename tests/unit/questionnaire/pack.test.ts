// Question packs (src/questionnaire/pack.ts): an organisation's own questions
// added to steps of a shipped questionnaire, checked against it with every
// problem placed at its JSON path in the pack file, and merged into an
// ordinary questionnaire.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/cli/validate-content';
import { LANGUAGES } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { parseQuestionnaire } from '../../../src/questionnaire/load';
import { applyPacks, PACK_LANGUAGES, packRefs, packTexts, parsePack, type ContentPack } from '../../../src/questionnaire/pack';
import type { Problem } from '../../../src/questionnaire/problems';
import { flattenTexts } from '../../../src/questionnaire/texts';
import { allQuestions, findQuestion } from '../../../src/questionnaire/walk';

const FILE = resolve(import.meta.dirname, '../../fixtures/org/packs/goals.json');
/** A tree of texts, as in the pack's `texts`. */
interface TextTree {
  [key: string]: TextTree | string | undefined;
}
interface RawQuestion {
  [key: string]: unknown;
  id: string;
  type: string;
}
/** The fixture as on disk, loose enough for a test to break it. */
interface RawPack {
  [key: string]: unknown;
  version?: string;
  questionnaires: string[];
  optionSets: Record<string, Array<{ id: string; tags?: string[] }>>;
  additions: Array<{ step: string; after?: string; questions: RawQuestion[] }>;
  texts: Record<'sv' | 'en', TextTree>;
}
const raw = (): RawPack => JSON.parse(readFileSync(FILE, 'utf8')) as RawPack;

/** The branch of `tree` at a dotted path. */
function branch(tree: TextTree, path: string): TextTree {
  return path.split('.').reduce<TextTree>((at, key) => {
    const next = at[key];
    if (typeof next !== 'object') throw new Error(`No branch ${path}`);
    return next;
  }, tree);
}
const proposal = questionnaires.find((q) => q.id === 'proposal')!;
const audit = questionnaires.find((q) => q.id === 'service-audit')!;

function parsed(value: unknown): ContentPack {
  const result = parsePack(value, questionnaires, framework);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function problems(value: unknown): Problem[] {
  const result = parsePack(value, questionnaires, framework);
  return result.ok ? [] : result.problems;
}

/** Each problem as `code path`, sorted (the checks run in passes, so their order says nothing). */
const codesAt = (list: Problem[]) => list.map((p) => `${p.code} ${p.path}`).sort();

describe('a valid pack', () => {
  it('parses, and the validate command calls it a question pack with no problems', () => {
    expect(parsed(raw()).id).toBe('norrby.goals');
    expect(validateContent(readFileSync(FILE, 'utf8'))).toEqual({ kind: 'content-pack', problems: [] });
  });

  it('is asked for texts in every language the app has', () => {
    expect([...PACK_LANGUAGES]).toEqual([...LANGUAGES]);
  });

  it('merges into the questionnaire it names, where it says, and leaves the others as they are', () => {
    const pack = parsed(raw());
    const merged = applyPacks(proposal, [pack]);
    const basics = merged.steps.find((s) => s.id === 'basics')!;
    if (basics.kind !== 'questions') throw new Error('basics is a questions step');
    const ids = basics.questions.map((q) => q.id);
    expect(ids.slice(ids.indexOf('basics.committee'), ids.indexOf('basics.committee') + 3)).toEqual(['basics.committee', 'norrby.goals.programme', 'norrby.goals.how']);
    const consequences = merged.steps.find((s) => s.id === 'consequences')!;
    if (consequences.kind !== 'per-item') throw new Error('consequences is a per-item step');
    expect(consequences.questions.at(-1)?.id).toBe('norrby.goals.effect');
    expect(merged.optionSets['norrby.goals.effect']?.map((o) => o.id)).toEqual(['closer', 'unchanged', 'further']);
    // Every question of the model is still there, in its order.
    const before = allQuestions(proposal).map((l) => l.question.id);
    expect(allQuestions(merged).map((l) => l.question.id).filter((id) => !id.startsWith('norrby.'))).toEqual(before);
    // The merged questionnaire is a valid questionnaire in its own right; the original is untouched.
    expect(parseQuestionnaire(merged, framework).ok).toBe(true);
    expect(findQuestion(proposal, 'norrby.goals.programme')).toBeUndefined();
    expect(applyPacks(audit, [pack])).toBe(audit);
  });

  it('gives its texts as one tree per language, several packs together, and what an assessment records of it', () => {
    const pack = parsed(raw());
    const other = parsed({
      ...raw(),
      id: 'norrby.extra',
      optionSets: {},
      additions: [{ step: 'summary', questions: [{ id: 'norrby.extra.note', type: 'text' }] }],
      texts: { sv: { questions: { norrby: { extra: { note: { label: 'Anteckning' } } } } }, en: { questions: { norrby: { extra: { note: { label: 'Note' } } } } } },
    });
    const sv = flattenTexts(packTexts([pack, other], 'sv'));
    expect(sv['questions.norrby.goals.how.label']).toBe('Hur bidrar förslaget till målen, eller hur motverkar det dem?');
    expect(sv['questions.norrby.extra.note.label']).toBe('Anteckning');
    expect(flattenTexts(packTexts([pack, other], 'en'))['optionSets.norrby.goals.effect.further']).toBe('Further away');
    expect(packRefs([pack, other])).toEqual([
      { id: 'norrby.goals', version: '1.0.0' },
      { id: 'norrby.extra', version: '1.0.0' },
    ]);
  });
});

describe('a pack with problems', () => {
  it('says where the format is broken', () => {
    const pack = raw();
    delete pack.version;
    pack.additions[0]!.questions[0]!.type = 'essay';
    const found = codesAt(problems(pack));
    expect(found).toContain('schema.required $.version');
    expect(found.some((p) => p.startsWith('schema.') && p.includes('$.additions[0].questions[0]'))).toBe(true);
  });

  it('refuses an id outside the pack’s own, and tags', () => {
    const pack = raw();
    pack.additions[0]!.questions[1]!.id = 'basics.goals';
    pack.additions[0]!.questions[0]!.tags = ['dialogue'];
    pack.optionSets['norrby.goals.effect']![0]!.tags = ['none'];
    expect(codesAt(problems(pack))).toEqual([
      'pack.prefix $.additions[0].questions[1].id',
      'pack.tags $.additions[0].questions[0].tags',
      'pack.tags $.optionSets.norrby.goals.effect[0].tags',
    ].sort());
  });

  it('refuses a questionnaire, a step or an anchor that is not there, and a step it cannot add to', () => {
    const pack = raw();
    pack.questionnaires = ['proposal', 'budget'];
    pack.additions[0]!.after = 'basics.mayor';
    pack.additions.push({ step: 'check', questions: [{ id: 'norrby.goals.extra', type: 'text' }] });
    pack.additions.push({ step: 'representation', questions: [{ id: 'norrby.goals.more', type: 'text' }] });
    pack.additions.push({
      step: 'consequences',
      questions: [{ id: 'norrby.goals.list', type: 'group', itemLabel: 'norrby.goals.list.name', fields: [{ id: 'norrby.goals.list.name', type: 'text' }] }],
    });
    const found = problems(pack);
    expect(codesAt(found)).toEqual([
      'pack.questionnaire $.questionnaires[1]',
      'pack.after $.additions[0].after',
      'pack.step-kind $.additions[2].step',
      'pack.step $.additions[3].step',
      'pack.per-item-group $.additions[4].questions[0]',
    ].sort());
    expect(found.find((p) => p.code === 'pack.step')?.params).toEqual({ id: 'representation', questionnaire: 'proposal' });
  });

  it('places a condition on a later or unknown question, and an unknown option set, in the pack', () => {
    const pack = raw();
    pack.additions[0]!.questions[0]!.showIf = { question: 'norrby.goals.how', answered: true };
    pack.additions[0]!.questions[1]!.showIf = { question: 'norrby.goals.programme', includes: 'parks' };
    pack.additions[1]!.questions[0]!.options = 'norrby.goals.scale';
    expect(codesAt(problems(pack))).toEqual([
      'ref.later $.additions[0].questions[0].showIf',
      'ref.option $.additions[0].questions[1].showIf',
      'ref.option-set $.additions[1].questions[0].options',
    ].sort());
  });

  it('names every text missing, empty or unused, in each language, at the id that needs it', () => {
    const pack = raw();
    delete branch(pack.texts.en, 'questions.norrby.goals').how;
    branch(pack.texts.sv, 'options.norrby.goals.programme').school = ' ';
    // A question added to a step asked once per group needs its short label for the step's table.
    delete branch(pack.texts.sv, 'questions.norrby.goals.effect').short;
    branch(pack.texts.en, 'questions.norrby.goals').gone = { label: 'A question no longer in the pack' };
    const found = problems(pack);
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'text.empty', path: '$.additions[0].questions[0].options[1].id', params: { key: 'options.norrby.goals.programme.school', lang: 'sv' } },
        { code: 'text.missing', path: '$.additions[1].questions[0].id', params: { key: 'questions.norrby.goals.effect.short', lang: 'sv' } },
        { code: 'text.missing', path: '$.additions[0].questions[1].id', params: { key: 'questions.norrby.goals.how.label', lang: 'en' } },
        { code: 'text.unused', path: '$.texts.en', params: { key: 'questions.norrby.goals.gone.label', lang: 'en' } },
      ]),
    );
    expect(found).toHaveLength(4);
  });
});
