/**
 * The results page: what the evaluation found, worded for people. It is a
 * presentational leaf: it renders one `AssessmentResult` (computed once by
 * `evaluate()`, never recomputed here) and reports "go to this step" through
 * `onFix`; the app layer decides what that means for the machine.
 *
 * Order on the page: an overview chart first (the whole picture at a glance),
 * then each recommendation, the findings to fix, the knowledge gaps, the
 * consequence heat map and, when shares are given, representation in numbers.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '../../assessment/result';
import { subjectContext } from '../../i18n/subject';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import { Subject } from '../subject';
import { CoverageChart } from './coverage-chart';
import { FindingsList } from './findings-list';
import { GapsList } from './gaps-list';
import { Heatmap } from './heatmap';
import { RecommendationCard } from './recommendation-card';
import { RepresentationChart } from './representation-chart';

export interface ResultsScreenProps {
  result: AssessmentResult;
  file: QuestionnaireFile;
  /** Opens a step of the wizard so the user can change what a result rests on. */
  onFix: (stepId: string) => void;
  /** Optional buttons under the introduction (a PDF download, a way back …), supplied by the app. */
  actions?: ReactNode;
  /** The framework's ratio below which a group counts as under-represented, said under the representation chart. */
  underRepresented?: number;
}

export function ResultsScreen({ result, file, onFix, actions, underRepresented }: ResultsScreenProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The page replaces another screen: move focus to its heading so screen
  // reader and keyboard users start at the top of the new content.
  useEffect(() => heading.current?.focus(), []);

  const stepIds = file.steps.map((s) => s.id);
  const findingsById = new Map(result.findings.map((f) => [f.id, f]));
  const itemTitles = new Map(result.heatmap.groups.map((g) => [g.id, g.title]));

  return (
    // Criteria and findings are worded for what the questionnaire assesses.
    <Subject.Provider value={subjectContext(file)}>
      <div className="results">
        <h1 ref={heading} tabIndex={-1}>
          {t('results.heading')}
        </h1>
        <p className="lead">{t('results.intro')}</p>
        <p className="source">{t('results.provenance')}</p>
        {actions && <div className="actions">{actions}</div>}

        <CoverageChart recommendations={result.recommendations} />

        <section className="result-section" aria-labelledby="result-recommendations">
          <h2 id="result-recommendations">{t('results.recommendationsHeading')}</h2>
          {result.recommendations.map((rec) => (
            <RecommendationCard
              key={rec.id}
              recommendation={rec}
              findings={rec.findings.flatMap((id) => findingsById.get(id) ?? [])}
              stepIds={stepIds}
              onFix={onFix}
            />
          ))}
        </section>

        <FindingsList findings={result.findings} stepIds={stepIds} onFix={onFix} />
        <GapsList gaps={result.knowledgeGaps} itemTitles={itemTitles} stepIds={stepIds} onFix={onFix} />
        <Heatmap heatmap={result.heatmap} />
      <RepresentationChart rows={result.representation} threshold={underRepresented} />
      </div>
    </Subject.Provider>
  );
}
