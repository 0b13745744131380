/**
 * The follow-up addendum as a document model: one follow-up of a decided
 * assessment, worded for the committee that reads it on its own. It reuses
 * the report's model types (`ReportModel`, `Block`), so the report's PDF,
 * HTML and Word renderers draw it; the only thing they cannot draw from a
 * block, the PDF's bar charts, travels beside the sections (`charts`), each
 * tied to the table it illustrates, which stays the accessible alternative.
 *
 * Every sentence is built from what the user entered (the assessment's
 * answers, the decision on record, the follow-up's figures, statuses and
 * words) or from what `followUpResult` computed from them; a figure that
 * was not entered is printed as missing, never guessed. Pure: no React,
 * no I/O, no i18next (the caller's `t`).
 *
 * Order: cover (which assessment, the decision, the follow-up's date) ·
 * summary and findings · indicators · measures · earlier follow-ups.
 */
import { displayName, taggedAnswer, type Assessment } from '../../assessment/assessment';
import type { GapChange, IndicatorOutcome } from '../../assessment/after/compute';
import type { Decision, DecisionOutcome } from '../../assessment/after/decision';
import { findingItem, followUpResult, type FindingItem, type FollowUpFinding, type FollowUpFindingCode } from '../../assessment/after/findings';
import type { FollowUp, GapTrend, IndicatorFollowUp, MeasureStatus } from '../../assessment/after/follow-up';
import { indicatorsOf, measuresOf, type IndicatorRef } from '../../assessment/after/refs';
import { longDate } from '../../i18n/dates';
import type { Language } from '../../i18n/resources';
import { subjectContext, withSubject } from '../../i18n/subject';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import type { Block, Cell, ReportModel, ReportSection, SectionId } from '../model/types';
import type { Translate } from '../types';

export interface FollowUpRequest {
  file: QuestionnaireFile;
  assessment: Assessment;
  followUpId: string;
  t: Translate;
  lang: Language;
}

/** One breakdown's figures as bars: before and now per category, each bar with its value written out. */
export interface BarChart {
  /** Names the chart and says that the table after it holds the same figures. */
  title: string;
  legend: { baseline: string; now: string };
  rows: Array<{ category: string; baseline: number | null; now: number | null; baselineText: string; nowText: string }>;
}

export interface FollowUpModel extends ReportModel {
  /** Bar charts for the PDF, by section id and the index of the table block each one precedes. */
  charts: Array<{ section: ReportSection['id']; before: number; chart: BarChart }>;
  /** The follow-up's date (YYYY-MM-DD), for the file name. */
  date: string;
}

/**
 * The addendum's sections by what they hold, and the id each carries. The
 * ids are drawn from the report's (`SectionId`) because the report's
 * renderers draw the addendum, and two of them mean something else here:
 * `follow-up` holds the indicators, `conclusion` the earlier follow-ups.
 * That clashes nowhere today: no renderer turns a section id into an
 * anchor, a bookmark or a link (the HTML page's heading ids are React's
 * own), the addendum is never in one file with the report, and only the
 * report's Word file selects sections by id. Everything that picks an
 * addendum section reads it from here, so ids of the addendum's own can
 * replace these in one place.
 */
export const ADDENDUM_SECTIONS = {
  cover: 'cover',
  // `summary` is also the report's, on purpose: the PDF sets a summary's findings as a summary.
  summary: 'summary',
  indicators: 'follow-up',
  measures: 'measures',
  history: 'conclusion',
} as const satisfies Record<string, SectionId>;

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

interface Ctx {
  t: Translate;
  lang: Language;
  number: (n: number | null) => string;
  signed: (n: number | null) => string;
  date: (iso: string) => string;
  breakdown: (id: string) => string;
}

function context(t: Translate, lang: Language): Ctx {
  const plain = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const missing = t('followUpReport.missing');
  return {
    t,
    lang,
    number: (n) => (n === null ? missing : plain.format(n)),
    signed: (n) => (n === null ? missing : signed.format(n)),
    date: (iso) => longDate(iso, lang),
    // An option of the questionnaire's breakdown set, or `group` for the affected groups.
    breakdown: (id) => (id === 'group' ? t('followUpReport.breakdownGroup') : t(`content:optionSets.breakdown.${id}`, { defaultValue: id })),
  };
}

