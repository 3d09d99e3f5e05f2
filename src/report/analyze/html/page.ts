// The self-contained HTML report: coverage heatmap with evidence on click, gaps, names, and how
// to read it. One file; CSS, script and data inline; no URLs, so it opens offline and can be
// mailed or archived as it is. A Content-Security-Policy lets only its own script and styles run.
import path from 'node:path';
import type { Analysis } from '../../../analyze/index.js';
import { num, pct } from '../../../util/swedish.js';
import type { View } from '../../../analyze/coverage.js';
import type { NamesReport } from '../../../names/index.js';
import { VIEW_LABEL, VIEW_SHORT, variantNote } from '../labels.js';
import { SCRIPT, STYLE } from './assets.js';
import { contentSecurityPolicy, esc, scriptJson, withPolicy } from '../../format/html.js';
import { generatorMeta } from '../../format/signature.js';
import { cityLabel } from '../../format/city.js';
import { heat, HEAT_STEPS } from './heat.js';
import { hasCode } from '../../../analyze/gaps.js';
import { matrixTable, type CellData } from './matrix.js';
import { gapsSection, namesSection, printEvidenceSection } from './sections.js';

export interface HtmlInput {
  analysis?: Analysis | null;
  names?: NamesReport | null;
  /** Administration ID → name, for the writers of naming variants. */
  administrationNames?: Map<string, string>;
  version?: string;
}

/** The page as one string (tests, and the small reports of `mrkoll names`). */
export function renderHtml(input: HtmlInput): string {
  const pieces: string[] = [];
  writeHtml(input, (text) => pieces.push(text));
  return pieces.join('');
}

/**
 * The page, written through `write` in pieces: the markup before the data, the data a cell at a
 * time, the rest. Over a large corpus the data (every cell's quotes, for both views) is most of
 * the page, and one string of it and the page would be the largest thing `analyze` holds.
 */
