// An organisation's profile (src/questionnaire/organisation.ts): its name and
// committees in every language, a contact, and its question packs as paths
// inside its folder; the validate command checks it like any content file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/cli/validate-content';
import { parseOrganisation } from '../../../src/questionnaire/organisation';

const FILE = resolve(import.meta.dirname, '../../fixtures/org/organisation.json');
const raw = (): Record<string, unknown> => JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
const codesAt = (value: unknown) => {
  const parsed = parseOrganisation(value);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.code} ${p.path}`).sort();
};

describe('an organisation profile', () => {
  it('parses, with its committees in both languages and its pack', () => {
    const parsed = parseOrganisation(raw());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.name).toEqual({ sv: 'Norrby kommun', en: 'Norrby Municipality' });
    expect(parsed.value.committees.map((c) => c.sv)).toContain('Kulturnämnden');
    expect(parsed.value.packs).toEqual(['packs/goals.json']);
    expect(validateContent(readFileSync(FILE, 'utf8'))).toEqual({ kind: 'organisation', problems: [] });
  });

  it('needs only a name; committees, contact and packs may come later', () => {
    const parsed = parseOrganisation({ kind: 'organisation', schemaVersion: 1, name: { sv: 'Åsens region', en: 'Åsen Region' } });
    expect(parsed.ok && parsed.value.committees).toEqual([]);
  });

  it('refuses a name missing in a language, a contact that is not an address, and a pack outside the folder', () => {
    expect(
      codesAt({
        ...raw(),
        name: { sv: 'Norrby kommun' },
        contact: { email: 'not an address', url: 'javascript:alert(1)' },
        packs: ['../secret.json', '/etc/packs.json', 'packs/goals.json', 'packs/goals.json'],
      }),
    ).toEqual(['schema.format $.contact.email', 'schema.format $.contact.url', 'schema.format $.packs[0]', 'schema.format $.packs[1]', 'schema.required $.name.en'].sort());
  });

  it('refuses the same pack named twice', () => {
    expect(codesAt({ ...raw(), packs: ['packs/goals.json', 'packs/goals.json'] })).toEqual(['id.duplicate $.packs[1]']);
  });
});
