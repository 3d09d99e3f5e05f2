// `mrkoll analyze --from-tags`: the documents of tag shards (`mrkoll tag --format jsonl`), read
// back in the order of the files and their lines. A shard is untrusted: a line that is not one
// (bad JSON, another schema version, the wrong shape) fails alone, as "FILE:LINE: why", and the
// rest of the batch is still read; so does a file that cannot be read.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseShardLine } from '../corpus/shard-lines.js';
import type { TagResult } from '../tag/index.js';
import type { InputFailure } from '../types.js';
import { ioReason } from './unexpected.js';

export interface ShardContents {
  /** Documents read (each handed to `onDocument`). */
  read: number;
  /** The tagging runs' failed files and this run's bad shard lines and files, in the same order. */
  failures: InputFailure[];
}

/** Each document of the shards to `onDocument` as its line is read, in the order of the files and their lines. */
export async function readShards(files: readonly string[], onDocument: (document: TagResult) => void): Promise<ShardContents> {
  let read = 0;
  const failures: InputFailure[] = [];
  for (const file of files) {
    let number = 0;
    try {
      const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const line of lines) {
        number++;
        if (line.trim() === '') continue;
        const parsed = parseShardLine(line);
        if ('document' in parsed) {
          read++;
          onDocument(parsed.document);
        } else if ('failure' in parsed) failures.push(parsed.failure);
        else failures.push({ path: `${file}:${number}`, reason: parsed.problem });
      }
    } catch (error) {
      failures.push({ path: number > 0 ? `${file}:${number}` : file, reason: `kan inte läsas (${ioReason(error, 'read')})` });
    }
  }
  return { read, failures };
}
