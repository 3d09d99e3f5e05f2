// Sweden's kommuner and regioner (lexicons/sweden/municipalities.yaml): SCB code, short and official
// name, genitive, aliases and web/e-mail domains, validated on first use and looked up by ID, by any
// name, or by domain. City detection asks this module who a document says it is; it reads no document.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { locate, parseYaml, readYaml, sortProblems, type Problem, type SourceFile, type YamlPath } from '../data-files/problems.js';
import { compileSchema, DataFileError, NON_BLANK_TEXT, parseValidatedYaml, readValidatedYaml } from '../data-files/validate.js';
import { BUNDLED_LEXICONS_DIR } from '../paths.js';
import { slugify } from './crosscheck.js';
import { CITY_PATTERN } from './schema.js';
import { UNKNOWN_CITY, UNKNOWN_CITY_ID } from './unknown-city.js';

export type MunicipalityKind = 'kommun' | 'region';

export interface Municipality {
  /** `malmo`, `upplands-vasby`, `region-skane`: the slug of the name, with `region-` for a region. */
  id: string;
  /** SCB's kommunkod ("1280") or, for a region, länskod ("12"). */
  code: string;
  kind: MunicipalityKind;
  /** Short name: "Malmö", "Upplands Väsby", "Falun", "Skåne". */
  name: string;
  /** The organisation's name as it writes it: "Malmö stad", "Falu kommun", "Västra Götalandsregionen". */
  official: string;
  /** The short name's genitive in running text: "Malmös", "Lunds", "Borås". */
  genitive: string;
  /** Other names the organisation goes by: the legal "Malmö kommun" of a stad, "VGR". */
  aliases: string[];
  /** Its own web and e-mail domains, lower case, without `www.`. */
  domains: string[];
  /** False when a domain rests on one source only. */
  domainsVerified: boolean;
  /** The län: "Skåne län". */
  county: string;
  /** A kommun's region, by ID (Gotland's is itself); absent for a region. */
  region?: string;
  /** The länskod of a kommun that is also its county's region (Gotland: "09"). */
  regionCode?: string;
}

/** Every problem in the file, one per line as `file:line:col: message`. */
export class MunicipalitiesError extends DataFileError {}

/** The bundled file. */
export const BUNDLED_MUNICIPALITIES_FILE = path.join(BUNDLED_LEXICONS_DIR, 'sweden', 'municipalities.yaml');

/** A lower-case host name: `malmo.se`, `start.stockholm`, `upplands-bro.se`. */
const DOMAIN_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+$';

const entry = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'code', 'kind', 'name', 'official', 'genitive', 'domains', 'county'],
  properties: {
    id: { type: 'string', pattern: CITY_PATTERN },
    code: { type: 'string', pattern: '^(?:[0-9]{2}|[0-9]{4})$' },
    kind: { enum: ['kommun', 'region'] },
    name: NON_BLANK_TEXT,
    official: NON_BLANK_TEXT,
    genitive: NON_BLANK_TEXT,
    aliases: { type: 'array', items: NON_BLANK_TEXT, uniqueItems: true },
    domains: { type: 'array', items: { type: 'string', pattern: DOMAIN_PATTERN }, minItems: 1, uniqueItems: true },
    domainsVerified: { type: 'boolean' },
    county: { type: 'string', pattern: ' län$' },
    region: { type: 'string', pattern: CITY_PATTERN },
    regionCode: { type: 'string', pattern: '^[0-9]{2}$' },
  },
  // A kommun has a four-digit code and a region; a region has a two-digit code and none.
  if: { properties: { kind: { const: 'kommun' } } },
  then: { required: ['region'], properties: { region: { type: 'string' }, code: { pattern: '^[0-9]{4}$' } } },
  else: { properties: { code: { pattern: '^[0-9]{2}$' } } },
};

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'municipalities'],
  properties: { version: { const: 1 }, municipalities: { type: 'array', items: entry, minItems: 1 } },
};

type RawEntry = Omit<Municipality, 'aliases' | 'domainsVerified'> & { aliases?: string[]; domainsVerified?: boolean };
interface MunicipalitiesFile {
  version: 1;
  municipalities: RawEntry[];
}

