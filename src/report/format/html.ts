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
 * The page's own markup is found by pattern: every text from a document went through `esc`, so no
 * `<script>`, `<style>` or `style="` in it can be one of these.
 */
export function withContentSecurityPolicy(html: string): string {
  const scripts = hashes([...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]));
  const styles = hashes([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  const attributes = hashes([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]));
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${[...styles, ...(attributes.length > 0 ? ["'unsafe-hashes'", ...attributes] : [])].join(' ') || "'none'"}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The policy is quotes, keywords and base64: nothing to escape in a double-quoted attribute.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // After the charset and the generator (which must stay within the first kilobyte: signature.ts).
  const anchor = [/<meta name="generator"[^>]*>/, /<meta charset="utf-8">/i, /<head>/i].find((pattern) => pattern.test(html));
  return anchor ? html.replace(anchor, (m) => `${m}\n${meta}`) : html;
}

function hashes(sources: string[]): string[] {
  return [...new Set(sources)].map((source) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`);
}
