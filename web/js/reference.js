// Payers with their effective ranges, the rule catalogue, searchable, and the reference tables loaded (a
// payer's policy is policies.js).
import { call } from './api.js';
import { el } from './results.js';

export async function payers(list, select) {
  const r = await call('GET', '/v1/payers');
  if (r.status !== 200) {
    list.replaceChildren(el('p', { role: 'alert' }, `Payers cannot be read (${r.status}).`));
    return;
  }
  const rows = r.body.payers.map((p) => el('tr', {}, el('th', { scope: 'row' }, p.payerId), el('td', {}, p.payerName),
    el('td', {}, p.policies.map((v) => `${v.version}: ${v.effectiveFrom} to ${v.effectiveTo || 'open'}`).join('; '))));
  list.replaceChildren(el('table', { id: 'payer-table' }, el('caption', {}, 'Payers with a 01940 policy'),
    el('thead', {}, el('tr', {}, ...['payer', 'name', 'policy items'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows)));
  select.replaceChildren(...r.body.payers.map((p) => new Option(p.payerName, p.payerId)));
}

let catalogue = [];

export async function rules(table, count) {
  const r = await call('GET', '/v1/rules');
  catalogue = r.status === 200 ? r.body.rules : [];
  filter(table, count, '');
}

export function filter(table, count, query) {
  const q = query.trim().toLowerCase();
  const shown = catalogue.filter((r) => !q || `${r.code} ${r.aspect} ${r.description}`.toLowerCase().includes(q));
  count.textContent = `${shown.length} of ${catalogue.length} finding codes`;
  table.replaceChildren(el('table', { id: 'rules-table' }, el('caption', {}, 'The finding-code catalogue'),
    el('thead', {}, el('tr', {}, ...['code', 'aspect', 'severity', 'per payer', 'description', 'source']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...shown.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.code), el('td', {}, r.aspect),
      el('td', {}, r.defaultSeverity), el('td', {}, r.perPayer ? 'yes' : 'no'), el('td', {}, r.description),
      el('td', {}, ...r.references.map((ref) => (ref.url
        ? el('a', { href: ref.url, target: '_blank', rel: 'noopener' }, ref.title) : el('span', {}, ref.title)))))))));
}

const TABLE_NAMES = {
  icd10cm: 'ICD-10-CM', modifiers: 'The modifier table', 'hcpcs-modifiers': "CMS's HCPCS modifier list",
};

/**
 * The banner under the header: a validation table (ICD-10-CM, modifiers) that has run out or ends
 * within 30 days of today, from GET /v1/codesets's coveredThrough (docs/operations.md).
 */
export async function dataBanner(banner, today) {
  const r = await call('GET', '/v1/codesets');
  if (r.status !== 200) {
    return;
  }
  const soon = new Date(today.getTime() + 30 * 86400000).toISOString().slice(0, 10);
  const now = today.toISOString().slice(0, 10);
  const lines = Object.entries(r.body.coveredThrough || {})
    .filter(([table, through]) => TABLE_NAMES[table] && through && through < soon)
    .map(([table, through]) => (through < now
      ? `${TABLE_NAMES[table]} is loaded only through ${through}: claims after it are checked against that`
        + ' version, at WARNING, until the next one is loaded.'
      : `${TABLE_NAMES[table]} is loaded only through ${through}, within 30 days: load the next version.`));
  if (lines.length) {
    banner.replaceChildren(...lines.map((text) => el('p', {}, text)));
    banner.hidden = false;
  }
}

export async function codesets(container) {
  const r = await call('GET', '/v1/codesets');
  if (r.status !== 200) {
    container.replaceChildren(el('p', { role: 'alert' }, `Reference tables cannot be read (${r.status}).`));
    return;
  }
  const rows = r.body.codesets.map((v) => el('tr', {}, el('th', { scope: 'row' }, `${v.name} ${v.version}`),
    el('td', {}, `${v.effectiveFrom} to ${v.effectiveTo || 'open'}`), el('td', {}, String(v.entries)),
    el('td', {}, v.categories ? v.categories.join(', ') : 'all'), el('td', {}, v.source)));
  container.replaceChildren(el('table', { id: 'codesets-table' }, el('caption', {}, 'Reference tables loaded'),
    el('thead', {}, el('tr', {}, ...['table and version', 'in force', 'entries', 'covers', 'loaded from']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows)));
}
