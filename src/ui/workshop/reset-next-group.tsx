/**
 * "Reset for the next group": after a confirmation, the answers are cleared
 * and the case is kept, so the next workshop group starts from the same
 * case. What a reset does is the app's business (`onReset`); this asks
 * first and says when it is done.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

export function ResetForNextGroup({ onReset }: { onReset: () => Promise<void> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <div className="reset">
      <button
        type="button"
        ref={trigger}
        className="button--secondary"
        onClick={() => {
          setDone(false);
          setAsking(true);
        }}
      >
        {t('workshop.reset')}
      </button>
      <output className="reset__status">{done ? t('workshop.resetDone') : ''}</output>
      {asking && (
        <ConfirmDialog
          title={t('workshop.resetTitle')}
          confirmLabel={t('workshop.resetConfirm')}
          cancelLabel={t('workshop.resetCancel')}
          returnFocus={trigger}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void onReset().then(() => setDone(true));
          }}
        >
          <p>{t('workshop.resetBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
