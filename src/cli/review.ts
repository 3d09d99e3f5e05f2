// `mrkoll review`: lints a draft decision memo (tjänsteskrivelse) like ESLint or Vale lint code
// and prose: one line per problem with line and column in the extracted text, rule id and the
// offending text. Exit status 0 without errors, 1 with errors, 2 when a file could not be read or
// a rule ran out of time on it.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { decodeTextFile, splitLines } from '../ingest/text.js';
import { addInputOptions, cityOption, formatOption, lexiconsOption, outOption, reviewRulesOption, type InputFlags } from './options.js';
import { chooseOutput, useColor, writeOutput } from './output.js';
import { checkCity, orFail, readInputs, readLexicons, readTaggedInputs, reportFailures } from './read.js';
import { failureReason } from '../ingest/errors.js';
import type { ReadResult } from '../corpus/read.js';
import { buildContext, type TaggingContext } from '../tag/context.js';
import { tagDocument } from '../tag/index.js';
import { createRememberingSpellChecker, type RememberingSpellChecker } from '../language/hunspell.js';
import { openCache } from '../cache/extract.js';
import { reviewCache } from './review-cache.js';
import { keepRemembered } from '../data-files/memo.js';
import { locateData } from '../locate/index.js';
import { CHECKS, countFindings, loadRules, reviewContext, reviewDocument, sortFindings, type Rule } from '../review/index.js';
import { reviewToJson, reviewToMarkdown, reviewToSarif, reviewToStylish, rulesToText, type FileReview } from '../report/review/index.js';
import { EXIT, fail, warn } from '../util/exit.js';
import { DOCUMENT_TYPES, type Document, type InputFailure, type Lexicons, type TaggedDocument } from '../types.js';
import { packageVersion } from '../paths.js';
import { corpusNames } from './review-corpus.js';

interface ReviewFlags extends InputFlags {
  format?: string;
  out?: string;
  rules: string[];
  lexicons?: string;
  city?: string;
  type?: string;
  profile?: string;
  listRules?: boolean;
  corpus?: string[];
}

interface ReviewRun {
  reviews: FileReview[];
  rules: Rule[];
  color: boolean;
}

const RENDERERS = {
  stylish: ({ reviews, color }: ReviewRun) => reviewToStylish(reviews, { color }),
  json: ({ reviews }: ReviewRun) => JSON.stringify(reviewToJson(reviews), null, 2),
  sarif: ({ reviews, rules }: ReviewRun) => JSON.stringify(reviewToSarif(reviews, rules, packageVersion()), null, 2),
  md: ({ reviews }: ReviewRun) => reviewToMarkdown(reviews),
};

/** --type takes every document type but 'other', which would review against no template. */
const TYPES: readonly string[] = DOCUMENT_TYPES.filter((type) => type !== 'other');

