/**
 * The follow-ups of one assessment after the decision: the list in date
 * order, a follow-up's form, and its result. Loaded with React.lazy.
 *
 * Props for the app (app.tsx): `id` (the assessment), `followUpId` (a
 * follow-up to open, optional), `repository` (storage, ready), `onHome` (back
 * to the start page) and optionally `onOpen(followUpId | undefined)` (to put
 * the open follow-up in the address; without it the page keeps it itself).
 */
import type { Repository } from '../storage/repository';

export interface FollowUpPageProps {
  id: string;
  followUpId?: string;
  repository: Repository;
  onHome: () => void;
  onOpen?: (followUpId: string | undefined) => void;
}

export default function FollowUpPage(_props: FollowUpPageProps) {
  return <output />;
}
