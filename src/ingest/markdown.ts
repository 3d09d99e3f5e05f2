// Markdown (CommonMark + GFM tables) → blocks. Inline markup is reduced to its text (`**x**` → x),
// inline HTML tags are dropped while their content stays (`<b>Underskrifter</b>` → Underskrifter),
// and block-level HTML goes through the HTML reader. Each block's `line` comes from the syntax tree,
// and its `spans` from the positions of the text nodes it was made of. A PDF converter's page markers
// (`<!-- sida 3 -->`, `<!-- PageBreak -->`) give the blocks pages.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { ListItem, Nodes, RootContent } from 'mdast';
import type { RawBlock } from '../types.js';
import { PageCounter, parsePageMarker } from '../normalize/page-markers.js';
import { htmlToBlocks } from './html.js';
import { TABLE_CELL_SEPARATOR, tidyBlockText, tidyCellText } from './text.js';

/** Where the blocks go, and the page they are on once a page marker was seen. */
interface Collector {
  blocks: RawBlock[];
  pages: PageCounter | null;
}

/** Parses `markdown` into blocks in reading order. Pure. */
export function markdownToBlocks(markdown: string): RawBlock[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const out: Collector = { blocks: [], pages: null };
  collectBlocks(tree.children, 0, out);
  // Blocks before the first marker are on the first page, as far as the markers say.
  if (out.pages) for (const block of out.blocks) block.page ??= 1;
  return out.blocks;
}

/** A top-level node that is nothing but a page marker: an HTML comment or element, or marker's line. */
function pageMarkerOf(node: RootContent) {
  if (node.type === 'html') return parsePageMarker(node.value);
  if (node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'text') return parsePageMarker(node.children[0].value);
  return null;
}

function collectBlocks(nodes: RootContent[], listDepth: number, out: Collector): void {
  for (const node of nodes) {
    const line = node.position?.start.line;
    const marker = pageMarkerOf(node);
    if (marker) {
      if (!out.pages) {
        // Blocks read so far are on the page before the marker: mark them now.
        out.pages = new PageCounter();
        if (out.blocks.length > 0) out.pages.text();
      }
      out.pages.marker(marker);
      continue;
    }
    const spans: number[] = [];
    switch (node.type) {
      case 'heading':
        push(out, { kind: 'heading', level: node.depth, text: inlineText(node, spans), line, spans });
        break;
      case 'paragraph':
      case 'code':
        push(out, { kind: 'paragraph', text: inlineText(node, spans), line, spans });
        break;
      case 'list':
        for (const item of node.children) collectListItem(item, listDepth, out);
        break;
      case 'table':
        for (const row of node.children) {
          const rowSpans: number[] = [];
          const cells = row.children.map((cell) => tidyCellText(inlineText(cell, rowSpans)));
          push(out, { kind: 'table-row', text: cells.join(TABLE_CELL_SEPARATOR), line: row.position?.start.line, spans: rowSpans });
        }
        break;
      case 'blockquote':
        collectBlocks(node.children, listDepth, out);
        break;
      case 'footnoteDefinition': {
        // "[1] text", the same shape a DOCX footnote gets, so normalize can treat both alike.
        const first = out.blocks.length;
        collectBlocks(node.children, listDepth, out);
        const note = out.blocks[first];
        if (note) out.blocks[first] = { ...note, text: `[${node.label ?? node.identifier}] ${note.text}` };
        break;
      }
      case 'html': {
        const base = node.position?.start.offset;
        for (const block of htmlToBlocks(node.value)) {
          const shifted = base === undefined ? undefined : block.spans?.map((n, i) => (i % 3 === 2 ? n : n + base));
          push(out, { ...block, line: line !== undefined && block.line !== undefined ? line + block.line - 1 : line, spans: shifted });
        }
        break;
      }
      default:
        // thematicBreak, definition, yaml front matter: no document text.
        break;
    }
  }
}

/** An item's own text (its paragraphs, one per line) comes first, then its nested lists one level deeper. */
function collectListItem(item: ListItem, depth: number, out: Collector): void {
  const own = item.children.filter((child) => child.type !== 'list');
  const spans: number[] = [];
  const text = own.map((child) => inlineText(child, spans)).join('\n');
  push(out, { kind: 'list-item', depth, text, line: item.position?.start.line, spans });
  for (const child of item.children) {
    if (child.type === 'list') for (const nested of child.children) collectListItem(nested, depth + 1, out);
  }
}

/** The text a reader sees: markup gone, soft and hard line breaks kept as "\n". Where each piece of text stands goes to `spans`. */
function inlineText(node: Nodes, spans: number[]): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        spans.push(node.position.start.offset, node.position.end.offset, 0);
      }
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      // Inline tags arrive one per node (`<b>`, then the text, then `</b>`): drop the tags.
      return /^<br\s*\/?>$/i.test(node.value) ? '\n' : '';
    case 'footnoteReference':
      return `[${node.label ?? node.identifier}]`;
    case 'image':
    case 'imageReference':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => inlineText(child, spans)).join('') : '';
  }
}

function push(out: Collector, block: RawBlock): void {
  const text = block.kind === 'table-row' ? block.text : tidyBlockText(block.text);
  if (text.replaceAll(TABLE_CELL_SEPARATOR, '').trim() === '') return;
  const kept: RawBlock = { ...block, text };
  if (kept.line === undefined) delete kept.line;
  if (!kept.spans?.length) delete kept.spans;
  if (out.pages) {
    kept.page = out.pages.page;
    out.pages.text();
  }
  out.blocks.push(kept);
}
