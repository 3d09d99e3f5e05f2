// `mrkoll review`: lints a draft decision memo (tjänsteskrivelse) like ESLint or Vale lint code
// and prose: one line per problem with line and column in the extracted text, rule id and the
// offending text. Exit status 0 without errors, 1 with errors, 2 when a file could not be read.
import type { Command } from 'commander';
import { addInputOptions, emit, limitsFrom, orFail, readLexicons, resolveFormat, type InputFlags } from './shared.js';
import { extractDocument } from '../corpus/extract.js';
import { extractionData } from '../segment/index.js';
import { InputError } from '../ingest/errors.js';
import { buildContext } from '../tag/context.js';
import { tagDocument } from '../tag/index.js';
import { createSpellChecker } from '../language/hunspell.js';
import { CHECKS, countFindings, loadRules, reviewContext, reviewDocument, type RuleSet } from '../review/index.js';
import { reviewToJson, reviewToMarkdown, reviewToSarif, reviewToStylish, rulesToText, type FileReview } from '../report/review/index.js';
import { EXIT, fail } from '../util/exit.js';
import { DOCUMENT_TYPES, type Lexicons, type TaggedDocument, type Document } from '../types.js';
import { packageVersion } from '../paths.js';

interface ReviewFlags extends InputFlags {
  format?: string;
  out?: string;
  rules: string[];
  lexicons?: string;
  city?: string;
  type?: string;
  listRules?: boolean;
}

const FORMATS = ['stylish', 'json', 'sarif', 'md'] as const;
/** --type takes every document type but 'other', which would review against no template. */
const TYPES: readonly string[] = DOCUMENT_TYPES.filter((type) => type !== 'other');

export function registerReview(program: Command): void {
  const command = program
    .command('review')
    .summary('granska ett utkast till tjänsteskrivelse, som en linter')
    .description(
      'Granskar ett utkast (PDF, DOCX, text, Markdown, HTML) mot regler i rules/review/ och --rules: ' +
        'standardavsnitt, beslutsplanering, mottagare och nämndnamn mot stadens register, ' +
        'diarienummer, titlar, stavning, klarspråk (LIX, meningslängd, passiv, nominalstil) och ' +
        'om skrivelsen bedömer konsekvenser för mänskliga rättigheter och barn. Rad och kolumn ' +
        'avser den utdragna texten. Slutstatus: 0 utan fel, 1 med fel, 2 om en fil inte kunde läsas.',
    )
    .argument('[filer...]', 'utkast att granska')
    .option('-f, --format <format>', `utdataformat: ${FORMATS.join(', ')} (standard: stylish, eller efter --out)`)
    .option('--rules <katalog>', 'läs även regler från denna katalog (kan upprepas; samma id ersätter)', collect, [])
    .option('--lexicons <katalog>', 'läs lexikon från denna katalog i stället för paketets')
    .option('--city <stad>', 'stadens register att granska mot (standard: dokumentets stad)')
    .option('--type <typ>', `dokumenttyp: ${TYPES.join(', ')} (standard: den upptäckta, annars tjänsteskrivelse)`)
    .option('--list-rules', 'lista reglerna och avsluta')
    .option('-o, --out <fil>', 'skriv till fil (atomiskt) i stället för standard ut');
  addInputOptions(command).action(async (paths: string[], flags: ReviewFlags) => {
    const ruleSet = orFail(() => loadRules(flags.rules, CHECKS));
    if (flags.listRules) {
      emit(rulesToText(ruleSet.rules), flags.out);
      return;
    }
    if (paths.length === 0) fail('ange minst en fil att granska (eller --list-rules)');
    // A .txt file gets what the terminal gets.
    const format = resolveFormat(flags.format ?? (flags.out?.endsWith('.txt') ? 'stylish' : undefined), flags.out, FORMATS, 'stylish');
    if (flags.type && !TYPES.includes(flags.type)) fail(`okänd dokumenttyp "${flags.type}" (välj ${TYPES.join(', ')})`);
    const lexicons = readLexicons(flags.lexicons);
    const extraction = orFail(() => extractionData(lexicons.dir));
    const cities = lexicons.registries.map((r) => r.city);
    if (flags.city && !cities.includes(flags.city)) fail(`okänd stad "${flags.city}" (lexikonen känner ${cities.join(', ')})`);
    const active = ruleSet.rules.filter((r) => r.severity !== 'off');
    const spell = active.some((r) => r.kind === 'spelling') ? await createSpellChecker([...lexicons.knownWords, ...ruleSet.knownWords]) : null;
    const tag = tagger(lexicons, flags.city);
    const setup = { lexicons, rules: ruleSet.rules, spell, city: flags.city, type: flags.type };

    const reviews: FileReview[] = [];
    let unreadable = false;
    for (const file of paths) {
      let doc: Document;
      try {
        doc = await extractDocument(file, limitsFrom(flags), extraction);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        process.stderr.write(`mrkoll: ${error.path}: ${error.reason}\n`);
        unreadable = true;
        continue;
      }
      reviews.push({ file, findings: reviewDocument(doc, reviewContext(doc, setup, tag(doc)), active) });
    }
    spell?.dispose();

    const color = format === 'stylish' && !flags.out && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    if (reviews.length > 0) emit(render(format, reviews, ruleSet, color), flags.out);
    const errors = countFindings(reviews.flatMap((r) => r.findings)).error;
    process.exitCode = unreadable ? EXIT.fatal : errors > 0 ? EXIT.findings : EXIT.ok;
  });
}

function render(format: (typeof FORMATS)[number], reviews: FileReview[], ruleSet: RuleSet, color: boolean): string {
  switch (format) {
    case 'json':
      return JSON.stringify(reviewToJson(reviews), null, 2);
    case 'sarif':
      return JSON.stringify(reviewToSarif(reviews, ruleSet.rules, packageVersion()), null, 2);
    case 'md':
      return reviewToMarkdown(reviews);
    default:
      return reviewToStylish(reviews, { color });
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Tags documents with principles, areas and mentions for the rules that use them. Without a
 * tagging context (attribution cues that do not load) those rules are skipped, with a warning.
 */
function tagger(lexicons: Lexicons, city: string | undefined): (doc: Document) => TaggedDocument | null {
  try {
    const context = buildContext(lexicons, { defaultCity: city });
    return (doc) => tagDocument(doc, context);
  } catch (error) {
    process.stderr.write(
      `mrkoll: varning: taggningen kunde inte förberedas (${(error as Error).message.split('\n')[0]}); regler som behöver den hoppas över\n`,
    );
    return () => null;
  }
}
