// What reports call an administration: the registry's entry, else the name most often written
// for an unregistered one, else (an unknown author) the file name. Tallied one document at a
// time (`NameTally`), so that analyze can let each document go once it has been read.
import { writtenByTheRules } from '../language/name-form.js';
import path from 'node:path';
import { ADMINISTRATION_KINDS, type AdministrationKind, type AnalysisDocument } from '../types.js';
import { slugify } from '../lexicon/crosscheck.js';
import { authorOf, type AdministrationInfo } from './credit.js';
import { countDetached, detached } from './detached.js';
import { capitalized } from '../util/swedish.js';

/** The written forms and kinds of the unregistered names, and the first document of each unknown author. */
export class NameTally {
  private readonly written = new Map<string, Map<string, number>>();
  private readonly kinds = new Map<string, Map<string, number>>();
  private readonly unknownAuthors = new Map<string, string>();

  constructor(private readonly registered: ReadonlyMap<string, AdministrationInfo>) {}

  add(doc: AnalysisDocument): void {
    const author = authorOf(doc);
    if (author.startsWith('okand/') && !this.unknownAuthors.has(author)) this.unknownAuthors.set(author, doc.path);
    for (const p of doc.passages) {
      for (const m of p.mentions) {
        // An anaphor ("Nämnden", "förvaltningen") or a group noun is not the organ's name.
        if (this.registered.has(m.id) || m.via === 'anaphor' || m.via === 'group') continue;
        tally(this.written, m.id, m.name);
        if (m.kind && !m.external) tally(this.kinds, m.id, m.kind);
      }
    }
  }

  /** Each of `ids` as reports name it. */
  describe(ids: Iterable<string>): Map<string, AdministrationInfo> {
    const out = new Map<string, AdministrationInfo>();
    for (const id of ids) {
      const known = this.registered.get(id);
      if (known) {
        out.set(id, known);
        continue;
      }
      const unknownAuthor = id.startsWith('okand/') ? this.unknownAuthors.get(id) : undefined;
      const name = displayName(id, this.written.get(id)) ?? (unknownAuthor ? `${path.basename(unknownAuthor)} (okänd avsändare)` : id);
      const kind = [...(this.kinds.get(id) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
      out.set(id, {
        id,
        name,
        kind: kind && (ADMINISTRATION_KINDS as readonly string[]).includes(kind) ? (kind as AdministrationKind) : null,
        registered: false,
      });
    }
    return out;
  }
}

/** `NameTally` over documents already read. */
export function describeAdministrations(
  ids: Iterable<string>,
  docs: Iterable<AnalysisDocument>,
  registered: Map<string, AdministrationInfo>,
): Map<string, AdministrationInfo> {
  const names = new NameTally(registered);
  for (const doc of docs) names.add(doc);
  return names.describe(ids);
}

/** A count of `key` for `id`; a new key is copied, so that it does not hold the document's text alive. */
function tally(counts: Map<string, Map<string, number>>, id: string, key: string): void {
  let forms = counts.get(id);
  if (!forms) counts.set(detached(id), (forms = new Map<string, number>()));
  countDetached(forms, key);
}

/**
 * The name an unregistered organ is shown by: the written form its ID was made from ("Nämnden för
 * Vård & Omsorg" for …/namnden-for-vard-och-omsorg), else the form a heading would write (capital,
 * not in the genitive), else the most frequent; with a capital first letter.
 */
function displayName(id: string, forms: Map<string, number> | undefined): string | null {
  if (!forms || forms.size === 0) return null;
  const idSlug = id.slice(id.indexOf('/') + 1);
  const rank = ([form, n]: [string, number]) => [
    slugify(form) === idSlug ? 1 : 0,
    /^\p{Lu}/u.test(form) ? 1 : 0,
    /s$/.test(form) ? 0 : 1,
    n,
    writtenByTheRules(form),
  ];
  const best = [...forms].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] - x[i];
    return a[0].localeCompare(b[0], 'sv');
  })[0][0];
  return capitalized(best);
}
