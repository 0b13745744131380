// What the decision text says, case by case on crafted assessments: a
// measure that does not compensate is said to be exactly that (never "no
// measure"); groups all covered get no "no measure" sentence; an indicator
// without a baseline or breakdown is said to lack them; each group gets its
// own gains and losses; a "no" on lawfulness is said for that group; the
// judgement, the children's rights and what is known about women and men
// are said as the answers give them.
import { describe, expect, it } from 'vitest';
import type { DecisionSentence, DecisionText } from '../../../src/assessment/decision-text';
import { createI18n } from '../../../src/i18n';
import { wordDecisionText, wordSentence, type Translate } from '../../../src/i18n/decision-text';
import type { Answers } from '../../../src/questionnaire/answers';
import { criteria, field, INCOME_CRITERIA, perItem, proposalBase, proposalFile, P_GROUPS, P_MEASURE } from '../../fixtures/crafted';
import { homeCareAudit, textCase } from './decision-text-cases';

const sv = createI18n('sv').t as unknown as Translate;
const en = createI18n('en').t as unknown as Translate;
const [G1, G2, G3] = P_GROUPS;
const NAMES = { [G1]: 'Äldre utan dator', [G2]: 'Barn i årskurs 4–6', [G3]: 'Unga vuxna' };

const text = (answers: Answers): DecisionText => textCase('crafted', proposalFile, answers).text;
const all = (t: DecisionText) => t.blocks.flatMap((b) => b.sentences);
const codes = (t: DecisionText, block?: string) => (block ? (t.blocks.find((b) => b.id === block)?.sentences ?? []) : all(t)).map((s) => s.code);
const find = (t: DecisionText, code: string) => all(t).filter((s) => s.code === code);
const block = (t: DecisionText, id: string, lang: 'sv' | 'en' = 'sv') => wordDecisionText(lang === 'sv' ? sv : en, lang, t).blocks.find((b) => b.id === id)?.text ?? '';
const say = (s: DecisionSentence, lang: 'sv' | 'en' = 'sv') => wordSentence(lang === 'sv' ? sv : en, lang, s);

/** Group `g` worse off on physical access. */
const worse = (a: Answers, g: string, q = 'consequences.access-physical') => perItem(a, q, g, 'worse');
const measure = (a: Answers, values: Record<string, string | string[]>) => field(a, 'measures.items', P_MEASURE, values);

describe('measures: "no measure" and "no measure that compensates" are different facts', () => {
  it('a measure addresses the group but does not compensate: says exactly that, never "no measure"', () => {
    const t = text(measure(worse(proposalBase(), G1), { 'measures.item.compensates': 'no' }));
    expect(find(t, 'uncompensated').map((s) => s.params?.groups)).toEqual([[NAMES[G1]]]);
    expect(codes(t)).not.toContain('unaddressed');
    expect(codes(t)).not.toContain('measures-none');
    const words = block(t, 'measures');
    expect(words).toContain('Det finns åtgärder för den här gruppen, men ingen av dem ska kompensera för det som blir sämre: Äldre utan dator.');
    expect(words).not.toMatch(/saknas.*åtgärd|Ingen åtgärd|inga åtgärder/i);
    expect(block(t, 'measures', 'en')).not.toMatch(/no measure/i);
  });

  it('no measure addresses the group: says that no measure is aimed at it', () => {
    const t = text(measure(worse(proposalBase(), G1), { 'measures.item.addresses': [G2, G3] }));
    expect(find(t, 'unaddressed').map((s) => s.params?.groups)).toEqual([[NAMES[G1]]]);
    expect(codes(t)).not.toContain('uncompensated');
    expect(block(t, 'measures')).toContain('Ingen åtgärd riktar sig till den här gruppen, som kan få det sämre: Äldre utan dator.');
  });

  it('all groups covered by a compensating measure: no sentence says a measure is missing', () => {
    const t = text(worse(worse(proposalBase(), G1), G2, 'consequences.access-cost'));
    expect(codes(t, 'measures')).toContain('all-compensated');
    for (const code of ['unaddressed', 'uncompensated', 'measures-none']) expect(codes(t)).not.toContain(code);
    expect(block(t, 'measures')).not.toMatch(/Ingen åtgärd|inga åtgärder|saknas/i);
    expect(block(t, 'measures', 'en')).not.toMatch(/no measure|proposes no/i);
  });

  it('names each measure with the groups it is for', () => {
    const t = text(measure(proposalBase(), { 'measures.item.addresses': [G2] }));
    const [m] = find(t, 'measure-compensating');
    expect(m?.params).toMatchObject({ measure: 'Förstärkt bemanning', groups: [NAMES[G2]] });
    expect(say(m!)).toBe('Förstärkt bemanning: åtgärden ska kompensera för det som blir sämre och är till för den här gruppen: Barn i årskurs 4–6.');
  });
});