let validator: ValidateFunction<MunicipalitiesFile> | undefined;
const validate = (): ValidateFunction<MunicipalitiesFile> => (validator ??= compileSchema<MunicipalitiesFile>(schema));

/**
 * How names are compared: NFC, Swedish lower case, any dash or run of spaces as one space. å, ä and ö
 * stay letters ("Malmo stad" is not Malmö's name); "Göteborgs Stad", "göteborgs stad" and "Upplands
 * Bro" find what they should.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[\s\u2010-\u2015\-]+/gu, ' ')
    .trim();
}

/** The host in a domain, an e-mail address or a URL, lower case and without a trailing dot. */
function hostOf(text: string): string {
  let host = text.trim().toLowerCase();
  if (host.includes('@')) host = host.slice(host.lastIndexOf('@') + 1);
  else if (host.includes('/')) {
    try {
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      return '';
    }
  }
  return host.replace(/[>)\],;.]+$/, '').replace(/:\d+$/, '');
}

/** Sweden's kommuner and regioner, indexed. */
export class Municipalities {
  readonly all: readonly Municipality[];
  private readonly ids = new Map<string, Municipality>();
  private readonly names = new Map<string, Municipality[]>();
  private readonly domains = new Map<string, Municipality>();

  constructor(entries: readonly Municipality[]) {
    this.all = entries;
    for (const m of entries) {
      this.ids.set(m.id, m);
      for (const name of new Set([m.official, ...m.aliases, m.name, m.genitive].map(nameKey))) {
        const list = this.names.get(name) ?? [];
        list.push(m);
        this.names.set(name, list);
      }
      for (const domain of m.domains) this.domains.set(domain, m);
    }
  }

  /** The 290 kommuner. */
  kommuner(): Municipality[] {
    return this.all.filter((m) => m.kind === 'kommun');
  }

  /** The 21 regioner: the kind `region` entries and Gotland, the kommun that is also a region. */
  regioner(): Municipality[] {
    return this.all.filter((m) => m.kind === 'region' || m.regionCode !== undefined);
  }

  byId(id: string): Municipality | undefined {
    return this.ids.get(id);
  }

  /**
   * Everything written `name`: official name, alias, short name or genitive, compared as `nameKey`
   * does. A short name can belong to a kommun and to the region named after the same place
   * ("Uppsala"); official names and aliases belong to one entry each.
   */
  allByName(name: string): Municipality[] {
    return [...(this.names.get(nameKey(name)) ?? [])];
  }

  /**
   * The one entry written `name`. When a bare place name is shared by a kommun and a region
   * ("Stockholm", "Stockholms"), the kommun: a region writes itself "Region Stockholm", while the
   * bare name in a municipal document means the municipality.
   */
  byName(name: string): Municipality | undefined {
    const found = this.allByName(name);
    if (found.length <= 1) return found[0];
    const kommuner = found.filter((m) => m.kind === 'kommun');
    return kommuner.length === 1 ? kommuner[0] : undefined;
  }

  /**
   * The owner of a domain, an e-mail address or a URL: "vgregion.se", "kommun@hellefors.se",
   * "https://kommun.varnamo.se/x". A subdomain counts as its parent ("edu.hellefors.se").
   */
  byDomain(text: string): Municipality | undefined {
    const labels = hostOf(text)
      .replace(/^www\./, '')
      .split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const found = this.domains.get(labels.slice(i).join('.'));
      if (found) return found;
    }
    return undefined;
  }

  /** A kommun's region (Gotland's is Gotland itself); undefined for a region. */
  regionOf(m: Municipality): Municipality | undefined {
    return m.region === undefined ? undefined : this.ids.get(m.region);
  }
}

/** Reads and checks a municipalities file; throws `MunicipalitiesError` with every problem. */
export function loadMunicipalities(file: string = BUNDLED_MUNICIPALITIES_FILE): Municipalities {
  const data = readValidatedYaml(file, validate(), MunicipalitiesError);
  const source = () => readYaml(file).source;
  return checked(
    data.municipalities,
    data.municipalities.map((_, index) => ({ source, index })),
  );
}

