/**
 * Representation in numbers in the report body: per group its share among
 * the service's users, its share among those who need the service (or in
 * the population), the ratio of the two with two decimals and whether that
 * makes it under-represented, as one table, with a one-sentence note on the
 * threshold. The same figures and words as the results page's chart and
 * table (texts `results.representation.*`). Left out when no group has a
 * share, so a questionnaire that does not ask for shares never shows it.
 */
import { numberText, ratioText } from '../../assessment/answer-list';
import type { RepresentationRow } from '../../assessment/representation';
import type { Language } from '../../i18n/resources';
import type { Translate } from '../types';
import type { AnswerRef, Block, Cell, ReportSection } from './types';

export interface RepresentationInput {
  rows: RepresentationRow[];
  /** The framework's ratio below which a group counts as under-represented; no note without it. */
  threshold?: number;
  t: Translate;
  lang: Language;
}

export function representationSection({ rows, threshold, t, lang }: RepresentationInput): ReportSection[] {
  if (!rows.some((r) => r.usersShare !== null || r.needShare !== null)) return [];
  const share = (n: number | null) => (n === null ? t('results.representation.notGiven') : numberText(lang, n, 'percent'));
  const cell = (text: string, tone?: Cell['tone']): Cell => (tone ? { text, tone } : { text });

  const table: Block = {
    kind: 'table',
    caption: t('results.representation.caption'),
    rowHeaders: true,
    columns: [
      { header: t('results.representation.groupColumn'), width: 28 },
      { header: t('results.representation.usersColumn'), width: 18 },
      { header: t('results.representation.needColumn'), width: 22 },
      { header: t('results.representation.ratioColumn'), width: 14 },
      { header: t('results.representation.underColumn'), width: 18 },
    ],
    rows: rows.map((r) => {
      // The basis is an option id of the questionnaire's basis field; only "population" changes the wording.
      const need = r.basis === 'population' && r.needShare !== null ? t('results.representation.populationShare', { share: share(r.needShare) }) : share(r.needShare);
      const under = r.ratio === null ? cell(t('results.representation.underUnknown'), { plain: 'muted' }) : r.under ? cell(t('results.representation.underYes'), { severity: 'high' }) : cell(t('results.representation.underNo'));
      return [
        cell(r.title),
        cell(share(r.usersShare)),
        cell(need),
        cell(r.ratio === null ? t('results.representation.noRatio') : ratioText(lang, r.ratio)),
        under,
      ];
    }),
  };

  // The shares the table prints, as the appendix names them (the field of the group's item).
  const shows: AnswerRef[] = rows.flatMap((r) =>
    r.refs.flatMap((ref, i) => {
      const given = i === 0 ? r.usersShare : r.needShare;
      return ref.value && ref.itemId && given !== null ? [{ question: ref.value, item: ref.itemId }] : [];
    }),
  );

  return [
    {
      id: 'representation',
      part: 'body',
      title: t('results.representation.heading'),
      blocks: [
        { kind: 'paragraph', text: t('report.representation.intro') },
        ...(threshold === undefined ? [] : [{ kind: 'paragraph' as const, role: 'note' as const, text: t('report.representation.note', { threshold }) }]),
        table,
      ],
      shows,
    },
  ];
}
