// defineCheck: a check declares the typed data of its rule files and its message ids; `create`
// runs once per rule, so what it compiles serves every document. And the bundled checks compile
// no regular expression after a rule's first document.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { formatProblem } from '../../src/data-files/problems.js';
import { defineCheck } from '../../src/review/define-check.js';
import { CHECKS, readRules, reviewContext, reviewDocument, type Rule } from '../../src/review/index.js';
import { allMatches, wordPattern } from '../../src/review/patterns.js';
import type { DataSchema } from '../../src/review/types.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import type { Document } from '../../src/types.js';
import { makeTempDir } from '../helpers/temp.js';
import { CLEAN_MEMO, docFrom, memoWith, PLANTED, readDocument, reviewer, SEED_B } from './helpers.js';

interface WordsData {
  words: string[];
  ignoreCase?: boolean;
}

const wordsSchema: DataSchema<WordsData> = {
  required: ['words'],
  properties: {
    words: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ignoreCase: { type: 'boolean' },
  },
};

let creations = 0;

/** A check as a rule author writes one: every use of the words, the second and later with their own message. */
const repeatedWords = defineCheck<WordsData, 'again' | 'lastly'>({
  meta: {
    id: 'repeated-words',
    description: 'Ord som används.',
    defaultSeverity: 'warning',
    schema: wordsSchema,
    messages: { again: '"{match}" igen', lastly: null },
  },
  validate: (data) => data.words.flatMap((word, i) => (word === word.toUpperCase() ? [{ path: ['words', i], message: 'bara versaler' }] : [])),
  create(rule) {
    creations++;
    // Typed data: no casts, and the compiler knows `words` is a string[].
    const pattern = wordPattern(rule.data.words, rule.data.ignoreCase ?? true);
    return (doc, ctx) => {
      const matches = allMatches(pattern, doc.text);
      return matches.map((m, i) => {
        const messageId = i === 0 ? undefined : i === matches.length - 1 ? 'lastly' : 'again';
        return rule.finding(ctx, m.start, m.end, { messageId, values: { n: i + 1 }, expected: 'x' });
      });
    };
  },
});

const checks = new Map([[repeatedWords.meta.id, repeatedWords]]);

function ruleOf(fields: Partial<Rule> = {}): Rule {
  return {
    id: 'upprepning',
    kind: 'repeated-words',
    severity: 'warning',
    message: 'Första "{match}"',
    messages: {},
    description: 'd',
    data: { words: ['hyresavtal\\p{L}*'] },
    file: 'upprepning.yaml',
    ...fields,
  };
}

async function contextFor(doc: Document, rules: Rule[]) {
  const { lexicons } = await reviewer();
  return reviewContext(doc, { lexicons, rules, spell: null });
}

