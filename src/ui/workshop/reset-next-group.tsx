/**
 * "Reset for the next group": after a confirmation, the answers are cleared
 * and the case is kept, so the next workshop group starts from the same
 * case. The dialog first offers to save the group's file, since "Saved" on
 * screen means this browser only and the reset removes those answers. What a
 * reset does is the app's business (`onReset`); this asks first and says
 * when it is done.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

export function ResetForNextGroup({ onReset, onSaveFile }: { onReset: () => Promise<void>; onSaveFile?: () => void }) {
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
          cancelLabel={t('workshop.cancel')}
          returnFocus={trigger}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void onReset().then(() => setDone(true));
          }}
        >
          {onSaveFile && (
            <div className="reset__save">
              <p>{t('workshop.resetSaveFirst')}</p>
              <button type="button" className="button--primary" onClick={onSaveFile}>
                {t('workshop.saveFile')}
              </button>
            </div>
          )}
          <p>{t('workshop.resetBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
