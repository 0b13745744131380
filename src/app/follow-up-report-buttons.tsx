/**
 * The downloads of one follow-up's addendum, PDF, HTML and Word, made in the
 * report worker like the report itself (src/app/pdf-button.tsx): the same
 * language choice, stages in a polite live region, one file at a time and a
 * Cancel that ends the worker. The addendum is read by a committee on its
 * own, so its language is chosen here, apart from the interface's.
 */
import { Fragment, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { isLanguage, type Language } from '../i18n/languages';
import { loadLanguage } from '../i18n/load';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { reports } from '../report/worker';
import type { ReportRun } from '../report/worker/client';
import type { Outcome, ReportKind, Stage } from '../report/worker/protocol';
import { ReportLanguage } from '../ui/shell/report-language';
import { downloadFile } from './download';
import { stageLine } from './pdf-button';

interface Props {
  file: QuestionnaireFile;
  assessment: Assessment;
  followUpId: string;
}

/** Each file's texts in ui.json, by key (written out, so the content tests can see each one is used). */
const TEXTS: Record<ReportKind, { download: string; failed: string; hint?: string }> = {
  pdf: { download: 'followUpReport.download.pdf', failed: 'followUpReport.failed.pdf' },
  html: { download: 'followUpReport.download.html', failed: 'followUpReport.failed.html', hint: 'followUpReport.hint.html' },
  docx: { download: 'followUpReport.download.docx', failed: 'followUpReport.failed.docx' },
};
const ORDER: ReportKind[] = ['pdf', 'html', 'docx'];

interface Busy {
  kind: ReportKind;
  stage: Stage | undefined;
}

/** The job under way: its run once posted, and whether Cancel was pressed (perhaps before it was). */
interface Current {
  run?: ReportRun;
  cancelled: boolean;
}

export function FollowUpReportButtons({ file, assessment, followUpId }: Props) {
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
    const job: Current = { cancelled: false };
    current.current = job;
    cancelButton.current?.focus();
    try {
      const texts = await loadLanguage(lang);
      let outcome: Outcome = { type: 'cancelled' };
      // Cancel may come while the texts load, before there is a job to stop.
      if (!job.cancelled) {
        job.run = reports.run(
          { document: 'follow-up', kind, request: { file, assessment, followUpId, lang }, texts, interfaceLang: shown },
          (stage) => setBusy((b) => (b?.kind === kind ? { ...b, stage } : b)),
        );
        outcome = await job.run.outcome;
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
      <ReportLanguage id={id} label={t('followUpReport.language')} value={lang} onChange={setChosen} />
      {ORDER.map((kind) => {
        const texts = TEXTS[kind];
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
              aria-describedby={texts.hint ? `${id}-${kind}-hint` : undefined}
              // One file at a time: a cancel ends the worker, and with it whatever else it was making.
              disabled={busy !== undefined}
              onClick={() => void start(kind)}
            >
              {mine ? stageLine(t, kind, undefined) : t(texts.download)}
            </button>
            {failed === kind && (
              <p className="error-message" role="alert">
                {t(texts.failed)}
              </p>
            )}
            {texts.hint && (
              <p className="hint pdf__hint" id={`${id}-${kind}-hint`}>
                {t(texts.hint)}
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
