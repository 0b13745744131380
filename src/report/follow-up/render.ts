import type { FollowUpJob, ReportFile, Stage } from '../worker/protocol';

export async function renderFollowUp(_job: FollowUpJob, _progress: (stage: Stage) => void): Promise<ReportFile> {
  throw new Error('not yet');
}
