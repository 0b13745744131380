// Records of an earlier format in IndexedDB read as the current format, and
// answers set aside from an earlier questionnaire version survive saving,
// exporting and importing again.
// oxlint-disable-next-line import/no-unassigned-import -- installs the IndexedDB globals that idb uses
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../../src/assessment/assessment';
import { adoptContentVersion } from '../../../src/assessment/earlier';
import { exportJson, parseAssessmentJson } from '../../../src/assessment/export-file';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { openDatabase, STORE } from '../../../src/storage/database';
import { openRepository, type Repository } from '../../../src/storage/repository';
import { formatFixture } from '../../fixtures/formats';
import { uniqueDbName } from './fixtures';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const v1 = JSON.parse(formatFixture('v1.json')) as Record<string, unknown>;
const repositories: Repository[] = [];

afterEach(() => {
  repositories.splice(0).forEach((repo) => repo.close());
});

async function withV1Record() {
  const name = uniqueDbName();
  const db = await openDatabase(name);
  await db.put(STORE, v1);
  db.close();
  const repo = await openRepository(name, { now: () => new Date('2026-03-01T12:00:00.000Z') });
  repositories.push(repo);
  return repo;
}

describe('stored records of an earlier format', () => {
  it('list and get read a format 1 record as the current format', async () => {
    const repo = await withV1Record();
    const listed = await repo.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ ok: true, assessment: { id: 'a-kontorsmaterial', formatVersion: FORMAT_VERSION, earlierAnswers: [] } });
    expect(await repo.get('a-kontorsmaterial')).toEqual(listed[0]!.ok && listed[0]!.assessment);
  });

  it('set-aside answers survive a save, an export and an import', async () => {
    const repo = await withV1Record();
    const opened = adoptContentVersion(file, framework, (await repo.get('a-kontorsmaterial'))!);
    expect(opened.earlierAnswers).toHaveLength(1);
    // The stored revision is 7: a save based on it is accepted (the record was readable).
    const saved = await repo.save({ ...opened, answers: { ...opened.answers, 'summary.notes': 'Klart.' } }, 7);
    const reread = (await repo.get('a-kontorsmaterial'))!;
    expect(reread).toEqual(saved);
    expect(reread.earlierAnswers).toEqual(opened.earlierAnswers);
    expect(reread.questionnaire.contentVersion).toBe(file.contentVersion);
    const imported = parseAssessmentJson(exportJson(reread));
    expect(imported).toEqual({ ok: true, value: reread });
    expect(exportJson(reread)).toContain('"proposal.old-question": "Ja, förslaget är avstämt med kommunens miljöstrateg."');
  });
});
