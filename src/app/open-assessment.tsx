/**
 * An assessment opened from the URL: reads it from storage and shows its
 * session, or says it is missing. Loaded on demand (with the wizard, forms,
 * machine and results), so the start page does not carry that code.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { adoptContentVersion } from '../assessment/earlier';
import { framework, questionnaires } from '../questionnaire/catalogue';
import type { ChangeFeed } from '../storage/changes';
import type { Repository } from '../storage/repository';
import { AssessmentSession } from './assessment-session';

interface OpenProps {
  id: string;
  view: 'wizard' | 'results';
  repository: Repository;
  changes: ChangeFeed | undefined;
  onHome: () => void;
  onView: (view: 'wizard' | 'results') => void;
}

export function OpenAssessment({ id, view, repository, changes, onHome, onView }: OpenProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ id: string; assessment: Assessment | undefined } | undefined>();
  useEffect(() => {
    let alive = true;
    void repository.get(id).then((assessment) => alive && setLoaded({ id, assessment }));
    return () => {
      alive = false;
    };
  }, [id, repository]);
  if (!loaded || loaded.id !== id) return <output>{t('session.loading')}</output>;
  const file = questionnaires.find((q) => q.id === loaded.assessment?.questionnaire.id);
  if (!loaded.assessment || !file) {
    return (
      <>
        <h1>{t('session.missing')}</h1>
        <button type="button" className="button--primary" onClick={onHome}>
          {t('session.home')}
        </button>
      </>
    );
  }
  return (
    <AssessmentSession
      // A newer version saved in another tab restarts the session from it.
      key={`${id}@${loaded.assessment.revision}`}
      // A record saved under another questionnaire version opens on the current one; the next save stores that.
      initial={adoptContentVersion(file, framework, loaded.assessment)}
      changes={changes}
      onNewer={(assessment) => setLoaded({ id, assessment })}
      file={file}
      framework={framework}
      repository={repository}
      view={view}
      onView={onView}
    />
  );
}
