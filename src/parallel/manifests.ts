// The manifests of the input directories, read once on the main thread so that each worker gets
// its file's entry with the task. Failures are reported where src/pipeline.ts reports them: a
// broken manifest right after the failures before the first file of its directory that was read.
import path from 'node:path';
import { ManifestError, readManifest, type ManifestEntry } from '../ingest/manifest.js';
import type { InputFailure } from '../types.js';

interface DirectoryManifest {
  entries: Map<string, ManifestEntry>;
  failure: InputFailure | null;
  reported: boolean;
}

export class Manifests {
  private readonly byDir = new Map<string, DirectoryManifest>();

  /** The entry for `file` in the manifest of its own directory, if any. */
  entryFor(file: string): ManifestEntry | undefined {
    return this.directory(file).entries.get(path.basename(file));
  }

  /**
   * Called for each file that was read, in input order: the directory's manifest failure the
   * first time, as the sequential pipeline reports it when it first looks the manifest up.
   */
  failureOnFirstUse(file: string): InputFailure | null {
    const dir = this.directory(file);
    if (dir.reported || dir.failure === null) return null;
    dir.reported = true;
    return dir.failure;
  }

  private directory(file: string): DirectoryManifest {
    const dir = path.dirname(path.resolve(file));
    let found = this.byDir.get(dir);
    if (found) return found;
    found = { entries: new Map(), failure: null, reported: false };
    try {
      for (const entry of readManifest(dir)?.documents ?? []) found.entries.set(entry.file, entry);
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error;
      found.failure = { path: path.join(dir, 'manifest.yaml'), reason: error.message.split(': ').slice(1).join(': ') };
    }
    this.byDir.set(dir, found);
    return found;
  }
}
