// End to end: `npm run build`, then the built `mrkoll tag` on the seeds; checks the JSON contract
// of docs/schema/tag.md and the text output off a terminal.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const SEEDS = path.join(ROOT, 'corpora/seeds');
const mrkoll = (...args: string[]) => runCli(args, { env: { NO_COLOR: '' } });

describe('mrkoll tag (built binary)', () => {
  it('writes the JSON contract for a Stockholm seed', () => {
    const { status, stdout, stderr } = mrkoll('tag', path.join(SEEDS, 'stockholm-remissvar-servicenamnden-2025.txt'), '--format', 'json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.documents).toHaveLength(1);
    const [doc] = json.documents;
    expect(doc.path).toMatch(/stockholm-remissvar-servicenamnden-2025\.txt$/);
    expect(doc.author).toBe('stockholm/servicenamnden');
    expect(doc.city).toBe('stockholm');
    for (const p of doc.passages) {
      expect(p).toEqual(
        expect.objectContaining({ id: expect.stringMatching(/^p\d{4}$/), text: expect.any(String), tags: expect.any(Array), mentions: expect.any(Array) }),
      );
      expect(p.section === null || typeof p.section === 'string').toBe(true);
      expect(p.page === null || Number.isInteger(p.page)).toBe(true);
      for (const t of p.tags) {
        expect(t).toEqual(expect.objectContaining({ id: expect.any(String), kind: expect.stringMatching(/^(principle|area)$/), negated: expect.any(Boolean) }));
        for (const e of t.evidence) expect(p.text.slice(e.start, e.end).toLowerCase()).toBe(e.text.toLowerCase());
        for (const e of t.evidence) expect(typeof e.term).toBe('string');
      }
      for (const m of p.mentions) {
        expect(m).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            name: expect.any(String),
            registered: expect.any(Boolean),
            start: expect.any(Number),
            end: expect.any(Number),
          }),
        );
        if (m.via !== 'heading') expect(p.text.slice(m.start, m.end)).toBe(m.name);
      }
    }
    const servicenamnden = doc.passages.find((p: { text: string }) => p.text.startsWith('Servicenämnden beslutar'));
    expect(servicenamnden.mentions.map((m: { id: string }) => m.id)).toContain('stockholm/servicenamnden');
    expect(doc.passages.some((p: { tags: { id: string }[] }) => p.tags.some((t) => t.id === 'antirasism'))).toBe(true);
  });

  it('prints text with «evidence» and no ANSI codes when not on a terminal', () => {
    const { status, stdout } = mrkoll('tag', path.join(SEEDS, 'malmo-rapport-systematiskt-arbete-mr-2023.txt'));
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toMatch(/lyfter att «klarspråk» är i fokus/);
    // Human names, never IDs: the principle's code and short label, registered names after an arrow only where they differ.
    expect(stdout).toMatch(/taggar: .*P4 Transparent och inkluderande kommunikation/);
    expect(stdout).toMatch(/nämner: .*Kulturförvaltningen → Kulturnämnden \(via förvaltning\)/);
    expect(stdout).toMatch(/ej: P1 Malmöbon i centrum/);
    expect(stdout).toMatch(/ramverk: Policy för mänskliga rättigheter/);
    expect(stdout).not.toMatch(/malmo\/|rattighetsomraden|malmo-mr-policy/);
  });

  it('takes --author over the manifest', () => {
    const { stdout } = mrkoll('tag', path.join(SEEDS, 'malmo-tjansteskrivelse-stk-2023-138-a.txt'), '--format', 'json', '--author', 'Kulturnämnden');
    expect(JSON.parse(stdout).documents[0].author).toBe('malmo/kulturnamnden');
  });

  it('reads through the worker pool: --workers 2 gives the JSON --workers 1 gives', () => {
    const args = ['tag', SEEDS, path.join(ROOT, 'corpora/fixtures/tjansteskrivelse-stk-2023-138.docx'), '--format', 'json', '--no-cache'];
    const pooled = runCli([...args, '--workers', '2'], { env: { MRKOLL_DEBUG: 'pool' } });
    const alone = runCli([...args, '--workers', '1'], { env: { MRKOLL_DEBUG: 'pool' } });
    expect(pooled.status, pooled.stderr).toBe(0);
    expect(pooled.stderr).toBe('pool: 6 filer i 2 trådar\n');
    expect(alone.stderr).toBe('pool: 6 filer i 1 tråd\n');
    expect(pooled.stdout).toBe(alone.stdout);
    expect(JSON.parse(pooled.stdout).documents).toHaveLength(6);
  });

  it('refuses an unknown city with a one-line error, and names the ID a name means', () => {
    const unknown = mrkoll('tag', path.join(SEEDS, 'malmo-rapport-systematiskt-arbete-mr-2023.txt'), '--city', 'atlantis');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /^mrkoll: okänd kommun "atlantis": ange kommunens id i lexicons\/sweden\/municipalities.yaml, t.ex. lund eller region-skane\n$/,
    );
    const named = mrkoll('tag', path.join(SEEDS, 'malmo-rapport-systematiskt-arbete-mr-2023.txt'), '--city', 'Växjö');
    expect(named.stderr).toMatch(/\(menas "vaxjo"\?\)/);
  });

  it('takes --city for any municipality, and reads its documents with the national principles', () => {
    const dir = makeTempDir('mrkoll-tag-city-');
    const file = path.join(dir, 'memo.txt');
    copyFileSync(path.join(SEEDS, 'stockholm-remissvar-servicenamnden-2025.txt'), file);
    const { status, stdout } = mrkoll('tag', file, '--format', 'json', '--city', 'region-skane', '--no-cache');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).documents[0]).toMatchObject({ city: 'region-skane', frameworks: ['skr-principer', 'rattighetsomraden'] });
  });

  it('picks another principles framework with --framework, and refuses one that is none', () => {
    const { stdout } = mrkoll('tag', path.join(SEEDS, 'stockholm-remissvar-servicenamnden-2025.txt'), '--format', 'json', '--framework', 'malmo-mr-policy');
    expect(JSON.parse(stdout).documents[0].frameworks).toEqual(['malmo-mr-policy', 'rattighetsomraden']);
    const wrong = mrkoll('tag', path.join(SEEDS, 'stockholm-remissvar-servicenamnden-2025.txt'), '--framework', 'rattighetsomraden');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^mrkoll: "rattighetsomraden" är rättighetsområden, inte principer/);
  });

  it('writes "okänd kommun" for a document no city decides', () => {
    const dir = makeTempDir('mrkoll-tag-unknown-');
    const file = path.join(dir, 'memo.txt');
    writeFileSync(file, 'Förvaltningen föreslår att nämnden antar planen för barnets rättigheter.\n');
    const { stdout } = mrkoll('tag', file, '--all', '--no-cache');
    expect(stdout).toContain('kommun: okänd kommun   ramverk: SKR:s principer för ett rättighetsbaserat arbetssätt; Rättighetsområden');
  });
});
