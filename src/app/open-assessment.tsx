/**
 * An assessment opened from the URL: reads it from storage (adding back text
 * left unsaved as the page last closed) and shows its session, or says it is
 * missing. Loaded on demand (with the wizard, forms, machine and results), so
 * the start page does not carry that code.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { framework } from '../questionnaire/catalogue';
import type { ChangeFeed } from '../storage/changes';
import type { Repository } from '../storage/repository';
import { openWithBackup } from '../storage/restore-backup';
import { removeBackup, type UnloadBackup } from '../storage/unload-backup';
import { BackupNotice } from '../ui/wizard/backup-notice';
import { AssessmentSession } from './assessment-session';
import { downloadAssessment } from './export-work';
import { loadPackSetup } from './packs/registry';
import { onThisCopy } from './questionnaire-for';
import { backupStorage } from './use-unload-backup';

interface OpenProps {
  id: string;
  view: 'wizard' | 'results';
  repository: Repository;
  changes: ChangeFeed | undefined;
  /** Work is kept only in this tab's memory. */
  memoryOnly: boolean;
  onHome: () => void;
  onView: (view: 'wizard' | 'results') => void;
}

export function OpenAssessment({ id, view, repository, changes, memoryOnly, onHome, onView }: OpenProps) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<{ id: string; assessment: Assessment | undefined; leftover?: UnloadBackup } | undefined>();
  // With nothing stored on disk, a backup could never be added on the next open.
  const [backups] = useState(() => (memoryOnly ? undefined : backupStorage()));
  useEffect(() => {
    let alive = true;
    // Text left unsaved as the page last closed is added first, so the session starts from it. The
    // organisation's question packs must be known before the assessment is put on its questionnaire.
    void Promise.all([openWithBackup(repository, backups, id), loadPackSetup()]).then(([{ assessment, leftover }]) => alive && setLoaded({ id, assessment, leftover }));
    return () => {
      alive = false;
    };
  }, [id, repository, backups]);
  // A record saved under another questionnaire version, or with other versions of its packs, opens on
  // this copy's; the next save stores that.
  const stored = loaded?.assessment;
  const here = useMemo(() => (stored ? onThisCopy(stored) : undefined), [stored]);
  if (!loaded || loaded.id !== id) return <output>{t('session.loading')}</output>;
  if (!loaded.assessment || !here) {
    return (
      <>
        <h1>{t('session.missing')}</h1>
        <button type="button" className="button--primary" onClick={onHome}>
          {t('session.home')}
        </button>
      </>
    );
  }
  const { leftover } = loaded;
  const { file } = here;
  const discardLeftover = () => {
    if (backups) removeBackup(backups, id, { slot: 'aside' });
    setLoaded({ ...loaded, leftover: undefined });
  };
  return (
    <>
      {leftover && <BackupNotice onDownload={() => downloadAssessment(file, leftover.assessment, i18n.language)} onDiscard={discardLeftover} />}
      <AssessmentSession
        // A newer version saved in another tab restarts the session from it.
        key={`${id}@${loaded.assessment.revision}`}
        initial={here.assessment}
        changes={changes}
        onNewer={(assessment) => setLoaded((prev) => ({ id, assessment, leftover: prev?.leftover }))}
        file={file}
        framework={framework}
        repository={repository}
        view={view}
        onView={onView}
        backups={backups}
        memoryOnly={memoryOnly}
      />
    </>
  );
}
