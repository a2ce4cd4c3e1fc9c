// A payer's policy on a date: every value with its verification and sources, and its history. With the
// policies.write scope (a billing lead) each value, its verified flag and its sources can be edited and saved
// (PUT with If-Match); a change someone else saved first (412) reloads the policy and says so. Without the
// scope the view is read-only.
import { call, tokenScopes } from './api.js';
import { el } from './results.js';

const canWrite = () => tokenScopes().includes('policies.write');

/** Shows the policy in force on the date; `message` (after a save or a conflict) is announced above it. */
export async function policy(container, payerId, date, message) {
  const r = await call('GET', `/v1/payers/${encodeURIComponent(payerId)}/policy?dateOfService=${date}`);
  if (r.status !== 200) {
    container.replaceChildren(el('p', { role: 'alert' }, `${r.status}: ${r.body.detail || r.body.title || ''}`));
    return;
  }
  const doc = r.body;
  const editable = canWrite();
  const rows = Object.entries(doc.parameters).map(([name, p]) => (editable ? editRow(name, p) : viewRow(name, p)));
  const form = el('form', { id: 'policy-edit', novalidate: '' },
    el('table', { id: 'policy-table' }, el('caption', {}, 'Every value with its verification and sources'),
      el('thead', {}, el('tr', {}, ...['setting', 'value', 'verified', 'sources'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows)));
  const status = el('div', { id: 'policy-status', role: 'status', 'aria-live': 'polite' }, message || '');
  const errors = el('div', { id: 'policy-errors', class: 'error-summary', role: 'alert', tabindex: '-1', hidden: '' });
  if (editable) {
    form.append(el('button', { type: 'submit', id: 'policy-save', class: 'primary' }, 'Save changes'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      save(container, doc, r.etag, form, date, errors);
    });
  }
  container.replaceChildren(
    el('h3', {}, `${doc.payerName}: policy ${doc.version}, ${doc.effectiveFrom} to ${doc.effectiveTo || 'open'},`
      + ` revision ${doc.revision}`),
    editable ? el('p', { class: 'hint' }, 'You may edit this policy: change values (JSON), verified flags and'
      + ' sources (one per line), then save. Every save is kept in the history below.')
      : el('p', { id: 'policy-read-only', class: 'hint' }, 'Read-only: editing a policy needs a token with the'
        + ' policies.write scope (a billing lead).'),
    status, errors, form, el('div', { id: 'policy-history' }));
  history(container.querySelector('#policy-history'), doc);
}

function viewRow(name, p) {
  return el('tr', {},
    el('th', { scope: 'row' }, name),
    el('td', {}, el('code', {}, JSON.stringify(p.value))),
    el('td', {}, el('span', { class: p.verified ? 'verified' : 'unverified' }, p.verified ? 'verified' : 'unverified')),
    el('td', {}, el('ul', {}, ...p.sources.map((s) => el('li', {}, s)))));
}

function editRow(name, p) {
  const id = (part) => `param-${name}-${part}`;
  const verified = el('input', { type: 'checkbox', id: id('verified'), 'data-param': name, 'data-part': 'verified' });
  verified.checked = p.verified;
  return el('tr', {},
    el('th', { scope: 'row' }, name),
    el('td', {}, el('label', { for: id('value'), class: 'visually-hidden' }, `${name} value (JSON)`),
      el('textarea', { id: id('value'), rows: '2', spellcheck: 'false', 'data-param': name, 'data-part': 'value' },
        JSON.stringify(p.value))),
    el('td', {}, verified, el('label', { for: id('verified') }, 'verified')),
    el('td', {}, el('label', { for: id('sources'), class: 'visually-hidden' }, `${name} sources, one per line`),
      el('textarea', { id: id('sources'), rows: '2', 'data-param': name, 'data-part': 'sources' },
        p.sources.join('\n'))));
}

/** The document with the form's values; a value that is not JSON is named and nothing is sent. */
function edited(doc, form) {
  const copy = structuredClone(doc);
  const bad = [];
  form.querySelectorAll('[data-param]').forEach((input) => {
    const p = copy.parameters[input.dataset.param];
    if (input.dataset.part === 'verified') {
      p.verified = input.checked;
    } else if (input.dataset.part === 'sources') {
      p.sources = input.value.split('\n').map((s) => s.trim()).filter(Boolean);
    } else {
      try {
        p.value = JSON.parse(input.value);
      } catch (e) {
        bad.push({ field: `/parameters/${input.dataset.param}/value`, message: `${input.dataset.param}: not JSON` });
      }
    }
  });
  return { copy, bad };
}

async function save(container, doc, etag, form, date, errors) {
  const { copy, bad } = edited(doc, form);
  if (bad.length) {
    showErrors(errors, 'Nothing was saved:', bad);
    return;
  }
  const r = await call('PUT', `/v1/payers/${encodeURIComponent(doc.payerId)}/policies/${doc.effectiveFrom}`, copy,
    { 'If-Match': etag });
  if (r.status === 200 || r.status === 201) {
    await policy(container, doc.payerId, date, `Saved: revision ${r.body.revision}.`);
  } else if (r.status === 412) {
    await policy(container, doc.payerId, date, 'Someone else saved this policy first. It has been reloaded with'
      + ' their change: make yours again and save.');
  } else {
    showErrors(errors, `Not saved (${r.status}): ${r.body.detail || r.body.title || ''}`, r.body.errors || []);
  }
}

function showErrors(box, title, errors) {
  box.replaceChildren(el('p', {}, title), el('ul', {}, ...errors.map((e) => el('li', {}, e.message))));
  box.hidden = false;
  box.focus();
}

async function history(container, doc) {
  const r = await call('GET', `/v1/payers/${encodeURIComponent(doc.payerId)}/policies/${doc.effectiveFrom}/history`);
  if (r.status !== 200) {
    container.replaceChildren(el('p', {}, `The history cannot be read (${r.status}).`));
    return;
  }
  const side = (s) => (s === null ? 'absent' : `${JSON.stringify(s.value)}${'verified' in s ? (s.verified
    ? ' (verified)' : ' (unverified)') : ''}`);
  const rows = r.body.revisions.slice().reverse().map((v) => el('tr', {},
    el('th', { scope: 'row' }, String(v.revision)), el('td', {}, v.changedBy), el('td', {}, v.changedAt),
    el('td', {}, v.created ? 'created' : el('ul', {}, ...v.changes.map((c) => el('li', {},
      `${c.field}: ${side(c.old)} → ${side(c.new)}`))))));
  container.replaceChildren(el('h3', {}, 'History'), rows.length
    ? el('table', { id: 'policy-history-table' }, el('caption', {}, 'Every revision saved through the API, newest first'),
      el('thead', {}, el('tr', {}, ...['revision', 'changed by', 'when', 'changes'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows))
    : el('p', { id: 'policy-history-empty' }, 'No change has been saved through the API since this item was loaded.'));
}
