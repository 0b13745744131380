/** Status or severity as icon + text + colour, so no meaning rests on colour alone. */
import type { Severity, Status } from '../../assessment/result';
import { useResultText } from './result-text';
import { SeverityIcon, StatusIcon } from './status-icon';

export function StatusBadge({ status, className = '' }: { status: Status; className?: string }) {
  const { t } = useResultText();
  return (
    <p className={`result-badge result-badge--${status} ${className}`.trim()}>
      <StatusIcon status={status} />
      <span>
        <span className="visually-hidden">{t('results.statusLabel')} </span>
        {t(`results.status.${status}`)}
      </span>
    </p>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useResultText();
  return (
    <span className={`result-badge result-badge--${severity}`}>
      <SeverityIcon severity={severity} />
      <span>{t(`results.severity.${severity}`)}</span>
    </span>
  );
}
