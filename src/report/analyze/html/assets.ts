// The HTML report's stylesheet and script, inlined into the page: the report is one file that
// opens without a network (no fonts, no libraries, no URLs).

export const STYLE = `
:root{--ink:#14213d;--muted:#5b6475;--line:#d7dce5;--accent:#0b4f9c;--bg:#fff;--soft:#f4f6fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
header,main,footer{max-width:1400px;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.25rem}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .35rem}
h4{margin:1rem 0 .25rem}
nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;margin:.5rem 0}
nav a{color:var(--accent)}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none;color:var(--muted)}
.facts strong{color:var(--ink)}
.help{color:var(--muted);margin:.25rem 0 .5rem}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:end;background:var(--soft);padding:.5rem 1rem;border-radius:6px;position:sticky;top:0;z-index:3}
.controls>label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
.controls input[type=search],.controls select{font:inherit;padding:.25rem .4rem;width:18rem;max-width:100%}
.controls fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center;font-size:.9rem;min-width:0}
.controls fieldset label{display:flex;gap:.3rem;align-items:center}
.controls legend{font-size:.85rem;color:var(--muted);float:left;margin-right:.25rem}
#filter-status{font-size:.85rem;color:var(--muted);padding-bottom:.3rem}
.scroll{overflow:auto;max-height:85vh;max-width:100%;border:1px solid var(--line);border-radius:6px}
.controls fieldset.cols{font-size:.85rem}
table{border-collapse:collapse}
table.matrix{font-size:.85rem}
.matrix caption,.ranking caption{caption-side:bottom;text-align:left;color:var(--muted);font-size:.8rem;padding:.4rem}
.matrix th,.matrix td{border:1px solid var(--line);padding:0;text-align:center}
.matrix thead th{position:sticky;top:0;background:#fff;z-index:2;vertical-align:bottom;padding:.3rem .1rem;font-weight:600;font-size:.8rem}
.matrix thead th span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:normal;max-height:10rem;display:inline-block;line-height:1.1}
.matrix thead th:first-child{left:0;z-index:4}
.matrix thead th:first-child,.matrix thead th.num{writing-mode:initial}
.matrix tbody th{position:sticky;left:0;background:#fff;text-align:left;padding:.25rem .5rem;font-weight:500;min-width:9rem;max-width:15rem;z-index:1;box-shadow:1px 0 0 var(--line)}
@media (max-width:600px){.matrix tbody th{min-width:7rem;max-width:9rem;font-size:.8rem}}
.matrix tr.other th{color:var(--muted)}
.matrix td.num{padding:.25rem .4rem;text-align:right;color:var(--muted)}
.matrix td.absent,.matrix td.zero{color:#9aa3b2}
.matrix td button{all:unset;box-sizing:border-box;display:block;width:100%;min-width:2.5rem;padding:.3rem .15rem;cursor:pointer;line-height:1.15}
.legend-swatch{display:inline-block;padding:.1rem .45rem;border-radius:3px}
.help .flag{display:inline}
.matrix td.small-base,.legend-swatch.small-base{background-image:repeating-linear-gradient(135deg,transparent 0 5px,rgba(255,255,255,.55) 5px 8px)!important}
.matrix td.gap{box-shadow:inset 0 0 0 2px #b42318}
.matrix td.na{font-size:.6rem;line-height:1.05;color:#8a93a3;white-space:normal;word-spacing:100vw;padding:0 .1rem;max-width:3rem}
.flag{display:block;font-size:.62rem;font-weight:700;color:#b42318;text-transform:uppercase;letter-spacing:.02em;line-height:1}
.matrix tbody th .flag,.matrix thead th .flag{display:inline;margin:0 .25rem}
.matrix td .flag{padding-bottom:.15rem}
.matrix td button small{display:block;font-size:.7rem;opacity:.85}
.matrix td.na{color:var(--muted);font-size:.7rem;font-style:italic}
.matrix td button:focus-visible{outline:3px solid #f4a261;outline-offset:-3px}
.matrix td.selected{outline:3px solid #e76f51;outline-offset:-3px}
.tag{font-size:.7rem;background:var(--soft);border:1px solid var(--line);border-radius:3px;padding:0 .25rem;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.25rem;align-items:center;font-size:.8rem;color:var(--muted);margin:.5rem 0}
.legend span{display:inline-block;padding:.1rem .45rem;border-radius:3px}
#detail{position:fixed;top:0;right:0;bottom:0;width:min(30rem,100vw);border-left:1px solid var(--line);padding:.75rem 1rem;overflow:auto;background:#fff;z-index:10;box-shadow:-6px 0 18px rgba(20,33,61,.18)}
#detail h3{margin-top:0;padding-right:2rem}
#detail .close{position:absolute;top:.4rem;right:.6rem;font:inherit;font-size:1.4rem;line-height:1;background:none;border:0;cursor:pointer;color:var(--muted)}
.print-only{display:none}
@media (min-width:1000px){body.detail-open header,body.detail-open main,body.detail-open footer{margin-right:min(30rem,40vw);margin-left:0}body.detail-open #detail{width:min(30rem,40vw)}}
blockquote,.variants td,.gap p,li{overflow-wrap:anywhere}
.ranking{max-width:100%}
blockquote{margin:.5rem 0;padding:.4rem .6rem;border-left:4px solid var(--accent);background:var(--soft)}
blockquote cite{display:block;font-style:normal;color:var(--muted);font-size:.8rem;margin-top:.2rem}
mark{background:#ffe08a;padding:0 .1rem}
mark.attr{background:#bfe0ff;outline:1px solid #5b9bd5}
.why{font-size:.85rem;margin:.2rem 0 0}
details.context p{margin:.3rem 0;font-size:.9rem;white-space:pre-wrap}
.ranking th,.ranking td{padding:.25rem .5rem;border-bottom:1px solid var(--line);text-align:left}
.ranking .label{color:var(--muted);font-weight:400}
.barwrap{display:inline-block;width:8rem;height:.6rem;background:var(--soft);border-radius:2px;vertical-align:middle;margin-right:.4rem}
.bar{display:block;height:100%;background:var(--accent);border-radius:2px}
.ranking td{white-space:nowrap}
.gap-kind ul{padding-left:1.1rem}
.gap p{margin:.3rem 0}
.count{font-size:.8rem;background:var(--soft);border-radius:10px;padding:0 .5rem;color:var(--muted);font-weight:500}
.variants{font-size:.9rem;margin-bottom:.5rem;width:100%}
.variants th,.variants td{border-bottom:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
.variants td.num{text-align:right}
.status-variant td:first-child,.status-misspelling td:first-child,.status-known-misspelling td:first-child{color:#b42318;font-weight:600}
.status-possible td:first-child{color:#b54708;font-style:italic}
[hidden]{display:none!important}
footer{color:var(--muted);font-size:.85rem;padding-bottom:2rem}
/* Phones: nothing may widen the page; the matrix scrolls in its own box. */
@media (max-width:600px){header,main,footer{padding:0 .6rem}.controls{position:static}.barwrap{display:none}.ranking th,.ranking td{white-space:normal;padding:.2rem .3rem}.variants{display:block;overflow-x:auto}}
@page{size:A4 landscape;margin:10mm}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:9pt}
header,main,footer{max-width:none;padding:0}
.controls,nav,#detail,.matrix td button:focus-visible{display:none!important}
.print-only{display:block}
.scroll{max-height:none;overflow:visible;border:0}
.view[hidden]{display:none!important}
table.matrix{font-size:6.5pt}
.matrix thead th{position:static;font-size:6.5pt}
.matrix thead th span{max-height:8rem}
.matrix tbody th{position:static;min-width:0;max-width:11rem;box-shadow:none}
.matrix td button{min-width:0;padding:.15rem .05rem}
.matrix td.na{font-size:5pt}
.matrix tr{break-inside:avoid}
section{break-before:page}
#tackning{break-before:auto}
h2,h3,h4{break-after:avoid}
blockquote,.print-cell,li.gap{break-inside:avoid}
details>summary{display:none}
details::details-content{content-visibility:visible;display:contents}
}
`;

