/**
 * The debrief: a trainer drops the workshop groups' files (JSON exports or
 * report PDFs) and shows, one part per projected screen, where the groups
 * differ: the screening, the affected groups (which the trainer can merge
 * and split), the consequence ratings, the children's questions, the
 * recommendations, the measures and the overall judgement, with a column
 * per group named by the group. It only shows what the caller read; it
 * saves nothing.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../assessment/comparison';
import { isLanguage, type Language } from '../../i18n/languages';
import { ReportLanguage } from '../shell/report-language';
import { AffectedTable } from './affected-table';
import { AnswerTable } from './answer-table';
import { ConsequencesTable } from './consequences-table';
import { DEBRIEF_PARTS, partCounts, type DebriefPart } from './debrief-parts';
import { DropZone } from './drop-zone';
import { MeasuresList } from './measures-list';
import { PartNav } from './part-nav';
import './compare.css';

/** A file that was not added: unreadable (its problems in the active language), or a group already compared. */
export type Rejected = { fileName: string; messages: string[] } | { fileName: string; duplicateOf: string };

interface Props {
  comparison: Comparison | undefined;
  rejected: Rejected[];
  reading: boolean;
  /** What the last change did, for the live region ("… are now one row"). */
  announcement: string;
  onFiles: (files: File[]) => void;
  onRemove: (index: number) => void;
  onMerge: (a: number, b: number) => void;
  onSplit: (row: number) => void;
  /** Renders and saves the comparison as a PDF in `lang`. */
  onDownload: (lang: Language) => Promise<void>;
  /** Another way to add groups beside the files: the hand-ins of a workshop session on the sync server. */
  fromServer?: ReactNode;
}

function Download({ onDownload }: Pick<Props, 'onDownload'>) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [chosen, setChosen] = useState<Language | undefined>();
  const lang: Language = chosen ?? (isLanguage(i18n.language) ? i18n.language : 'sv');
  const download = async () => {
    setState('busy');
    try {
      await onDownload(lang);
      setState('idle');
    } catch (error) {
      console.error(error);
      setState('failed');
    }
  };
  return (
    <div className="pdf compare__controls">
      <ReportLanguage id={id} label={t('compare.language')} value={lang} onChange={setChosen} />
      <button type="button" className="button--primary" aria-busy={state === 'busy'} disabled={state === 'busy'} onClick={() => void download()}>
        {state === 'busy' ? t('pdf.preparing') : t('compare.download')}
      </button>
      <button type="button" className="button--secondary" onClick={() => window.print()}>
        {t('compare.print')}
      </button>
      {state === 'failed' && (
        <p className="error-message" role="alert">
          {t('pdf.failed')}
        </p>
      )}
    </div>
  );
}

