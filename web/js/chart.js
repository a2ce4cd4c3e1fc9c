// Small SVG bar charts with their numbers beside them: what a batch's summary says at a glance.
import { el } from './results.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** One horizontal bar per row, split into segments: rows [{label, parts: [{name, value, css}]}]. */
function bars(id, title, rows) {
  const width = 640;
  const labelWidth = Math.min(320, 20 + 7.5 * Math.max(0, ...rows.map((r) => r.label.length)));
  const rowHeight = 26;
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  const chart = svg('svg', {
    id, class: 'chart', role: 'img', 'aria-labelledby': id + '-title',
    viewBox: `0 0 ${width} ${rows.length * rowHeight + 10}`, width: '100%',
  });
  chart.append(svg('title', { id: id + '-title' }, title));
  rows.forEach((row, i) => {
    const y = i * rowHeight + 5;
    chart.append(svg('text', { x: 0, y: y + 16 }, row.label));
    let x = labelWidth;
    for (const part of row.parts) {
      const w = (part.value / max) * (width - labelWidth - 60);
      if (part.value > 0) {
        const rect = svg('rect', { x, y, width: Math.max(w, 1), height: rowHeight - 8, class: part.css });
        rect.append(svg('title', {}, `${row.label}: ${part.name} ${part.value}`));
        chart.append(rect);
      }
      x += w;
    }
    const total = row.parts.reduce((s, p) => s + p.value, 0);
    chart.append(svg('text', { x: x + 6, y: y + 16 }, String(total)));
  });
  return chart;
}

function table(caption, head, rows) {
  return el('table', {}, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c, i) => el('td', i ? { class: 'num' } : {}, String(c)))))));
}

export function outcomesByPayer(byPayer) {
  const payers = Object.keys(byPayer).sort();
  const rows = payers.map((p) => ({
    label: p,
    parts: ['PASS', 'WARN', 'FAIL'].map((o) => ({ name: o, value: byPayer[p][o] || 0, css: 'bar-' + o })),
  }));
  return el('figure', {},
    bars('chart-outcomes', 'Outcomes by payer (pass, warn, fail)', rows),
    el('figcaption', {}, 'Outcomes by payer: green pass, amber warn, red fail.'),
    table('Outcomes by payer', ['payer', 'pass', 'warn', 'fail'],
      payers.map((p) => [p, byPayer[p].PASS || 0, byPayer[p].WARN || 0, byPayer[p].FAIL || 0])));
}

export function topFindings(byCode, limit = 10) {
  const top = Object.entries(byCode).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  return el('figure', {},
    bars('chart-findings', `The ${top.length} most frequent finding codes`,
      top.map(([code, n]) => ({ label: code, parts: [{ name: 'findings', value: n, css: 'bar-code' }] }))),
    el('figcaption', {}, 'The most frequent finding codes in the file.'),
    table('Most frequent finding codes', ['code', 'findings'], top));
}