export function writeHtml(input: HtmlInput, write: (text: string) => void): void {
  const { analysis, names } = input;
  const cells: CellData = new Map();
  const views = analysis ? ([analysis.view, analysis.view === 'mention' ? 'author' : 'mention'] as View[]).filter((v) => analysis.views[v]) : [];
  const smallBaseWords = analysis?.rules.thresholds.smallBaseWords ?? 0;
  const matrices = analysis ? views.map((v) => matrixTable(v, analysis.views[v]!, cells, { hidden: v !== analysis.view, smallBaseWords })).join('\n') : '';
  const gaps = analysis ? views.map((v) => gapsSection(v, analysis.views[v]!, v !== analysis.view)).join('\n') : '';
  const title = analysis ? 'Mänskliga rättigheter: täckning, luckor och namn' : 'Namn, begrepp och stavning';
  const sections = [
    analysis ? coverageSection(analysis, views, matrices) : '',
    analysis
      ? `<section id="luckor" aria-labelledby="h-luckor"><h2 id="h-luckor">Luckor</h2>
<p class="help">Varje lucka har ett skäl som går att kontrollera i matrisen och i beläggen. Tröskelvärdena står under <a href="#om">Om rapporten</a>.</p>
${gaps}</section>`
      : '',
    names
      ? `<section id="namn" aria-labelledby="h-namn"><h2 id="h-namn">Namn, begrepp och stavning</h2>
<p class="help">Former som skiljer sig bara i meningsinledande versal eller i böjning (kulturnämnden, kulturnämndens) räknas som samma form.</p>
${namesSection(names, input.administrationNames ?? new Map())}</section>`
      : '',
    analysis ? printEvidenceSection(analysis.view, analysis.views[analysis.view]!) : '',
    analysis ? aboutSection(analysis) : '',
  ].join('\n');
  const nav = [
    analysis ? '<li><a href="#tackning">Täckning</a></li><li><a href="#luckor">Luckor</a></li>' : '',
    names ? '<li><a href="#namn">Namn</a></li>' : '',
    analysis ? '<li><a href="#om">Om rapporten</a></li>' : '',
  ].join('');
  const before = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
${generatorMeta(input.version)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
${analysis ? facts(analysis) : ''}
<nav aria-label="Avsnitt"><ul>${nav}</ul></nav>
${controls(analysis, views)}
</header>
<main>
${sections}
</main>
<footer><p>Skapad av mrkoll${input.version ? ` ${esc(input.version)}` : ''}. Rapporten är en enda fil och behöver ingen nätverksanslutning.</p></footer>
<script type="application/json" id="mrkoll-data">`;
  const after = `</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
  // The policy hashes the page's own script and styles, all of them in its markup: the data runs nothing.
  write(withPolicy(before, contentSecurityPolicy(before + after)));
  writeData(analysis?.view ?? null, cells, write);
  write(after);
}

/** `scriptJson({ view, cells })`, one cell at a time: a Map keeps the order the object's (never numeric) keys would. */
function writeData(view: View | null, cells: CellData, write: (text: string) => void): void {
  write(`{"view":${scriptJson(view)},"cells":{`);
  let first = true;
  for (const [key, entry] of cells) {
    write(`${first ? '' : ','}${scriptJson(key)}:${scriptJson(entry())}`);
    first = false;
  }
  write('}}');
}

function facts(analysis: Analysis): string {
  const c = analysis.corpus;
  const present = analysis.views[analysis.view]!.coverage.rows.filter((r) => r.expected && r.passages > 0).length;
  const items = [
    `<li><strong>${num(c.documents.length)}</strong> dokument</li>`,
    `<li><strong>${num(c.passages)}</strong> ${c.passages === 1 ? 'stycke' : 'stycken'}</li>`,
    `<li><strong>${num(c.words)}</strong> ord</li>`,
    analysis.expected.source === 'none'
      ? `<li>inga förväntade förvaltningar och bolag: ${esc(analysis.expected.label)}</li>`
      : `<li><strong>${num(present)}</strong> av ${num(analysis.expected.ids.length)} förväntade förvaltningar och bolag finns med (${esc(analysis.expected.label)})</li>`,
  ];
  const skipped = c.skippedVariants.length;
  if (skipped) items.push(`<li><strong>${num(skipped)}</strong> ${skipped === 1 ? 'överhoppad variant' : 'överhoppade varianter'} av samma dokument</li>`);
  const outside = analysis.externalBodies;
  if (outside.length) {
    const names = outside.map((b) => esc(`${b.name} (${num(b.passages)})`)).join(', ');
    items.push(`<li><strong>${num(outside.length)}</strong> nämnda organisationer utanför kommunen, som inte räknas: ${names}</li>`);
  }
  return `<ul class="facts">${items.join('')}</ul>`;
}

function controls(analysis: Analysis | null | undefined, views: View[]): string {
  const toggle =
    views.length > 1
      ? `<fieldset><legend>Visa</legend>${views
          .map((v) => `<label><input type="radio" name="view" value="${v}"${v === analysis!.view ? ' checked' : ''}> ${esc(VIEW_SHORT[v])}</label>`)
          .join('')}</fieldset>`
      : '';
  const categories = analysis ? analysis.views[analysis.view]!.coverage.categories : [];
  // A principle says whose it is: the city's, or the national default's.
  const options = categories
    .map(
      (c) =>
        `<option value="tag:${esc(c.id)}"${c.kind === 'principle' ? ` data-scope="${esc(c.scope)}"` : ''}>${esc(c.kind === 'principle' ? `${hasCode(c) ? `${c.id} – ` : ''}${c.label} (${c.scope})` : c.label)}</option>`,
    )
    .join('');
  const category = analysis
    ? `<fieldset class="cols"><legend>Kolumner</legend>${[
        ['', 'Alla'],
        ['kind:principle', 'Principer'],
        ['kind:area', 'Rättighetsområden'],
      ]
        .map(([value, label]) => `<label><input type="radio" name="cols" value="${value}"${value === '' ? ' checked' : ''}> ${label}</label>`)
        .join('')}</fieldset>
<label for="filter-cat">Kategori<select id="filter-cat"><option value="">Alla kategorier</option><option value="kind:principle">Principer</option><option value="kind:area">Rättighetsområden</option>${options}</select></label>`
    : '';
  return `<div class="controls" role="search">${toggle}
<label for="filter-adm">Filtrera förvaltningar och bolag<input id="filter-adm" type="search" placeholder="t.ex. kultur" autocomplete="off"></label>
${category}<span id="filter-status" role="status" aria-live="polite"></span></div>`;
}

function coverageSection(analysis: Analysis, views: View[], matrices: string): string {
  const steps = HEAT_STEPS.map((from, i) => {
    const { background, color } = heat(from);
    const to = HEAT_STEPS[i + 1];
    const text = to === undefined ? `${pct(from)} och mer` : `${i === 0 ? 'under ' : `${pct(from)}–`}${pct(to)}`;
    return `<span style="background:${background};color:${color}">${text}</span>`;
  });
  const small = heat(0.3, true);
  const viewHelp = views.map((v) => `<strong>${esc(VIEW_SHORT[v])}</strong>: ${esc(VIEW_LABEL[v])}.`).join(' ');
  return `<section id="tackning" aria-labelledby="h-tackning"><h2 id="h-tackning">Täckning</h2>
<p class="help">Förvaltningar och bolag (rader) mot policyns principer och rättighetsområden (kolumner). ${viewHelp} Klicka på en cell för att se citaten den bygger på, med fil och sida.</p>
<div class="legend">Andel av förvaltningens text: ${steps.join('')}</div>
<p class="help"><span class="legend-swatch small-base" style="background:${small.background};color:${small.color}">30&nbsp;%*</span> Litet underlag: förvaltningen har under ${num(analysis.rules.thresholds.smallBaseWords)} ord, så ett enda stycke kan bli en stor andel; färgen stannar därför vid mellannivån. <b class="flag">lucka</b> <b class="flag">sällan</b> <b class="flag">tyst</b> markerar luckorna som redovisas under <a href="#luckor">Luckor</a>.</p>
<div class="layout">${matrices}</div>
<aside id="detail" aria-live="polite" aria-label="Belägg för vald cell" hidden><button type="button" class="close" aria-label="Stäng beläggen">×</button><h3>Belägg</h3><p>Klicka på en cell i matrisen för att se de stycken den bygger på.</p></aside>
</section>`;
}

function aboutSection(analysis: Analysis): string {
  const t = analysis.rules.thresholds;
  const docs = analysis.corpus.documents
    .map(
      (d) =>
        `<tr><td>${esc(path.basename(d.path))}</td><td>${esc(d.type)}</td><td>${esc(cityLabel(d.city))}</td><td>${esc(d.author)}</td><td class="num">${num(d.passages)}</td><td class="num">${num(d.words)}</td></tr>`,
    )
    .join('');
  const skipped = analysis.corpus.skippedVariants
    .map((s) => `<li>${esc(path.basename(s.path))}: ${esc(variantNote(s))}; räknas inte (ta med den med <code>--include-variants</code>).</li>`)
    .join('');
  return `<section id="om" aria-labelledby="h-om"><h2 id="h-om">Om rapporten</h2>
<p>Varje stycke i dokumenten har märkts med de principer och rättighetsområden det tar upp, utifrån lexikonens termer, och med de förvaltningar och bolag det nämner. En cell räknar de stycken som tar upp kategorin och som räknas för förvaltningen. Andelen är styckenas ord delat med alla ord som räknas för förvaltningen. Negerade träffar (”har inte lyft fram”) och standardtext räknas inte men visas bland beläggen. Rubriker räknas inte. Efter omnämnande räknas inte sändlistor (t.ex. ”Beslutet skickas till”), och inte heller gruppord som står för fler än ${num(t.groupMaxMembers)} förvaltningar (”de helägda bolagen”).</p>
<h3>Tröskelvärden (rules/analysis.yaml)</h3>
<ul>
<li>Nästan tyst: färre än ${num(t.silentPassages)} stycken eller ${num(t.silentWords)} ord.</li>
<li>Sällan täckt: högst ${pct(t.rareShare)} av de jämförda förvaltningarna, färre än ${pct(t.rareRelative)} av medianen för sitt slag, eller den minst täckta av sitt slag.</li>
<li>Saknas: kategorin tas upp av mer än ${pct(t.missingMajority)} av de andra.</li>
<li>Omfång: den största texten är minst ${num(t.scopeRatio)} gånger den minsta; liten: under ${pct(t.scopeLowFactor)} av medianen.</li>
</ul>
<h3>Dokument</h3>
<table class="variants"><thead><tr><th scope="col">Fil</th><th scope="col">Typ</th><th scope="col">Kommun</th><th scope="col">Avsändare</th><th scope="col">Stycken</th><th scope="col">Ord</th></tr></thead><tbody>${docs}</tbody></table>
${skipped ? `<ul>${skipped}</ul>` : ''}
</section>`;
}