function Refused({ rejected }: { rejected: Rejected[] }) {
  const { t } = useTranslation();
  const unreadable = rejected.some((r) => 'messages' in r);
  return (
    <div className="error-summary" role="alert">
      {rejected.map((r, i) =>
        'messages' in r ? (
          <div key={i}>
            <h2>{t('importFile.rejected', { file: r.fileName })}</h2>
            <ul>
              {r.messages.map((m, j) => (
                <li key={j}>{m}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p key={i}>{t('compare.duplicate', { file: r.fileName, column: r.duplicateOf })}</p>
        ),
      )}
      {unreadable && <p>{t('compare.otherFiles')}</p>}
    </div>
  );
}

/** The one-line summary: on how many points the groups differ, and where. */
function Summary({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  if (comparison.columns.length < 2) return <p className="compare__summary">{t('compare.oneGroup')}</p>;
  const counts = partCounts(comparison);
  const differ = counts.reduce((sum, c) => sum + c.differ, 0);
  const of = counts.reduce((sum, c) => sum + c.of, 0);
  const where = counts.filter((c) => c.differ > 0).map((c) => `${t(`compare.part.${c.part}`).toLocaleLowerCase(i18n.language)} (${c.differ})`);
  const list = new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { type: 'conjunction' }).format(where);
  return <p className="compare__summary">{differ === 0 ? t('compare.summaryNone', { of }) : t('compare.summary', { differ, of, parts: list })}</p>;
}

/** What one part shows under its heading. */
function PartBody({ part, comparison: c, headingId: h, onMerge, onSplit }: { part: DebriefPart; comparison: Comparison; headingId: string } & Pick<Props, 'onMerge' | 'onSplit'>) {
  const { t } = useTranslation();
  switch (part) {
    case 'screening':
      return <AnswerTable comparison={c} rows={c.parts.screening} first={t('compare.question')} labelledBy={h} testId="compare-screening" />;
    case 'affected':
      if (c.parts.affected.rows.length === 0) return <p>{t('compare.noGroups')}</p>;
      return (
        <>
          <p id={`${h}-intro`}>{t('compare.groupsIntro')}</p>
          <AffectedTable comparison={c} labelledBy={h} describedBy={`${h}-intro`} onMerge={onMerge} onSplit={onSplit} />
        </>
      );
    case 'consequences':
      return c.parts.affected.rows.length === 0 ? <p>{t('compare.noGroups')}</p> : <ConsequencesTable comparison={c} labelledBy={h} />;
    case 'children':
      return <AnswerTable comparison={c} rows={c.parts.children} first={t('compare.question')} labelledBy={h} testId="compare-children" />;
    case 'recommendations':
      return (
        <>
          <AnswerTable comparison={c} rows={c.parts.recommendations} first={t('compare.recommendation')} labelledBy={h} testId="compare-statuses" />
          <p className="hint compare__print-only">{t('results.provenance')}</p>
        </>
      );
    case 'measures':
      return <MeasuresList comparison={c} />;
    case 'judgement':
      return <AnswerTable comparison={c} rows={c.parts.judgement} first={t('compare.question')} labelledBy={h} testId="compare-judgement" />;
  }
}

export function CompareScreen({ comparison, rejected, reading, announcement, onFiles, onRemove, onMerge, onSplit, onDownload, fromServer }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState<DebriefPart | 'all'>('screening');
  const headings = useRef(new Map<DebriefPart, HTMLHeadingElement>());
  const moved = useRef(false);
  // After a part is chosen, its heading takes focus: a screen reader hears where it is, and the part scrolls into view.
  useEffect(() => {
    if (!moved.current || shown === 'all') return;
    moved.current = false;
    headings.current.get(shown)?.focus();
  }, [shown]);
  const show = (part: DebriefPart | 'all') => {
    moved.current = true;
    setShown(part);
  };

  return (
    <div className="compare">
      <h1>{t('compare.heading')}</h1>
      <div className="compare__controls">
        <p id={`${id}-hint`}>{t('compare.intro')}</p>
        <DropZone id={`${id}-file`} describedBy={`${id}-hint`} onFiles={onFiles} />
        {reading && <p>{t('compare.reading')}</p>}
        {fromServer}
        {rejected.length > 0 && <Refused rejected={rejected} />}
      </div>
      {/* Always in the page, so a change is announced the moment it happens. */}
      <output className="compare__announcement" aria-live="polite">
        {announcement}
      </output>
      {!comparison ? (
        <p className="notice">{t('compare.empty')}</p>
      ) : (
        <>
          <div className="compare__controls">
            <h2>{t('compare.files')}</h2>
            <ul className="compare__files">
              {comparison.columns.map((name, i) => (
                <li key={comparison.sources[i]!.assessmentId}>
                  <span>{t('compare.fileLine', { name, file: comparison.sources[i]!.fileName })}</span>{' '}
                  <button type="button" className="button--secondary" onClick={() => onRemove(i)}>
                    {t('compare.remove', { name })}
                  </button>
                </li>
              ))}
            </ul>
            {comparison.mixedQuestionnaires && <p className="notice notice--warning">{t('compare.mixed')}</p>}
            <Download onDownload={onDownload} />
          </div>
          <Summary comparison={comparison} />
          <PartNav parts={DEBRIEF_PARTS} counts={partCounts(comparison)} shown={shown} onShow={show} />
          {DEBRIEF_PARTS.map((name) => {
            const headingId = `${id}-${name}`;
            const hidden = shown !== 'all' && shown !== name;
            return (
              <section key={name} aria-labelledby={headingId} className={`compare__part${hidden ? ' compare__part--hidden' : ''}`} data-part={name}>
                <h2
                  id={headingId}
                  tabIndex={-1}
                  ref={(el) => {
                    if (el) headings.current.set(name, el);
                  }}
                >
                  {t(`compare.part.${name}`)}
                </h2>
                <PartBody part={name} comparison={comparison} headingId={headingId} onMerge={onMerge} onSplit={onSplit} />
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
