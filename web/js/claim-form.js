// The claim form: one control per field of the contract's claim, each knowing its JSON Pointer, kept in step
// with the JSON view. The JSON is the source of truth, so members the form does not show are never lost.
import * as pointer from './pointer.js';

const ROLES = ['ANESTHESIOLOGIST', 'CRNA', 'ANESTHESIOLOGIST_ASSISTANT'];
const TYPES = ['MAC', 'GENERAL', 'REGIONAL', 'MODERATE_SEDATION'];
const MODALITIES = ['THERMAL_RF', 'CHEMICAL', 'PULSED_RF', 'COOLED_RF', 'CRYO', 'LASER', 'OTHER'];
const IMAGING = ['FLUOROSCOPY', 'CT', 'ULTRASOUND', 'NONE'];
const AGENTS = ['PHENOL', 'ALCOHOL', 'GLYCEROL', 'RADIOFREQUENCY', 'OTHER'];
const LATERALITY = ['LEFT', 'RIGHT', 'BILATERAL'];
const AUTH = ['APPROVED', 'PENDING', 'DENIED', 'EXPIRED'];

/** The form, section by section: [pointer, label, kind, options]. */
export const SECTIONS = [
  ['Claim', [
    ['/claimId', 'Claim id', 'text'],
    ['/payerId', 'Payer', 'select', ['MEDICARE', 'AETNA', 'BCBS', 'CIGNA', 'UHC']],
    ['/dateOfService', 'Date of service', 'date'],
    ['/submissionDate', 'Submission date', 'date'],
    ['/placeOfService', 'Place of service', 'text'],
    ['/diagnosisCodes', 'Diagnosis codes (comma-separated)', 'list'],
  ]],
  ['Patient and provider', [
    ['/patient/birthDate', 'Patient birth date', 'date'],
    ['/patient/sex', 'Patient sex', 'select', ['F', 'M', 'U', 'X']],
    ['/patient/bmi', 'Patient BMI', 'number'],
    ['/renderingProvider/npi', 'Rendering provider NPI', 'text'],
    ['/renderingProvider/role', 'Rendering provider role', 'select', ROLES],
  ]],
  ['Anesthesia', [
    ['/anesthesia/procedureCode', 'Anesthesia code', 'text'],
    ['/anesthesia/modifiers/0', 'Modifier 1', 'modifier'],
    ['/anesthesia/modifiers/1', 'Modifier 2', 'modifier'],
    ['/anesthesia/modifiers/2', 'Modifier 3', 'modifier'],
    ['/anesthesia/modifiers/3', 'Modifier 4', 'modifier'],
    ['/anesthesia/type', 'Anesthesia type', 'select', TYPES],
    ['/anesthesia/startTime', 'Start (ISO date-time with offset)', 'text'],
    ['/anesthesia/endTime', 'End (ISO date-time with offset)', 'text'],
    ['/anesthesia/minutes', 'Minutes', 'integer'],
    ['/anesthesia/concurrentCases', 'Concurrent cases', 'integer'],
    ['/anesthesia/presentAtInduction', 'Present at induction', 'boolean'],
    ['/anesthesia/qualifyingCircumstances', 'Qualifying circumstances (e.g. 99100)', 'list'],
  ]],
  ['Procedure', [
    ['/procedure/code', 'Procedure code', 'text'],
    ['/procedure/levels', 'Levels (e.g. L4-L5, L5-S1)', 'list'],
    ['/procedure/modality', 'Modality', 'select', MODALITIES],
    ['/procedure/laterality', 'Laterality', 'select', LATERALITY],
    ['/procedure/performingNpi', 'Performing NPI', 'text'],
    ['/priorAuthorization/number', 'Prior authorization number', 'text'],
    ['/priorAuthorization/status', 'Prior authorization status', 'select', AUTH],
    ['/history', 'History (JSON: dateOfService, procedureCode, levels, laterality)', 'json'],
  ]],
  ['Documentation', [
    ['/documentation/indication', 'Indication', 'text'],
    ['/documentation/imagingGuidance', 'Imaging guidance', 'select', IMAGING],
    ['/documentation/neurolyticAgent/name', 'Neurolytic agent', 'select', AGENTS],
    ['/documentation/neurolyticAgent/volumeMl', 'Agent volume (ml)', 'number'],
    ['/documentation/levelsTreated', 'Levels treated', 'list'],
    ['/documentation/anesthesiaType', 'Documented anesthesia type', 'select', TYPES],
    ['/documentation/informedConsent', 'Informed consent', 'boolean'],
    ['/documentation/postProcedureCondition', 'Post-procedure condition', 'text'],
    ['/documentation/preAnesthesiaEvaluation', 'Pre-anesthesia evaluation', 'boolean'],
    ['/documentation/asaPhysicalStatus', 'ASA physical status (1-6)', 'integer'],
    ['/documentation/priorDiagnosticBlocks', 'Prior diagnostic blocks (JSON: date, reliefPercent)', 'json'],
    ['/documentation/sedationJustification/riskFactors', 'Risk factors', 'list'],
    ['/documentation/sedationJustification/depthOfSedation', 'Depth of sedation', 'text'],
    ['/documentation/sedationJustification/alternativesTried', 'Alternatives tried', 'text'],
    ['/documentation/medicalDirection', 'Medical direction (JSON: the seven elements)', 'json'],
  ]],
];

const FIELDS = SECTIONS.flatMap(([, fields]) => fields);
let claim = {};
let jsonView;
let onChange = () => {};

function idFor(p) {
  return 'f' + p.replace(/[^A-Za-z0-9]/g, '-');
}