// Keys written out, so the content tests can see each one is used.
const TRENDS: Record<GapTrend, string> = { narrowed: 'followUpReport.trend.narrowed', stayed: 'followUpReport.trend.stayed', widened: 'followUpReport.trend.widened' };
const STATUSES: Record<MeasureStatus | 'unanswered', string> = {
  done: 'followUpReport.status.done',
  partly: 'followUpReport.status.partly',
  not: 'followUpReport.status.not',
  unanswered: 'followUpReport.status.unanswered',
};
const OUTCOMES: Record<DecisionOutcome, string> = {
  'as-proposed': 'followUpReport.outcome.as-proposed',
  amended: 'followUpReport.outcome.amended',
  rejected: 'followUpReport.outcome.rejected',
  postponed: 'followUpReport.outcome.postponed',
};
const FINDINGS: Record<FollowUpFindingCode, string> = {
  'gap-widened': 'followUpReport.finding.gap-widened',
  'judgement-differs': 'followUpReport.finding.judgement-differs',
  'measure-not-done': 'followUpReport.finding.measure-not-done',
  'measure-partly': 'followUpReport.finding.measure-partly',
  'measure-unanswered': 'followUpReport.finding.measure-unanswered',
  'indicator-not-measured': 'followUpReport.finding.indicator-not-measured',
  'breakdown-missing': 'followUpReport.finding.breakdown-missing',
};

const trendText = (ctx: Ctx, trend: GapTrend) => ctx.t(TRENDS[trend]);
const statusText = (ctx: Ctx, status: MeasureStatus | undefined) => ctx.t(STATUSES[status ?? 'unanswered']);

// Keys written out, so the content tests can see each one is used.
const UNNAMED = { indicator: 'followUpReport.unnamedIndicator', measure: 'followUpReport.unnamedMeasure' } as const;
const REMOVED = { indicator: 'followUpReport.removedIndicator', measure: 'followUpReport.removedMeasure' } as const;

/** An indicator or measure as the user named it; without a name, by its place in the assessment's list; else as removed. */
const itemName = (ctx: Ctx, item: FindingItem, kind: 'indicator' | 'measure') =>
  item.kind === 'named' ? item.name : item.kind === 'unnamed' ? ctx.t(UNNAMED[kind], { number: item.number }) : ctx.t(REMOVED[kind]);

/** A follow-up's indicator by its item id, named as `itemName` does. */
const indicatorName = (ctx: Ctx, refs: IndicatorRef[], itemId: string) => itemName(ctx, findingItem(refs, itemId, (r) => r.name), 'indicator');

function cover(ctx: Ctx, title: string, file: QuestionnaireFile, assessment: Assessment, followUp: FollowUp, decision: Decision | undefined): ReportSection {
  const { t } = ctx;
  const rows: Array<{ label: string; value: string }> = [{ label: t('followUpReport.cover.assessment'), value: title }];
  const organisation = taggedAnswer(file, assessment.answers, 'meta-organisation');
  if (typeof organisation === 'string' && organisation.trim()) rows.push({ label: t('followUpReport.cover.organisation'), value: organisation.trim() });
  const made = taggedAnswer(file, assessment.answers, 'meta-date');
  if (typeof made === 'string' && made.trim()) rows.push({ label: t('followUpReport.cover.assessmentDate'), value: ctx.date(made.trim()) });
  if (decision) {
    if (decision.body.trim()) rows.push({ label: t('followUpReport.cover.body'), value: decision.body.trim() });
    if (decision.caseNumber.trim()) rows.push({ label: t('followUpReport.cover.caseNumber'), value: decision.caseNumber.trim() });
    if (decision.paragraph.trim()) rows.push({ label: t('followUpReport.cover.paragraph'), value: decision.paragraph.trim() });
    if (decision.meetingDate) rows.push({ label: t('followUpReport.cover.meetingDate'), value: ctx.date(decision.meetingDate) });
    rows.push({ label: t('followUpReport.cover.outcome'), value: t(OUTCOMES[decision.outcome]) });
    if (decision.changes.trim()) rows.push({ label: t('followUpReport.cover.changes'), value: decision.changes.trim() });
  }
  rows.push({ label: t('followUpReport.cover.date'), value: ctx.date(followUp.date) });
  return {
    id: ADDENDUM_SECTIONS.cover,
    part: 'front',
    kicker: t('followUpReport.kicker'),
    title: t('followUpReport.title', { title }),
    blocks: [{ kind: 'facts', rows }, { kind: 'paragraph', role: 'note', text: t(decision ? 'followUpReport.cover.addendumDecided' : 'followUpReport.cover.addendum') }],
  };
}

