// Two years of årsanalys answers built from seed sentences, where exactly these things change:
// Kulturnämnden starts writing about klarspråk (P4), Miljönämnden stops mentioning barnets bästa,
// Grundskolenämnden answers for the first time, Fritidsnämnden falls silent. Servicenämnden and
// the rest of Kulturnämnden's and Miljönämndens answers stay word for word the same.
// Every paragraph carries the tags it does in the bundled lexicons today; the tests compute the
// expected changes from the paragraphs' own tags, so a lexicon edit does not break them.
import { makeTempDir } from '../helpers/temp.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PARAGRAPHS = {
  kulturDialog:
    'Kulturnämnden har under året genomfört dialoger med barn och unga om deras rätt till kultur, och resultaten används i planeringen av verksamheten.',
  kulturKlarsprak: 'Kulturnämnden lyfter att klarspråk är i fokus. Nämnden arbetar med målgruppsanpassad information till olika grupper av Malmöbor.',
  miljoStatistik: 'Miljönämnden använder statistik om Malmöbornas livsvillkor i verksamhetsuppföljningen och i analyser inför beslut.',
  miljoBarnetsBasta: 'Miljönämnden har även tagit fram en rutin för prövning av barnets bästa.',
  fritidJamstalldhet: 'Fritidsnämnden arbetar med jämställdhetsintegrering av föreningsbidragen så att flickor och pojkar får likvärdiga villkor.',
  serviceTillganglighet: 'Servicenämnden arbetar med tillgänglighet och universell utformning i stadens lokaler och e-tjänster.',
  grundskolaInflytande: 'Grundskolenämnden har inrättat elevråd där eleverna får inflytande över beslut som påverkar dem.',
  // Servicenämnden switches term (funktionsnedsättning → funktionsvariation) and starts misspelling
  // afrofobi; both sentences keep the same tags, so its coverage does not change.
  serviceFunktionsnedsattning: 'Servicenämnden anpassar lokaler och e-tjänster för personer med funktionsnedsättning.',
  serviceFunktionsvariation: 'Servicenämnden anpassar lokaler och e-tjänster för personer med funktionsvariation.',
  serviceAfrofobi: 'Servicenämnden arbetar mot rasism och afrofobi i sin kundtjänst.',
  serviceAfrofofi: 'Servicenämnden arbetar mot rasism och afrofofi i sin kundtjänst.',
} as const;

type Key = keyof typeof PARAGRAPHS;

export const YEAR_1: Record<string, Key[]> = {
  'malmo/kulturnamnden': ['kulturDialog'],
  'malmo/miljonamnden': ['miljoStatistik', 'miljoBarnetsBasta'],
  'malmo/fritidsnamnden': ['fritidJamstalldhet'],
  'malmo/servicenamnden': ['serviceTillganglighet', 'serviceFunktionsnedsattning', 'serviceAfrofobi'],
};

export const YEAR_2: Record<string, Key[]> = {
  'malmo/kulturnamnden': ['kulturDialog', 'kulturKlarsprak'],
  'malmo/miljonamnden': ['miljoStatistik'],
  'malmo/servicenamnden': ['serviceTillganglighet', 'serviceFunktionsvariation', 'serviceAfrofofi'],
  'malmo/grundskolenamnden': ['grundskolaInflytande'],
};

/** Writes one corpus directory: one answer file per committee and a manifest saying who wrote it. */
export function writeCorpus(root: string, year: number, answers: Record<string, Key[]>): string {
  const dir = path.join(root, String(year));
  mkdirSync(dir, { recursive: true });
  const entries: string[] = [];
  for (const [author, keys] of Object.entries(answers)) {
    const file = `arsanalys-${author.split('/')[1]}-${year}.txt`;
    const text = keys.map((k) => `${PARAGRAPHS[k]}\n`).join('\n');
    writeFileSync(path.join(dir, file), text);
    entries.push(`  - file: ${file}\n    city: malmo\n    year: ${year}\n    type: årsanalys\n    author: ${author}`);
  }
  writeFileSync(path.join(dir, 'manifest.yaml'), `corpus: arsanalyser-${year}\ndocuments:\n${entries.join('\n')}\n`);
  return dir;
}

/** Both years in a fresh temporary directory. */
export function writeBothYears(): { root: string; year1: string; year2: string } {
  const root = makeTempDir('mrkoll-compare-');
  return { root, year1: writeCorpus(root, 2023, YEAR_1), year2: writeCorpus(root, 2024, YEAR_2) };
}
