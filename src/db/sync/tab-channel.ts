import type { SyncStatus } from './status-count';

/*
 * What the tabs of one device tell each other about team sync (./sync-leader.ts): the tab that
 * syncs shares its status, so the other tabs' status line stays true; a new tab asks for it; a tab
 * where the person acts on sync asks for the lock. Only the status travels, never a record.
 */
export type TabMessage =
  | { type: 'status'; status: SyncStatus }
  /** The tab that synced stopped and no tab syncs now (signed out). */
  | { type: 'stopped' }
  | { type: 'hello' }
  | { type: 'hand-over' };

export interface TabChannel {
  post(message: TabMessage): void;
}

export function openTabChannel(dbName: string, receive: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined };
  const channel = new BroadcastChannel(`fidelio-team-sync:${dbName}`);
  channel.onmessage = (event: MessageEvent<TabMessage>) => receive(event.data);
  return { post: (message) => channel.postMessage(message) };
}