/** A finding as one sentence, with the names and figures the user entered. */
function findingText(ctx: Ctx, finding: FollowUpFinding): string {
  const p = finding.params;
  const name = (kind: 'indicator' | 'measure') => itemName(ctx, finding.item, kind);
  switch (finding.code) {
    case 'gap-widened':
      return ctx.t(FINDINGS['gap-widened'], {
        indicator: name('indicator'),
        breakdown: ctx.breakdown(String(p.breakdown)).toLowerCase(),
        before: ctx.number(Number(p.gapBefore)),
        now: ctx.number(Number(p.gapNow)),
        unit: p.unit ? ` ${String(p.unit)}` : '',
      });
    case 'judgement-differs':
      return ctx.t(FINDINGS['judgement-differs'], {
        indicator: name('indicator'),
        judged: trendText(ctx, p.judged as GapTrend),
        computed: trendText(ctx, p.computed as GapTrend),
      });
    case 'breakdown-missing':
      return ctx.t(FINDINGS['breakdown-missing'], { indicator: name('indicator'), breakdown: ctx.breakdown(String(p.breakdown)).toLowerCase() });
    case 'indicator-not-measured':
      return ctx.t(FINDINGS['indicator-not-measured'], { indicator: name('indicator') });
    case 'measure-not-done':
    case 'measure-partly':
    case 'measure-unanswered':
      return ctx.t(FINDINGS[finding.code], { measure: name('measure') });
  }
}

function summary(ctx: Ctx, followUp: FollowUp, findings: FollowUpFinding[]): ReportSection {
  const { t } = ctx;
  const text = followUp.summary.trim();
  const blocks: Block[] = [
    text ? { kind: 'paragraph', text } : { kind: 'paragraph', role: 'empty', text: t('followUpReport.noSummary') },
    { kind: 'heading', level: 2, text: t('followUpReport.findings') },
    findings.length ? { kind: 'list', items: findings.map((f) => findingText(ctx, f)) } : { kind: 'paragraph', role: 'empty', text: t('followUpReport.noFindings') },
  ];
  return { id: ADDENDUM_SECTIONS.summary, part: 'body', title: t('followUpReport.sections.summary'), blocks };
}

/** What an indicator's outcome says about the differences, and on what basis. */
function trendLine(ctx: Ctx, outcome: IndicatorOutcome): string {
  if (outcome.basis === 'computed' && outcome.trend) return ctx.t('followUpReport.trendComputed', { trend: trendText(ctx, outcome.trend) });
  if (outcome.basis === 'judged' && outcome.trend) return ctx.t('followUpReport.trendJudged', { trend: trendText(ctx, outcome.trend) });
  return ctx.t('followUpReport.trendNone');
}

/** The same, for an earlier follow-up whose figures this addendum does not print. */
function historyTrend(ctx: Ctx, outcome: IndicatorOutcome): string {
  if (outcome.basis === 'computed' && outcome.trend) return ctx.t('followUpReport.historyComputed', { trend: trendText(ctx, outcome.trend) });
  if (outcome.basis === 'judged' && outcome.trend) return ctx.t('followUpReport.historyJudged', { trend: trendText(ctx, outcome.trend) });
  return ctx.t('followUpReport.historyNone');
}

interface Built {
  blocks: Block[];
  charts: Array<{ before: number; chart: BarChart }>;
}

function breakdownBlocks(ctx: Ctx, name: string, unit: string, change: GapChange, out: Built): void {
  const { t } = ctx;
  const label = ctx.breakdown(change.breakdown);
  out.blocks.push({ kind: 'heading', level: 3, text: t('followUpReport.by', { breakdown: label.toLowerCase() }) });
  const caption = t('followUpReport.tableCaption', { indicator: name, breakdown: label.toLowerCase(), unit: unit ? ` (${unit})` : '' });
  if (change.rows.some((r) => r.baseline !== null || r.now !== null)) {
    out.charts.push({
      before: out.blocks.length,
      chart: {
        title: t('followUpReport.chartTitle', { caption }),
        legend: { baseline: t('followUpReport.column.baseline'), now: t('followUpReport.column.now') },
        rows: change.rows.map((r) => ({ category: r.category, baseline: r.baseline, now: r.now, baselineText: ctx.number(r.baseline), nowText: ctx.number(r.now) })),
      },
    });
  }
  const rows: Cell[][] = change.rows.map((r) => [{ text: r.category }, { text: ctx.number(r.baseline) }, { text: ctx.number(r.now) }, { text: ctx.signed(r.change) }]);
  out.blocks.push({
    kind: 'table',
    caption,
    rowHeaders: true,
    columns: [
      { header: label, width: 3 },
      { header: t('followUpReport.column.baseline'), width: 1.4 },
      { header: t('followUpReport.column.now'), width: 1.4 },
      { header: t('followUpReport.column.change'), width: 1.4 },
    ],
    rows,
  });
  out.blocks.push({
    kind: 'facts',
    rows: [
      { label: t('followUpReport.gapBefore'), value: ctx.number(change.gapBefore) },
      { label: t('followUpReport.gapNow'), value: ctx.number(change.gapNow) },
      { label: t('followUpReport.gapTrend'), value: change.computed ? trendText(ctx, change.computed) : t('followUpReport.gapNotComputed') },
    ],
  });
}

