import type { SyncFileHandle, SyncFolderHandle } from '@/lib/shortlist/folder-sync';

/**
 * A folder in memory with the `FileSystemDirectoryHandle` contract folder sync uses: files
 * hold bytes and a modification time; a writable replaces the content only on `close()`
 * (as the browser does), so readers see the old file or the new one, never half.
 */
export interface MemoryFolder extends SyncFolderHandle {
  /** Puts a file as a drive's client would (a teammate's file arriving, a conflict copy). */
  put(name: string, content: string | Uint8Array | Blob): void;
  read(name: string): Promise<Uint8Array | undefined>;
  names(): string[];
  remove(name: string): void;
}

let clock = 1_000;

export function memoryFolder(name = 'Team'): MemoryFolder {
  const files = new Map<string, { blob: Blob; lastModified: number }>();
  const toBlob = (content: string | Uint8Array | Blob) =>
    content instanceof Blob ? content : new Blob([content as BlobPart]);
  const handle = (fileName: string): SyncFileHandle => ({
    kind: 'file',
    name: fileName,
    async getFile() {
      const file = files.get(fileName);
      if (!file) throw new DOMException(`${fileName} not found`, 'NotFoundError');
      return Object.assign(file.blob.slice(), { lastModified: file.lastModified });
    },
    async createWritable() {
      const parts: (string | Blob)[] = [];
      let open = true;
      return {
        async write(data: Blob | string) {
          if (!open) throw new Error('closed');
          parts.push(data);
        },
        async close() {
          open = false;
          clock += 1;
          files.set(fileName, { blob: new Blob(parts), lastModified: clock });
        },
        async abort() {
          open = false;
          parts.length = 0;
        },
      };
    },
  });
  return {
    kind: 'directory',
    name,
    async *values() {
      for (const fileName of [...files.keys()]) yield handle(fileName);
    },
    async getFileHandle(fileName: string, options?: { create?: boolean }) {
      if (!files.has(fileName)) {
        if (!options?.create) throw new DOMException(`${fileName} not found`, 'NotFoundError');
        files.set(fileName, { blob: new Blob([]), lastModified: ++clock });
      }
      return handle(fileName);
    },
    put(fileName, content) {
      clock += 1;
      files.set(fileName, { blob: toBlob(content), lastModified: clock });
    },
    async read(fileName) {
      const file = files.get(fileName);
      return file ? new Uint8Array(await file.blob.arrayBuffer()) : undefined;
    },
    names() {
      return [...files.keys()].sort();
    },
    remove(fileName) {
      files.delete(fileName);
    },
  };
}