describe('indicators say plainly what they lack', () => {
  const indicator = (a: Answers, values: Record<string, string | string[]>) => {
    const items = a['follow-up.indicators'] as Array<{ id: string }>;
    return field(a, 'follow-up.indicators', items[0]!.id, values);
  };
  const table: Array<[Record<string, string | string[]>, string, RegExp, RegExp, number]> = [
    [{ 'follow-up.indicator.breakdown': ['none'], 'follow-up.indicator.baseline': '' }, 'indicator-no-breakdown-no-baseline', /inte uppdelad på grupper och har inget utgångsvärde/, /neither broken down by group nor has a baseline/, 2],
    [{ 'follow-up.indicator.baseline': '' }, 'indicator-breakdown-no-baseline', /uppdelad på ålder och område, men den har inget utgångsvärde/, /broken down by age and area, but it has no baseline/, 1],
    [{ 'follow-up.indicator.breakdown': ['none'] }, 'indicator-no-breakdown-baseline', /inte uppdelad på grupper.*Utgångsvärde: 1 200 besök per vecka/, /not broken down by group/, 1],
    [{}, 'indicator-breakdown-baseline', /uppdelad på ålder och område\. Utgångsvärde: 1 200 besök per vecka\./, /broken down by age and area\. Baseline: 1 200 besök per vecka\./, 0],
  ];
  it.each(table)('%j → %s', (values, code, svText, enText, findings) => {
    const t = text(indicator(proposalBase(), values));
    const [s] = find(t, code);
    expect(s).toBeDefined();
    expect(say(s!)).toMatch(svText);
    expect(say(s!, 'en')).toMatch(enText);
    expect(s!.findings?.length ?? 0).toBe(findings);
  });
});

describe('each group gets its own gains and losses', () => {
  it('says per group on which dimensions it gains or loses, and whether gaps widen', () => {
    let a = worse(proposalBase(), G1);
    a = perItem(a, 'consequences.access-digital', G2, 'better');
    a = perItem(perItem(a, 'consequences.access-cost', G3, 'much-worse'), 'consequences.access-time', G3, 'better');
    a = perItem(a, 'consequences.gaps', G1, 'widens');
    const t = text(a);
    const equality = find(t, 'group-loses').concat(find(t, 'group-gains'), find(t, 'group-gains-losses'));
    expect(equality.map((s) => [s.code, s.params?.group, s.params?.worseDimensions, s.params?.betterDimensions])).toEqual([
      ['group-loses', NAMES[G1], ['consequences.access-physical'], undefined],
      ['group-gains', NAMES[G2], undefined, ['consequences.access-digital']],
      ['group-gains-losses', NAMES[G3], ['consequences.access-cost'], ['consequences.access-time']],
    ]);
    const words = block(t, 'equality');
    expect(words).toContain('Äldre utan dator kan få det sämre när det gäller fysisk tillgång. Skillnaderna mellan gruppen och andra kan då öka.');
    expect(words).toContain('Unga vuxna kan få det bättre när det gäller öppet- och väntetider men sämre när det gäller kostnader.');
    expect(block(t, 'equality', 'en')).toContain('Unga vuxna could be better off in opening hours and waiting times but worse off in costs.');
  });
});

