/**
 * What the tool knows about a criterion, worded for the check step: what the
 * assessment already holds, one short phrase per thing a backing check found
 * ("2 dialoger registrerade: …", "Indikatorn saknar utgångsläge: …"), each
 * with the step it rests on; the answer the accepted answers decide
 * ("Verktyget föreslår: Nej") and the scale option that gives it, for the
 * "use the suggestion" button; why the criterion applies when the assessment
 * says it does; and what to say when the user's rating differs from the
 * proposal, in the results page's words. Nothing when the answers so far
 * say nothing about the criterion.
 */
import type { CriterionEvidence, Fact } from '../../assessment/backing';
import { scaleOption } from '../../assessment/criteria';
import type { Reason } from '../../assessment/result';
import { longDate } from '../../i18n/dates';
import { isLanguage, type Language } from '../../i18n/languages';
import { joinList, resultParams } from '../../i18n/result-params';
import { useSubjectTranslation } from '../subject';
import { useStep } from './step-context';
import type { ToolFact, ToolTexts } from './texts';

/**
 * The short phrase of each backing reason (`wizard.toolFact.<code>`), written
 * out so that every key can be found in the source. A code without one (a new
 * check whose phrase is not yet written) falls back to its results-page
 * sentence, `results.evidence.<code>`.
 */
const FACT_KEYS: Record<string, string> = {
  'dialogue-recorded': 'wizard.toolFact.dialogue-recorded',
  'dialogue-none': 'wizard.toolFact.dialogue-none',
  'dialogue-not-held': 'wizard.toolFact.dialogue-not-held',
  'dialogue-planned': 'wizard.toolFact.dialogue-planned',
  'evidence-broken-down': 'wizard.toolFact.evidence-broken-down',
  'evidence-not-broken-down': 'wizard.toolFact.evidence-not-broken-down',
  'consequences-assessed': 'wizard.toolFact.consequences-assessed',
  'consequences-not-assessed': 'wizard.toolFact.consequences-not-assessed',
  'no-groups': 'wizard.toolFact.no-groups',
  'groups-not-specific': 'wizard.toolFact.groups-not-specific',
  'alternatives-compared': 'wizard.toolFact.alternatives-compared',
  'alternatives-none': 'wizard.toolFact.alternatives-none',
  'zero-alternative-missing': 'wizard.toolFact.zero-alternative-missing',
  'alternatives-without-equity': 'wizard.toolFact.alternatives-without-equity',
  'indicators-complete': 'wizard.toolFact.indicators-complete',
  'indicators-none': 'wizard.toolFact.indicators-none',
  'indicator-no-baseline': 'wizard.toolFact.indicator-no-baseline',
  'indicator-no-breakdown': 'wizard.toolFact.indicator-no-breakdown',
  'follow-up-planned': 'wizard.toolFact.follow-up-planned',
  'follow-up-no-date': 'wizard.toolFact.follow-up-no-date',
  'follow-up-no-owner': 'wizard.toolFact.follow-up-no-owner',
  'children-affected': 'wizard.toolFact.children-affected',
  'children-not-affected': 'wizard.toolFact.children-not-affected',
  'best-interests-assessed': 'wizard.toolFact.best-interests-assessed',
  'best-interests-not-assessed': 'wizard.toolFact.best-interests-not-assessed',
  'children-heard': 'wizard.toolFact.children-heard',
  'children-not-heard': 'wizard.toolFact.children-not-heard',
  'vulnerable-children-described': 'wizard.toolFact.vulnerable-children-described',
  'vulnerable-children-not-described': 'wizard.toolFact.vulnerable-children-not-described',
  'factor-group-present': 'wizard.toolFact.factor-group-present',
  'factor-group-absent': 'wizard.toolFact.factor-group-absent',
  'factor-group-assessed': 'wizard.toolFact.factor-group-assessed',
  'factor-group-not-assessed': 'wizard.toolFact.factor-group-not-assessed',
  'no-uncompensated-worse': 'wizard.toolFact.no-uncompensated-worse',
  'worse-uncompensated': 'wizard.toolFact.worse-uncompensated',
  'dimension-not-rated': 'wizard.toolFact.dimension-not-rated',
  'gaps-not-widening': 'wizard.toolFact.gaps-not-widening',
  'gaps-widen': 'wizard.toolFact.gaps-widen',
  'gaps-not-assessed': 'wizard.toolFact.gaps-not-assessed',
};