function control([p, label, kind, options]) {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const id = idFor(p);
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  let input;
  if (kind === 'select' || kind === 'boolean') {
    input = document.createElement('select');
    const values = kind === 'boolean' ? ['true', 'false'] : options;
    input.append(new Option('(not given)', ''));
    values.forEach((v) => input.append(new Option(v, v)));
  } else if (kind === 'json') {
    input = document.createElement('textarea');
    input.rows = 3;
    input.spellcheck = false;
  } else {
    input = document.createElement('input');
    input.type = kind === 'date' ? 'date' : kind === 'number' || kind === 'integer' ? 'number' : 'text';
    if (kind === 'number') {
      input.step = 'any';
    }
  }
  input.id = id;
  input.dataset.pointer = p;
  input.dataset.kind = kind;
  const notes = document.createElement('div');
  notes.className = 'field-notes';
  notes.id = id + '-notes';
  wrap.append(l, input, notes);
  return wrap;
}

export function render(container, jsonTextarea, changed) {
  jsonView = jsonTextarea;
  onChange = changed;
  for (const [title, fields] of SECTIONS) {
    const fs = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = title;
    fs.append(legend, ...fields.map(control));
    container.append(fs);
  }
  container.addEventListener('input', (e) => fromControl(e.target));
  container.addEventListener('change', (e) => fromControl(e.target));
  jsonView.addEventListener('input', fromJson);
}

function controls() {
  return [...document.querySelectorAll('[data-pointer]')];
}

function read(input) {
  const v = input.value.trim();
  switch (input.dataset.kind) {
    case 'number':
    case 'integer':
      return v === '' ? undefined : Number(v);
    case 'boolean':
      return v === '' ? undefined : v === 'true';
    case 'list':
      return v === '' ? undefined : v.split(',').map((s) => s.trim()).filter((s) => s);
    case 'json':
      return v === '' ? undefined : JSON.parse(v);
    default:
      return v === '' ? undefined : input.value;
  }
}

function show(input, value) {
  if (value === undefined || value === null) {
    input.value = '';
  } else if (input.dataset.kind === 'list') {
    input.value = Array.isArray(value) ? value.join(', ') : String(value);
  } else if (input.dataset.kind === 'json') {
    input.value = JSON.stringify(value);
  } else {
    input.value = String(value);
  }
}

function fromControl(input) {
  if (!input.dataset || !input.dataset.pointer) {
    return;
  }
  try {
    if (input.dataset.kind === 'modifier') {
      const modifiers = controls().filter((c) => c.dataset.kind === 'modifier')
        .map((c) => c.value.trim()).filter((m) => m);
      pointer.set(claim, '/anesthesia/modifiers', modifiers);
    } else {
      const value = read(input);
      if (value === undefined) {
        pointer.remove(claim, input.dataset.pointer);
      } else {
        pointer.set(claim, input.dataset.pointer, value);
      }
    }
    input.setCustomValidity('');
    jsonView.value = JSON.stringify(claim, null, 2);
    onChange();
  } catch (e) {
    input.setCustomValidity('not valid JSON');
  }
}

function fromJson() {
  const status = document.getElementById('claim-json-status');
  try {
    claim = JSON.parse(jsonView.value);
    status.textContent = 'Edit either side; the other follows.';
    fill();
    onChange();
  } catch (e) {
    status.textContent = 'Not valid JSON yet: the form keeps the last valid claim.';
  }
}

function fill() {
  for (const input of controls()) {
    show(input, pointer.get(claim, input.dataset.pointer));
  }
}

export function load(value) {
  claim = value;
  jsonView.value = JSON.stringify(claim, null, 2);
  fill();
}

/** What the JSON view holds: sent as typed, so the API (not the form) judges it. */
export function body() {
  return jsonView.value;
}

export function clearMarks() {
  for (const input of controls()) {
    input.classList.remove('has-finding', 'has-error', 'sev-ERROR', 'sev-WARNING', 'sev-INFO');
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    document.getElementById(input.id + '-notes').replaceChildren();
  }
}

/** The controls a pointer concerns: the field itself, its parts, or the list it belongs to. */
export function controlsFor(p) {
  return controls().filter((c) => p !== '' && pointer.related(c.dataset.pointer, p));
}

function note(input, text, kind) {
  const notes = document.getElementById(input.id + '-notes');
  const n = document.createElement('p');
  n.className = 'field-note ' + kind;
  n.textContent = text;
  notes.append(n);
  input.setAttribute('aria-describedby', notes.id);
}

/** Marks the fields a finding points at; returns the controls marked. */
export function markFinding(finding) {
  const marked = controlsFor(finding.field);
  marked.forEach((input) => input.classList.add('has-finding', 'sev-' + finding.severity));
  // Said once, beside the first field it concerns (a finding about the whole list marks every slot).
  if (marked.length) {
    note(marked[0], `${finding.code}: ${finding.message}`, 'finding');
  }
  return marked;
}

/** Marks the fields a 400 names; returns the controls marked. */
export function markError(error) {
  const marked = controlsFor(error.field);
  marked.forEach((input) => {
    input.classList.add('has-error');
    input.setAttribute('aria-invalid', 'true');
  });
  if (marked.length) {
    note(marked[0], error.message, 'error');
  }
  return marked;
}

export function focusField(p) {
  const [first] = controlsFor(p);
  if (first) {
    first.focus();
    first.classList.remove('flash');
    void first.offsetWidth;
    first.classList.add('flash');
  }
  return first;
}

export { FIELDS };
