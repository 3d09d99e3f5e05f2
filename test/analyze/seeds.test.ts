// Golden facts about the seed corpus: what the hand-made rapport says, the tool must find.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, type Analysis } from '../../src/analyze/index.js';
import { expectedFromRegistry, mainCity } from '../../src/analyze/expected.js';
import type { EvidenceRef } from '../../src/corpus/evidence.js';
import { distributionList, rules, seedCorpus, type SeedCorpus } from '../helpers/seed-corpus.js';

let corpus: SeedCorpus;
let analysis: Analysis;

beforeAll(async () => {
  corpus = await seedCorpus();
  const r = rules();
  const expected = expectedFromRegistry(corpus.lexicons, mainCity(corpus.counted), r.expected.kinds);
  analysis = analyzeCorpus(corpus.counted, corpus.lexicons, { view: 'mention', expected, rules: r, bothViews: true });
});

describe('analyze on the seeds', () => {
  it('names P4 among the least covered principles', () => {
    const result = analysis.views.mention!;
    const principles = result.ranking.filter((c) => c.kind === 'principle' && c.framework.startsWith('Policy'));
    expect(principles[0].id).toBe('P4');
    const rare = result.gaps.filter((g) => g.kind === 'rare-tag').map((g) => g.tag);
    expect(rare).toContain('P4');
  });

  it('lists the companies and committees on the memo’s distribution list that the rapport never mentions', () => {
    const memo = corpus.counted.find((d) => d.path.endsWith('stk-2023-138-a.txt'))!;
    const rapport = corpus.counted.find((d) => d.path.includes('rapport'))!;
    const rapportText = rapport.passages
      .map((p) => p.text)
      .join('\n')
      .toLocaleLowerCase('sv');
    const registry = corpus.lexicons.registries.find((r) => r.city === 'malmo')!;
    const recipients = distributionList(memo);
    expect(recipients.length).toBeGreaterThan(15);
    const neverMentioned = recipients
      .map((name) => registry.administrations.find((a) => [a.name, ...a.aliases, ...a.misspellings].some((n) => n.toLowerCase() === name.toLowerCase())))
      .filter((a) => a && rules().expected.kinds.includes(a.kind))
      .filter((a) => !rapportText.includes(a!.name.toLocaleLowerCase('sv')))
      .map((a) => a!.id);
    expect(neverMentioned.sort()).toEqual([
      'malmo/malmo-kommuns-parkering-ab',
      'malmo/malmo-leasing-ab',
      'malmo/minc-sverige-ab',
      'malmo/parkeringsovervakning-malmo-ab',
    ]);
    const absent = analysis.views.mention!.gaps.filter((g) => g.kind === 'absent-administration').map((g) => g.administration);
    for (const id of neverMentioned) expect(absent).toContain(id);
  });

  it('finds every body on the memos’ distribution lists in Malmö’s registry', () => {
    const memos = corpus.all.filter((d) => /stk-2023-138-[ab]\.txt$/.test(d.path));
    expect(memos).toHaveLength(2);
    for (const memo of memos) {
      const lines = memo.passages.filter((p) => p.kind !== 'heading' && p.sectionPath.at(-1) === 'Beslutet skickas till');
      expect(lines.length).toBeGreaterThan(15);
      const unregistered = lines.filter(
        (p) => !p.mentions.some((m) => m.registered && (m.via === 'explicit' || m.via === 'office') && m.id.startsWith('malmo/')),
      );
      expect(unregistered.map((p) => p.text.trim())).toEqual([]);
    }
  });

  it('quotes only real passages, at the place it says', () => {
    const passages = new Map(corpus.counted.flatMap((d) => d.passages.map((p) => [`${d.path}#${p.id}`, p])));
    const check = (e: EvidenceRef) => {
      const p = passages.get(`${e.document}#${e.passage}`);
      expect(p, `${e.document}#${e.passage}`).toBeDefined();
      expect(p!.text).toContain(e.quote);
      expect(e.quote.length).toBeGreaterThan(0);
      expect(e.page).toBe(p!.page);
      if (e.match) expect(e.match[1]).toBeLessThanOrEqual(e.quote.length);
    };
    let n = 0;
    for (const view of ['mention', 'author'] as const) {
      const result = analysis.views[view]!;
      for (const row of result.coverage.rows) {
        for (const cell of Object.values(row.cells)) for (const e of [...cell.evidence, ...cell.notCounted]) (check(e), n++);
      }
      for (const g of result.gaps) for (const e of g.evidence) (check(e), n++);
    }
    expect(n).toBeGreaterThan(500);
  });

  it('by author credits the rapport to its author', () => {
    const ks = analysis.views.author!.coverage.rows.find((r) => r.id === 'malmo/kommunstyrelsen')!;
    expect(ks.documents.some((d) => d.includes('rapport'))).toBe(true);
    expect(ks.cells.P1.passages).toBeGreaterThan(10);
  });

  it('says one memo was counted once', () => {
    expect(corpus.counted.length).toBe(corpus.all.length - 1);
    expect(analysis.corpus.documents.map((d) => d.path).some((p) => p.endsWith('-b.txt'))).toBe(false);
  });
});
