/**
 * The download area shared by the report (src/app/pdf-button.tsx) and a
 * follow-up's addendum (src/app/follow-up-report-buttons.tsx): a language
 * for the file, chosen apart from the interface's, then one button per file
 * (PDF, HTML, Word). Each file is made in the report worker, so the page
 * keeps answering while a long one renders; meanwhile a polite live region
 * says which stage it is at, and a Cancel ends the job. One file at a time.
 * The two callers differ only in their words and in the job they post.
 */
import { Fragment, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n/languages';
import { loadLanguage } from '../i18n/load';
import { withPackTexts } from '../i18n/report-texts';
import type { LanguageTexts } from '../i18n/instance';
import type { Translate } from '../report/types';
import { reports } from '../report/worker';
import type { ReportRun } from '../report/worker/client';
import { STAGES, type AnyJob, type Outcome, type ReportKind, type Stage } from '../report/worker/protocol';
import { ReportLanguage } from '../ui/shell/report-language';
import { downloadFile } from './download';
import { packSetup } from './packs/registry';

/** One file's words in ui.json, by key. */
export interface DownloadTexts {
  download: string;
  failed: string;
  /** A line under the button, which also describes it. */
  hint?: string;
}

/** What is being made, and its stages, by key (written out, so the content tests can see each one is used). */
const PROGRESS: Record<ReportKind, { preparing: string; stages: Partial<Record<Stage, string>> }> = {
  pdf: { preparing: 'pdf.preparing', stages: { fonts: 'pdf.stage.fonts', model: 'pdf.stage.model', draw: 'pdf.stage.draw', attach: 'pdf.stage.attach' } },
  html: { preparing: 'htmlReport.preparing', stages: { model: 'htmlReport.stage.model', draw: 'htmlReport.stage.draw' } },
  docx: { preparing: 'docx.preparing', stages: { model: 'docx.stage.model', draw: 'docx.stage.draw' } },
};
const ORDER: ReportKind[] = ['pdf', 'html', 'docx'];

/** "Sätter sidorna (steg 3 av 4) …", or the file's "Skapar PDF …" before the worker has said where it is. */
export function stageLine(t: Translate, kind: ReportKind, stage: Stage | undefined): string {
  const progress = PROGRESS[kind];
  const stages = STAGES[kind];
  const label = stage && progress.stages[stage];
  if (!stage || !label) return t(progress.preparing);
  return t('pdf.progress', { what: t(progress.preparing), stage: t(label), step: stages.indexOf(stage) + 1, steps: stages.length });
}

interface Props {
  /** The key of the language choice's label. */
  languageLabel: string;
  texts: Record<ReportKind, DownloadTexts>;
  /** The job that makes one file in `lang`, with that language's texts; called at the click. */
  job: (kind: ReportKind, lang: Language, texts: LanguageTexts, interfaceLang: Language) => AnyJob;
}

interface Busy {
  kind: ReportKind;
  stage: Stage | undefined;
}

/** The job under way: its run once posted, and whether Cancel was pressed (perhaps before it was). */
interface Current {
  run?: ReportRun;
  cancelled: boolean;
}

export function ReportDownloads({ languageLabel, texts, job }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<Language | undefined>();
  const [busy, setBusy] = useState<Busy | undefined>();
  const [failed, setFailed] = useState<ReportKind | undefined>();
  const [notice, setNotice] = useState('');
  const buttons = useRef<Partial<Record<ReportKind, HTMLButtonElement | null>>>({});
  const cancelButton = useRef<HTMLButtonElement>(null);
  const current = useRef<Current>({ cancelled: false });
  const shown: Language = isLanguage(i18n.language) ? i18n.language : 'sv';
  const lang: Language = chosen ?? shown;

  /** Ends the busy state; focus goes back to the button that started it if it was on Cancel (or lost). */
  function finish(kind: ReportKind, after: () => void) {
    const active = document.activeElement;
    const refocus = !active || active === document.body || active === cancelButton.current;
    flushSync(() => {
      setBusy(undefined);
      after();
    });
    if (refocus) buttons.current[kind]?.focus();
  }

  async function start(kind: ReportKind) {
    // The clicked button is disabled while its file is made, which would drop focus to the page: it goes to Cancel.
    flushSync(() => {
      setFailed(undefined);
      setNotice('');
      setBusy({ kind, stage: undefined });
    });
    const mine: Current = { cancelled: false };
    current.current = mine;
    cancelButton.current?.focus();
    try {
      // The worker words the file from plain data: the language as loaded, with the question packs' texts.
      const languageTexts = withPackTexts(await loadLanguage(lang), packSetup().packs, lang);
      // Cancel may come while the texts load, before there is a job to stop.
      let outcome: Outcome = { type: 'cancelled' };
      if (!mine.cancelled) {
        mine.run = reports.run(job(kind, lang, languageTexts, shown), (stage) => setBusy((b) => (b?.kind === kind ? { ...b, stage } : b)));
        outcome = await mine.run.outcome;
      }
      if (outcome.type === 'done') {
        const { name, content, type } = outcome.file;
        downloadFile(name, content as BlobPart, type);
        finish(kind, () => setNotice(t('pdf.ready', { name })));
      } else finish(kind, () => setNotice(t('pdf.cancelled')));
    } catch (error) {
      console.error(error);
      finish(kind, () => setFailed(kind));
    }
  }

  function cancel() {
    current.current.cancelled = true;
    current.current.run?.cancel();
  }

  return (
    <div className="pdf">
      <ReportLanguage id={id} label={t(languageLabel)} value={lang} onChange={setChosen} />
      {ORDER.map((kind) => {
        const words = texts[kind];
        const mine = busy?.kind === kind;
        return (
          <Fragment key={kind}>
            <button
              ref={(el) => {
                buttons.current[kind] = el;
              }}
              type="button"
              className={kind === 'pdf' ? 'button--primary' : 'button--secondary'}
              aria-busy={mine}
              aria-describedby={words.hint ? `${id}-${kind}-hint` : undefined}
              // One file at a time: a cancel ends the worker, and with it whatever else it was making.
              disabled={busy !== undefined}
              onClick={() => void start(kind)}
            >
              {mine ? stageLine(t, kind, undefined) : t(words.download)}
            </button>
            {failed === kind && (
              <p className="error-message" role="alert">
                {t(words.failed)}
              </p>
            )}
            {words.hint && (
              <p className="hint pdf__hint" id={`${id}-${kind}-hint`}>
                {t(words.hint)}
              </p>
            )}
          </Fragment>
        );
      })}
      {/* Always in the page, so what is put in it is announced. */}
      <output className="pdf__hint" aria-live="polite">
        {busy ? stageLine(t, busy.kind, busy.stage) : notice}
      </output>
      {busy && (
        <button ref={cancelButton} type="button" className="button--secondary" onClick={cancel}>
          {t('pdf.cancel')}
        </button>
      )}
    </div>
  );
}
