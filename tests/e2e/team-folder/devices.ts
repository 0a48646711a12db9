/**
 * Bundled for the browser by the team-folder test (sync.e2e.ts) and run in a secure page:
 * simulated devices — each its own IndexedDB database and device identity, the product's
 * own code (lib/shortlist) — syncing through one folder of the origin private file system,
 * which stands in for the team's cloud drive.
 */
import { MicroscopeDb } from '../../../lib/shortlist/db';
import { type SyncFolderHandle, syncSharedFolder } from '../../../lib/shortlist/folder-sync';
import { editEntries, getDevice, listShortlist, renameDevice, setMyNote } from '../../../lib/shortlist/repo';
import { importSyncText } from '../../../lib/shortlist/sync';

interface TeamResult {
  /** Each device's shortlist as one line per creator (status and notes), after the last round. */
  views: string[][];
  /** Files left out per round (name: reason code). */
  skipped: string[][];
  /** Wall time of each round of concurrent syncs, ms. */
  rounds: number[];
  /** The folder's files at the end. */
  files: string[];
}

async function folderOf(name: string): Promise<SyncFolderHandle> {
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(name, { recursive: true }).catch(() => undefined);
  return (await root.getDirectoryHandle(name, { create: true })) as unknown as SyncFolderHandle;
}

async function view(db: MicroscopeDb): Promise<string[]> {
  return (await listShortlist(db))
    .map(
      (e) =>
        `${e.id}:${e.status}:${e.notes
          .map((n) => `${n.authorName}=${n.text}`)
          .sort()
          .join('|')}`,
    )
    .sort();
}

async function devices(label: string, size: number, base: string, now: number): Promise<MicroscopeDb[]> {
  const out: MicroscopeDb[] = [];
  for (let i = 0; i < size; i++) {
    const db = new MicroscopeDb(`${label}-device-${i}`);
    await db.delete();
    await db.open();
    await renameDevice(db, `Member ${i}`);
    const imported = await importSyncText(db, base, now);
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    out.push(db);
  }
  return out;
}

/** Everyone edits: a status on "their" creator, a note on the first creator. */
async function edit(team: MicroscopeDb[], keys: string[], now: number): Promise<void> {
  await Promise.all(
    team.map(async (db, i) => {
      await editEntries(
        db,
        [keys[i % keys.length] as string],
        { status: i % 2 ? 'contacted' : 'in-review' },
        now + i,
      );
      await setMyNote(db, keys[0] as string, `note from member ${i}`, now + i);
    }),
  );
}

/**
 * `size` devices share the `base` shortlist, each edits, then all sync at the same time,
 * `rounds` times; between the first two rounds the "drive" leaves a conflict copy of one
 * device's file and shows another's half downloaded.
 */
async function runTeam(
  label: string,
  size: number,
  base: string,
  keys: string[],
  now: number,
): Promise<TeamResult> {
  const folder = await folderOf(label);
  const team = await devices(label, size, base, now);
  await edit(team, keys, now + 1_000);
  const result: TeamResult = { views: [], skipped: [], rounds: [], files: [] };
  // Rounds of everyone syncing at once, until two in a row leave nothing out (a file can be
  // replaced while a teammate reads it: it is then read again at the next round).
  let quiet = 0;
  for (let round = 0; round < 8 && quiet < 2; round++) {
    if (round === 1 && size > 2) {
      // A drive's conflict copy of device 1's file, and device 2's file half downloaded.
      const root = folder as unknown as FileSystemDirectoryHandle;
      const id1 = (await getDevice(team[1] as MicroscopeDb)).id;
      const id2 = (await getDevice(team[2] as MicroscopeDb)).id;
      const file1 = await (await root.getFileHandle(`microscope-team-${id1}.jsonl.gz`)).getFile();
      const copy = await (
        await root.getFileHandle(`microscope-team-${id1} (1).jsonl.gz`, { create: true })
      ).createWritable();
      await copy.write(file1);
      await copy.close();
      const handle2 = await root.getFileHandle(`microscope-team-${id2}.jsonl.gz`);
      const file2 = await handle2.getFile();
      const half = await handle2.createWritable();
      await half.write(file2.slice(0, Math.floor(file2.size / 2)));
      await half.close();
    }
    const t0 = performance.now();
    const outcomes = await Promise.all(
      team.map((db, i) => syncSharedFolder(db, folder, now + 10_000 * (round + 1) + i)),
    );
    result.rounds.push(performance.now() - t0);
    const skipped = outcomes.flatMap((o) =>
      'changed' in o ? ['changed'] : o.skipped.map((f) => `${f.name}:${f.error.code}`),
    );
    result.skipped.push(skipped);
    quiet = skipped.length === 0 && round >= 1 ? quiet + 1 : 0;
  }
  result.views = await Promise.all(team.map(view));
  for await (const handle of (folder as unknown as { values(): AsyncIterable<{ name: string }> }).values())
    result.files.push(handle.name);
  result.files.sort();
  for (const db of team) db.close();
  return result;
}

/**
 * Sync time against team size: `size` devices share `base` and each has edited; the time of
 * one device's Sync now reading every teammate's changed file.
 */
async function timeOneSync(
  label: string,
  size: number,
  base: string,
  keys: string[],
  now: number,
): Promise<number> {
  const folder = await folderOf(label);
  const team = await devices(label, size, base, now);
  await edit(team, keys, now + 1_000);
  // Everyone but the last writes a file first (one after the other: nothing is timed here).
  for (const [i, db] of team.slice(0, -1).entries()) await syncSharedFolder(db, folder, now + 2_000 + i);
  const last = team[team.length - 1] as MicroscopeDb;
  const t0 = performance.now();
  const outcome = await syncSharedFolder(last, folder, now + 5_000);
  const ms = performance.now() - t0;
  if ('changed' in outcome || outcome.files.length !== size - 1)
    throw new Error('not every teammate file was read');
  for (const db of team) db.close();
  return ms;
}

Object.assign(globalThis, { runTeam, timeOneSync });