function indicatorBlocks(ctx: Ctx, refs: IndicatorRef[], entry: IndicatorFollowUp, outcome: IndicatorOutcome, out: Built): void {
  const { t } = ctx;
  const ref = refs.find((r) => r.itemId === entry.itemId);
  const name = indicatorName(ctx, refs, entry.itemId);
  out.blocks.push({ kind: 'heading', level: 2, text: name });
  const facts: Array<{ label: string; value: string }> = [];
  facts.push({ label: t('followUpReport.source'), value: entry.source.trim() || t('followUpReport.noSource') });
  if (entry.unit.trim()) facts.push({ label: t('followUpReport.unit'), value: entry.unit.trim() });
  if (ref?.baseline) facts.push({ label: t('followUpReport.baselineStated'), value: ref.baseline });
  out.blocks.push({ kind: 'facts', rows: facts });
  if (!entry.measured) out.blocks.push({ kind: 'paragraph', text: t('followUpReport.notMeasured') });
  for (const change of outcome.changes) breakdownBlocks(ctx, name, entry.unit.trim(), change, out);
  if (entry.measured && outcome.changes.length === 0) out.blocks.push({ kind: 'paragraph', role: 'empty', text: t('followUpReport.noFigures') });
  const lines = [trendLine(ctx, outcome)];
  // The user's own judgement is printed beside a computed trend, so a committee sees both.
  if (outcome.basis === 'computed' && outcome.judged) lines.push(t('followUpReport.alsoJudged', { trend: trendText(ctx, outcome.judged) }));
  if (outcome.missingBreakdowns.length) {
    lines.push(t('followUpReport.missingBreakdowns', { breakdowns: outcome.missingBreakdowns.map((b) => ctx.breakdown(b).toLowerCase()).join(', ') }));
  }
  out.blocks.push({ kind: 'paragraph', role: 'lead', text: lines.join(' ') });
  if (entry.note.trim()) out.blocks.push({ kind: 'facts', rows: [{ label: t('followUpReport.note'), value: entry.note.trim() }] });
}

function indicatorsSection(ctx: Ctx, refs: IndicatorRef[], followUp: FollowUp, outcomes: IndicatorOutcome[]): { section: ReportSection; charts: Built['charts'] } {
  const { t } = ctx;
  const out: Built = { blocks: [], charts: [] };
  followUp.indicators.forEach((entry, i) => indicatorBlocks(ctx, refs, entry, outcomes[i]!, out));
  // Indicators the assessment named that this follow-up leaves out are named, so none disappears unseen.
  const left = refs.filter((r) => !followUp.indicators.some((e) => e.itemId === r.itemId));
  if (left.length) out.blocks.push({ kind: 'paragraph', text: t('followUpReport.indicatorsLeftOut', { indicators: left.map((r) => indicatorName(ctx, refs, r.itemId)).join(', ') }) });
  if (!out.blocks.length) out.blocks.push({ kind: 'paragraph', role: 'empty', text: t('followUpReport.noIndicators') });
  return { section: { id: ADDENDUM_SECTIONS.indicators, part: 'body', title: t('followUpReport.sections.indicators'), blocks: out.blocks }, charts: out.charts };
}

function measuresSection(ctx: Ctx, file: QuestionnaireFile, assessment: Assessment, followUp: FollowUp): ReportSection {
  const { t } = ctx;
  const refs = measuresOf(file, assessment.answers);
  const entries = new Map(followUp.measures.map((m) => [m.itemId, m]));
  // The assessment's measures in its order, then any the follow-up answered that were removed from it since.
  const ids = [...refs.map((m) => m.itemId), ...followUp.measures.map((m) => m.itemId).filter((id) => !refs.some((m) => m.itemId === id))];
  const rows: Cell[][] = ids.map((id) => {
    const entry = entries.get(id);
    return [
      { text: itemName(ctx, findingItem(refs, id, (m) => m.what), 'measure') },
      { text: statusText(ctx, entry?.status) },
      { text: entry?.cost.trim() || t('followUpReport.notGiven') },
      { text: entry?.note.trim() || '' },
    ];
  });
  const blocks: Block[] = rows.length
    ? [
        {
          kind: 'table',
          caption: t('followUpReport.measuresCaption'),
          rowHeaders: true,
          columns: [
            { header: t('followUpReport.column.measure'), width: 3 },
            { header: t('followUpReport.column.status'), width: 1.5 },
            { header: t('followUpReport.column.cost'), width: 1.5 },
            { header: t('followUpReport.column.note'), width: 3 },
          ],
          rows,
        },
      ]
    : [{ kind: 'paragraph', role: 'empty', text: t('followUpReport.noMeasures') }];
  return { id: ADDENDUM_SECTIONS.measures, part: 'body', title: t('followUpReport.sections.measures'), blocks };
}

