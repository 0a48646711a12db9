/**
 * Slot for the "Team sync" section (sync-file export/import, CSV re-import), owned by the
 * team-sync work. It renders nothing until that component replaces this body; the
 * dashboard header already places it, so filling it needs no other change.
 */
export function SyncPanelSlot(_props: { locale: 'en' | 'fr' }) {
  return null;
}