/** Parses and checks the text of a municipalities file; `file` is where the problems say they are. */
export function parseMunicipalities(text: string, file: string): Municipalities {
  const data = parseValidatedYaml(text, file, validate(), MunicipalitiesError);
  const source = () => parseYaml(text, file).source;
  return checked(
    data.municipalities,
    data.municipalities.map((_, index) => ({ source, index })),
  );
}

/** Where an entry was written: its file (parsed only when a problem must point into it) and its index there. */
interface Origin {
  source: () => SourceFile;
  index: number;
}

/** The index of schema-valid entries, or every cross-check problem, each in the file and at the entry it came from. */
function checked(entries: readonly RawEntry[], origins: readonly Origin[]): Municipalities {
  const faults = crossCheck(entries);
  if (faults.length > 0) {
    const parsed = new Map<Origin['source'], SourceFile>();
    const problems: Problem[] = faults.map(({ at, message }) => {
      const [i, ...rest] = at as [number, ...YamlPath];
      const origin = origins[i];
      const source = parsed.get(origin.source) ?? parsed.set(origin.source, origin.source()).get(origin.source)!;
      return { file: source.file, ...locate(source, ['municipalities', origin.index, ...rest]), message };
    });
    throw new MunicipalitiesError(sortProblems(problems));
  }
  return new Municipalities(entries.map((m) => ({ ...m, aliases: m.aliases ?? [], domainsVerified: m.domainsVerified ?? true })));
}

let bundled: Municipalities | undefined;

/** The bundled file, read and checked on the first call and kept. */
export function municipalities(): Municipalities {
  bundled ??= loadMunicipalities();
  return bundled;
}

/**
 * How reports name a city: its official name ("Luleå kommun", "Region Skåne"), never its ID;
 * "okänd kommun" when no city was decided; the ID only for one the list does not hold.
 */
export function cityName(id: string | null | undefined, list: Municipalities = municipalities()): string {
  if (id === null || id === undefined || id === UNKNOWN_CITY_ID) return UNKNOWN_CITY;
  return list.byId(id)?.official ?? id;
}

/** A lexicons folder's own municipalities file, which layers over the bundled one. */
export function municipalitiesFile(lexiconsDir: string): string {
  return path.join(lexiconsDir, 'sweden', 'municipalities.yaml');
}

const layered = new Map<string, Municipalities>();

/**
 * The municipalities a lexicons folder reads with: the bundled file, with the entries of the
 * folder's own `sweden/municipalities.yaml` (when it has one) added or put in place of the bundled
 * entry with the same ID. Read and checked on first use per folder and kept; throws
 * `MunicipalitiesError` naming the file each problem is in.
 */
export function municipalitiesFor(lexiconsDir: string = BUNDLED_LEXICONS_DIR): Municipalities {
  const dir = path.resolve(lexiconsDir);
  const own = municipalitiesFile(dir);
  if (dir === path.resolve(BUNDLED_LEXICONS_DIR) || !existsSync(own)) return municipalities();
  let found = layered.get(dir);
  if (!found) {
    found = layer(own);
    layered.set(dir, found);
  }
  return found;
}

/** Every problem in the municipalities a lexicons folder reads with (`municipalitiesFor`); empty when they load. */
export function municipalityProblems(lexiconsDir: string): Problem[] {
  try {
    municipalitiesFor(lexiconsDir);
    return [];
  } catch (error) {
    if (error instanceof MunicipalitiesError) return error.problems;
    throw error;
  }
}

