// `mrkoll lexicon suggest` in the terminal: the candidates ranked by G², each with its counts and
// up to two of the category's sentences it stands in. Document text is untrusted: shown escaped.
import type { Suggestions } from '../../lexicon/suggest.js';
import { forTerminal } from '../../util/terminal.js';

export interface SuggestText {
  suggestions: Suggestions;
  category: string;
}

export function suggestText({ suggestions: s, category }: SuggestText): string {
  const lines = [
    `Kandidattermer för ${category}: ord och tvåordsfraser i de ${s.sentences.category} meningar där en stark term för kategorin står, ` +
      `jämförda med övriga ${s.sentences.rest} meningar i ${s.documents} dokument (G², högst först). Granska dem; inget läggs till i lexikonen.`,
    '',
  ];
  if (s.candidates.length === 0) lines.push('Inga kandidater.');
  else lines.push(`${'term'.padEnd(32)} ${'typ'.padEnd(6)} ${'i kat.'.padStart(6)} ${'övrigt'.padStart(6)} ${'G²'.padStart(8)}`);
  for (const c of s.candidates) {
    const kind = c.kind === 'word' ? 'ord' : 'fras';
    lines.push(
      `${forTerminal(c.term).padEnd(32)} ${kind.padEnd(6)} ${String(c.inCategory).padStart(6)} ${String(c.elsewhere).padStart(6)} ${c.g2.toFixed(2).padStart(8)}`,
    );
    for (const e of c.examples) lines.push(`    ${forTerminal(e.text)}  (${forTerminal(e.document)})`);
  }
  lines.push('');
  return lines.join('\n');
}