export function registerReview(program: Command): void {
  const command = program
    .command('review')
    .summary('granska ett utkast till tjänsteskrivelse, som en linter')
    .description(
      'Granskar ett utkast (PDF, DOCX, text, Markdown, HTML) mot regler i rules/review/ och --rules: ' +
        'standardavsnitt enligt stadens mall (granskningsprofil; en stad utan egen mall granskas mot den allmänna), ' +
        'beslutsplanering, mottagare och nämndnamn mot stadens register, ' +
        'diarienummer, titlar, stavning, klarspråk (LIX, meningslängd, passiv, nominalstil) och ' +
        'om skrivelsen bedömer konsekvenser för mänskliga rättigheter och barn. Rad och kolumn ' +
        'avser filen (text, Markdown, HTML), stycke och kolumn Word-filens stycken med text, och för PDF ' +
        'sidan (rad och kolumn i den utdragna texten). Slutstatus: 0 utan fel, 1 med fel, 2 om en fil inte kunde läsas ' +
        'eller en regel avbröts vid tidsgränsen.',
    )
    .argument('[filer...]', 'utkast att granska')
    .addOption(formatOption(Object.keys(RENDERERS), 'stylish'))
    .addOption(reviewRulesOption())
    .addOption(lexiconsOption())
    .addOption(cityOption('review'))
    .option('--type <typ>', `dokumenttyp: ${TYPES.join(', ')} (standard: den upptäckta, annars tjänsteskrivelse)`)
    .option(
      '--profile <id>',
      'granskningsprofil (stadens mall för avsnitt), t.ex. malmo, stockholm, generic (standard: stadens egen om den finns, annars generic)',
    )
    .option(
      '--corpus <filer...>',
      'jämför namnen i utkastet med hur dessa dokument (filer, kataloger, mönster) och stadens register skriver dem, som mrkoll names (regeln corpus-names); står efter utkasten, eftersom den tar alla filer som följer',
    )
    .option('--list-rules', 'lista reglerna och granskningsprofilerna och avsluta')
    .addOption(outOption());
  addInputOptions(command, { tags: true }).action(async (paths: string[], flags: ReviewFlags) => {
    const ruleSet = orFail(() => loadRules(flags.rules, CHECKS));
    if (flags.listRules) {
      await writeOutput(rulesToText(ruleSet.rules, [...ruleSet.profiles.values()]), flags.out);
      return;
    }
    const profiles = [...ruleSet.profiles.keys()].sort();
    if (flags.profile && !ruleSet.profiles.has(flags.profile)) fail(`okänd granskningsprofil "${flags.profile}" (välj ${profiles.join(', ')})`);
    if (paths.length === 0) fail('ange minst en fil att granska (eller --list-rules)');
    const output = chooseOutput(flags, RENDERERS, 'stylish');
    if (flags.type && !TYPES.includes(flags.type)) fail(`okänd dokumenttyp "${flags.type}" (välj ${TYPES.join(', ')})`);
    const lexicons = readLexicons(flags.lexicons);
    checkCity(flags.city, lexicons.dir);
    const active = ruleSet.rules.filter((r) => r.severity !== 'off');
    const spellingRules = active.filter((r) => r.kind === 'spelling');
    // Findings of unchanged drafts from the cache (not with --corpus: they depend on the corpus too).
    const cache = flags.corpus ? null : openCache(flags);
    const stored = cache
      ? reviewCache(cache, { lexicons, rules: ruleSet.rules, profiles: ruleSet.profiles, knownWords: ruleSet.knownWords, ...choices(flags) })
      : null;
    // Hunspell and the tagging context only for a draft whose findings are not stored.
    let spell: RememberingSpellChecker | null | undefined;
    const spellChecker = async () =>
      (spell ??= spellingRules.length > 0 ? await createRememberingSpellChecker([...lexicons.knownWords, ...ruleSet.knownWords]) : null);
    let context: TaggingContext | null | undefined = stored ? undefined : taggingContext(lexicons);
    const tagging = () => (context === undefined ? (context = taggingContext(lexicons)) : context);

    // A file that cannot be read is a line on stderr and exit 2, but the others are still reviewed.
    // With the findings cache the drafts are read untagged and tagged here on a miss.
    const { documents, failures }: ReadResult<Document | TaggedDocument> =
      !stored && context
        ? await readTaggedInputs(paths, flags, { lexicons, compiled: context }, { allowNone: true })
        : await readInputs(paths, flags, { allowNone: true }, locateData(lexicons));
    // With --corpus, the names report over the corpus and the drafts: what corpus-names holds each draft to.
    const corpus =
      flags.corpus && context && documents.length > 0 ? await corpusNames(flags.corpus, documents as TaggedDocument[], flags, lexicons, context) : null;
    // A rule stopped at its time budget is a line like an unreadable file's, and exit 2: the file's review is incomplete.
    let overruns = 0;
    const reviews: FileReview[] = [];
    for (const doc of documents) {
      const remembered = stored?.read(doc);
      if (remembered) {
        const lines = remembered.places === 'file' && output.format === 'sarif' ? fileLines(doc.path) : undefined;
        reviews.push({ file: doc.path, findings: remembered.findings, places: remembered.places, ...(lines && { lines }) });
        continue;
      }
      const tagged = stored ? tagHere(doc, tagging(), failures) : context ? (doc as TaggedDocument) : null; // read with a context: tagged
      if (tagged === undefined) continue;
      const overrunsBefore = overruns;
      const onOverrun = (rule: Rule, budgetMs: number) => {
        overruns++;
        process.stderr.write(
          `mrkoll: ${doc.path}: regeln "${rule.id}" avbröts efter ${seconds(budgetMs)} (tidsgränsen per regel och fil); övriga regler granskade filen\n`,
        );
      };
      const setup = {
        lexicons,
        rules: ruleSet.rules,
        spell: await spellChecker(),
        city: flags.city,
        type: flags.type,
        profiles: ruleSet.profiles,
        profile: flags.profile,
      };
      const ctx = reviewContext(doc, corpus ? { ...setup, names: corpus.groups } : setup, tagged);
      let findings = reviewDocument(doc, ctx, active, CHECKS, { onOverrun });
      if (spell?.missed) {
        // Words the spelling memo did not know: Hunspell now, and the spelling rules again with its answers.
        await spell.load();
        const spellingIds = new Set(spellingRules.map((r) => r.id));
        const spelling = reviewDocument(doc, ctx, spellingRules, CHECKS, { onOverrun });
        findings = sortFindings([...findings.filter((f) => !spellingIds.has(f.ruleId)), ...spelling]);
      }
      // Not stored: a review cut short by a time budget, or one without tags (tagging could not be prepared, and says so each run).
      if (overruns === overrunsBefore && tagged) stored?.write(doc, findings, ctx.lines.kind);
      const lines = ctx.lines.kind === 'file' && output.format === 'sarif' ? fileLines(doc.path) : undefined;
      reviews.push({ file: doc.path, findings, places: ctx.lines.kind, ...(lines && { lines }) });
    }
    spell?.dispose();
    // Every draft served from the cache: nothing was spelled or tagged, and the data-file memo keeps
    // the verdicts and language data of the last run that was, for the run after the next edit.
    if (stored && context === undefined && spell === undefined) keepRemembered('');

    if (reviews.length > 0) await output.emit({ reviews, rules: ruleSet.rules, color: useColor(flags) });
    const errors = countFindings(reviews.flatMap((r) => r.findings)).error;
    process.exitCode = failures.length > 0 || (corpus?.failures.length ?? 0) > 0 || overruns > 0 ? EXIT.fatal : errors > 0 ? EXIT.findings : EXIT.ok;
  });
}

