/**
 * The results page: what the evaluation found, worded for people. It is a
 * presentational leaf: it renders one `AssessmentResult` (computed once by
 * `evaluate()`, never recomputed here) and reports "go to this step" through
 * `onFix`; the app layer decides what that means for the machine.
 *
 * Order on the page, what matters first: a summary that fits one screen (the
 * overall judgement, serious problems, the five statuses, three things to do),
 * the effects per group, the knowledge gaps grouped by group, the overview
 * chart; then the long parts folded under their headings (the decision text,
 * each recommendation, every finding, representation in numbers).
 */
import type { Row } from '../../assessment/answer-list';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '../../assessment/result';
import { subjectContext } from '../../i18n/subject';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import { Subject } from '../subject';
import { CoverageChart } from './coverage-chart';
import { FindingsList } from './findings-list';
import { Fold } from './fold';
import { GapsList } from './gaps-list';
import { Heatmap } from './heatmap';
import { RecommendationCard } from './recommendation-card';
import { RepresentationChart } from './representation-chart';
import { ResultsSummary } from './results-summary';

export interface ResultsScreenProps {
  result: AssessmentResult;
  file: QuestionnaireFile;
  /** Opens a step of the wizard so the user can change what a result rests on. */
  onFix: (stepId: string) => void;
  /** The decision text (or other long material the app supplies): folded under its own heading after the summary's parts. */
  actions?: ReactNode;
  /** The framework's ratio below which a group counts as under-represented, said under the representation chart. */
  underRepresented?: number;
  /** For a completed assessment: "Efter beslutet" (the peer review, the decision on record, the follow-up), after the summary. */
  after?: ReactNode;
  /** By recommendation id, answers to question-pack questions linked to it (src/assessment/pack-answers.ts). */
  packAnswers?: Record<string, Row[]>;
}

export function ResultsScreen({ result, file, onFix, actions, underRepresented, after, packAnswers = {} }: ResultsScreenProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The page replaces another screen: move focus to its heading so screen
  // reader and keyboard users start at the top of the new content.
  useEffect(() => heading.current?.focus(), []);

  const stepIds = file.steps.map((s) => s.id);
  const findingsById = new Map(result.findings.map((f) => [f.id, f]));
  const subject = subjectContext(file);
  const tt = (key: string, options: Record<string, unknown> = {}) => t(key, { context: subject, ...options });

  return (
    // Criteria and findings are worded for what the questionnaire assesses.
    <Subject.Provider value={subject}>
      <div className="results">
        <h1 ref={heading} tabIndex={-1}>
          {t('results.heading')}
        </h1>
        <ResultsSummary result={result} stepIds={stepIds} onFix={onFix} />
        {after}

        <Heatmap heatmap={result.heatmap} />
        <GapsList gaps={result.knowledgeGaps} stepIds={stepIds} onFix={onFix} />
        <CoverageChart recommendations={result.recommendations} />
        <p className="lead">{t('results.intro')}</p>
        <p className="source">{t('results.provenance')}</p>

        {actions && (
          <Fold headingId="result-decision-text" heading={t('decisionText.ui.heading')} summary={tt('results.fold.decisionTextSummary')} what={t('results.fold.decisionText')}>
            {actions}
          </Fold>
        )}

        <Fold headingId="result-recommendations" heading={t('results.recommendationsHeading')} summary={t('results.fold.recommendationsSummary')} what={t('results.fold.recommendations')}>
          {result.recommendations.map((rec) => (
            <RecommendationCard
              key={rec.id}
              recommendation={rec}
              findings={rec.findings.flatMap((id) => findingsById.get(id) ?? [])}
              stepIds={stepIds}
              onFix={onFix}
              {...(packAnswers[rec.id] ? { packAnswers: packAnswers[rec.id] } : {})}
            />
          ))}
        </Fold>

        {result.findings.length ? (
          <Fold
            headingId="result-findings"
            heading={t('results.findingsHeading')}
            summary={t('results.fold.findingsSummary', { count: result.findings.length })}
            what={t('results.fold.findings', { count: result.findings.length })}
          >
            <FindingsList findings={result.findings} stepIds={stepIds} onFix={onFix} />
          </Fold>
        ) : (
          // Nothing to fold: the heading and the sentence that there is nothing to fix.
          <section className="result-section" aria-labelledby="result-findings">
            <h2 id="result-findings">{t('results.findingsHeading')}</h2>
            <FindingsList findings={result.findings} stepIds={stepIds} onFix={onFix} />
          </section>
        )}
        <RepresentationChart rows={result.representation} threshold={underRepresented} folded />
      </div>
    </Subject.Provider>
  );
}
