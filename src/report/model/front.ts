/**
 * The report's front: the cover (what was assessed, for which committee, by
 * whom and when, who reviewed it, where it stands, which versions, the
 * decision on record, where the model comes from) and the one-page summary for the committee (the verdict, the
 * decision text, the five statuses, the most serious gaps, the main
 * measures, the follow-up date).
 */
import { numberWord, wordDecisionText } from '../../i18n/decision-text';
import { absenceText, firstFew, measureDetails, verdict, type SectionCtx } from '../section-data';
import type { ReportProps } from '../types';
import { decisionOnRecordBlocks, reviewFacts } from './peer-review';
import type { Block, ReportSection } from './types';

export function cover(props: ReportProps, title: string): ReportSection {
  const { meta, t } = props;
  const facts: Array<[string, string | undefined]> = [
    // An audit names the service and who runs it; a proposal the committee that decides.
    [t('report.cover.service'), meta.service],
    [t('report.cover.serviceOwner'), meta.serviceOwner],
    [t('report.cover.organisation'), meta.organisation],
    [t('report.cover.committee'), meta.committee],
    [t('report.cover.decisionType'), meta.decisionType],
    [t('report.cover.date'), meta.date],
    [t('report.cover.assessors'), meta.assessors],
    [t('report.cover.status'), meta.judgementAsked ? (meta.judgement ?? t('report.cover.noJudgement')) : undefined],
    [t('report.cover.depth'), meta.depth],
    [t('report.cover.questionnaire'), t('report.cover.versioned', { title: meta.questionnaireTitle, version: meta.contentVersion })],
    [t('report.cover.framework'), t('report.cover.versioned', { title: meta.frameworkTitle, version: meta.frameworkVersion })],
  ];
  return {
    id: 'cover',
    part: 'front',
    kicker: t('report.kicker'),
    title,
    blocks: [
      // Who reviewed it and with what outcome sit with who made it; the decision on record follows.
      { kind: 'facts', rows: [...facts.filter((f): f is [string, string] => !!f[1]).map(([label, value]) => ({ label, value })), ...reviewFacts(props)] },
      ...decisionOnRecordBlocks(props),
      { kind: 'paragraph', role: 'note', text: t('report.cover.provenance') },
    ],
    shows: props.parts.shows.cover,
  };
}

export function summary(props: ReportProps, ctx: SectionCtx): ReportSection {
  const { meta, result, parts, t, lang } = props;
  const { w } = ctx;
  const { label, value } = verdict(t, meta);
  const findings = firstFew(result.findings, (count) => t('report.summary.moreFindings', { count, countText: numberWord(lang, count), section: t('report.sections.findings') }));
  const measures = parts.measures.state === 'shown' ? parts.measures.value.measures : [];
  const shownMeasures = firstFew(measures, (count) => t('report.summary.moreMeasures', { count, countText: numberWord(lang, count), section: t('report.sections.measures') }));
  const noMeasures = parts.measures.state === 'shown' || parts.measures.state === 'not-in-questionnaire' ? t('report.summary.noMeasures') : absenceText(ctx, parts.measures.state);
  const empty = (text: string): Block => ({ kind: 'paragraph', role: 'empty', text });
  const more = (text: string | undefined): Block[] => (text ? [{ kind: 'paragraph', role: 'note', text }] : []);
  const blocks: Block[] = [
    // Without a judgement on its branch (no further analysis), the depth of analysis is the verdict.
    { kind: 'box', tone: { plain: 'accent' }, blocks: [{ kind: 'paragraph', role: 'note', text: label }, { kind: 'paragraph', role: 'lead', text: value }] },
    { kind: 'heading', level: 2, text: t('report.summary.description') },
    ...decisionBlocks(props),
    { kind: 'heading', level: 2, text: t('report.summary.statuses') },
    {
      kind: 'statuses',
      items: result.recommendations.map((rec) => {
        const share = rec.share === null ? null : Math.min(1, Math.max(0, rec.share));
        return { label: `${Number(rec.id.slice(1))}. ${w.recommendationShort(rec.id)}`, status: rec.status, statusText: w.status(rec.status), share, shareText: share === null ? '' : w.percent(share) };
      }),
      table: { caption: t('htmlReport.caption.statuses'), columns: [t('htmlReport.column.recommendation'), t('htmlReport.column.status'), t('htmlReport.column.share')] },
    },
    { kind: 'heading', level: 2, text: t('report.summary.findings') },
    findings.shown.length
      ? { kind: 'entries', items: findings.shown.map((f) => ({ label: w.severity(f.severity), tone: { severity: f.severity }, text: w.findingTitle(f) })) }
      : empty(t('report.findings.empty')),
    ...more(findings.more),
    { kind: 'heading', level: 2, text: t('report.summary.measures') },
    shownMeasures.shown.length
      ? { kind: 'entries', items: shownMeasures.shown.map((m) => ({ text: m.what || t('report.unnamedItem'), detail: measureDetails(t, m).join(' · ') })) }
      : empty(noMeasures),
    ...more(shownMeasures.more),
    { kind: 'facts', rows: [{ label: t('report.summary.followUpDate'), value: meta.followUpDate ?? t('report.summary.noFollowUpDate') }] },
  ];
  return { id: 'summary', part: 'front', title: t('report.sections.summary'), blocks };
}

/** The decision text's blocks, each under its heading, as an official pastes them; or one line saying there is none. */
function decisionBlocks({ decision, t, lang }: Pick<ReportProps, 'decision' | 't' | 'lang'>): Block[] {
  const worded = wordDecisionText(t, lang, decision);
  if (!worded.blocks.length) return [{ kind: 'paragraph', role: 'empty', text: t('report.summary.noDescription') }];
  return worded.blocks.map((b) => ({ kind: 'decision', id: b.id, heading: b.heading, paragraphs: b.paragraphs, text: b.text }));
}
