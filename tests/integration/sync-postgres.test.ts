// @vitest-environment node
// The sync server with its documents in PostgreSQL (a cluster of the test's
// own): after the server stops and a new one starts on the same database,
// every document is back, the register with it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/assessment/assessment';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { startSyncServer } from '../../src/server/server';
import { issueToken } from '../../src/server/tokens';
import { assessmentToDoc, docToAssessment, freeTextOf } from '../../src/sync/binding';
import { readRegister } from '../../src/sync/register';
import { startPostgres, type Postgres } from './postgres';
import { connect, until } from '../../src/server/node-client';

const SECRET = 'another test secret, long enough for HS256 signing';
const examples = ['library.sv.json', 'home-care.en.json', 'primary-care.sv.json'].map((name) => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../questionnaires/examples', name), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
});
const freeText = (a: Assessment) => freeTextOf(questionnaires.find((q) => q.id === a.questionnaire.id)!);

let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.stop());

describe('the sync server on PostgreSQL', () => {
  it('has every document back after a restart', async () => {
    const token = await issueToken({ sub: 'anna', name: 'Anna', assessments: { '*': 'author' }, register: true }, SECRET);
    const first = await startSyncServer({ secret: SECRET, databaseUrl: postgres.url, debounce: 20, log: () => {} });
    for (const example of examples) {
      const client = connect(first.url, `assessment/${example.id}`, token, assessmentToDoc(example, freeText(example)));
      await client.synced;
      await until(() => !client.provider.hasUnsyncedChanges, 5000, 'the server to have the document');
      client.destroy();
    }
    // Stopping stores what is still pending.
    await first.stop();

    const second = await startSyncServer({ secret: SECRET, databaseUrl: postgres.url, log: () => {} });
    try {
      expect(await second.store.names()).toEqual(expect.arrayContaining([...examples.map((e) => `assessment/${e.id}`), 'register']));
      for (const example of examples) {
        const client = connect(second.url, `assessment/${example.id}`, token);
        await client.synced;
        await until(() => (docToAssessment(client.doc, example.revision) as { id?: string }).id === example.id, 5000, `${example.id} to come back`);
        expect(JSON.stringify(docToAssessment(client.doc, example.revision))).toBe(JSON.stringify(example));
        client.destroy();
      }
      const register = connect(second.url, 'register', token);
      await register.synced;
      await until(() => readRegister(register.doc).length === examples.length, 5000, 'the register');
      expect(readRegister(register.doc).map((l) => l.id).sort()).toEqual(examples.map((e) => e.id).sort());
      register.destroy();
    } finally {
      await second.stop();
    }
  });
});
