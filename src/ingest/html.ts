// HTML → blocks, for .html files and for the HTML mammoth makes of a DOCX. Headings, paragraphs,
// list items (with nesting depth) and table rows (cells joined with a tab) become RawBlocks;
// inline markup (b, i, span, a, …) is flattened into its text; script, style, head and nav are skipped.
// Whitespace collapses as a browser would, except that <br> keeps a line break.
import { Parser } from 'htmlparser2';
import type { PassageKind, RawBlock } from '../types.js';
import { UnreadableContent } from './errors.js';
import { MAX_HTML_DEPTH } from './limits.js';
import { num } from '../util/swedish.js';
import { TABLE_CELL_SEPARATOR, lineLocator, tidyBlockText, tidyCellText } from './text.js';

export interface HtmlToBlocksOptions {
  /** Record each block's 1-based source line and the spans of its text. Default true; off for mammoth's output, which is no file. */
  lines?: boolean;
  /** Keep tabs (Word tab stops separate fields, and mammoth passes them on); in HTML a tab is a space. */
  keepTabs?: boolean;
}

// A web page's menus are the site's, not the document's: a menu of committees is no mention of them.
const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript', 'nav']);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const LISTS = new Set(['ul', 'ol', 'menu', 'dir']);
const PARAGRAPHS = new Set(['p', 'pre', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'legend', 'address']);
/** Elements that end the text before them and start fresh text after them. */
const BLOCKS = new Set([
  ...Object.keys(HEADINGS),
  ...LISTS,
  ...PARAGRAPHS,
  'html',
  'body',
  'div',
  'section',
  'article',
  'aside',
  'main',
  'header',
  'footer',
  'nav',
  'blockquote',
  'figure',
  'details',
  'dialog',
  'fieldset',
  'form',
  'dl',
  'hr',
  'center',
  'hgroup',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);
/** mammoth's back-links from a footnote to its reference ("↑"): navigation, not text. */
const NOTE_BACK_LINK = /^#(footnote|endnote|comment)-ref-/;
/** mammoth's footnote and endnote bodies: list items that become "[n] text" paragraphs. */
const NOTE_BODY = /^(footnote|endnote)-/;

interface OpenBlock {
  kind: PassageKind;
  /** Some text other than white space was added. */
  hasText: boolean;
  /** The text ends with a line break. (Both kept as text is added: asked of the text itself, per <br>, they were quadratic.) */
  endsWithBreak: boolean;
  level?: number;
  depth?: number;
  line?: number;
  /** Put before the text when the block is kept: a footnote's "[n] ". */
  prefix: string;
  text: string;
  preformatted: boolean;
  /** Where the text came from in the HTML (RawBlock.spans). */
  spans: number[];
}

interface OpenRow {
  cells: string[];
  /** Text of the cell being read, or null between cells. */
  cell: string | null;
  line?: number;
  spans: number[];
  /** Nesting depth of the row's own table: a table inside a cell is flattened into that cell. */
  tableDepth: number;
}

/**
 * Parses `html` into blocks in reading order. Pure; never throws on malformed markup, but throws
 * UnreadableContent for elements nested deeper than MAX_HTML_DEPTH.
 */
export function htmlToBlocks(html: string, options: HtmlToBlocksOptions = {}): RawBlock[] {
  const lineAt = options.lines === false ? () => undefined : lineLocator(html);
  const collector = new BlockCollector(options.keepTabs === true, lineAt, options.lines !== false);
  let depth = 0;
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        // The parser keeps its open elements in an array it shifts per tag: deep nesting costs
        // time quadratic in the depth, and no document nests thousands of elements deep.
        if (++depth > MAX_HTML_DEPTH) throw new UnreadableContent(`HTML-koden är nästlad i mer än ${num(MAX_HTML_DEPTH)} nivåer`);
        collector.open(name, attributes, parser.startIndex);
      },
      onclosetag: (name) => {
        depth--;
        collector.close(name);
      },
      ontext: (text) => collector.text(text, parser.startIndex, parser.endIndex + 1),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return collector.finish();
}

class BlockCollector {
  private readonly blocks: RawBlock[] = [];
  private block: OpenBlock | null = null;
  private row: OpenRow | null = null;
  private listDepth = 0;
  private tableDepth = 0;
  /** List depth of each open <li>, innermost last. */
  private readonly openItems: number[] = [];
  /** > 0 while inside a skipped element: counts its open descendants. */
  private skipping = 0;
  private notes = 0;

  constructor(
    private readonly keepTabs: boolean,
    private readonly lineAt: (offset: number) => number | undefined,
    private readonly withSpans: boolean,
  ) {}

