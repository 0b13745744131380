/**
 * The report downloads, PDF, HTML and the Word beslutsunderlag, with the
 * report's language chosen here for all three, independent of the interface
 * language (a committee may want Swedish while a trainer works in English);
 * a file in the other language says so in its name. The HTML report is the
 * accessible one: react-pdf cannot make a tagged PDF. The Word file is for
 * the tjänsteskrivelse: its text goes into the organisation's template, and
 * Word's own export makes a tagged PDF of it.
 *
 * Every file is made in the report worker (src/report/worker), so the page
 * keeps answering while a long report renders. Meanwhile the area says, in
 * a polite live region, which stage the file is at, and offers a cancel;
 * the review page starts the worker ahead of the first click (`prefetchPdf`).
 */
import { Fragment, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import type { DecisionText } from '../assessment/decision-text/types';
import type { AssessmentResult } from '../assessment/result';
import { isLanguage, type Language } from '../i18n/languages';
import { loadLanguage } from '../i18n/load';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import type { Translate } from '../report/types';
import { reports } from '../report/worker';
import type { ReportRun } from '../report/worker/client';
import { STAGES, type PlainRequest, type Outcome, type ReportKind, type Stage } from '../report/worker/protocol';
import { ReportLanguage } from '../ui/shell/report-language';
import { downloadFile } from './download';

/** Starts the report worker in the background, so its code is loaded by the first click. */
export function prefetchPdf(): void {
  reports.warm();
}

interface Props {
  file: QuestionnaireFile;
  framework: Framework;
  assessment: () => Assessment;
  result: AssessmentResult;
  decision: DecisionText;
}

interface Texts {
  download: string;
  preparing: string;
  failed: string;
  hint?: string;
  stages: Partial<Record<Stage, string>>;
}

/** Each report's texts in ui.json, by key (written out, so the content tests can see each one is used). */
const TEXTS: Record<ReportKind, Texts> = {
  pdf: {
    download: 'pdf.download',
    preparing: 'pdf.preparing',
    failed: 'pdf.failed',
    stages: { fonts: 'pdf.stage.fonts', model: 'pdf.stage.model', draw: 'pdf.stage.draw', attach: 'pdf.stage.attach' },
  },
  html: {
    download: 'htmlReport.download',
    preparing: 'htmlReport.preparing',
    failed: 'htmlReport.failed',
    hint: 'htmlReport.hint',
    stages: { model: 'htmlReport.stage.model', draw: 'htmlReport.stage.draw' },
  },
  docx: {
    download: 'docx.download',
    preparing: 'docx.preparing',
    failed: 'docx.failed',
    hint: 'docx.hint',
    stages: { model: 'docx.stage.model', draw: 'docx.stage.draw' },
  },
};
const ORDER: ReportKind[] = ['pdf', 'html', 'docx'];

/** "Sätter sidorna (steg 3 av 4) …", or the file's "Skapar PDF …" before the worker has said where it is. */
export function stageLine(t: Translate, kind: ReportKind, stage: Stage | undefined): string {
  const texts = TEXTS[kind];
  const stages = STAGES[kind];
  const label = stage && texts.stages[stage];
  if (!stage || !label) return t(texts.preparing);
  return t('pdf.progress', { what: t(texts.preparing), stage: t(label), step: stages.indexOf(stage) + 1, steps: stages.length });
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

export function PdfButton({ file, framework, assessment, result, decision }: Props) {
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
      const request: PlainRequest = { file, framework, assessment: assessment(), lang, result, decision };
      // Cancel may come while the texts load, before there is a job to stop.
      let outcome: Outcome = { type: 'cancelled' };
      if (!job.cancelled) {
        job.run = reports.run({ kind, request, texts, interfaceLang: shown }, (stage) => setBusy((b) => (b?.kind === kind ? { ...b, stage } : b)));
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
      <ReportLanguage id={id} label={t('pdf.language')} value={lang} onChange={setChosen} />
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
              {t(mine ? texts.preparing : texts.download)}
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