describe('lawfulness is said per group, exactly', () => {
  it('a "no" for one group is said for that group only, with its finding', () => {
    const t = text(worse(perItem(proposalBase(), 'consequences.lawful', G2, 'no'), G2));
    const byGroup = Object.fromEntries(find(t, 'lawfulness-group').map((s) => [s.params?.group as string, s]));
    expect(byGroup[NAMES[G2]]?.params?.tests).toEqual(['lawful-justified.no', 'legitimate-aim.yes', 'appropriate-necessary.yes']);
    expect(byGroup[NAMES[G2]]?.findings).toContain(`lawfulness-failed:${G2}`);
    // The other two groups answered alike, so they share one sentence.
    expect(find(t, 'lawfulness-groups').map((s) => [s.params?.groups, s.params?.tests])).toEqual([
      [[NAMES[G1], NAMES[G3]], ['lawful-justified.yes', 'legitimate-aim.yes', 'appropriate-necessary.yes']],
    ]);
    expect(say(byGroup[NAMES[G2]]!)).toBe(
      'Barn i årskurs 4–6: bedömningen är att skillnaden inte är förenlig med lagen, syftet är legitimt och medlen är lämpliga och nödvändiga för att nå syftet.',
    );
  });
});

/** The per-group answers on women and men cleared, so only the breakdowns of groups, evidence and indicators speak. */
const blankGender = (a: Answers): Answers => ({ ...a, 'consequences.sex-data': {}, 'consequences.sex-difference': {}, 'consequences.unpaid-care': {} });

describe('gender equality per group: what the user said about women and men', () => {
  const withDifference = (a: Answers) => perItem(blankGender(a), 'consequences.sex-difference', G1, 'Fler kvinnor än män saknar dator');

  it('quotes how women and men in a group are affected, and never says it is not reported', () => {
    const t = text(withDifference(proposalBase()));
    const said = find(t, 'gender-difference-group');
    expect(said.map((s) => [s.params?.group, s.params?.difference])).toEqual([[NAMES[G1], 'Fler kvinnor än män saknar dator']]);
    expect(block(t, 'gender')).toContain('Äldre utan dator – så kan förslaget påverka kvinnor och män, flickor och pojkar i gruppen olika: Fler kvinnor än män saknar dator.');
    expect(codes(t, 'gender')).not.toContain('gender-nothing-known');
    expect(codes(t, 'gender')).not.toContain('gender-groups-none');
    expect(block(t, 'gender')).not.toMatch(/redovisas inte var för sig|visar inte hur kvinnor och män/);
    expect(block(t, 'gender', 'en')).not.toMatch(/not set out separately|does not show how women and men/);
  });

  it('says whether the knowledge is broken down by sex, a "no" or "don\u2019t know" as a gap, and names the group once', () => {
    const no = text(perItem(withDifference(proposalBase()), 'consequences.sex-data', G1, 'no'));
    expect(codes(no, 'gender')).toEqual(expect.arrayContaining(['gender-data-no', 'gender-difference']));
    expect(codes(no, 'gender')).not.toContain('gender-difference-group');
    expect(block(no, 'gender')).toContain('Äldre utan dator: det finns inga uppgifter om gruppen uppdelade på kön, och det är en kunskapslucka.');
    const unknown = text(perItem(blankGender(proposalBase()), 'consequences.sex-data', G2, 'dont-know'));
    expect(find(unknown, 'gender-data-unknown').map((s) => s.params?.group)).toEqual([NAMES[G2]]);
    const yes = text(perItem(blankGender(proposalBase()), 'consequences.sex-data', G3, 'yes'));
    expect(find(yes, 'gender-data-yes').map((s) => s.params?.group)).toEqual([NAMES[G3]]);
    expect(codes(yes)).not.toContain('gender-data-no');
    const two = text(perItem(perItem(blankGender(proposalBase()), 'consequences.sex-data', G1, 'yes'), 'consequences.sex-data', G2, 'no'));
    const paragraphs = wordDecisionText(sv, 'sv', two).blocks.find((b) => b.id === 'gender')?.paragraphs ?? [];
    // Each group opens its own paragraph.
    expect(paragraphs.filter((p) => p.startsWith(`${NAMES[G1]}:`) || p.startsWith(`${NAMES[G2]}:`))).toHaveLength(2);
  });

  it('quotes the care that may shift to relatives, and says nothing per group when nothing is answered', () => {
    const care = text(perItem(blankGender(proposalBase()), 'consequences.unpaid-care', G2, 'Föräldrar får skjutsa'));
    expect(find(care, 'unpaid-care-group').map((s) => s.params?.care)).toEqual(['Föräldrar får skjutsa']);
    // Care alone does not say how women and men are affected: the groups' sentence keeps saying that is not set out.
    expect(codes(care, 'gender')).not.toContain('gender-groups-none-described');
    expect(codes(text(withDifference(proposalBase())), 'gender')).toContain('gender-groups-none-described');
    const blank = text(blankGender(proposalBase()));
    for (const c of ['gender-data-yes', 'gender-data-partly', 'gender-data-no', 'gender-data-unknown', 'gender-difference', 'gender-difference-group', 'unpaid-care', 'unpaid-care-group']) {
      expect(codes(blank)).not.toContain(c);
    }
  });
});

