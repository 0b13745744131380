/**
 * The projected view's collection on the sync server: offered only in a
 * build with a sync server and to a trainer (workshop-server.ts). Starting
 * makes the session's code (crypto.getRandomValues) and keeps it in the
 * workshop's state, so the trainer's window, a reload and the debrief on
 * this device know it; the session is opened on the server by the trainer's
 * connection. Closing asks first, as a closed session stays closed.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newWorkshopCode } from '../sync/workshop-code';
import { CollectPanel } from '../ui/workshop/collect-panel';
import { ConfirmDialog } from '../ui/workshop/confirm-dialog';
import { useCollection } from './workshop-collection';
import { useTrainerServer } from './workshop-server';
import { collectOnServer, type WorkshopSession } from './workshop-session';
import { updateSession } from './workshop-session-store';

export function WorkshopCollect({ session, onShowCode }: { session: WorkshopSession; onShowCode: (() => void) | undefined }) {
  const { t } = useTranslation();
  const server = useTrainerServer();
  const collection = useCollection(server, session.serverCode, true);
  const [closing, setClosing] = useState(false);
  const closeButton = useRef<HTMLElement>(null);
  if (!server) return null;
  return (
    <>
      <CollectPanel
        code={session.serverCode}
        state={collection?.state ?? 'connecting'}
        count={collection?.handIns.length ?? 0}
        open={collection?.open}
        onStart={() => {
          const code = newWorkshopCode();
          updateSession((s) => s && collectOnServer(s, code));
        }}
        onShowCode={onShowCode}
        onClose={() => {
          closeButton.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setClosing(true);
        }}
      />
      {closing && (
        <ConfirmDialog
          title={t('workshopServer.closeTitle')}
          confirmLabel={t('workshopServer.close')}
          cancelLabel={t('workshop.cancel')}
          returnFocus={closeButton}
          onCancel={() => setClosing(false)}
          onConfirm={() => {
            setClosing(false);
            collection?.close();
          }}
        >
          <p>{t('workshopServer.closeBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
