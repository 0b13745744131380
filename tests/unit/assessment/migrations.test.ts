// @vitest-environment node
// The assessment file's format history: the registry covers every earlier
// version, each migration does exactly its step, and the hand-written file of
// each version comes out as exactly the expected current document.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, type Assessment } from '../../../src/assessment/assessment';
import { exportJson, parseAssessmentJson } from '../../../src/assessment/export-file';
import { MIGRATIONS, migrate, ZStoredAssessment } from '../../../src/assessment/migrations';
import { v1ToV2 } from '../../../src/assessment/migrations/v1-to-v2';
import { v2ToV3 } from '../../../src/assessment/migrations/v2-to-v3';
import { v3ToV4 } from '../../../src/assessment/migrations/v3-to-v4';
import { v4ToV5 } from '../../../src/assessment/migrations/v4-to-v5';
import { formatFixture } from '../../fixtures/formats';

const v1 = JSON.parse(formatFixture('v1.json')) as Record<string, unknown>;
const v2 = JSON.parse(formatFixture('v2.json')) as Record<string, unknown>;
const v3 = JSON.parse(formatFixture('v3.json')) as Record<string, unknown>;
const v4 = JSON.parse(formatFixture('v4.json')) as Record<string, unknown>;
const v5 = JSON.parse(formatFixture('v5.json')) as Record<string, unknown>;

/** The v1 file as a current document: the same data, format 5, nothing set aside, reviewed or followed up yet. */
const v1Expected = {
  format: 'jamlikhetskollen.assessment',
  formatVersion: 5,
  id: 'a-kontorsmaterial',
  name: '',
  questionnaire: { id: 'proposal', contentVersion: '0.9.0' },
  createdAt: '2026-02-03T08:15:00.000Z',
  updatedAt: '2026-02-04T13:40:00.000Z',
  revision: 7,
  answers: v1.answers,
  earlierAnswers: [],
  progress: { phase: 'review', stepId: null, reached: ['basics', 'proposal', 'screening', 'summary'] },
  drafts: {},
  review: [],
  followUps: [],
};

describe('the migration registry', () => {
  it('has exactly one step from each earlier version, and none from the current one', () => {
    const versions = Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => i + 1));
    for (const v of versions) expect(MIGRATIONS[v]!.from).toBe(v);
  });
});

describe('1 → 2', () => {
  it('adds an empty earlierAnswers right after answers and sets the version', () => {
    const out = v1ToV2.migrate({ format: 'x', formatVersion: 1, answers: { a: 'b' }, progress: 1 });
    expect(out).toEqual({ format: 'x', formatVersion: 2, answers: { a: 'b' }, earlierAnswers: [], progress: 1 });
    expect(Object.keys(out)).toEqual(['format', 'formatVersion', 'answers', 'earlierAnswers', 'progress']);
  });

  it('does not change its input and leaves fields it does not know for the schema to judge', () => {
    const input = { formatVersion: 1, answers: {}, extra: true };
    const copy = structuredClone(input);
    expect(v1ToV2.migrate(input)).toMatchObject({ extra: true, earlierAnswers: [] });
    expect(input).toEqual(copy);
  });
});

describe('2 → 3', () => {
  it('only sets the version: a workshop origin is new, nothing old changes meaning', () => {
    const input = { format: 'x', formatVersion: 2, answers: { a: 'b' }, origin: { kind: 'share', at: 't' } };
    const copy = structuredClone(input);
    const out = v2ToV3.migrate(input);
    expect(out).toEqual({ ...copy, formatVersion: 3 });
    expect(Object.keys(out)).toEqual(Object.keys(copy));
    expect(input).toEqual(copy);
  });

  it('the version 2 file reads as the same data in format 3, and an unknown origin kind is still refused', () => {
    expect(parseAssessmentJson(JSON.stringify({ ...v2, origin: { kind: 'nope', at: 't' } })).ok).toBe(false);
    expect(parseAssessmentJson(formatFixture('v2.json'))).toEqual({ ok: true, value: { ...v2, formatVersion: 5, review: [], followUps: [] } });
  });
});

describe('3 → 4', () => {
  it('adds an empty review and empty follow-ups after what is there, leaves the decision absent, and sets the version', () => {
    const input = { format: 'x', formatVersion: 3, answers: { a: 'b' }, drafts: {} };
    const copy = structuredClone(input);
    const out = v3ToV4.migrate(input);
    expect(out).toEqual({ ...copy, formatVersion: 4, review: [], followUps: [] });
    expect(Object.keys(out)).toEqual([...Object.keys(copy), 'review', 'followUps']);
    expect('decision' in out).toBe(false);
    expect(input).toEqual(copy);
  });

  it('the version 3 file reads as the same data in the current format, with nothing reviewed, decided or followed up', () => {
    expect(parseAssessmentJson(formatFixture('v3.json'))).toEqual({ ok: true, value: { ...v3, formatVersion: 5, review: [], followUps: [] } });
  });
});

