// The self-audit of an existing service speaks as an audit. Every text it
// shows (its questions, steps and options, and the criteria of the check as
// a reader in the `service` context sees them) must not speak of a decision
// that is yet to be taken: the service exists, nothing is being proposed.
// The representation questions explain the ratio with the framework's own
// threshold, and the English names what the 3R method's Swedish terms mean.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, resources } from '../../src/i18n/resources';
import { framework, questionnaires, workshop } from '../../src/questionnaire/catalogue';
import { flattenTexts, frameworkTextKeys, questionnaireTextKeys, resolveText, workshopTextKeys } from '../../src/questionnaire/texts';

const audit = questionnaires.find((q) => q.subject === 'service')!;
const content = Object.fromEntries(LANGUAGES.map((l) => [l, flattenTexts(resources[l].content)]));

/** Wording that belongs to a proposal before its decision, never to a running service. */
const PROPOSAL_WORDING: Record<string, RegExp[]> = {
  sv: [/förslag/iu, /beslutet fattas/iu, /fattar beslut/iu, /(innan|före|efter) beslut/iu, /nollalternativ/iu, /beslutsunderlag/iu, /tjänsteskrivelse/iu, /\bbeslutet\b/iu],
  en: [/proposal/iu, /before the decision/iu, /decision is (made|taken)/iu, /(zero|do-nothing) (alternative|option)/iu, /decision document/iu, /officer[’']s report/iu, /\bthe decision\b/iu],
};

/** The patterns `text` matches in `lang`. */
export function proposalWording(text: string, lang: string): string[] {
  return (PROPOSAL_WORDING[lang] ?? []).filter((re) => re.test(text)).map((re) => re.source);
}

/** The audit's own text keys, the check's criterion texts (asked from the framework) and the facilitator notes of its steps. */
const auditSteps = new Set(audit.steps.map((s) => s.id));
const keys = [
  ...questionnaireTextKeys(audit).map((k) => k.key),
  ...frameworkTextKeys(framework).map((k) => k.key).filter((k) => k.startsWith('criteria.')),
  ...workshopTextKeys({ ...workshop, notes: workshop.notes.filter((n) => auditSteps.has(n.step)) }).map((k) => k.key),
];

/** Each text as an audit's reader sees it: `key: text`, context variant first. */
function auditTexts(lang: string, context: 'service' | undefined): Array<[string, string]> {
  return [...new Set(keys)].flatMap((key) => {
    const text = resolveText(content[lang]!, key, context);
    return typeof text === 'string' ? [[key, text] as [string, string]] : [];
  });
}

describe('the self-audit (questionnaires/service-audit.json)', () => {
  it('is the questionnaire about an existing service', () => {
    expect(audit.id).toBe('service-audit');
  });

  it.each(LANGUAGES)('%s: no text speaks of a proposal or a decision not yet taken', (lang) => {
    const texts = auditTexts(lang, 'service');
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.flatMap(([key, text]) => proposalWording(text, lang).map((p) => `${key}: ${p}`))).toEqual([]);
  });

  // The check above can fail: read without the service context, the criteria speak of a proposal.
  it.each(LANGUAGES)('%s: without its service wording, the check would speak of a proposal', (lang) => {
    const flagged = auditTexts(lang, undefined)
      .filter(([, text]) => proposalWording(text, lang).length > 0)
      .map(([key]) => key);
    expect(flagged).toEqual(expect.arrayContaining(['criteria.r2.impact-assessed.label', 'criteria.r2.alternatives-compared.label', 'criteria.r1.consequences-stated.label']));
  });

  it.each([
    ['sv', 'Konsekvenserna är bedömda innan beslutet fattas.'],
    ['sv', 'Olika alternativ har jämförts, också nollalternativet.'],
    ['sv', 'Koppla förslaget till målet.'],
    ['en', 'The consequences have been assessed before the decision is made.'],
    ['en', 'Compare it with the do-nothing option.'],
    ['en', 'Link the proposal to the goal.'],
  ])('%s: flags %j', (lang, text) => {
    expect(proposalWording(text, lang)).not.toEqual([]);
  });

  it.each([
    ['sv', 'Tjänsten granskas regelbundet för att se om den når alla grupper efter behov.'],
    ['sv', 'Hur ser det ut bland personal och beslutsfattare?'],
    ['en', 'The service is reviewed regularly to see whether it reaches every group according to need.'],
  ])('%s: lets %j pass', (lang, text) => {
    expect(proposalWording(text, lang)).toEqual([]);
  });

  it.each(LANGUAGES)('%s: the representation help explains the ratio with the framework’s threshold', (lang) => {
    const threshold = framework.thresholds.underRepresented;
    expect(threshold).toBeDefined();
    const help = String(content[lang]!['questions.representation.group.need-share.help']);
    expect(help).toContain(new Intl.NumberFormat(lang).format(threshold!));
    // Where the figures come from is said beside the figures.
    expect(String(content[lang]!['questions.representation.group.need-share.hint'])).toMatch(/SCB/u);
  });

  it('English names what the method’s Swedish terms mean instead of using them', () => {
    const english = auditTexts('en', 'service').filter(([, text]) => /\breali(a|se|sation|ze)\b/iu.test(text));
    expect(english).toEqual([]);
  });
});
