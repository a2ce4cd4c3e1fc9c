// A batch: ask for a presigned upload, PUT the file with a progress bar, poll its status, then show the
// summary with charts, the problems, and a link to the results file.
import { call, authHeaders } from './api.js';
import { el } from './results.js';
import { outcomesByPayer, topFindings } from './chart.js';

const DEFAULT_TYPES = {
  json: 'application/json', jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson', csv: 'text/csv',
  x12: 'application/edi-x12', 837: 'application/edi-x12', edi: 'application/edi-x12', txt: 'text/plain',
};

function put(url, headers, file, progress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    Object.entries(headers).forEach(([k, v]) => {
      // The browser sets Content-Length itself (and refuses to be told).
      if (k.toLowerCase() !== 'content-length' && k.toLowerCase() !== 'host') {
        xhr.setRequestHeader(k, v);
      }
    });
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        progress(Math.round((e.loaded / e.total) * 100));
      }
    };
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new Error(`upload refused (${xhr.status})`)));
    xhr.onerror = () => reject(new Error('upload failed (network)'));
    xhr.send(file);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function upload(file, ui) {
  const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
  const created = await call('POST', '/v1/uploads', {
    fileName: file.name, size: file.size, contentType: DEFAULT_TYPES[extension] || file.type,
  });
  if (created.status !== 201) {
    const errors = (created.body.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new Error(`${created.status} ${created.body.title || ''} ${errors}`.trim());
  }
  ui.state(`Uploading ${file.name}…`);
  await put(created.body.uploadUrl, created.body.headers, file, ui.progress);
  ui.progress(100);
  ui.state('Uploaded; validating…');
  for (let i = 0; i < 600; i++) {
    const status = await call('GET', created.body.statusUrl);
    if (status.status === 200 && status.body.status === 'DONE') {
      return status.body;
    }
    await sleep(1000);
  }
  throw new Error('no summary after 10 minutes; the status URL is ' + created.body.statusUrl);
}

export function renderSummary(container, status) {
  const s = status.summary;
  const counts = el('table', { id: 'batch-counts' }, el('caption', {}, `${s.uploadKey} (${s.format})`),
    el('tbody', {}, ...[['records', s.records], ['validated', s.results], ['pass', s.pass], ['warn', s.warn],
      ['fail', s.fail], ['unreadable or out of scope', s.errors]]
      .map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', { class: 'num' }, String(v))))));
  const problems = (s.problems || []).length
    ? el('div', {}, el('h3', {}, 'Problems with the file'), el('ul', {}, ...s.problems.map((p) => el('li', {}, p))))
    : el('p', {}, 'No problems reading the file.');
  const download = status.resultsUrl
    ? el('p', {}, el('a', { href: status.resultsUrl, id: 'results-download', download: 'results.jsonl' },
      'Download the results (one line per record)'))
    : null;
  container.replaceChildren(el('h3', {}, 'Summary'), counts,
    outcomesByPayer(s.outcomesByPayer || {}), topFindings(s.findingsByCode || {}), problems, download,
    acknowledgments(status));
}

// An X12 file's answers as a clearinghouse gives them: the 999's verdict on each transaction set, and
// both acknowledgments to download.
function acknowledgments(status) {
  const acks = status.summary.acknowledgments;
  if (!acks) {
    return null;
  }
  const verdicts = (acks.transactionSets || []).map((t) => el('tr', {},
    el('td', {}, t.group), el('td', {}, t.controlNumber),
    el('td', {}, t.verdict === 'A' ? 'accepted' : 'rejected'),
    el('td', {}, (t.codes || []).map((c) => IK5_CODES[c] || c).join('; ') || '—'),
    el('td', { class: 'num' }, String(t.claims))));
  const table = verdicts.length
    ? el('table', { id: 'batch-999' }, el('caption', {}, '999: the transaction sets'),
      el('thead', {}, el('tr', {}, ...['group', 'set', 'verdict', 'why', 'claims'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...verdicts))
    : null;
  const links = el('ul', { id: 'batch-acks' },
    status.implementationAckUrl
      ? el('li', {}, el('a', { href: status.implementationAckUrl, id: 'ack-999-download', download: 'acknowledgment.999.x12' },
        'Download the 999 implementation acknowledgment'))
      : null,
    status.claimAckUrl
      ? el('li', {}, el('a', { href: status.claimAckUrl, id: 'ack-277ca-download', download: 'acknowledgment.277ca.x12' },
        'Download the 277CA claim acknowledgment'))
      : null);
  return el('div', {}, el('h3', {}, 'X12 acknowledgments'), table, links,
    acks.note ? el('p', { id: 'batch-ack-note' }, acks.note) : null);
}

// IK502 codes (X12 718) we send, in words.
const IK5_CODES = {
  2: 'no SE trailer',
  3: 'ST02 and SE02 differ',
  4: 'SE01 is not the number of segments',
  5: 'segments in error',
};

export { authHeaders };
