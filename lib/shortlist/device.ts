import { Dexie } from 'dexie';
import { NODE_ID_PATTERN } from '../exchange/clock';
import { AppFailure } from '../result';
import type { MicroscopeDb } from './db';

/** This browser's identity in team sync: a random id and a name teammates recognise. */
export interface Device {
  id: string;
  name: string;
}

export const DEVICE_KEY = 'device';

export function newDevice(id: string): Device {
  return { id, name: `Microscope ${id.slice(0, 4)}` };
}

/** The stored device record, or undefined when there is none yet; a damaged one is an error (a new id would orphan the user's notes). */
function readDevice(value: unknown): Device | undefined {
  if (value === undefined || value === null) return undefined;
  const record = value as Partial<Device>;
  if (typeof record.id === 'string' && NODE_ID_PATTERN.test(record.id)) {
    return { id: record.id, name: typeof record.name === 'string' ? record.name : newDevice(record.id).name };
  }
  throw new AppFailure(
    { code: 'device-unreadable' },
    { message: 'The device identity stored in this browser cannot be read.' },
  );
}

/** This browser's device, if it has been created (reads only: safe inside a live query). */
export async function peekDevice(db: MicroscopeDb): Promise<Device | undefined> {
  return readDevice((await db.meta.get(DEVICE_KEY))?.value);
}

/**
 * This browser's device identity, created on first use. Creation reads and inserts in one
 * read-write transaction over `meta` (it joins the caller's when there is one), so callers
 * that race on a fresh install (the dashboard, its sync drawer, an edit) all get the same
 * id: IndexedDB runs write transactions on one store one after the other, and `add` refuses
 * a second insert within one transaction.
 */
export async function getOrCreateDevice(db: MicroscopeDb): Promise<Device> {
  const stored = await peekDevice(db);
  if (stored) return stored;
  return db.transaction('rw', db.meta, async () => {
    const again = await peekDevice(db);
    if (again) return again;
    const device = newDevice(globalThis.crypto.randomUUID());
    try {
      await db.meta.add({ key: DEVICE_KEY, value: device });
      return device;
    } catch (error) {
      if ((error as { name?: string }).name !== Dexie.errnames.Constraint) throw error;
      const winner = await peekDevice(db);
      if (!winner) throw error;
      return winner;
    }
  });
}
