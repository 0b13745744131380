/**
 * The comparison screen: pick several assessment files of one case (JSON
 * exports or report PDFs), see which were refused and why, which were read
 * (each can be taken out again), and the comparison itself, to print or
 * save as a PDF. It only shows what the caller read; it saves nothing.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../assessment/comparison';
import { isLanguage, type Language } from '../../i18n/languages';
import { FilePicker } from '../home/file-picker';
import { ReportLanguage } from '../shell/report-language';
import { GroupsTable, MeasuresList, StatusTable } from './compare-tables';
import './compare.css';

/** A file that could not be read, with its problems in the active language. */
export interface Rejected {
  fileName: string;
  messages: string[];
}

interface Props {
  comparison: Comparison | undefined;
  rejected: Rejected[];
  reading: boolean;
  onFiles: (files: File[]) => void;
  onRemove: (index: number) => void;
  /** Renders and saves the comparison as a PDF in `lang`. */
  onDownload: (lang: Language) => Promise<void>;
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

export function CompareScreen({ comparison, rejected, reading, onFiles, onRemove, onDownload }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="compare">
      <h1>{t('compare.heading')}</h1>
      <div className="compare__controls">
        <p id={`${id}-hint`}>{t('compare.intro')}</p>
        <label htmlFor={`${id}-file`} className="label">
          {t('compare.label')}
        </label>
        <FilePicker id={`${id}-file`} describedBy={`${id}-hint`} multiple accept=".json,.pdf,application/json,application/pdf" onFiles={onFiles} />
        {reading && <output>{t('compare.reading')}</output>}
        {rejected.length > 0 && (
          <div className="error-summary" role="alert">
            {rejected.map((r, i) => (
              <div key={i}>
                <h2>{t('importFile.rejected', { file: r.fileName })}</h2>
                <ul>
                  {r.messages.map((m, j) => (
                    <li key={j}>{m}</li>
                  ))}
                </ul>
              </div>
            ))}
            <p>{t('compare.otherFiles')}</p>
          </div>
        )}
      </div>
      {!comparison ? (
        <p className="notice">{t('compare.empty')}</p>
      ) : (
        <>
          <h2>{t('compare.files')}</h2>
          <ul className="compare__files">
            {comparison.columns.map((name, i) => (
              <li key={`${i}-${comparison.fileNames[i]}`}>
                <span>{t('compare.fileLine', { name, file: comparison.fileNames[i] })}</span>{' '}
                <button type="button" className="button--secondary compare__controls" onClick={() => onRemove(i)}>
                  {t('compare.remove', { name })}
                </button>
              </li>
            ))}
          </ul>
          {comparison.mixedQuestionnaires && <p className="notice notice--warning">{t('compare.mixed')}</p>}
          <Download onDownload={onDownload} />
          <StatusTable comparison={comparison} />
          <GroupsTable comparison={comparison} />
          <MeasuresList comparison={comparison} />
        </>
      )}
    </div>
  );
}
