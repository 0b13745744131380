/**
 * The representation rows in words, for the chart and its table: shares as
 * the answers write them ("12,5 %" / "12.5%"), the ratio with two decimals,
 * the second share named by its basis (those who need the service, or the
 * population), and the under-representation as a word, never a colour.
 */
import { useTranslation } from 'react-i18next';
import { numberText, ratioText } from '../../assessment/answer-list';
import type { RepresentationRow } from '../../assessment/representation';

export interface WordedRow {
  groupId: string;
  title: string;
  under: boolean;
  usersShare: number | null;
  needShare: number | null;
  usersLabel: string;
  needLabel: string;
  users: string;
  need: string;
  /** The need share with its basis when that is the population ("30 % (i befolkningen)"). */
  needWithBasis: string;
  ratio: string;
  ratioLine: string;
  underLine: string;
  /** Yes / No / Cannot tell, for the table. */
  underAnswer: string;
  /** The group in one phrase, for the chart's name: "Unga: 12 % bland användarna och 30 % bland dem som behöver verksamheten, kvot 0,40, underrepresenterad". */
  summary: string;
}

export function useRepresentationText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const share = (n: number | null) => (n === null ? t('results.representation.notGiven') : numberText(lang, n, 'percent'));

  const row = (r: RepresentationRow): WordedRow => {
    // The basis is an option id of the questionnaire's basis field; only "population" changes the wording.
    const population = r.basis === 'population';
    const ratio = r.ratio === null ? t('results.representation.noRatio') : ratioText(lang, r.ratio);
    const users = share(r.usersShare);
    const need = share(r.needShare);
    const params = { group: r.title, users, need, ratio };
    const summary =
      t(population ? 'results.representation.chartItemPopulation' : 'results.representation.chartItem', params) +
      (r.under ? t('results.representation.chartItemUnder') : '');
    return {
      groupId: r.groupId,
      title: r.title,
      under: r.under,
      usersShare: r.usersShare,
      needShare: r.needShare,
      usersLabel: t('results.representation.usersLabel'),
      needLabel: t(population ? 'results.representation.populationLabel' : 'results.representation.needLabel'),
      users,
      need,
      needWithBasis: population && r.needShare !== null ? t('results.representation.populationShare', { share: need }) : need,
      ratio,
      ratioLine: r.ratio === null ? t('results.representation.ratioMissingLine') : t('results.representation.ratioLine', { ratio }),
      underLine: t('results.representation.underLine'),
      underAnswer: r.ratio === null ? t('results.representation.underUnknown') : t(r.under ? 'results.representation.underYes' : 'results.representation.underNo'),
      summary,
    };
  };

  return { t, row };
}