describe('cumulative effects per group', () => {
  it('says that other changes hit the group, quoting the details, only when the answer is yes', () => {
    const yes = perItem(proposalBase(), 'consequences.cumulative', G1, 'yes');
    const details = text(perItem(yes, 'consequences.cumulative-details', G1, 'Bussen dras in samma år'));
    expect(find(details, 'cumulative-details').map((s) => s.params?.details)).toEqual(['Bussen dras in samma år']);
    expect(block(details, 'equality')).toContain('Gruppen drabbas under samma period också av andra beslut, besparingar eller förändringar: Bussen dras in samma år.');
    expect(codes(text(perItem(yes, 'consequences.cumulative-details', G1, '')), 'equality')).toContain('cumulative');
    for (const answer of ['no', 'dont-know']) {
      const t = text(perItem(perItem(proposalBase(), 'consequences.cumulative', G1, answer), 'consequences.cumulative-details', G1, 'Bussen dras in'));
      expect(codes(t).filter((c) => c.startsWith('cumulative'))).toEqual([]);
    }
  });
});

describe('national minorities and the Sami', () => {
  const affected = (minorities: string[], more: Answers = {}): Answers => ({ ...proposalBase(), 'groups.minorities': minorities, ...more });

  it('names the minorities affected and says that no consultation is held only when the answer is no', () => {
    const no = text(affected(['roma', 'sweden-finns'], { 'groups.minority-consultation': 'no' }));
    expect(find(no, 'minorities').map((s) => s.params?.minorities)).toEqual([['roma', 'sweden-finns']]);
    expect(block(no, 'equality')).toContain('Förslaget kan påverka de här nationella minoriteterna på ett särskilt sätt: romer och sverigefinnar. Inget samråd med de berörda minoriteterna har hållits eller planerats.');
    expect(block(no, 'equality', 'en')).toContain('these national minorities: Roma and Sweden Finns.');
    expect(find(no, 'minority-consultation-no')[0]?.findings).toEqual(['minority-consultation-missing']);
    const blank = text(affected(['roma'], { 'groups.minority-consultation': '', 'groups.minority-consultation-how': '' }));
    expect(codes(blank).filter((c) => c.startsWith('minority-consultation'))).toEqual([]);
    expect(block(blank, 'equality')).not.toContain('Inget samråd');
  });

  it('quotes how the consultation was held', () => {
    const t = text(affected(['jews'], { 'groups.minority-consultation': 'yes', 'groups.minority-consultation-how': 'Möte med föreningen i maj' }));
    expect(find(t, 'minority-consultation-yes-how').map((s) => s.params?.how)).toEqual(['Möte med föreningen i maj']);
    expect(codes(t)).not.toContain('minority-consultation-no');
  });

  it('says the Sami answer, and a missing consultation of the Sami in the short text too', () => {
    const t = text(affected(['sami'], { 'groups.minority-consultation': 'yes', 'groups.sami-consultation': 'no' }));
    expect(codes(t, 'equality')).toContain('sami-consultation-no');
    expect(t.short.map((s) => s.code)).toContain('sami-consultation-no');
    const notParticular = text(affected(['sami'], { 'groups.minority-consultation': 'yes', 'groups.sami-consultation': 'not-particular' }));
    expect(codes(notParticular)).toContain('sami-consultation-not-relevant');
    expect(notParticular.short.map((s) => s.code)).not.toContain('sami-consultation-not-relevant');
  });

  it('says when no minority is affected, or that it is not known, and nothing about consultation', () => {
    const none = text(affected(['none'], { 'groups.minority-consultation': 'no' }));
    expect(codes(none, 'equality')).toContain('minorities-none');
    expect(codes(none).filter((c) => /consultation/.test(c))).toEqual([]);
    expect(codes(text(affected(['dont-know'])), 'equality')).toContain('minorities-unknown');
    expect(codes(text(affected([]))).filter((c) => c.startsWith('minorit'))).toEqual([]);
  });
});