/** The codes with a short phrase (for the test that every evidence code has one). */
export const FACT_CODES = Object.keys(FACT_KEYS);

/**
 * The number a phrase's plural follows: of how many (`total`), else how
 * many (`count`), else the length of its first list ("Indikatorn saknar …"
 * for one indicator, "2 av 3 indikatorer …" for more).
 */
function pluralCount(params: Reason['params']): number | undefined {
  if (!params) return undefined;
  if (typeof params.total === 'number') return params.total;
  if (typeof params.count === 'number') return params.count;
  const list = Object.values(params).find(Array.isArray);
  return list?.length;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One thing the assessment holds, worded: its short phrase with its counts,
 * names and dates in the language's style, and the steps it rests on.
 */
export function wordFact(t: Translate, lang: Language, { holds, reason }: Fact): ToolFact {
  const key = FACT_KEYS[reason.code];
  const worded = resultParams(t, lang, reason.params);
  // A date the user gave (the follow-up) in the language's own style, as everywhere else.
  if (typeof worded.date === 'string') worded.date = longDate(worded.date, lang);
  const count = pluralCount(reason.params);
  const steps = [...new Set(reason.refs.map((ref) => ref.stepId))].filter(Boolean).map((id) => t(`content:steps.${id}.title`));
  return {
    holds,
    text: key ? t(key, count === undefined ? worded : { ...worded, count }) : t(`results.evidence.${reason.code}`, resultParams(t, lang, reason.params)),
    ...(steps.length ? { source: t('wizard.toolSource', { steps: joinList(lang, steps), count: steps.length }) } : {}),
  };
}

export function useToolTexts() {
  const { t, i18n } = useSubjectTranslation();
  const { file } = useStep();
  const lang: Language = isLanguage(i18n.language) ? i18n.language : 'sv';
  const check = file.steps.find((s) => s.kind === 'recommendation-check');
  const scaleId = check?.kind === 'recommendation-check' ? check.scale : '';
  const scale = file.optionSets[scaleId] ?? [];
  const optionLabel = (id: string) => t(`content:optionSets.${scaleId}.${id}`);

  const sentence = (r: Reason) => t(`results.evidence.${r.code}`, resultParams(t, lang, r.params));
  const fact = (f: Fact) => wordFact(t, lang, f);

  return (known: CriterionEvidence | undefined, field: string, criterion: string): ToolTexts | undefined => {
    if (!known) return undefined;
    const relevant = (known.relevant ?? []).map(sentence);
    const facts = known.evidence === 'unchecked' ? [] : known.facts.map(fact);
    const option = known.proposal ? scaleOption(scale, known.proposal) : undefined;
    if (!option && facts.length === 0 && relevant.length === 0) return undefined;
    const criterionLabel = t(`content:criteria.${criterion}.label`);
    const answer = option ? optionLabel(option.id) : '';
    return {
      field,
      ...(option ? { proposal: { option: option.id, text: t('wizard.toolSuggests', { answer }), use: t('wizard.toolUseContext', { answer, criterion: criterionLabel }) } } : {}),
      facts,
      relevant,
      differs: (value) => {
        if (!option || typeof value !== 'string' || value === '' || value === option.id) return [];
        const said = [t('wizard.toolDiffers', { answer: optionLabel(value), proposal: answer })];
        // A "yes" or "partly" the answers do not show: the results page's own words for how it will count.
        const chosen = scale.find((o) => o.id === value);
        const claims = known.proposal === 'no' && chosen?.score !== undefined && chosen.score > 0;
        return claims ? [...said, t('results.note.claimed-not-shown')] : said;
      },
    };
  };
}
