import type { HostApi } from '../../core/host/host-channels.ts';
import type { RecoveredDraft } from '../../core/host/ipc-contract.ts';

type RecoveryHost = Pick<HostApi, 'listRecovery' | 'writeRecovery' | 'clearRecovery'>;

/**
 * The Electron platform's draft store: platform.writeDraft/readDraft backed by main's crash
 * recovery folder (main/node/recovery.ts) instead of localStorage, so a draft is a file main can
 * write atomically, list at the next start and remove on a normal close.
 *
 * The page keeps one draft id for its document. At start it reads the newest draft an earlier
 * session left and adopts its id: writes after 恢复 replace that draft, and clearing it (丢弃,
 * or a save) removes it. Older drafts stay on disk and are offered at the following start.
 *
 * Writes go over IPC without waiting, as localStorage writes did not wait either; a draft that
 * could not be written costs at most the seconds until the next one.
 */
export function createElectronDrafts(host: RecoveryHost, newId: () => string = () => crypto.randomUUID()) {
  let recovered: RecoveredDraft[] = [];
  let id = newId();
  // Read before the app renders (renderer/main.tsx waits for platformReady): readDraft is synchronous.
  const ready = host.listRecovery().then(
    (drafts) => {
      recovered = drafts;
    },
    () => undefined,
  );
  const report = (error: unknown) => console.warn('草稿未能暂存', error);
  return {
    ready,
    read(): string | null {
      const newest = recovered[0];
      if (!newest) return null;
      id = newest.id;
      return newest.text;
    },
    write(text: string | null): void {
      if (text === null) {
        recovered = recovered.filter((draft) => draft.id !== id);
        host.clearRecovery(id).catch(report);
      } else {
        host.writeRecovery({ id, text }).catch(report);
      }
    },
  };
}