describe('children, gender equality and the judgement', () => {
  it('says when children were not heard, in the author’s voice', () => {
    const t = text({ ...proposalBase(), 'children.views': 'no', 'children.views-how': '' });
    expect(codes(t, 'children')).toContain('views-no');
    expect(block(t, 'children')).toContain('Barnen har inte fått säga sin mening.');
    expect(codes(t, 'children')).toContain('best-interests-yes-how');
  });

  it('says plainly when nothing is known about women and men, and what is known when it is', () => {
    const stats = proposalBase()['evidence.statistics'] as Array<{ id: string }>;
    const noSex = { ...blankGender(field(proposalBase(), 'evidence.statistics', stats[0]!.id, { 'evidence.statistic.breakdown': ['age'] })) };
    const nothing = text(noSex);
    expect(codes(nothing, 'gender')).toEqual(['gender-nothing-known']);
    expect(block(nothing, 'gender')).toMatch(/^Bedömningen visar inte hur kvinnor och män, flickor och pojkar påverkas/);
    const known = text(field(noSex, 'groups.items', G3, { 'groups.item.factors': ['age', 'sex'] }));
    expect(find(known, 'gender-groups').map((s) => s.params?.groups)).toEqual([[NAMES[G3]]]);
    expect(codes(known, 'gender')).not.toContain('gender-nothing-known');
  });

  it('says which answers of the check do not count, and why', () => {
    const unjustified = text(criteria(proposalBase(), { [INCOME_CRITERIA[0]!]: 'not-relevant' }, ''));
    expect(find(unjustified, 'claims-unjustified').map((s) => s.answers)).toEqual([[{ question: INCOME_CRITERIA[0] }]]);
    expect(block(unjustified, 'closing')).toContain('I ett fall saknas en motivering till svaret i avstämningen, så det räknas inte.');
    const contradicted = text(field(proposalBase(), 'groups.items', G1, { 'groups.item.factors': ['age', 'low-income'] }));
    expect(codes(contradicted, 'closing')).toContain('not-relevant-contradicted');
    expect(codes(text(proposalBase()), 'closing')).not.toContain('claims-unjustified');
  });

  it('a judgement that goes ahead with serious gaps open says so', () => {
    const a = { ...measure(worse(proposalBase(), G1), { 'measures.item.addresses': [G2] }), 'summary.judgement': 'proceed' };
    const t = text(a);
    expect(codes(t, 'closing')).toContain('judgement-proceed-open');
    expect(block(t, 'closing')).toContain('trots att allvarliga brister är öppna');
    expect(block(t, 'closing')).toContain('har stämts av mot de fem rekommendationerna');
    expect(codes(text({ ...proposalBase(), 'summary.judgement': 'proceed' }), 'closing')).toContain('judgement-proceed');
  });
});

