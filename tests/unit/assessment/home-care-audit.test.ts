// The self-audit walked from start to result: home care for people over 65
// (tests/fixtures/home-care-audit.ts). Each of the problems the answers
// describe is a finding, none is raised twice, the figures and sources
// entered for each group count as evidence about it, no recommendation reads
// "met" beside its own open problems, and nothing says there are no groups.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/assessment/evaluate';
import { firstInvalid } from '../../../src/machine/navigation';
import { auditFile, framework } from '../../fixtures/crafted';
import { HOME_CARE, homeCareAudit } from '../../fixtures/home-care-audit';

const run = (answers = homeCareAudit()) => evaluate(auditFile, framework, { answers });
const rows = (r: ReturnType<typeof run>) => r.findings.map((f) => [f.id, f.severity, f.recommendations] as const).sort((a, b) => a[0].localeCompare(b[0]));

describe('the home-care self-audit', () => {
  const result = run();

  it('is a complete, valid audit', () => {
    expect(firstInvalid({ file: auditFile, framework }, homeCareAudit())?.id).toBeUndefined();
  });

  it('finds each real problem once: two groups under-represented, two serious barriers, resources against need, and the conclusion that contradicts them', () => {
    expect(rows(result)).toEqual([
      [`barrier-excludes-unaddressed:${HOME_CARE.phone}`, 'medium', ['r1', 'r5']],
      [`barrier-excludes-unaddressed:${HOME_CARE.interpreter}`, 'medium', ['r1', 'r5']],
      ['judgement-contradicts-findings', 'high', ['r1']],
      ['resources-against-need', 'high', ['r1', 'r5']],
      [`under-represented:${HOME_CARE.men}`, 'high', ['r1', 'r5']],
      [`under-represented:${HOME_CARE.bornAbroad}`, 'high', ['r1', 'r5']],
    ]);
  });

  it('computes the representation ratio per group against the threshold of 0.8', () => {
    expect(result.representation.map((r) => [r.title, r.usersShare, r.needShare, r.ratio === null ? null : Math.round(r.ratio * 1000) / 1000, r.under])).toEqual([
      ['Män över 65 år', 30, 45, 0.667, true],
      ['Personer över 65 år födda utanför Europa', 4, 9, 0.444, true],
      ['Personer över 65 år i Norra distriktet', 20, 22, 0.909, false],
    ]);
    expect(result.findings.find((f) => f.id === `under-represented:${HOME_CARE.men}`)?.params).toMatchObject({ group: 'Män över 65 år', usersShare: 30, needShare: 45 });
  });

  it('names the phone-only barrier as a contact-channel barrier, with suggestions for that channel', () => {
    const phone = result.findings.find((f) => f.id === `barrier-excludes-unaddressed:${HOME_CARE.phone}`)!;
    expect(phone.params).toEqual({ barrier: 'Biståndsbedömningen görs bara per telefon', groups: ['Män över 65 år', 'Personer över 65 år födda utanför Europa'], dimensions: ['dimension-channel'] });
    expect(phone.suggestions).toEqual(['channel-more-ways', 'channel-contact-out']);
  });

  it('counts the figures and the source entered for each group as evidence about it', () => {
    expect(result.findings.filter((f) => f.code === 'group-without-evidence')).toEqual([]);
    // Without the source, the shares alone still count; without either, the group has no evidence.
    const noSource = homeCareAudit();
    noSource['representation.groups'] = (noSource['representation.groups'] as Array<{ id: string; values: Record<string, string | string[]> }>).map((g) => ({ ...g, values: { ...g.values, 'representation.group.source': '' } }));
    expect(run(noSource).findings.filter((f) => f.code === 'group-without-evidence')).toEqual([]);
    const nothing = { ...noSource, 'representation.groups': (noSource['representation.groups'] as Array<{ id: string; values: Record<string, string | string[]> }>).map((g) => ({ ...g, values: { ...g.values, 'representation.group.users-share': '', 'representation.group.need-share': '' } })) };
    expect(run(nothing).findings.filter((f) => f.code === 'group-without-evidence').map((f) => f.id)).toEqual(Object.values(HOME_CARE).slice(0, 3).map((g) => `group-without-evidence:${g}`));
  });

  it('reads no recommendation as "met" beside its own open serious or important findings', () => {
    const metBeside = result.recommendations.filter((r) => r.status === 'met' && result.findings.some((f) => f.severity !== 'low' && f.recommendations.includes(r.id)));
    expect(metBeside.map((r) => r.id)).toEqual([]);
    expect(result.recommendations.find((r) => r.id === 'r5')!.status).not.toBe('met');
  });

  it('has its three groups, and no matrix of consequences per group to show (the audit asks none)', () => {
    expect(result.heatmap.groups.map((g) => g.id)).toEqual([HOME_CARE.men, HOME_CARE.bornAbroad, HOME_CARE.north]);
    expect(result.heatmap.dimensions).toEqual([]);
    const noGroups = result.recommendations.flatMap((r) => [...r.reasons, ...r.criteria.flatMap((c) => c.evidenceReasons)]).filter((x) => x.code === 'no-groups');
    expect(noGroups).toEqual([]);
  });

  it('says, for a service without child users, that no children are affected', () => {
    const r3 = result.recommendations.find((r) => r.id === 'r3')!;
    expect(r3.reasons.map((x) => x.code)).toContain('children-not-affected');
    expect(r3.status).toBe('not-relevant');
  });

  it('is resolved by improvements for each group and the conclusion that the service is unequal', () => {
    const a = homeCareAudit();
    a['improvements.items'] = [
      {
        id: 'hi-1',
        values: {
          'improvements.item.what': 'Biståndsbedömning vid hembesök och med tolk',
          'improvements.item.addresses': [HOME_CARE.men, HOME_CARE.bornAbroad],
          'improvements.item.kind': 'adapt',
          'improvements.item.compensates': 'yes',
          'improvements.item.proportionate': 'yes',
          'improvements.item.owner': 'Enhetschefen',
          'improvements.item.cost': '200 000 kr',
          'improvements.item.date': '2027-06-30',
        },
      },
    ];
    a['resources.in-proportion'] = 'more-where-need';
    a['conclusion.judgement'] = 'unequal';
    const resolved = run(a);
    // Under-representation stays known (the figures do not change by planning), but is no longer serious.
    expect(rows(resolved)).toEqual([
      [`under-represented:${HOME_CARE.men}`, 'medium', ['r1', 'r5']],
      [`under-represented:${HOME_CARE.bornAbroad}`, 'medium', ['r1', 'r5']],
    ]);
  });
});
