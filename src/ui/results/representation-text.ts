/**
 * The representation rows in words, for the chart and its table: shares as
 * the answers write them ("12,5 %" / "12.5%"), the ratio with two decimals,
 * the second share named by its basis (those who need the service, or the
 * population), and the under-representation as a word, never a colour.
 */
import { useTranslation } from 'react-i18next';
import { numberKey } from '../../assessment/answer-list';
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
  const { t } = useTranslation();
  const key = (k: string) => `results.representation.${k}`;
  const share = (n: number | null) => (n === null ? t(key('notGiven')) : t(numberKey({ unit: 'percent' }), { value: n }));

  const row = (r: RepresentationRow): WordedRow => {
    // The basis is an option id of the questionnaire's basis field; only "population" changes the wording.
    const context = r.basis === 'population' ? 'population' : undefined;
    const ratio = r.ratio === null ? t(key('noRatio')) : t(key('ratioValue'), { ratio: r.ratio });
    const users = share(r.usersShare);
    const need = share(r.needShare);
    const summary = t(key('chartItem'), { context, group: r.title, users, need, ratio }) + (r.under ? t(key('chartItemUnder')) : '');
    return {
      groupId: r.groupId,
      title: r.title,
      under: r.under,
      usersShare: r.usersShare,
      needShare: r.needShare,
      usersLabel: t(key('usersLabel')),
      needLabel: t(key('needLabel'), { context }),
      users,
      need,
      needWithBasis: context && r.needShare !== null ? t(key('populationShare'), { share: need }) : need,
      ratio,
      ratioLine: r.ratio === null ? t(key('ratioMissingLine')) : t(key('ratioLine'), { ratio }),
      underLine: t(key('underLine')),
      underAnswer: r.ratio === null ? t(key('underUnknown')) : t(key(r.under ? 'underYes' : 'underNo')),
      summary,
    };
  };

  return { t, row };
}