describe('an audit of a service says what the audit found, per group', () => {
  const home = homeCareAudit();
  const t = home.text;

  it('names the service and who runs it, where a proposal would be described', () => {
    expect(t.subject).toBe('service');
    expect(codes(t, 'equality')[0]).toBe('service-owner');
    expect(codes(t)).not.toContain('proposal-title');
    expect(block(t, 'equality')).toMatch(/^Granskningen gäller Hemtjänsten i Norrby\. Ansvarig för verksamheten: Äldreomsorgens enhet Norr, enhetschef Lena Ek\./);
  });

  it('gives each group’s share of users against its share of need, with the ratio, and says who is under-represented', () => {
    const rows = all(t).filter((s) => s.code.startsWith('representation'));
    expect(rows.map((s) => [s.code, s.params?.group, s.params?.usersShare, s.params?.needShare])).toEqual([
      ['representation', 'Äldre med rullator', 62, 55],
      // Measured against the population, as the user chose.
      ['representation-under-population', 'Nyanlända', 4, 12.5],
    ]);
    expect(rows[1]!.findings).toEqual(['under-represented:a-3']);
    // Percentages as Intl writes them in Swedish, with a no-break space before the sign.
    const words = block(t, 'equality');
    expect(words).toContain('Äldre med rullator utgör 62\u00a0% av användarna och 55\u00a0% av dem som behöver verksamheten, en kvot på 1,13.');
    expect(words).toContain('Nyanlända använder verksamheten mindre än sin andel av befolkningen motiverar: gruppen utgör 4\u00a0% av användarna men 12,5\u00a0% av befolkningen som verksamheten är till för, en kvot på 0,32.');
    expect(block(t, 'equality', 'en')).toContain('Nyanlända: under-represented, at 4% of the service’s users but 12.5% of the population it serves, a ratio of 0.32.');
    expect(wordDecisionText(sv, 'sv', t).short).toContain('En grupp är underrepresenterad bland användarna: Nyanlända.');
  });

  it('lists the barriers from the most serious down, with the groups they concern and their findings', () => {
    const barriers = all(t).filter((s) => s.code.startsWith('barrier'));
    expect(barriers.map((s) => [s.code, s.params?.barrier, s.params?.concerns])).toEqual([
      ['barrier-groups-severity', 'Ingen rutin för tolk vid hembesök', ['Äldre med rullator', 'Nyanlända']],
      ['barrier-groups-severity', 'Biståndsbedömningen går bara att boka per telefon', ['Nyanlända']],
      ['barrier', 'Broschyren finns bara på svenska', undefined],
    ]);
    expect(barriers[0]!.findings).toEqual(['barrier-excludes-unaddressed:b-2']);
    expect(say(barriers[0]!)).toBe('Hinder: Ingen rutin för tolk vid hembesök. Det gäller Äldre med rullator och Nyanlända. Bedömd allvarlighet – Utestänger: gruppen kan i praktiken inte använda tjänsten.');
  });

  it('says that resources run against need, with the finding, and who must act', () => {
    const [resources] = find(t, 'resources-inverse');
    expect(resources?.findings).toEqual(['resources-against-need']);
    expect(block(t, 'equality')).toContain('Resurserna följer inte behovet. Granskningens svar om resurserna: nej, mindre resurser går dit behoven är störst.');
    expect(codes(t, 'closing')).toEqual(expect.arrayContaining(['judgement', 'audit-action', 'attachment-service']));
    expect(block(t, 'closing')).toContain('De som behöver agera på det granskningen visar: förvaltningens ledning och nämnden eller styrelsen, genom ett beslut.');
    expect(block(t, 'closing', 'en')).toContain('The audit in full is in the report Equity audit of Hemtjänsten i Norrby.');
  });

  it('says "no one needs to act" only when the audit says so', () => {
    const none = textCase('audit none', home.file, { ...home.answers, 'conclusion.action': ['none'] }).text;
    expect(codes(none, 'closing')).toContain('audit-action-none');
    expect(codes(none, 'closing')).not.toContain('audit-action');
  });

  it('speaks as an audit in both languages: no proposal, no decision documents', () => {
    for (const [lang, pattern] of [['sv', /förslag|beslutsunderlag/i], ['en', /proposal|decision document/i]] as const) {
      const worded = wordDecisionText(lang === 'sv' ? sv : en, lang, t);
      expect([...worded.blocks.flatMap((b) => [b.heading, b.text]), worded.short].filter((s) => pattern.test(s))).toEqual([]);
    }
  });

  it('leaves a proposal’s text without any of the audit’s sentences', () => {
    const proposal = text(proposalBase());
    expect(proposal.subject).toBeUndefined();
    expect(codes(proposal).filter((c) => /^(service|representation|barrier|resources|audit-action)/.test(c))).toEqual([]);
  });
});
