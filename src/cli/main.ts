#!/usr/bin/env node
// Entry point of the `mrkoll` binary: builds the commander program from one module per command.
import { Command, type Option } from 'commander';
import { EXIT } from '../util/exit.js';
import { registerCompare } from './compare.js';
import { registerExtract } from './extract.js';
import { registerAnalyze } from './analyze.js';
import { registerNames } from './names.js';
import { registerKwic } from './kwic.js';
import { registerLexicon } from './lexicon.js';
import { registerRegistry } from './registry.js';
import { registerReview } from './review.js';
import { registerSearch } from './search.js';
import { registerTag } from './tag.js';
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

export function buildProgram(): Command {
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
  // One line per command module; each exports register<Name>(program).
  registerExtract(program);
  registerAnalyze(program);
  registerNames(program);
  registerReview(program);
  registerTag(program);
  registerLexicon(program);
  registerRegistry(program);
  registerCompare(program);
  registerSearch(program);
  registerKwic(program);
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
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  reportInternalError(error);
}
