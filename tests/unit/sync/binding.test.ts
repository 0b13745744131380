// An assessment as a Yjs document (src/sync/binding.ts): every assessment
// comes back from its document byte for byte, also after travelling as a Yjs
// update; edits by two people at once to different answers both survive, two
// people typing in one free-text field merge, and a group's items merge by id.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Assessment } from '../../../src/assessment/assessment';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import type { GroupItem } from '../../../src/questionnaire/answers';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { assessmentToDoc, docToAssessment, freeTextOf, onRemoteChange, updateDoc, type FreeText } from '../../../src/sync/binding';
import { decidedAssessment, validAssessment } from '../../fixtures/arbitraries';
import { CASES, caseAssessment } from '../../fixtures/cases';
import { formatFixture, formatFixtures } from '../../fixtures/formats';
import { stressAssessment } from '../../fixtures/stress';

const EXAMPLES = resolve(import.meta.dirname, '../../../questionnaires/examples');

const freeTextFor = (a: Assessment): FreeText => freeTextOf(questionnaires.find((q) => q.id === a.questionnaire.id)!);

function parsed(text: string): Assessment {
  const result = parseAssessmentJson(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** Every assessment the tests keep as a file or build: the format fixtures, the worked examples, the cases, the stress case. */
const fixtures: Array<[string, Assessment]> = [
  ...formatFixtures().map((name): [string, Assessment] => [`formats/${name}`, parsed(formatFixture(name))]),
  ...readdirSync(EXAMPLES).map((name): [string, Assessment] => [`examples/${name}`, parsed(readFileSync(resolve(EXAMPLES, name), 'utf8'))]),
  ...CASES.map((c): [string, Assessment] => [`case ${c.id}`, caseAssessment(c)]),
  ['stress', stressAssessment()],
];

/** A second client: a document that has received everything `doc` has. */
function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Sends each document what the other has and it lacks (both ways), as a sync over the network would. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

describe('an assessment as a document', () => {
  it.each(fixtures)('%s comes back byte for byte, and so after travelling as an update', (_, assessment) => {
    const json = JSON.stringify(assessment);
    const doc = assessmentToDoc(assessment, freeTextFor(assessment));
    expect(JSON.stringify(docToAssessment(doc, assessment.revision))).toBe(json);
    expect(JSON.stringify(docToAssessment(replica(doc), assessment.revision))).toBe(json);
  });

  it('any assessment the import accepts comes back byte for byte', () => {
    fc.assert(
      fc.property(fc.oneof(validAssessment, decidedAssessment), (assessment) => {
        const doc = assessmentToDoc(assessment, freeTextFor(assessment));
        expect(JSON.stringify(docToAssessment(doc, assessment.revision))).toBe(JSON.stringify(assessment));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps free text as Y.Text and a choice as a plain value', () => {
    const library = fixtures.find(([name]) => name === 'examples/library.sv.json')![1];
    const answers = assessmentToDoc(library, freeTextFor(library)).getMap('answers');
    expect(answers.get('proposal.what')).toBeInstanceOf(Y.Text);
    expect(typeof answers.get('screening.affects-people')).toBe('string');
    expect(answers.get('groups.items')).toBeInstanceOf(Y.Array);
  });

  it('writes nothing when nothing changed', () => {
    const [, library] = fixtures.find(([name]) => name === 'examples/library.sv.json')!;
    const doc = assessmentToDoc(library, freeTextFor(library));
    let updates = 0;
    doc.on('update', () => (updates += 1));
    updateDoc(doc, structuredClone(library), freeTextFor(library));
    expect(updates).toBe(0);
  });
});

describe('two people at once', () => {
  const [, library] = fixtures.find(([name]) => name === 'examples/library.sv.json')!;
  const freeText = freeTextFor(library);
  const start = () => {
    const a = assessmentToDoc(library, freeText);
    return { a, b: replica(a) };
  };
  const read = (doc: Y.Doc) => docToAssessment(doc, 0) as unknown as Assessment;

  it('both keep their answers to different questions', () => {
    const { a, b } = start();
    updateDoc(a, { ...library, answers: { ...library.answers, 'proposal.what': 'Kortare öppettider.' } }, freeText);
    updateDoc(b, { ...library, answers: { ...library.answers, 'screening.magnitude': 'large' } }, freeText);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(read(doc).answers['proposal.what']).toBe('Kortare öppettider.');
      expect(read(doc).answers['screening.magnitude']).toBe('large');
    }
    expect(JSON.stringify(read(a))).toBe(JSON.stringify(read(b)));
  });

  it('merge what they type into one free-text field', () => {
    const { a, b } = start();
    const base = { ...library, answers: { ...library.answers, 'proposal.problem': 'Biblioteket har för få besökare.' } };
    updateDoc(a, base, freeText);
    exchange(a, b);
    updateDoc(a, { ...base, answers: { ...base.answers, 'proposal.problem': 'Biblioteket har för få besökare på kvällarna.' } }, freeText);
    updateDoc(b, { ...base, answers: { ...base.answers, 'proposal.problem': 'Filialbiblioteket har för få besökare.' } }, freeText);
    exchange(a, b);
    expect(read(a).answers['proposal.problem']).toBe('Filialbiblioteket har för få besökare på kvällarna.');
    expect(read(b).answers['proposal.problem']).toBe('Filialbiblioteket har för få besökare på kvällarna.');
  });

  it('keep a group item one adds while the other edits another item', () => {
    const { a, b } = start();
    const items = library.answers['groups.items'] as GroupItem[];
    const added: GroupItem = { id: 'new-item', values: { 'groups.item.name': 'Unga vuxna' } };
    updateDoc(a, { ...library, answers: { ...library.answers, 'groups.items': [...items, added] } }, freeText);
    const edited = items.map((item, i) => (i === 0 ? { ...item, values: { ...item.values, 'groups.item.name': 'Äldre över 75 år' } } : item));
    updateDoc(b, { ...library, answers: { ...library.answers, 'groups.items': edited } }, freeText);
    exchange(a, b);
    for (const doc of [a, b]) {
      const merged = read(doc).answers['groups.items'] as GroupItem[];
      expect(merged.map((item) => item.id)).toEqual([...items.map((item) => item.id), 'new-item']);
      expect(merged[0]!.values['groups.item.name']).toBe('Äldre över 75 år');
    }
  });

  it('tells the other client, and only the other, that something changed', () => {
    const { a, b } = start();
    let heardA = 0;
    let heardB = 0;
    onRemoteChange(a, () => (heardA += 1));
    const stop = onRemoteChange(b, () => (heardB += 1));
    updateDoc(a, { ...library, name: 'Öppettider, andra utkastet' }, freeText);
    expect([heardA, heardB]).toEqual([0, 0]);
    exchange(a, b);
    expect([heardA, heardB]).toEqual([0, 1]);
    stop();
    updateDoc(a, { ...library, name: 'Öppettider, tredje utkastet' }, freeText);
    exchange(a, b);
    expect(heardB).toBe(1);
  });
});
