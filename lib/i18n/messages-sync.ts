/** Strings of team sync (sync files, CSV re-import, shared folder), in English and French. */
export const enSync = {
  'sync.title': 'Team sync',
} as const;

export type SyncMessageKey = keyof typeof enSync;

export const frSync: Record<SyncMessageKey, string> = {
  'sync.title': 'Synchronisation d’équipe',
};
