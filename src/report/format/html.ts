// Escaping for every HTML and SVG writer: text and attribute values (double- or single-quoted),
// and JSON that is safe inside a <script> element; and the pages' Content-Security-Policy.
import { createHash } from 'node:crypto';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** JSON for `<script type="application/json">`: no "</script>" or "<!--" can end the element early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * `html` (a whole page mrkoll wrote) with a Content-Security-Policy `<meta>` right after its
 * charset: nothing may load from anywhere (no network, no files), and only the page's own inline
 * script, stylesheet and style attributes may run or apply, each allowed by its SHA-256. Text from
 * documents is escaped everywhere; this is the second wall if an escape is ever missed.
 */
export function withContentSecurityPolicy(html: string): string {
  return withPolicy(html, contentSecurityPolicy(html));
}

/**
 * The Content-Security-Policy `<meta>` for a page whose own markup is `markup`. The page's
 * script, stylesheet and style attributes are found by pattern: every text from a document went
 * through `esc`, so no `<script>`, `<style>` or `style="` in it can be one of these. A page
 * written in pieces passes all of its markup but its JSON data (which runs nothing).
 */
export function contentSecurityPolicy(markup: string): string {
  const scripts = hashes([...markup.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]));
  const styles = hashes([...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  const attributes = hashes([...markup.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]));
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${[...styles, ...(attributes.length > 0 ? ["'unsafe-hashes'", ...attributes] : [])].join(' ') || "'none'"}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The policy is quotes, keywords and base64: nothing to escape in a double-quoted attribute.
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

/** `head` (a page, or its first part) with `meta` after the charset and the generator (which must stay within the first kilobyte: signature.ts). */
export function withPolicy(head: string, meta: string): string {
  const anchor = [/<meta name="generator"[^>]*>/, /<meta charset="utf-8">/i, /<head>/i].find((pattern) => pattern.test(head));
  return anchor ? head.replace(anchor, (m) => `${m}\n${meta}`) : head;
}

function hashes(sources: string[]): string[] {
  return [...new Set(sources)].map((source) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`);
}
