/**
 * Importing an assessment from a file (JSON export, or a report as PDF or HTML). A
 * rejected file leaves everything as it was and lists its problems, each
 * with the place in the file; an assessment that already exists here is
 * only replaced after an explicit choice, otherwise a copy is made. Before
 * that choice the panel says what differs between the file and the stored
 * copy, or that they hold the same content (then nothing needs doing, and a
 * copy can still be made). Focus moves to the question, so a keyboard or
 * screen reader user lands on it.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { withSubject } from '../../i18n/subject';
import { FilePicker } from './file-picker';
import { ImportDifferences, type DifferencesOfSubject } from './import-differences';
import { PackAdded } from './pack-added';
import './home.css';
// The picker's own styles, imported here rather than by the picker: the picker is shared with the
// comparison page (loaded later), so its import would make a stylesheet chunk of its own, a second
// stylesheet request on the first load. Here they join the start page's, which every page has loaded.
import './file-picker.css';

export type ImportState =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'rejected'; fileName: string; messages: string[] }
  /** `differences`: what differs from the stored copy, when it could be read; `changedMeanwhile`: it changed after they were first shown. */
  | { state: 'exists'; fileName: string; name: string; differences?: DifferencesOfSubject; changedMeanwhile?: boolean }
  | { state: 'done'; name: string }
  /** A question pack added; `previous`: the version it replaced; `questionnaires`: those it adds to, when not every one. */
  | { state: 'pack-added'; id: string; version: string; previous?: string; questionnaires?: readonly string[] };

interface Props {
  status: ImportState;
  onFile: (file: File) => void;
  onKeepBoth: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

export function ImportPanel({ status, onFile, onKeepBoth, onReplace, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const question = useRef<HTMLHeadingElement>(null);
  const asking = status.state === 'exists' ? status : undefined;
  // The differences' sentences come with the whole language; without it the panel asks as it always did.
  const differences = asking?.differences && i18n.exists('importDiff.ask') ? asking.differences : undefined;
  useEffect(() => {
    if (asking && differences) question.current?.focus();
  }, [asking, differences]);
  return (
    <section aria-labelledby={`${id}-heading`} className="import">
      <h2 id={`${id}-heading`}>{t('importFile.heading')}</h2>
      {/* One row: the label, the picker and what was chosen; the kinds of file it takes below. */}
      <div className="import__row">
        <label htmlFor={`${id}-file`} className="label">
          {t('importFile.label')}
        </label>
        <FilePicker
          id={`${id}-file`}
          describedBy={`${id}-hint`}
          accept=".json,.pdf,.html,.htm,application/json,application/pdf,text/html"
          onFiles={(files) => files[0] && onFile(files[0])}
        />
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('importFile.hint')}
      </p>
      {status.state === 'reading' && <output>{t('importFile.reading')}</output>}
      {status.state === 'rejected' && (
        <div className="error-summary" role="alert">
          <h3>{t('importFile.rejected', { file: status.fileName })}</h3>
          <ul>
            {status.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
          <p>{t('importFile.untouched')}</p>
        </div>
      )}
      {status.state === 'exists' && (
        <div className="confirm-box" role={differences ? undefined : 'alert'}>
          {differences ? (
            <>
              <h3 ref={question} tabIndex={-1}>
                {withSubject(t, differences.subject)(differences.identical ? 'importDiff.sameHeading' : 'importDiff.heading', { name: status.name })}
              </h3>
              {status.changedMeanwhile && <p className="notice notice--warning">{t('importDiff.changedMeanwhile')}</p>}
              {differences.identical ? (
                <p>{withSubject(t, differences.subject)('importDiff.same', { file: status.fileName })}</p>
              ) : (
                <>
                  <ImportDifferences differences={differences} fileName={status.fileName} />
                  <p>{t('importDiff.ask')}</p>
                </>
              )}
            </>
          ) : (
            <p>{t('importFile.exists', { name: status.name })}</p>
          )}
          {differences?.identical ? (
            // The same content: nothing to replace, so no "Ersätt"; leaving it is the first choice, a copy still possible.
            <div className="actions">
              <button type="button" className="button--primary" onClick={onCancel}>
                {t('saved.cancel')}
              </button>
              <button type="button" className="button--secondary" onClick={onKeepBoth}>
                {t('importFile.keepBoth')}
              </button>
            </div>
          ) : (
            <div className="actions">
              <button type="button" className="button--primary" onClick={onKeepBoth}>
                {t('importFile.keepBoth')}
              </button>
              <button type="button" className="button--warning" onClick={onReplace}>
                {t('importFile.replace')}
              </button>
              <button type="button" className="button--secondary" onClick={onCancel}>
                {t('saved.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      {status.state === 'done' && <output className="notice">{t('importFile.done', { name: status.name })}</output>}
      {status.state === 'pack-added' && <PackAdded {...status} />}
    </section>
  );
}