/** The follow-ups dated before this one (or on its day but made earlier), oldest first. */
function earlierOf(all: FollowUp[], current: FollowUp): FollowUp[] {
  return all
    .filter((f) => f.id !== current.id && (f.date < current.date || (f.date === current.date && f.createdAt < current.createdAt)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

function historySection(ctx: Ctx, file: QuestionnaireFile, assessment: Assessment, refs: IndicatorRef[], current: FollowUp): ReportSection {
  const { t } = ctx;
  const earlier = earlierOf(assessment.followUps, current);
  const title = t('followUpReport.sections.history');
  if (!earlier.length) return { id: ADDENDUM_SECTIONS.history, part: 'body', title, blocks: [{ kind: 'paragraph', role: 'empty', text: t('followUpReport.noEarlier') }] };
  const rows: Cell[][] = earlier.flatMap((f) => {
    const result = followUpResult(file, assessment, f);
    const date = ctx.date(f.date);
    if (!result.indicators.length) return [[{ text: date }, { text: t('followUpReport.noIndicatorsShort') }, { text: '' }]];
    return result.indicators.map((o): Cell[] => [
      { text: date },
      { text: indicatorName(ctx, refs, o.itemId) },
      { text: o.measured ? historyTrend(ctx, o) : t('followUpReport.notMeasuredShort') },
    ]);
  });
  return {
    id: ADDENDUM_SECTIONS.history,
    part: 'body',
    title,
    blocks: [
      {
        kind: 'table',
        caption: t('followUpReport.historyCaption'),
        rowHeaders: true,
        columns: [
          { header: t('followUpReport.column.date'), width: 1.6 },
          { header: t('followUpReport.column.indicator'), width: 2.4 },
          { header: t('followUpReport.column.trend'), width: 4 },
        ],
        rows,
      },
    ],
  };
}

/** The addendum's model, or undefined when the assessment has no follow-up with that id. */
export function followUpModel(request: FollowUpRequest, createdAt: Date = new Date()): FollowUpModel | undefined {
  const { file, assessment, lang } = request;
  const followUp = assessment.followUps.find((f) => f.id === request.followUpId);
  if (!followUp) return undefined;
  // An audit of a service is worded as an audit where a text has a `_service` variant.
  const t = withSubject(request.t, subjectContext(file));
  const ctx = context(t, lang);
  const refs = indicatorsOf(file, assessment.answers);
  const result = followUpResult(file, assessment, followUp);
  const name = displayName(file, assessment) || t('report.untitled');
  const indicators = indicatorsSection(ctx, refs, followUp, result.indicators);
  const sections = [
    cover(ctx, name, file, assessment, followUp, assessment.decision),
    summary(ctx, followUp, result.findings),
    indicators.section,
    measuresSection(ctx, file, assessment, followUp),
    historySection(ctx, file, assessment, refs, followUp),
  ];
  const appName = t('app.name');
  const title = t('followUpReport.title', { title: name });
  const organisation = taggedAnswer(file, assessment.answers, 'meta-organisation');
  const made = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(createdAt);
  return {
    lang,
    title,
    date: followUp.date,
    properties: {
      author: typeof organisation === 'string' && organisation.trim() ? organisation.trim() : appName,
      subject: t('followUpReport.subject', { title: name, date: ctx.date(followUp.date) }),
      keywords: t('report.keywords'),
      creator: appName,
      createdAt,
    },
    sections,
    charts: indicators.charts.map((c) => ({ section: ADDENDUM_SECTIONS.indicators, ...c })),
    furniture: {
      header: title,
      footer: appName,
      pageOf: (page, total) => t('report.pageOf', { page, total }),
      continued: (heading) => t('report.appendix.continued', { step: heading }),
      colophon: [t('htmlReport.footer', { app: appName, date: made }), t('followUpReport.reimport')],
    },
  };
}
