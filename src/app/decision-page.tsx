/**
 * The committee's decision on record for one assessment: diarienummer,
 * committee, meeting date, paragraph, outcome and what changed. Loaded with
 * React.lazy when opened.
 *
 * Props for the app (app.tsx): `id` (the assessment), `repository` (storage,
 * ready), `onHome` (back to the start page) and optionally `onFollowUp` (to the
 * follow-up page of the same assessment).
 */
import type { Repository } from '../storage/repository';

export interface DecisionPageProps {
  id: string;
  repository: Repository;
  onHome: () => void;
  onFollowUp?: () => void;
}

export default function DecisionPage(_props: DecisionPageProps) {
  return <output />;
}
