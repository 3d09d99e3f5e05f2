#!/usr/bin/env node
// Entry point of the `mrkoll` binary: builds the commander program from one module per command.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { registerExtract } from './extract.js';

const packageJson = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8'),
) as { version: string };

export function buildProgram(): Command {
  const program = new Command('mrkoll')
    .description('Granskar svenska kommunala dokument mot policyn för mänskliga rättigheter.')
    .version(packageJson.version)
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: false });
  // One line per command module; each exports register<Name>(program).
  registerExtract(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