describe('defineCheck', () => {
  test('create runs once per rule; what it compiled serves every document', async () => {
    const rule = ruleOf();
    const before = creations;
    const texts = ['Hyresavtalet och hyresavtalen.', 'Inget här.', 'Ett hyresavtal, ett hyresavtal till, och ett sista hyresavtal.'];
    const counts = [];
    for (const text of texts) {
      const doc = docFrom(text);
      counts.push(reviewDocument(doc, await contextFor(doc, [rule]), [rule], checks).length);
    }
    expect(counts).toEqual([2, 0, 3]);
    expect(creations - before).toBe(1);
    expect(repeatedWords.checkFor(rule)).toBe(repeatedWords.checkFor(rule));
    // Another rule of the kind (a --rules file with the same id is another rule) has its own.
    const other = ruleOf({ data: { words: ['lokal'] } });
    expect(repeatedWords.checkFor(other)).not.toBe(repeatedWords.checkFor(rule));
    expect(creations - before).toBe(2);
  });

  test("message ids: the rule's message by default, the file's messages before meta's, null for the rule's message", async () => {
    const doc = docFrom('hyresavtal, hyresavtal, hyresavtal');
    const messages = async (rule: Rule) => reviewDocument(doc, await contextFor(doc, [rule]), [rule], checks).map((f) => f.message);
    expect(await messages(ruleOf())).toEqual(['Första "hyresavtal"', '"hyresavtal" igen', 'Första "hyresavtal"']);
    const own = ruleOf({ messages: { again: 'Nr {n}: {match}', lastly: 'Sist: {match}' } });
    expect(await messages(own)).toEqual(['Första "hyresavtal"', 'Nr 2: hyresavtal', 'Sist: hyresavtal']);
  });

  test('findings carry the rule, its severity, the place and the expected text', async () => {
    const doc = docFrom('Ett hyresavtal.');
    const [finding] = reviewDocument(doc, await contextFor(doc, []), [ruleOf({ severity: 'error' })], checks);
    expect(finding).toMatchObject({ ruleId: 'upprepning', severity: 'error', line: 1, column: 5, excerpt: 'hyresavtal', expected: 'x' });
  });

  test('rule files of the kind are validated by its schema, and by validate with the data typed once its own fields pass, in the same run', () => {
    const dir = makeTempDir('mrkoll-define-check-');
    const head = 'kind: repeated-words\nseverity: info\nmessage: m\ndescription: d\n';
    writeFileSync(path.join(dir, 'a.yaml'), `id: a\n${head}`);
    writeFileSync(path.join(dir, 'b.yaml'), `id: b\n${head}words: [lokal, KS]\n`);
    writeFileSync(path.join(dir, 'c.yaml'), `id: c\n${head}words: [lokal]\nignoreCase: false\n`);
    // A common field wrong and the data wrong: both at once, not the second after the first is fixed.
    writeFileSync(path.join(dir, 'd.yaml'), `id: d\n${head.replace('info', 'fatal')}words: [KS]\n`);
    const { ruleSet, problems } = readRules([dir], checks);
    expect(problems.map((p) => formatProblem(p, dir))).toEqual([
      'a.yaml:1:1: fältet "words" saknas',
      'b.yaml:6:16: bara versaler',
      'd.yaml:3:11: severity: ska vara ett av: error, warning, info, off',
      'd.yaml:6:9: bara versaler',
    ]);
    expect(ruleSet.rules.map((r) => r.id)).toEqual(['c']);
    expect(repeatedWords.dataOf(ruleSet.rules[0])).toEqual({ words: ['lokal'], ignoreCase: false });
  });

  test('dataOf refuses a rule of another kind', () => {
    expect(() => repeatedWords.dataOf(ruleOf({ kind: 'existence' }))).toThrow(/existence/);
  });

  test('the schema is held to the data type, and message ids to meta.messages (checked by the compiler)', () => {
    const schema = (s: DataSchema<WordsData>) => s;
    // @ts-expect-error a field of the data without a property in the schema
    schema({ properties: { words: {} } });
    // @ts-expect-error a property that is no field of the data
    schema({ properties: { words: {}, ignoreCase: {}, ignorecase: {} } });
    // @ts-expect-error an optional field listed as required
    schema({ required: ['ignoreCase'], properties: { words: {}, ignoreCase: {} } });
    defineCheck<WordsData, 'again'>({
      meta: { id: 'x', description: 'd', defaultSeverity: 'info', schema: wordsSchema, messages: { again: 'igen' } },
      // @ts-expect-error a message id meta.messages does not declare
      create: (rule) => (doc, ctx) => [rule.finding(ctx, 0, 0, { messageId: 'agian' })],
    });
    expect(schema(wordsSchema).required).toEqual(['words']);
  });
});

describe('the bundled checks', () => {
  test('compile no regular expression after a rule’s first document', async () => {
    const { lexicons, ruleSet } = await reviewer();
    const rules = ruleSet.rules.filter((r) => r.severity !== 'off');
    const tagging = buildContext(lexicons, {});
    const docs = [
      docFrom(CLEAN_MEMO),
      await readDocument(PLANTED),
      await readDocument(SEED_B),
      docFrom(memoWith('Kommunstyrelsen 2024-05-07', 'Kommunstyrelsen 2024-02-30'), { date: '2024-04-23' }),
    ];
    const contexts = docs.map((doc) => reviewContext(doc, { lexicons, rules, spell: null }, tagDocument(doc, tagging)));
    // Fresh rule objects, so that their checks are created here: on the first document.
    const fresh = rules.map((r) => ({ ...r }));
    const first = reviewDocument(docs[0], contexts[0], fresh);
    const compiled: string[] = [];
    const Original = RegExp;
    vi.stubGlobal(
      'RegExp',
      new Proxy(Original, {
        construct(target, args: [string | RegExp, string?]) {
          compiled.push(String(args[0]));
          return new target(...args);
        },
      }),
    );
    let later: number[];
    try {
      later = docs.slice(1).map((doc, i) => reviewDocument(doc, contexts[i + 1], fresh).length);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(compiled).toEqual([]);
    // The documents were reviewed, by rules of every kind of check.
    expect(first.length).toBeGreaterThan(0);
    expect(later.every((n) => n > 0)).toBe(true);
    expect(new Set(fresh.map((r) => r.kind))).toEqual(new Set(CHECKS.keys()));
  });
});
