// Where a DOCX's text stands: its paragraphs with text, in order, and the Word pages they are on
// when the file records its page breaks. mammoth gives the structure but drops page breaks and
// says nothing of where its text came from, so word/document.xml is read here as well, and each
// of mammoth's blocks is found among these paragraphs (by its letters and digits, in order).
import { Parser } from 'htmlparser2';
import type { RawBlock } from '../types.js';
import { UnreadableContent } from './errors.js';
import { MAX_HTML_DEPTH } from './limits.js';
import { num } from '../util/swedish.js';

export interface WordParagraph {
  text: string;
  /** Offset of the paragraph's text in the source (the paragraphs joined by "\n"). */
  offset: number;
  /** Page at the paragraph's start, 0 when the file records no page breaks. */
  page: number;
  /** Offsets in `text` where a new page starts. */
  breaks: number[];
}

export interface WordText {
  paragraphs: WordParagraph[];
  /** The paragraphs' texts joined by "\n": what `RawBlock.spans` point into. */
  source: string;
}

interface OpenParagraph {
  text: string;
  breaks: { at: number; rendered: boolean }[];
}

/**
 * The paragraphs with text of word/document.xml (body, tables, text boxes; not deleted text). A
 * page starts at each `w:lastRenderedPageBreak` (where Word last laid out a page) when the file has
 * any, else at each hard break (`w:br w:type="page"`, `w:pageBreakBefore`).
 */
export function readWordParagraphs(xml: string): WordText {
  const done: OpenParagraph[] = [];
  const open: OpenParagraph[] = [];
  let inText = false;
  let fallback = 0;
  let depth = 0;
  let rendered = false;
  const current = () => open[open.length - 1];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        if (++depth > MAX_HTML_DEPTH) throw new UnreadableContent(`Word-dokumentet är nästlat i mer än ${num(MAX_HTML_DEPTH)} nivåer`);
        // A text box comes twice: as a shape and, for old readers, as VML in mc:Fallback.
        if (name === 'mc:fallback' || fallback > 0) {
          fallback++;
          return;
        }
        const p = current();
        switch (name) {
          case 'w:p':
            open.push({ text: '', breaks: [] });
            break;
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
            if (p) p.text += '\t';
            break;
          case 'w:br':
          case 'w:cr':
            if (!p) break;
            if (attributes['w:type'] === 'page') p.breaks.push({ at: p.text.length, rendered: false });
            else if (attributes['w:type'] !== 'column') p.text += '\n';
            break;
          case 'w:lastrenderedpagebreak':
            if (p) p.breaks.push({ at: p.text.length, rendered: true });
            rendered = true;
            break;
          case 'w:pagebreakbefore':
            if (p && attributes['w:val'] !== '0' && attributes['w:val'] !== 'false') p.breaks.push({ at: 0, rendered: false });
            break;
          case 'w:nobreakhyphen':
            if (p) p.text += '-';
            break;
        }
      },
      onclosetag: (name) => {
        depth--;
        if (fallback > 0) {
          fallback--;
          return;
        }
        if (name === 'w:t') inText = false;
        else if (name === 'w:p') {
          const p = open.pop();
          if (p) done.push(p);
        }
      },
      ontext: (text) => {
        if (inText && fallback === 0 && current()) current().text += text;
      },
    },
    { xmlMode: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.end(xml);
  return layOut(done, rendered);
}

/** Pages and offsets: breaks of the kind in force count, paragraphs without text are left out (their breaks carry on). */
function layOut(paragraphs: OpenParagraph[], rendered: boolean): WordText {
  const anyBreak = paragraphs.some((p) => p.breaks.some((b) => b.rendered === rendered));
  let page = anyBreak ? 1 : 0;
  let offset = 0;
  const out: WordParagraph[] = [];
  for (const p of paragraphs) {
    const breaks = p.breaks.filter((b) => b.rendered === rendered).map((b) => b.at);
    if (p.text.trim() === '') {
      page += breaks.length;
      continue;
    }
    // A break before any text moves the whole paragraph to the next page.
    const inside = breaks.filter((at) => p.text.slice(0, at).trim() !== '');
    page += breaks.length - inside.length;
    out.push({ text: p.text, offset, page, breaks: inside });
    page += inside.length;
    offset += p.text.length + 1;
  }
  return { paragraphs: out, source: out.map((p) => p.text).join('\n') };
}

/** Letters and digits, lower case: what mammoth's text and the XML's share. mammoth's "[1]" note references go. */
const key = (text: string) =>
  text
    .replace(/\[\d{1,4}\]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/** How far ahead of the last paragraph found a block is looked for. */
const LOOK_AHEAD = 50;

/**
 * Gives each block the spans of the paragraphs it was read from (a table row: its cells'), with
 * their pages. A block found nowhere near (a footnote, which lives in another part) gets none.
 */
export function locateBlocks(blocks: RawBlock[], word: WordText): void {
  const keys = word.paragraphs.map((p) => key(p.text));
  let next = 0;
  for (const block of blocks) {
    const wanted = key(block.text);
    if (wanted === '') continue;
    let first = -1;
    for (let q = next; q < Math.min(keys.length, next + LOOK_AHEAD); q++) {
      if (keys[q] !== '' && wanted.startsWith(keys[q])) {
        first = q;
        break;
      }
    }
    if (first < 0) continue;
    const spans: number[] = [];
    let rest = wanted;
    let q = first;
    while (q < keys.length && rest !== '' && rest.startsWith(keys[q])) {
      rest = rest.slice(keys[q].length);
      addParagraph(spans, word.paragraphs[q]);
      q++;
    }
    block.spans = spans;
    next = q;
  }
}

function addParagraph(spans: number[], p: WordParagraph): void {
  let from = 0;
  let page = p.page;
  for (const at of [...p.breaks, p.text.length]) {
    if (at > from) spans.push(p.offset + from, p.offset + at, page);
    from = at;
    page++;
  }
}