export const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('mrkoll-data').textContent);
  var panel = document.getElementById('detail');
  var admInput = document.getElementById('filter-adm');
  var catSelect = document.getElementById('filter-cat');

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Text with its marks (terms, and in blue what makes the passage count) as mark elements.
  function marked(parent, text, marks) {
    var at = 0;
    (marks || []).forEach(function (m) {
      parent.appendChild(document.createTextNode(text.slice(at, m[0])));
      parent.appendChild(el('mark', m[2] === 'attr' ? 'attr' : null, text.slice(m[0], m[1])));
      at = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function quote(ev) {
    var q = el('blockquote');
    marked(q, ev.quote, ev.marks);
    if (ev.why) q.appendChild(el('p', 'why', ev.why));
    if (ev.context) {
      var more = el('details', 'context');
      more.appendChild(el('summary', null, 'Visa i stycket'));
      var p = el('p');
      marked(p, ev.context.text, ev.context.marks);
      more.appendChild(p);
      q.appendChild(more);
    }
    var note = ev.note === 'negated' ? ' · negerat' : ev.note === 'boilerplate' ? ' · standardtext' : '';
    q.appendChild(el('cite', null, ev.where + ' · ' + ev.passage + note));
    return q;
  }

  function moreText(n) {
    return '… och ' + n + ' belägg till, som inte visas här (mrkoll analyze --format json eller csv visar ett urval, upp till regelfilens evidencePerCell per cell).';
  }

  function showCell(key, button) {
    var cell = data.cells[key];
    if (!cell) return;
    var selected = document.querySelector('td.selected');
    if (selected) selected.classList.remove('selected');
    button.parentNode.classList.add('selected');
    panel.textContent = '';
    var close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Stäng beläggen');
    panel.appendChild(close);
    panel.appendChild(el('h3', null, cell.title));
    panel.hidden = false;
    // Wide screens make room for the panel rather than hide the matrix under it.
    document.body.classList.add('detail-open');
    panel.appendChild(el('p', 'summary', cell.summary));
    if (cell.evidence.length) {
      var list = el('ol', 'evidence');
      cell.evidence.forEach(function (ev) { var li = el('li'); li.appendChild(quote(ev)); list.appendChild(li); });
      panel.appendChild(list);
      if (cell.moreEvidence) panel.appendChild(el('p', 'more', moreText(cell.moreEvidence)));
    }
    if (cell.notCounted.length) {
      panel.appendChild(el('h4', null, 'Visas men räknas inte (negerat eller standardtext)'));
      var other = el('ol', 'not-counted');
      cell.notCounted.forEach(function (ev) { var li = el('li'); li.appendChild(quote(ev)); other.appendChild(li); });
      panel.appendChild(other);
      if (cell.moreNotCounted) panel.appendChild(el('p', 'more', moreText(cell.moreNotCounted)));
    }
  }

  function closePanel() {
    panel.hidden = true;
    document.body.classList.remove('detail-open');
    var selected = document.querySelector('td.selected');
    if (selected) {
      selected.classList.remove('selected');
      var b = selected.querySelector('button');
      if (b) b.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-cell]') : null;
    if (button) showCell(button.getAttribute('data-cell'), button);
    else if (event.target.closest && event.target.closest('#detail .close')) closePanel();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) closePanel();
  });

  // Paper gets every collapsed passage open; the screen gets them back as they were.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  function currentView() {
    var checked = document.querySelector('input[name="view"]:checked');
    return checked ? checked.value : data.view;
  }

  function applyView() {
    var view = currentView();
    document.querySelectorAll('.view').forEach(function (e) { e.hidden = e.getAttribute('data-view') !== view; });
    applyFilters();
  }

  function categoryOk(tag, kind) {
    var value = catSelect ? catSelect.value : '';
    if (!value) return true;
    if (value.indexOf('kind:') === 0) return kind === value.slice(5);
    return tag === value.slice(4);
  }

  function applyFilters() {
    var q = admInput ? admInput.value.trim().toLocaleLowerCase('sv') : '';
    var shown = 0;
    var total = 0;
    document.querySelectorAll('.view:not([hidden]) table.matrix tbody tr').forEach(function (tr) {
      total++;
      tr.hidden = q !== '' && tr.getAttribute('data-name').indexOf(q) === -1;
      if (!tr.hidden) shown++;
    });
    document.querySelectorAll('table.matrix [data-tag], table.ranking tr[data-tag]').forEach(function (e) {
      e.hidden = !categoryOk(e.getAttribute('data-tag'), e.getAttribute('data-kind'));
    });
    document.querySelectorAll('li.gap').forEach(function (li) {
      var name = li.getAttribute('data-name');
      var tag = li.getAttribute('data-tag');
      var admOk = q === '' || (name !== null && name.indexOf(q) !== -1);
      var catOk = !catSelect || catSelect.value === '' || (tag !== null && categoryOk(tag, li.getAttribute('data-tag-kind')));
      li.hidden = !(admOk && catOk);
    });
    document.querySelectorAll('.name-group').forEach(function (g) {
      g.hidden = q !== '' && g.textContent.toLocaleLowerCase('sv').indexOf(q) === -1;
    });
    var status = document.getElementById('filter-status');
    if (status && total) status.textContent = 'Visar ' + shown + ' av ' + total + ' förvaltningar.' + notApplicableText();
  }

  // A principle chosen in the filter says whose it is and for how many shown rows it is another city's.
  function notApplicableText() {
    var option = catSelect && catSelect.value.indexOf('tag:') === 0 ? catSelect.options[catSelect.selectedIndex] : null;
    var scope = option ? option.getAttribute('data-scope') : null;
    if (!scope) return '';
    var tag = catSelect.value.slice(4);
    var na = 0;
    document.querySelectorAll('.view:not([hidden]) table.matrix tbody tr:not([hidden])').forEach(function (tr) {
      var td = tr.querySelector('td[data-tag="' + CSS.escape(tag) + '"]');
      if (td && td.classList.contains('na')) na++;
    });
    return ' ' + tag + ' hör till ' + scope + (na ? ': ej tillämplig för ' + na + ' av dem.' : '.');
  }

  // The columns switch (all, principles, rights areas) and the category list are one filter.
  function syncColumns() {
    var value = catSelect ? catSelect.value : '';
    document.querySelectorAll('input[name="cols"]').forEach(function (r) { r.checked = r.value === value; });
  }

  document.querySelectorAll('input[name="view"]').forEach(function (r) { r.addEventListener('change', applyView); });
  document.querySelectorAll('input[name="cols"]').forEach(function (r) {
    r.addEventListener('change', function () {
      if (catSelect) catSelect.value = r.value;
      applyFilters();
    });
  });
  if (admInput) admInput.addEventListener('input', applyFilters);
  if (catSelect) catSelect.addEventListener('change', function () { syncColumns(); applyFilters(); });
  applyView();
})();
`;
