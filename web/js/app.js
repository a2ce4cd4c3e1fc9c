// The console: views by URL hash, each wired to the API. Claims and answers live in this page only.
import { loadConfig, apiBase, call, setToken } from './api.js';
import * as form from './claim-form.js';
import { renderReport, renderProblem } from './results.js';
import { upload, renderSummary } from './batches.js';
import * as reference from './reference.js';
import * as policies from './policies.js';

const $ = (id) => document.getElementById(id);
const announce = (text) => {
  $('announcer').textContent = text;
};
let sample = null;

function show(view) {
  const name = ['check', 'batches', 'payers', 'rules', 'settings'].includes(view) ? view : 'check';
  document.querySelectorAll('[data-view-panel]').forEach((p) => {
    p.hidden = p.dataset.viewPanel !== name;
  });
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.dataset.view === name) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
  if (name === 'payers' && !$('payer-table')) {
    reference.payers($('payer-list'), $('policy-payer'));
  }
  if (name === 'rules' && !$('rules-table')) {
    reference.rules($('rule-table'), $('rule-count'));
    reference.codesets($('codeset-table'));
  }
}

async function loadSample() {
  if (!sample) {
    sample = await (await fetch('samples/claim.json')).json();
  }
  const claim = structuredClone(sample);
  claim.payerId = $('sample').value;
  claim.claimId = `C-${$('sample').value}-1`;
  form.load(claim);
  $('error-summary').hidden = true;
  form.clearMarks();
}

async function validate(event) {
  event.preventDefault();
  $('error-summary').hidden = true;
  const r = await call('POST', '/v1/claims/validate' + $('scope').value, form.body());
  $('result').hidden = false;
  if (r.status === 200) {
    announce(renderReport($('result-body'), r.body));
  } else if (r.contentType.includes('problem+json')) {
    announce(renderProblem($('result-body'), $('error-summary'), r.body));
    $('error-summary').focus();
  } else {
    $('result-body').textContent = `The API answered ${r.status}: ${typeof r.body === 'string' ? r.body : JSON.stringify(r.body)}`;
    announce(`The API answered ${r.status}`);
  }
}

async function uploadBatch(event) {
  event.preventDefault();
  const file = $('batch-file').files[0];
  if (!file) {
    return;
  }
  $('batch-summary').replaceChildren();
  $('batch-progress').value = 0;
  const ui = {
    progress: (p) => {
      $('batch-progress').value = p;
    },
    state: (s) => {
      $('batch-state').textContent = s;
    },
  };
  try {
    const status = await upload(file, ui);
    renderSummary($('batch-summary'), status);
    const s = status.summary;
    ui.state(s.records === 0
      ? 'Done: nothing in the file could be read, so no record was validated (the problems below say why).'
      : `Done: ${s.records} records, ${s.results} validated.`);
  } catch (e) {
    ui.state(`Failed: ${e.message}`);
  }
}

async function start() {
  await loadConfig();
  $('api-base').textContent = apiBase();
  form.render($('claim-fields'), $('claim-json'), () => {});
  await loadSample();
  $('load-sample').addEventListener('click', loadSample);
  $('claim-form').addEventListener('submit', validate);
  document.addEventListener('click', (e) => {
    const field = e.target.closest && e.target.closest('[data-field]');
    if (field) {
      if ($('view-check').hidden) {
        window.location.hash = '#check';
      }
      form.focusField(field.dataset.field);
    }
  });
  $('batch-form').addEventListener('submit', uploadBatch);
  $('policy-form').addEventListener('submit', (e) => {
    e.preventDefault();
    policies.policy($('policy-body'), $('policy-payer').value, $('policy-date').value);
  });
  $('rule-search').addEventListener('input', (e) => reference.filter($('rule-table'), $('rule-count'), e.target.value));
  $('settings-form').addEventListener('submit', (e) => {
    e.preventDefault();
    setToken($('token').value);
    announce($('token').value ? 'Token set for this page.' : 'Token cleared.');
    // With a token the reference tables can be read: say now if one has run out.
    reference.dataBanner($('data-banner'), new Date());
  });
  await reference.dataBanner($('data-banner'), new Date());
  window.addEventListener('hashchange', () => show(window.location.hash.slice(1)));
  show(window.location.hash.slice(1));
  document.body.dataset.ready = 'true';
}

start();
