import type { Transaction } from 'dexie';
import { encodeHlc, initialHlc, tick } from '../exchange/clock';
import { replicaFromEntry } from '../exchange/replica';
import { ShortlistEntryV1Schema } from '../model';
import { DEVICE_KEY, type Device, newDevice } from './device';
import { rowFromReplica } from './rows';

/**
 * v1 → v2: each v1 row becomes a replicated document (its fields as edits made when the row
 * was last updated, its note attributed to this device) and is rewritten in the v2 shape.
 * A row that does not parse as v1 is left as it was and reported, never dropped.
 */
export async function migrateV1toV2(tx: Transaction): Promise<void> {
  const device: Device = newDevice(globalThis.crypto.randomUUID());
  await tx.table('meta').put({ key: DEVICE_KEY, value: device });
  let clock = initialHlc(device.id);
  const rows = await tx.table('shortlist').toArray();
  for (const raw of rows) {
    const parsed = ShortlistEntryV1Schema.safeParse(raw);
    if (!parsed.success) {
      console.warn('Microscope: a v1 shortlist row could not be migrated', (raw as { id?: unknown }).id);
      continue;
    }
    clock = tick(clock, parsed.data.updatedAt);
    const replica = replicaFromEntry(parsed.data, clock, device.id, device.name);
    await tx.table('replicas').put(replica);
    const row = rowFromReplica(replica);
    if (row) await tx.table('shortlist').put(row);
  }
  await tx.table('meta').put({ key: 'clock', value: encodeHlc(clock) });
}
