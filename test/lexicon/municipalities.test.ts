// lexicons/sweden/municipalities.yaml: Sweden's kommuner and regioner, their loader and lookups.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  expectedId,
  loadMunicipalities,
  municipalities,
  MunicipalitiesError,
  nameKey,
  parseMunicipalities,
  type Municipality,
} from '../../src/lexicon/municipalities.js';
import { CITY_PATTERN } from '../../src/lexicon/schema.js';
import { BUNDLED_LEXICONS_DIR } from '../../src/paths.js';
import { makeTempDir } from '../helpers/temp.js';

const all = () => municipalities().all;
const byId = (id: string): Municipality => {
  const found = municipalities().byId(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('the bundled file', () => {
  it('has exactly 290 kommuner and 21 regioner, Gotland counted in both', () => {
    expect(municipalities().kommuner()).toHaveLength(290);
    expect(municipalities().regioner()).toHaveLength(21);
    expect(all()).toHaveLength(310);
    expect(
      municipalities()
        .regioner()
        .map((r) => r.id),
    ).toContain('gotland');
  });

  it('is read once and kept', () => {
    expect(municipalities()).toBe(municipalities());
  });

  it('writes no ID, code or domain twice', () => {
    expect(duplicates(all().map((m) => m.id))).toEqual([]);
    expect(duplicates(all().flatMap((m) => [m.code, ...(m.regionCode ? [m.regionCode] : [])]))).toEqual([]);
    expect(duplicates(all().flatMap((m) => m.domains))).toEqual([]);
  });

  it('gives every entry the ID its name gives, by the project rule', () => {
    const pattern = new RegExp(CITY_PATTERN);
    const shared = new Set(['habo-uppsala', 'habo-jonkoping']);
    for (const m of all()) {
      expect(m.id, m.name).toMatch(pattern);
      expect(m.id, m.name).toBe(expectedId(m, shared.has(m.id)));
    }
    expect(byId('upplands-vasby').name).toBe('Upplands Väsby');
    expect(byId('region-skane').name).toBe('Skåne');
  });

  it('knows every city the registries name, by the same ID', () => {
    const dir = path.join(BUNDLED_LEXICONS_DIR, 'registries');
    const cities = readdirSync(dir).map((f) => (parse(readFileSync(path.join(dir, f), 'utf8')) as { city: string }).city);
    expect(cities).toEqual(expect.arrayContaining(['malmo', 'stockholm']));
    for (const city of cities) expect(byId(city).kind).toBe('kommun');
  });

  it('puts each kommun in a region of its own län, whose code begins its code', () => {
    const counties = new Set<string>();
    for (const k of municipalities().kommuner()) {
      const region = municipalities().regionOf(k);
      expect(region, k.id).toBeDefined();
      expect(k.code.startsWith(region!.regionCode ?? region!.code), k.id).toBe(true);
      expect(k.county).toBe(region!.county);
      counties.add(k.county);
    }
    expect(counties.size).toBe(21);
    for (const r of municipalities().regioner()) expect(municipalities().regionOf(r)?.id ?? r.id).toBe(r.id);
  });

  it('has a verified domain for every entry', () => {
    expect(all().filter((m) => !m.domainsVerified || m.domains.length === 0)).toEqual([]);
  });
});

describe('names', () => {
  it('calls the 14 that say "stad" so, and keeps "X kommun" as an alias', () => {
    const stad = all()
      .filter((m) => /\bstad$/i.test(m.official))
      .map((m) => m.id)
      .sort();
    expect(stad).toEqual(
      [
        'boras',
        'goteborg',
        'haparanda',
        'helsingborg',
        'landskrona',
        'lidingo',
        'malmo',
        'molndal',
        'solna',
        'stockholm',
        'sundbyberg',
        'trollhattan',
        'vasteras',
        'vaxholm',
      ].sort(),
    );
    expect(byId('lund').official).toBe('Lunds kommun');
    expect(byId('malmo').aliases).toContain('Malmö kommun');
  });

  // The genitive is the short name's, in running text: -s, but not after s, x or z.
  it.each([
    ['malmo', 'Malmö', 'Malmös'],
    ['lund', 'Lund', 'Lunds'],
    ['boras', 'Borås', 'Borås'],
    ['alingsas', 'Alingsås', 'Alingsås'],
    ['kalix', 'Kalix', 'Kalix'],
    ['grums', 'Grums', 'Grums'],
    ['goteborg', 'Göteborg', 'Göteborgs'],
    ['umea', 'Umeå', 'Umeås'],
    ['upplands-vasby', 'Upplands Väsby', 'Upplands Väsbys'],
    ['ostra-goinge', 'Östra Göinge', 'Östra Göinges'],
    ['falun', 'Falun', 'Faluns'],
    ['kalmar', 'Kalmar', 'Kalmars'],
    ['region-skane', 'Skåne', 'Skånes'],
  ])('%s: %s → %s', (id, name, genitive) => {
    expect(byId(id).name).toBe(name);
    expect(byId(id).genitive).toBe(genitive);
  });

  it('follows the genitive rule everywhere', () => {
    for (const m of all()) expect(m.genitive, m.id).toBe(/[sxz]$/.test(m.name) ? m.name : `${m.name}s`);
  });
});

describe('lookups', () => {
  it.each([
    ['göteborgs stad', 'goteborg'],
    ['Göteborgs Stad', 'goteborg'],
    ['GÖTEBORGS STAD', 'goteborg'],
    ['Göteborgs kommun', 'goteborg'],
    ['  Lunds   kommun ', 'lund'],
    ['Lunds', 'lund'],
    ['Malmö stad'.normalize('NFD'), 'malmo'],
    ['Upplands Bro', 'upplands-bro'],
    ['Upplands–Väsby kommun', 'upplands-vasby'],
    ['Region Skåne', 'region-skane'],
    ['Västra Götalandsregionen', 'region-vastra-gotaland'],
    ['VGR', 'region-vastra-gotaland'],
    ['Region Jönköpings län', 'region-jonkopings-lan'],
    ['Region Gotland', 'gotland'],
    ['Gotlands kommun', 'gotland'],
    ['Falu kommun', 'falun'],
    ['Håbo kommun', 'habo-uppsala'],
    ['Habo kommun', 'habo-jonkoping'],
    ['Stockholms läns landsting', 'region-stockholm'],
  ])('by name: %s → %s', (name, id) => {
    expect(municipalities().byName(name)?.id).toBe(id);
  });

  it('gives a bare place name to the kommun and lists the region too', () => {
    expect(municipalities().byName('Stockholm')?.id).toBe('stockholm');
    expect(municipalities().byName('Uppsalas')?.id).toBe('uppsala');
    expect(
      municipalities()
        .allByName('stockholm')
        .map((m) => m.id)
        .sort(),
    ).toEqual(['region-stockholm', 'stockholm']);
  });

  it('keeps å, ä and ö letters: "Malmo stad" is nobody', () => {
    expect(municipalities().byName('Malmo stad')).toBeUndefined();
    expect(municipalities().byName('Göteborg kommun')).toBeUndefined();
    expect(nameKey('Upplands-Bro')).toBe(nameKey('upplands bro'));
  });

  it('finds every entry by its name, official name, aliases and genitive', () => {
    for (const m of all()) {
      for (const name of [m.name, m.official, m.genitive, ...m.aliases]) {
        const found = municipalities().allByName(name);
        expect(
          found.map((f) => f.id),
          `${m.id}: ${name}`,
        ).toContain(m.id);
      }
      expect(municipalities().byName(m.official)?.id).toBe(m.id);
    }
  });

  it.each([
    ['vgregion.se', 'region-vastra-gotaland'],
    ['www.vgregion.se', 'region-vastra-gotaland'],
    ['fornamn.efternamn@vgregion.se', 'region-vastra-gotaland'],
    ['kommun@hellefors.se', 'hallefors'],
    ['edu.hellefors.se', 'hallefors'],
    ['https://kommun.varnamo.se/kommun-och-politik/', 'varnamo'],
    ['<registrator@lund.se>', 'lund'],
    ['MALMO.SE.', 'malmo'],
    ['start.stockholm', 'stockholm'],
    ['stockholm.se', 'stockholm'],
    ['regionstockholm.se', 'region-stockholm'],
    ['habo.se', 'habo-uppsala'],
    ['habokommun.se', 'habo-jonkoping'],
    ['engelholm.se', 'angelholm'],
    ['gotland.se', 'gotland'],
  ])('by domain: %s → %s', (text, id) => {
    expect(municipalities().byDomain(text)?.id).toBe(id);
  });

  it('does not take a lookalike domain for a kommun', () => {
    for (const text of ['notmalmo.se', 'malmo.se.example.com', 'se', '', 'ingen adress', 'lund.com']) {
      expect(municipalities().byDomain(text), text).toBeUndefined();
    }
  });

  it('finds every entry by each of its domains', () => {
    for (const m of all()) for (const d of m.domains) expect(municipalities().byDomain(d)?.id).toBe(m.id);
  });
});

// Facts checked against public sources (SCB's codes; the organisations' own names and domains).
describe('spot checks', () => {
  it.each([
    ['malmo', '1280', 'Malmö stad', 'malmo.se', 'region-skane'],
    ['stockholm', '0180', 'Stockholms stad', 'stockholm.se', 'region-stockholm'],
    ['goteborg', '1480', 'Göteborgs Stad', 'goteborg.se', 'region-vastra-gotaland'],
    ['boras', '1490', 'Borås Stad', 'boras.se', 'region-vastra-gotaland'],
    ['upplands-vasby', '0114', 'Upplands Väsby kommun', 'upplandsvasby.se', 'region-stockholm'],
    ['upplands-bro', '0139', 'Upplands-Bro kommun', 'upplands-bro.se', 'region-stockholm'],
    ['lund', '1281', 'Lunds kommun', 'lund.se', 'region-skane'],
    ['helsingborg', '1283', 'Helsingborgs stad', 'helsingborg.se', 'region-skane'],
    ['landskrona', '1282', 'Landskrona stad', 'landskrona.se', 'region-skane'],
    ['angelholm', '1292', 'Ängelholms kommun', 'engelholm.se', 'region-skane'],
    ['ostra-goinge', '1256', 'Östra Göinge kommun', 'ostragoinge.se', 'region-skane'],
    ['falun', '2080', 'Falu kommun', 'falun.se', 'region-dalarna'],
    ['mora', '2062', 'Mora kommun', 'morakommun.se', 'region-dalarna'],
    ['malung-salen', '2023', 'Malung-Sälens kommun', 'malung-salen.se', 'region-dalarna'],
    ['kalmar', '0880', 'Kalmar kommun', 'kalmar.se', 'region-kalmar-lan'],
    ['vasteras', '1980', 'Västerås stad', 'vasteras.se', 'region-vastmanland'],
    ['hallefors', '1863', 'Hällefors kommun', 'hellefors.se', 'region-orebro-lan'],
    ['harjedalen', '2361', 'Härjedalens kommun', 'herjedalen.se', 'region-jamtland-harjedalen'],
    ['habo-uppsala', '0305', 'Håbo kommun', 'habo.se', 'region-uppsala'],
    ['habo-jonkoping', '0643', 'Habo kommun', 'habokommun.se', 'region-jonkopings-lan'],
    ['knivsta', '0330', 'Knivsta kommun', 'knivsta.se', 'region-uppsala'],
    ['dals-ed', '1438', 'Dals-Eds kommun', 'dalsed.se', 'region-vastra-gotaland'],
    ['orust', '1421', 'Orust kommun', 'orust.se', 'region-vastra-gotaland'],
    ['molndal', '1481', 'Mölndals stad', 'molndal.se', 'region-vastra-gotaland'],
    ['trollhattan', '1488', 'Trollhättans stad', 'trollhattan.se', 'region-vastra-gotaland'],
    ['solna', '0184', 'Solna stad', 'solna.se', 'region-stockholm'],
    ['sundbyberg', '0183', 'Sundbybergs stad', 'sundbyberg.se', 'region-stockholm'],
    ['lidingo', '0186', 'Lidingö stad', 'lidingo.se', 'region-stockholm'],
    ['vaxholm', '0187', 'Vaxholms stad', 'vaxholm.se', 'region-stockholm'],
    ['haparanda', '2583', 'Haparanda stad', 'haparanda.se', 'region-norrbotten'],
    ['kiruna', '2584', 'Kiruna kommun', 'kiruna.se', 'region-norrbotten'],
    ['umea', '2480', 'Umeå kommun', 'umea.se', 'region-vasterbotten'],
    ['varnamo', '0683', 'Värnamo kommun', 'varnamo.se', 'region-jonkopings-lan'],
    ['gotland', '0980', 'Region Gotland', 'gotland.se', 'gotland'],
    ['region-skane', '12', 'Region Skåne', 'skane.se', undefined],
    ['region-vastra-gotaland', '14', 'Västra Götalandsregionen', 'vgregion.se', undefined],
    ['region-stockholm', '01', 'Region Stockholm', 'regionstockholm.se', undefined],
    ['region-jonkopings-lan', '06', 'Region Jönköpings län', 'rjl.se', undefined],
    ['region-sormland', '04', 'Region Sörmland', 'regionsormland.se', undefined],
    ['region-orebro-lan', '18', 'Region Örebro län', 'regionorebrolan.se', undefined],
    ['region-vasternorrland', '22', 'Region Västernorrland', 'rvn.se', undefined],
    ['region-jamtland-harjedalen', '23', 'Region Jämtland Härjedalen', 'regionjh.se', undefined],
    ['region-norrbotten', '25', 'Region Norrbotten', 'norrbotten.se', undefined],
  ])('%s: %s, %s, %s', (id, code, official, domain, region) => {
    const m = byId(id);
    expect([m.code, m.official, m.region]).toEqual([code, official, region]);
    expect(m.domains).toContain(domain);
    expect(m.kind).toBe(region === undefined ? 'region' : 'kommun');
  });

  it('models Gotland as one organisation that is also the region', () => {
    const g = byId('gotland');
    expect([g.kind, g.regionCode, g.region, g.county]).toEqual(['kommun', '09', 'gotland', 'Gotlands län']);
    expect(all().filter((m) => m.county === 'Gotlands län')).toEqual([g]);
  });
});

describe('a broken file', () => {
  const VALID = [
    'version: 1',
    'municipalities:',
    '  - id: region-skane',
    '    code: "12"',
    '    kind: region',
    '    name: Skåne',
    '    official: Region Skåne',
    '    genitive: Skånes',
    '    domains: [skane.se]',
    '    county: Skåne län',
    '  - id: lund',
    '    code: "1281"',
    '    kind: kommun',
    '    name: Lund',
    '    official: Lunds kommun',
    '    genitive: Lunds',
    '    domains: [lund.se]',
    '    county: Skåne län',
    '    region: region-skane',
    '',
  ].join('\n');
  const F = 'kommuner.yaml';

  it('loads when nothing is wrong', () => {
    const m = parseMunicipalities(VALID, F);
    expect(m.byDomain('lund.se')?.official).toBe('Lunds kommun');
    expect(m.byId('lund')).toMatchObject({ aliases: [], domainsVerified: true });
  });

  it.each([
    ['an ID that is not the name', ['  - id: lund', '  - id: lunds'], [`${F}:11:9: ID "lunds" ska vara "lund" (namnet "Lund")`]],
    ['an unknown field', ['    genitive: Lunds', '    genitive: Lunds\n    webb: lund.se'], [`${F}:17:5: municipalities[1]: okänt fält "webb"`]],
    ['a kommun without a region', ['    region: region-skane\n', ''], [`${F}:11:5: municipalities[1]: fältet "region" saknas`]],
    ['a region that does not exist', ['region: region-skane', 'region: region-skaane'], [`${F}:19:13: regionen "region-skaane" finns inte`]],
    ['a code outside the region', ['"1281"', '"1481"'], [`${F}:12:11: koden "1481" hör inte till region-skane (12)`]],
    ['a kommun code of two digits', ['"1281"', '"12"'], [`${F}:12:11: municipalities[1].code: "12" har fel form (ska matcha ^[0-9]{4}$)`]],
    ['a domain used twice', ['[lund.se]', '[skane.se]'], [`${F}:17:15: domänen "skane.se" används redan av region-skane`]],
    ['an official name used twice', ['official: Lunds kommun', 'official: region skåne'], [`${F}:15:15: namnet "region skåne" används redan av region-skane`]],
    ['a domain with a scheme', ['[lund.se]', '[https://lund.se]'], [`${F}:17:15: municipalities[1].domains[0]: "https://lund.se" har fel form`]],
    [
      'the wrong county',
      ['    county: Skåne län\n    region', '    county: Hallands län\n    region'],
      [`${F}:18:13: länet ska vara "Skåne län" som för region-skane`],
    ],
  ])('says where: %s', (_, [from, to], messages) => {
    const text = VALID.replace(from, to);
    expect(text).not.toBe(VALID);
    let error: unknown;
    try {
      parseMunicipalities(text, F);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MunicipalitiesError);
    const lines = (error as Error).message.split('\n');
    expect(lines).toHaveLength(messages.length);
    messages.forEach((m, i) => expect(lines[i].startsWith(m), lines[i]).toBe(true));
  });

  it('says where in a file it reads', () => {
    const file = path.join(makeTempDir('mrkoll-municipalities-'), 'kommuner.yaml');
    writeFileSync(file, VALID.replace('  - id: lund', '  - id: lunds'));
    expect(() => loadMunicipalities(file)).toThrow(`${file}:11:9: ID "lunds" ska vara "lund"`);
  });

  it('says when the file cannot be read', () => {
    expect(() => loadMunicipalities('/nonexistent/kommuner.yaml')).toThrow(/kommuner\.yaml:1:1: kan inte läsas \(ENOENT\)/);
  });
});