/**
 * `doc` tagged on this thread (null without a context); a document tagging fails on is a failure
 * like an unreadable file's, as when the pool tags it: a line on stderr, undefined here.
 */
function tagHere(doc: Document, context: TaggingContext | null, failures: InputFailure[]): TaggedDocument | null | undefined {
  if (!context) return null;
  try {
    return tagDocument(doc, context);
  } catch (error) {
    const failure = { path: doc.path, reason: failureReason(error) };
    failures.push(failure);
    reportFailures([failure]);
    return undefined;
  }
}

/** What the findings depend on besides the drafts and the data: --city, --type, --profile. */
function choices(flags: ReviewFlags): { city?: string; type?: string; profile?: string } {
  return { city: flags.city, type: flags.type, profile: flags.profile };
}

/**
 * The lines of a text file as its reader decoded them, for SARIF snippets (the file's own text at
 * each region); undefined when it cannot be read again.
 */
function fileLines(file: string): string[] | undefined {
  try {
    return splitLines(decodeTextFile(readFileSync(file)).text);
  } catch {
    return undefined;
  }
}

/** `2 s`, `4,5 s`. */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace(/\.0$/, '').replace('.', ',')} s`;
}

/**
 * The context for tagging documents with principles, areas and mentions, for the rules that use
 * them. Without one (attribution cues that do not load) those rules are skipped, with a warning.
 */
function taggingContext(lexicons: Lexicons): TaggingContext | null {
  try {
    return buildContext(lexicons);
  } catch (error) {
    warn(`taggningen kunde inte förberedas (${(error as Error).message.split('\n')[0]}); regler som behöver den hoppas över`);
    return null;
  }
}
