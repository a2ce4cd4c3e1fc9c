// The API's answer, shown as a billing coder reads it: the outcome, findings grouped by aspect and severity
// with their source, the fields they point at marked on the form, and the payment worked out.
import * as form from './claim-form.js';

const ASPECTS = ['MODIFIERS', 'DOCUMENTATION', 'COVERAGE', 'ALL'];
const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (k === 'class') {
      node.className = v;
    } else {
      node.setAttribute(k, v);
    }
  });
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

export { el };

function money(n) {
  return n === null || n === undefined ? 'contract rate (not estimated)' : '$' + Number(n).toFixed(2);
}

function paymentBlock(payment, policy) {
  if (!payment) {
    return null;
  }
  const units = `(${payment.baseUnits} base + ${payment.timeUnits ?? '?'} time + ${payment.modifierUnits} modifier) units`;
  const factor = payment.conversionFactor === null ? 'the payer\'s contract rate' : `$${payment.conversionFactor}`;
  const percent = payment.modifierPercent === null ? '?' : `${payment.modifierPercent}%`;
  const where = payment.locality
    ? ` of ${payment.locality.name} (${payment.locality.contractor}/${payment.locality.locality})`
    : '';
  const year = payment.conversionFactorYear ? `, CY${payment.conversionFactorYear}` : '';
  const basis = payment.conversionFactorBasis
    ? `${payment.conversionFactorBasis.toLowerCase()} conversion factor${where}${year}`
    : `the conversion factor of policy ${policy ? policy.version : '(none)'}`;
  const verified = payment.verified ?? (policy ? policy.verified : false);
  if (payment.estimatedAllowed === null && payment.conversionFactorNote) {
    // No conversion factor for the year: said plainly, never shown as a contract rate.
    return el('div', { class: 'payment', id: 'payment' },
      el('h4', {}, 'Payment estimate'),
      el('p', { id: 'payment-formula' }, `${units}: `, el('strong', { id: 'payment-amount' }, 'not estimated')),
      el('p', { class: 'hint', id: 'payment-note' }, payment.conversionFactorNote));
  }
  return el('div', { class: 'payment', id: 'payment' },
    el('h4', {}, 'Payment estimate'),
    el('p', { id: 'payment-formula' }, `${units} × ${factor} × ${percent} = `,
      el('strong', { id: 'payment-amount' }, money(payment.estimatedAllowed))),
    el('p', { id: 'payment-basis' }, `Basis: ${basis}. `,
      el('span', { class: verified ? 'verified' : 'unverified' },
        verified ? 'Every figure used is verified.' : 'Rests on at least one unverified value: check the contract.')),
    payment.conversionFactorNote ? el('p', { class: 'hint', id: 'payment-note' }, payment.conversionFactorNote) : null);
}

function findingItem(f) {
  const show = f.field
    ? el('button', { type: 'button', class: 'link', 'data-field': f.field }, `show ${f.field}`)
    : null;
  const ref = f.reference && f.reference.url
    ? el('a', { href: f.reference.url, target: '_blank', rel: 'noopener' }, f.reference.title)
    : el('span', {}, f.reference ? f.reference.title : '');
  return el('li', { class: 'finding sev-' + f.severity, 'data-code': f.code },
    el('span', { class: 'sev' }, f.severity), el('strong', {}, f.code), ' — ', f.message, ' ',
    el('span', { class: 'hint' }, 'Source: ', ref), ' ', show);
}

export function renderReport(container, report) {
  form.clearMarks();
  const findings = report.findings || [];
  findings.forEach(form.markFinding);
  const groups = [];
  for (const aspect of ASPECTS) {
    for (const severity of SEVERITIES) {
      const list = findings.filter((f) => f.aspect === aspect && f.severity === severity);
      if (list.length) {
        groups.push(el('h4', {}, `${aspect.toLowerCase()} — ${severity.toLowerCase()} (${list.length})`),
          el('ul', { class: 'finding-list' }, ...list.map(findingItem)));
      }
    }
  }
  const policy = report.policy;
  const outside = findings.filter((f) => f.code === 'COV-CODESET-NOT-LOADED');
  container.replaceChildren(
    outside.length
      ? el('p', { class: 'banner', id: 'result-data-banner', role: 'note' },
        'Checked outside the loaded reference data: ', outside.map((f) => f.message).join(' '),
        ' A check not done is not a pass.')
      : null,
    el('p', {}, 'Outcome: ', el('span', { class: 'outcome ' + report.outcome, id: 'outcome' }, report.outcome),
      ` for claim ${report.claimId} (${report.aspect.toLowerCase()}), `,
      policy ? `policy ${policy.payerId} ${policy.version} from ${policy.effectiveFrom}` : 'no policy in force',
      policy && policy.payerId === 'MEDICARE'
        ? el('span', { id: 'policy-jurisdiction' }, policy.jurisdiction
          ? `, with the rules of MAC jurisdiction ${policy.jurisdiction}` : ', with the national rules (no contractor named)')
        : null),
    findings.length ? el('div', { id: 'findings' }, ...groups) : el('p', { id: 'findings' }, 'No findings.'),
    paymentBlock(report.payment, policy));
  return `${report.outcome}: ${findings.length} finding(s)`;
}

export function renderProblem(container, summary, problem) {
  form.clearMarks();
  const errors = problem.errors || [];
  const items = errors.map((e) => {
    const marked = form.markError(e);
    const label = e.field || 'the request';
    return el('li', {}, marked.length
      ? el('button', { type: 'button', class: 'link', 'data-field': e.field }, label)
      : el('span', {}, label), `: ${e.message}`);
  });
  summary.replaceChildren(el('h3', {}, `${problem.status} ${problem.title}`), el('p', {}, problem.detail || ''),
    el('ul', {}, ...items));
  summary.hidden = false;
  container.replaceChildren(el('p', {}, `The request was refused (${problem.status}); see the errors above.`));
  return `${problem.status}: ${errors.length} problem(s) with the request`;
}
