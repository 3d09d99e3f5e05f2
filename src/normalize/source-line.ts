// The unit the PDF-text rules work on: one line of extracted text and where it came from.

export interface SourceLine {
  /** Cleaned and trimmed text; '' for a blank line. */
  text: string;
  /** The raw line began with whitespace: in PDF text saved as .txt, the mark of a page start. */
  indented: boolean;
  /** Set mostly in small print (PDF): true or false when the reader could tell, else absent. */
  small?: boolean;
  /** 1-based page, when known. */
  page?: number;
  /** 1-based line in the source file (txt). */
  line?: number;
  /** Where the line's text starts and ends in the source text (see RawBlock.spans), when known. */
  from?: number;
  to?: number;
  /** `text` is the source's [from, to) as it stands (no character cleaned): the vocabulary searches the source for it. */
  verbatim?: boolean;
}

export const isBlank = (line: SourceLine): boolean => line.text === '';