/** The bundled entries with `file`'s over them, by ID: a replaced entry keeps its place, a new one comes last. */
function layer(file: string): Municipalities {
  const base = readValidatedYaml(BUNDLED_MUNICIPALITIES_FILE, validate(), MunicipalitiesError).municipalities;
  const top = readValidatedYaml(file, validate(), MunicipalitiesError).municipalities;
  const baseSource = () => readYaml(BUNDLED_MUNICIPALITIES_FILE).source;
  const topSource = () => readYaml(file).source;
  const entries = [...base];
  const origins: Origin[] = base.map((_, index) => ({ source: baseSource, index }));
  const at = new Map(base.map((m, i) => [m.id, i]));
  top.forEach((m, index) => {
    const i = at.get(m.id) ?? entries.length;
    entries[i] = m;
    origins[i] = { source: topSource, index };
    at.set(m.id, i);
  });
  return checked(entries, origins);
}

interface Fault {
  /** Path below `municipalities`. */
  at: YamlPath;
  message: string;
}

/** The ID a name gives: its slug, with `region-` before a region's. */
function baseId(m: Pick<RawEntry, 'kind' | 'name'>): string {
  return (m.kind === 'region' ? 'region-' : '') + slugify(m.name);
}

/**
 * The ID an entry must have: `baseId`, or, when two names give the same one (Håbo and Habo are both
 * "habo"), that and its län without "län": `habo-uppsala`, `habo-jonkoping`.
 */
export function expectedId(m: Pick<RawEntry, 'kind' | 'name' | 'county'>, shared: boolean): string {
  return shared ? `${baseId(m)}-${slugify(m.county.replace(/s? län$/, ''))}` : baseId(m);
}

/** What one entry at a time cannot say: IDs follow names, nothing is written twice, regions exist. */
function crossCheck(entries: readonly RawEntry[]): Fault[] {
  const faults: Fault[] = [];
  const seen = new Map<string, string>();
  const once = (key: string, owner: string, at: YamlPath, what: string) => {
    const first = seen.get(key);
    if (first !== undefined && first !== owner) faults.push({ at, message: `${what} används redan av ${first}` });
    else seen.set(key, owner);
  };
  const regions = new Map<string, RawEntry>();
  for (const m of entries) if (m.kind === 'region' || m.regionCode !== undefined) regions.set(m.id, m);

  const slugCount = new Map<string, number>();
  for (const m of entries) slugCount.set(baseId(m), (slugCount.get(baseId(m)) ?? 0) + 1);

  entries.forEach((m, i) => {
    const expected = expectedId(m, (slugCount.get(baseId(m)) ?? 0) > 1);
    if (m.id !== expected) faults.push({ at: [i, 'id'], message: `ID "${m.id}" ska vara "${expected}" (namnet "${m.name}")` });
    once(`id:${m.id}`, m.id, [i, 'id'], `ID "${m.id}"`);
    once(`code:${m.code}`, m.id, [i, 'code'], `koden "${m.code}"`);
    if (m.regionCode !== undefined) once(`code:${m.regionCode}`, m.id, [i, 'regionCode'], `koden "${m.regionCode}"`);
    m.domains.forEach((d, j) => once(`domain:${d}`, m.id, [i, 'domains', j], `domänen "${d}"`));
    // Official names and aliases identify one organisation; short names may be shared (Stockholm).
    once(`name:${nameKey(m.official)}`, m.id, [i, 'official'], `namnet "${m.official}"`);
    (m.aliases ?? []).forEach((a, j) => once(`name:${nameKey(a)}`, m.id, [i, 'aliases', j], `namnet "${a}"`));
    if (m.kind === 'region') {
      if (m.region !== undefined) faults.push({ at: [i, 'region'], message: 'en region hör inte till någon region' });
      if (m.regionCode !== undefined) faults.push({ at: [i, 'regionCode'], message: 'regionCode är för en kommun som också är region' });
    } else if (m.region !== undefined) {
      const region = regions.get(m.region);
      const code = region?.regionCode ?? region?.code;
      if (!region) faults.push({ at: [i, 'region'], message: `regionen "${m.region}" finns inte` });
      else if (!m.code.startsWith(code ?? '')) faults.push({ at: [i, 'code'], message: `koden "${m.code}" hör inte till ${region.id} (${code})` });
      else if (region.county !== m.county) faults.push({ at: [i, 'county'], message: `länet ska vara "${region.county}" som för ${region.id}` });
    }
  });
  return faults;
}