describe('4 → 5', () => {
  it('only sets the version: question packs are new and optional, nothing old changes meaning', () => {
    const input = { format: 'x', formatVersion: 4, questionnaire: { id: 'proposal', contentVersion: '1.0.0' }, earlierAnswers: [] };
    const copy = structuredClone(input);
    const out = v4ToV5.migrate(input);
    expect(out).toEqual({ ...copy, formatVersion: 5 });
    expect(Object.keys(out)).toEqual(Object.keys(copy));
    expect(input).toEqual(copy);
  });

  it('the version 4 file reads as the same data in format 5, with no packs', () => {
    const parsed = parseAssessmentJson(formatFixture('v4.json'));
    expect(parsed).toEqual({ ok: true, value: { ...v4, formatVersion: 5 } });
    expect(parsed.ok && 'packs' in parsed.value.questionnaire).toBe(false);
  });
});

describe('migrate', () => {
  it('refuses a newer version with file.newer, naming both versions', () => {
    expect(migrate({ ...v2, formatVersion: FORMAT_VERSION + 1 })).toEqual({
      ok: false,
      problems: [{ code: 'file.newer', path: '$.formatVersion', params: { version: FORMAT_VERSION + 1, supported: FORMAT_VERSION } }],
    });
  });

  it.each([[0], ['1'], [1.5]])('refuses the format version %j as one that never existed', (version) => {
    const parsed = migrate({ ...v1, formatVersion: version });
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).toEqual(['file.version']);
  });

  it('refuses a file without a format version as missing one', () => {
    const { formatVersion: _missing, ...rest } = v1;
    const parsed = migrate(rest);
    expect(parsed.ok ? [] : parsed.problems.map((p) => `${p.code} ${p.path}`)).toEqual(['schema.required $.formatVersion']);
  });

  it('leaves a current document as it is', () => {
    expect(migrate(v5)).toEqual({ ok: true, value: v5 });
  });
});

describe('the fixture of each format version', () => {
  it('v1.json migrates to exactly the expected current document', () => {
    const parsed = parseAssessmentJson(formatFixture('v1.json'));
    expect(parsed).toEqual({ ok: true, value: v1Expected });
    // Exported in the schema's key order, the same bytes every time.
    const text = exportJson(parsed.ok ? parsed.value : (undefined as never));
    expect(text).toBe(`${JSON.stringify(v1Expected, null, 2)}\n`);
    const again = parseAssessmentJson(text);
    expect(again.ok && exportJson(again.value)).toBe(text);
  });

  it('v3.json keeps its workshop origin in the current format', () => {
    const parsed = parseAssessmentJson(formatFixture('v3.json'));
    expect(parsed.ok && parsed.value.origin).toEqual({ kind: 'workshop', at: '2026-03-10T08:55:00.000Z', from: 'library' });
  });

  it('v4.json keeps its review rounds, decision and follow-up in the current format', () => {
    const parsed = parseAssessmentJson(formatFixture('v4.json'));
    expect(parsed).toEqual({ ok: true, value: { ...v4, formatVersion: 5 } });
  });

  it('v5.json is current: its packs and a pack’s set-aside answers parse to themselves and export to the same bytes', () => {
    const text = formatFixture('v5.json');
    const parsed = parseAssessmentJson(text);
    expect(parsed).toEqual({ ok: true, value: v5 });
    expect(exportJson(parsed.ok ? parsed.value : (undefined as never))).toBe(text);
  });

  it.each([
    ['a pack without a version', (d: Assessment) => delete (d.questionnaire.packs![0] as { version?: string }).version],
    ['a pack version that is not major.minor.patch', (d: Assessment) => (d.questionnaire.packs![0]!.version = 'v1')],
    ['a pack id that is not an id', (d: Assessment) => (d.questionnaire.packs![0]!.id = 'Norrby Goals')],
    ['a field a pack reference does not have', (d: Assessment) => Object.assign(d.questionnaire.packs![0]!, { url: 'x' })],
    ['set-aside answers naming a pack that is not an id', (d: Assessment) => (d.earlierAnswers.at(-1)!.pack = '')],
  ])('v5: %s is refused', (_, spoil) => {
    const doc = structuredClone(v5) as unknown as Assessment;
    spoil(doc);
    expect(parseAssessmentJson(JSON.stringify(doc)).ok).toBe(false);
  });

  it.each([
    // Wrong on purpose, so cast past the types.
    ['a verdict that is not one', (d: Assessment) => (d.review[0]!.steps.groups!.verdict = 'ok' as never)],
    ['a sign-off date with a time', (d: Assessment) => (d.review[0]!.signOff!.date = '2026-03-13T08:00')],
    ['an unknown decision outcome', (d: Assessment) => (d.decision!.outcome = 'tabled' as never)],
    ['a figure given as text', (d: Assessment) => (d.followUps[0]!.indicators[0]!.figures[0]!.now = '110' as never)],
    ['an unknown measure status', (d: Assessment) => (d.followUps[0]!.measures[0]!.status = 'maybe' as never)],
  ])('v4: %s is refused', (_, spoil) => {
    const doc = structuredClone(v4) as unknown as Assessment;
    spoil(doc);
    expect(parseAssessmentJson(JSON.stringify(doc)).ok).toBe(false);
  });

  it('a stored record of format 1 reads as the current document', () => {
    expect(ZStoredAssessment.parse(v1)).toEqual(v1Expected);
    expect(ZStoredAssessment.safeParse({ ...v1, formatVersion: 99 }).success).toBe(false);
  });
});
