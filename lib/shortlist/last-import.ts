import type { EntityTable } from 'dexie';
import type { HlcString } from '../exchange/clock';
import { unpackReplicaText } from '../exchange/packed-replica';
import type { Replica } from '../exchange/replica-schema';
import type { MetaRecord } from './db';

/**
 * What **Undo last import** needs, in two records: a small one the Team sync panel reads to
 * offer the button (and reads again whenever anything is saved), and the replicas as they
 * were before the import, which can be tens of megabytes after a 50,000-creator import, as
 * text (one JSON per line: IndexedDB stores one string far faster than 50,000 objects).
 */
const LAST_IMPORT_KEY = 'lastImport';
const LAST_IMPORT_DATA_KEY = 'lastImportData';

export interface LastImportInfo {
  at: number;
  from: string;
  /** This device's clock before the import (absent in records written before undo became an edit). */
  clockBefore?: HlcString;
  /** Its clock right after: every change the import made carries a clock value at or before it. */
  clockAfter?: HlcString;
  /** Creators the import changed or brought (what an undo has to go through). */
  count?: number;
}

export interface LastImport extends LastImportInfo {
  /** The replicas the import changed, as they were before it. */
  before: Replica[];
  /** Creators the import brought that this device did not have. */
  newKeys: string[];
}

/** What an import writes: the replicas before it as their stored text, packed (no need to parse them). */
export interface LastImportRecord extends LastImportInfo {
  beforeLines: readonly string[];
  newKeys: readonly string[];
}

interface LastImportData {
  /** `before`, one packed replica per line (exchange/packed-replica.ts). */
  before: string;
  /** `newKeys`, one per line. */
  newKeys: string;
}

type Meta = EntityTable<MetaRecord, 'key'>;

export async function writeLastImport(meta: Meta, last: LastImportRecord): Promise<void> {
  const { beforeLines, newKeys, ...info } = last;
  const data: LastImportData = { before: beforeLines.join('\n'), newKeys: newKeys.join('\n') };
  await meta.bulkPut([
    { key: LAST_IMPORT_KEY, value: { ...info, count: beforeLines.length + newKeys.length } },
    { key: LAST_IMPORT_DATA_KEY, value: data },
  ]);
}

/** The summary only (cheap: what the panel shows). */
export async function readLastImportInfo(meta: Meta): Promise<LastImportInfo | undefined> {
  const value = (await meta.get(LAST_IMPORT_KEY))?.value as
    | (LastImportInfo & { before?: unknown })
    | undefined;
  if (!value) return undefined;
  return {
    at: value.at,
    from: value.from,
    clockBefore: value.clockBefore,
    clockAfter: value.clockAfter,
    count: value.count,
  };
}

/** The whole record, for the undo itself. */
export async function readLastImport(meta: Meta): Promise<LastImport | undefined> {
  const info = (await meta.get(LAST_IMPORT_KEY))?.value as
    | (LastImportInfo & { before?: Replica[]; newKeys?: string[] })
    | undefined;
  if (!info) return undefined;
  // Written before v6: everything in one record.
  if (Array.isArray(info.before)) return info as LastImport;
  const data = (await meta.get(LAST_IMPORT_DATA_KEY))?.value as LastImportData | undefined;
  const lines = (text: string | undefined) => (text ? text.split('\n') : []);
  return {
    ...info,
    before: lines(data?.before).map(unpackReplicaText),
    newKeys: lines(data?.newKeys),
  };
}

export async function clearLastImport(meta: Meta): Promise<void> {
  await meta.bulkDelete([LAST_IMPORT_KEY, LAST_IMPORT_DATA_KEY]);
}