  open(name: string, attributes: Record<string, string>, offset: number): void {
    // A <head> left unclosed must not swallow the page.
    if (name === 'body') this.skipping = 0;
    if (this.skipping > 0 || SKIPPED.has(name) || (name === 'a' && NOTE_BACK_LINK.test(attributes.href ?? ''))) {
      this.skipping++;
      return;
    }
    if (name === 'table') this.tableDepth++;
    if (name === 'br') return this.append('\n');
    if (this.row) {
      const row = this.row;
      if ((name === 'td' || name === 'th') && this.tableDepth === row.tableDepth) row.cell = '';
      else if (row.cell !== null && BLOCKS.has(name)) row.cell += ' ';
      return;
    }
    if (name === 'tr') {
      this.flush();
      this.row = { cells: [], cell: null, line: this.lineAt(offset), tableDepth: this.tableDepth, spans: [] };
    } else if (LISTS.has(name)) {
      this.flush();
      this.listDepth++;
    } else if (name === 'li') {
      this.flush();
      this.openItems.push(this.listDepth);
      if (NOTE_BODY.test(attributes.id ?? '')) this.start('paragraph', offset, { prefix: `[${++this.notes}] ` });
      else this.start('list-item', offset, { depth: Math.max(0, this.listDepth - 1) });
    } else if (this.insideItem()) {
      // A <p> or <div> inside a list item is part of the item: keep it on a line of its own.
      if (BLOCKS.has(name)) this.append('\n', true);
    } else if (name in HEADINGS) {
      this.flush();
      this.start('heading', offset, { level: HEADINGS[name] });
    } else if (PARAGRAPHS.has(name)) {
      this.flush();
      this.start('paragraph', offset, { preformatted: name === 'pre' });
    } else if (BLOCKS.has(name)) {
      this.flush();
    }
  }

  close(name: string): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const row = this.row;
    if (row) {
      const ownTable = this.tableDepth === row.tableDepth;
      if ((name === 'td' || name === 'th') && ownTable) this.endCell(row);
      else if ((name === 'tr' || name === 'table') && ownTable) this.endRow(row);
      else if (row.cell !== null && BLOCKS.has(name)) row.cell += ' ';
      if (name === 'table') this.tableDepth--;
      return;
    }
    if (name === 'table') this.tableDepth--;
    if (LISTS.has(name)) {
      this.flush();
      this.listDepth = Math.max(0, this.listDepth - 1);
    } else if (name === 'li') {
      this.flush();
      this.openItems.pop();
    } else if (this.insideItem()) {
      if (BLOCKS.has(name)) this.append('\n', true);
    } else if (BLOCKS.has(name)) {
      this.flush();
    }
  }

  text(raw: string, offset: number, end: number): void {
    if (this.skipping > 0) return;
    if (this.row) {
      // Text between cells (indentation) belongs to no cell.
      if (this.row.cell !== null) {
        this.row.cell += raw;
        if (this.withSpans) this.row.spans.push(offset, end, 0);
      }
      return;
    }
    const preformatted = this.block?.preformatted ?? false;
    const text = preformatted ? raw : raw.replace(this.keepTabs ? /[ \n\r\f]+/g : /[ \t\n\r\f]+/g, ' ');
    if (!this.block) {
      if (text.trim() === '') return;
      // Text outside any block element (straight in <body> or <div>): a paragraph of its own,
      // or more of the list item it follows.
      const leading = raw.length - raw.trimStart().length;
      if (this.insideItem()) this.start('list-item', offset + leading, { depth: Math.max(0, this.listDepth - 1) });
      else this.start('paragraph', offset + leading);
    }
    this.block!.text += text;
    if (this.withSpans) this.block!.spans.push(offset, end, 0);
    if (text !== '') this.block!.endsWithBreak = text.endsWith('\n');
    if (!this.block!.hasText && text.trim() !== '') this.block!.hasText = true;
  }

  finish(): RawBlock[] {
    if (this.row) this.endRow(this.row);
    this.flush();
    return this.blocks;
  }

  /** True when text belongs to an open <li> of the current list, not to a nested list or an outer block. */
  private insideItem(): boolean {
    const item = this.openItems[this.openItems.length - 1];
    return item !== undefined && item === this.listDepth;
  }

  private start(kind: PassageKind, offset: number, extra: { level?: number; depth?: number; prefix?: string; preformatted?: boolean } = {}): void {
    this.block = {
      kind,
      level: extra.level,
      depth: extra.depth,
      line: this.lineAt(offset),
      prefix: extra.prefix ?? '',
      text: '',
      hasText: false,
      endsWithBreak: false,
      preformatted: extra.preformatted ?? false,
      spans: [],
    };
  }

  /** Adds a line break to the open cell or block (<br> always; a paragraph inside an item once). */
  private append(lineBreak: string, once = false): void {
    if (this.row) {
      if (this.row.cell !== null) this.row.cell += lineBreak;
    } else if (this.block && this.block.hasText && !(once && this.block.endsWithBreak)) {
      this.block.text += lineBreak;
      this.block.endsWithBreak = true;
    }
  }

  private flush(): void {
    const block = this.block;
    this.block = null;
    if (!block) return;
    const text = block.preformatted ? block.text.replace(/^\n+|\s+$/g, '') : tidyBlockText(block.text);
    if (text === '') return;
    const raw: RawBlock = { kind: block.kind, text: block.prefix + text };
    if (block.level !== undefined) raw.level = block.level;
    if (block.depth !== undefined) raw.depth = block.depth;
    if (block.line !== undefined) raw.line = block.line;
    if (block.spans.length > 0) raw.spans = block.spans;
    this.blocks.push(raw);
  }

  private endCell(row: OpenRow): void {
    if (row.cell !== null) row.cells.push(tidyCellText(row.cell));
    row.cell = null;
  }

  private endRow(row: OpenRow): void {
    this.endCell(row);
    this.row = null;
    if (row.cells.every((cell) => cell === '')) return;
    const block: RawBlock = { kind: 'table-row', text: row.cells.join(TABLE_CELL_SEPARATOR) };
    if (row.line !== undefined) block.line = row.line;
    if (row.spans.length > 0) block.spans = row.spans;
    this.blocks.push(block);
  }
}
