#!/usr/bin/env node
// Entry point of the `mrkoll` binary: builds the commander program from one module per command.
import { Command, type Option } from 'commander';
import { EXIT } from '../util/exit.js';
import { translateUsageError } from './usage-errors.js';
import { forTerminalLines } from '../util/terminal-lines.js';
import { installProcessHandlers, reportInternalError } from './unexpected.js';
import { packageVersion } from '../paths.js';

/** Commander's help headings and usage words in Swedish. */
const HELP_WORDS: Record<string, string> = {
  'Usage:': 'Användning:',
  'Arguments:': 'Argument:',
  'Options:': 'Flaggor:',
  'Global Options:': 'Globala flaggor:',
  'Commands:': 'Kommandon:',
  '[options]': '[flaggor]',
  '[command]': '[kommando]',
};
const swedishWords = (text: string) => text.replace(/Global Options:|[A-Z][a-z]+:|\[options\]|\[command\]/g, (word) => HELP_WORDS[word] ?? word);

/**
 * The command modules, in the order help lists them. Each is imported only when needed: a run of
 * one command loads that command's module (and what it imports), not the PDF reader, the search
 * index and the HTML report of the others; 440 modules took 0.4 s CPU before anything ran.
 */
const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<(program: Command) => void>]> = [
  ['extract', async () => (await import('./extract.js')).registerExtract],
  ['analyze', async () => (await import('./analyze.js')).registerAnalyze],
  ['names', async () => (await import('./names.js')).registerNames],
  ['review', async () => (await import('./review.js')).registerReview],
  ['tag', async () => (await import('./tag.js')).registerTag],
  ['lexicon', async () => (await import('./lexicon.js')).registerLexicon],
  ['registry', async () => (await import('./registry.js')).registerRegistry],
  ['compare', async () => (await import('./compare.js')).registerCompare],
  ['search', async () => (await import('./search.js')).registerSearch],
  ['kwic', async () => (await import('./kwic.js')).registerKwic],
];

/**
 * The program with the commands `args` (the arguments after the binary) can run: just the named
 * command when the first argument names one, else all of them (`--help`, `help`, a misspelt
 * command, which commander answers with the commands it knows).
 */
export async function buildProgram(args: readonly string[] = []): Promise<Command> {
  const named = COMMANDS.filter(([name]) => name === args[0]);
  const registers = await Promise.all((named.length > 0 ? named : COMMANDS).map(([, load]) => load()));
  return programWith(registers);
}

function programWith(registers: ReadonlyArray<(program: Command) => void>): Command {
  const program = new Command('mrkoll')
    .description('Granskar svenska kommunala dokument mot policyn för mänskliga rättigheter.')
    .version(packageVersion(), '-V, --version', 'visa versionsnumret')
    .helpOption('-h, --help', 'visa hjälp')
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .showHelpAfterError('(skriv mrkoll --help för hjälp)')
    .configureOutput({ outputError: (message, write) => write(forTerminalLines(translateUsageError(message))) })
    .configureHelp({
      sortSubcommands: false,
      optionDescription: describeOption,
      styleTitle: swedishWords,
      styleUsage: swedishWords,
      styleSubcommandTerm: swedishWords,
    })
    // Usage errors exit 2 (see README), not commander's 1, which means "findings" here. Help asked
    // for is exit 0; help shown because nothing was asked (`mrkoll`, `mrkoll lexicon`) is a usage error.
    .exitOverride((error) => {
      const asked = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || (error.code === 'commander.help' && error.exitCode === 0);
      process.exit(asked ? EXIT.ok : EXIT.fatal);
    });
  // Lexicons and rules as parsed and validated last time, when the command uses the cache.
  program.hook('preAction', async (_program, command) => (await import('./data-file-memo.js')).rememberDataFiles(command));
  // Each command module exports register<Name>(program).
  for (const register of registers) register(program);
  // Subcommands inherit neither the help flag's text nor its language: set it on each.
  for (const command of program.commands) localizeHelp(command);
  return program;
}

/** Commander's option help with its "(default: …)" and "(choices: …)" in Swedish. */
function describeOption(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`val: ${option.argChoices.join(', ')}`);
  const showDefault = option.defaultValue !== undefined && !option.negate && typeof option.defaultValue !== 'boolean';
  if (showDefault) extra.push(`standard: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
  return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
}

function localizeHelp(command: Command): void {
  command.helpOption('-h, --help', 'visa hjälp');
  for (const sub of command.commands) localizeHelp(sub);
}

installProcessHandlers();
try {
  await (await buildProgram(process.argv.slice(2))).parseAsync(process.argv);
} catch (error) {
  reportInternalError(error);
}
