/**
 * An assessment opened from the URL: reads it from storage and shows its
 * session, or says it is missing. Loaded on demand (with the wizard, forms,
 * machine and results), so the start page does not carry that code.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { framework, questionnaires } from '../questionnaire/catalogue';
import type { Repository } from '../storage/repository';
import { AssessmentSession } from './assessment-session';

interface OpenProps {
  id: string;
  view: 'wizard' | 'results';
  repository: Repository;
  onHome: () => void;
  onView: (view: 'wizard' | 'results') => void;
}

export function OpenAssessment({ id, view, repository, onHome, onView }: OpenProps) {
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
      key={id}
      initial={loaded.assessment}
      file={file}
      framework={framework}
      repository={repository}
      view={view}
      onView={onView}
    />
  );
}
