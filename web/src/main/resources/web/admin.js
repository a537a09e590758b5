// Admin tools: the session-only token, the "add a candidate" panel (read → review → save, or add at once) and the
// index rebuild.
import * as api from './api.js';
import { sessionToken } from './auth.js';
import { $, fill, h } from './dom.js';
import { locale, t } from './i18n.js';
import { errorText, msgText } from './format.js';
import { addResultView } from './upload-view.js';
import { Review } from './review.js';

const TOKEN_KEY = 'candidates.adminToken';
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/**
 * Résumé files the server extracts itself (PDF, Word, …): uploaded as they are, up to the API's 10 MB. A source
 * (.tex, .rst, .adoc) or YAML (.yaml, .yml) goes as a file too: the server reads it by its name, as its markup or
 * as YAML (RenderCV, JSON Resume), not as plain text.
 */
const DOCUMENT_FILE = /\.(pdf|docx?|rtf|odt|html?|tex|rst|adoc|asciidoc|ya?ml)$/i;
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const el = {
  addOpen: $('#add-open'),
  addPanel: $('#add-panel'),
  addClose: $('#add-close'),
  addForm: $('#add-form'),
  addText: $('#add-text'),
  addFile: $('#add-file'),
  addFileName: $('#add-file-name'),
  addFormat: $('#add-format'),
  token: $('#token'),
  addSubmit: $('#add-submit'),
  addReview: $('#add-review'),
  addBody: $('#add-panel .panel-body'),
  review: $('#review'),
  addResult: $('#add-result'),
  reindexBtn: $('#reindex-btn'),
  reindexStatus: $('#reindex-status'),
};

const admin = {
  addResult: null, // { kind: 'ok', res } | { kind: 'error'|'info'|'busy', message }
  fileName: null, // the file loaded into the form
  document: null, // a PDF/Word file to upload as it is (File), instead of the text box
  reindex: { status: null, message: null, error: false },
};

/** Set by initAdmin: onIndexChanged() after any change to the index, profileHref(id). */
let hooks = { onIndexChanged() {}, profileHref: (id) => `#/candidate/${encodeURIComponent(id)}` };

export function storedToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) ?? ''; } catch { return ''; }
}

/** Kept in sessionStorage only: it dies with the tab and never reaches localStorage. */
export function storeToken(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: the token lives in the input only */ }
  if (el.token.value.trim() !== value) el.token.value = value;
}

/** The token for a write: the admin token typed here, else the session's (which may be an admin's too). */
export const currentToken = () => el.token.value.trim() || storedToken() || sessionToken();

function openAddPanel(open) {
  el.addPanel.hidden = !open;
  el.addOpen.setAttribute('aria-expanded', String(open));
  if (open) {
    (review.open ? el.review.querySelector('#review-title') : el.addText).focus();
    checkReindex();
  } else if (!document.activeElement || el.addPanel.contains(document.activeElement) || document.activeElement === document.body) {
    el.addOpen.focus();
  }
}

function setAddResult(result) {
  admin.addResult = result;
  renderAddResult();
}

function renderAddResult() {
  const r = admin.addResult;
  el.addResult.dataset.state = r?.kind ?? '';
  el.addResult.classList.toggle('error-text', r?.kind === 'error');
  if (!r) fill(el.addResult);
  else if (r.kind === 'ok') fill(el.addResult, addResultView(r.res, hooks.profileHref));
  else fill(el.addResult, msgText(r.message));
}

function renderFileName() {
  el.addFileName.textContent = admin.fileName ?? t('add.noFile');
}

function loadFile() {
  const file = el.addFile.files?.[0];
  if (!file) return;
  admin.document = null;
  if (DOCUMENT_FILE.test(file.name)) {
    if (file.size > MAX_DOCUMENT_BYTES) {
      setAddResult({ kind: 'error', message: { key: 'add.fileTooBig', vars: { name: file.name } } });
      return;
    }
    admin.document = file; // sent as multipart field "file"; the server detects the format from the bytes
    admin.fileName = file.name;
    el.addText.value = '';
    renderFileName();
    setAddResult({ kind: 'info', message: { key: 'add.fileLoaded', vars: { name: file.name } } });
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    setAddResult({ kind: 'error', message: { key: 'add.fileTooBig', vars: { name: file.name } } });
    return;
  }
  const reader = new FileReader();
  reader.onload = () => {
    el.addText.value = String(reader.result ?? '');
    el.addFormat.value = /\.json$/i.test(file.name) ? 'json' : 'text';
    admin.fileName = file.name;
    renderFileName();
    setAddResult({ kind: 'info', message: { key: 'add.fileLoaded', vars: { name: file.name } } });
  };
  reader.onerror = () => setAddResult({ kind: 'error', message: { key: 'add.fileRead', vars: { name: file.name } } });
  reader.readAsText(file, 'utf-8');
}

/**
 * What the form holds, ready to send: { body, format, original } where original ({ blob, fileName }) is the file
 * to keep with the candidate. Null (with the reason shown) when there is nothing to send or no token.
 */
function readForm() {
  const text = el.addText.value;
  const format = el.addFormat.value;
  if (!currentToken()) {
    setAddResult({ kind: 'error', message: { key: 'token.missing' } });
    el.token.focus();
    return null;
  }
  if (admin.document && !text.trim()) {
    const body = new FormData();
    body.append('file', admin.document, admin.document.name);
    return { body, format: 'multipart', original: { blob: admin.document, fileName: admin.document.name } };
  }
  if (!text.trim()) {
    setAddResult({ kind: 'error', message: { key: 'add.empty' } });
    el.addText.focus();
    return null;
  }
  if (format === 'json') {
    try { JSON.parse(text); } catch (err) {
      setAddResult({ kind: 'error', message: { key: 'add.badJson', vars: { message: err.message } } });
      return null;
    }
  }
  // Pasted text is the original too: it is kept as a file, under the loaded file's name when there was one.
  const json = format === 'json';
  const blob = new Blob([text], { type: json ? 'application/json' : 'text/plain;charset=utf-8' });
  return { body: text, format, original: { blob, fileName: admin.fileName ?? (json ? 'pasted-profile.json' : 'pasted-resume.txt') } };
}

function setBusy(busy) {
  el.addSubmit.disabled = busy;
  el.addReview.disabled = busy;
}

/** After a save: the form is cleared for the next candidate and searches see the new one. */
function added(res) {
  setAddResult({ kind: 'ok', res });
  const token = currentToken();
  el.addForm.reset();
  el.token.value = token; // reset() clears it; the session keeps it
  admin.fileName = null;
  admin.document = null;
  renderFileName();
  hooks.onIndexChanged(); // the new profile must show up in searches at once
}

/** "Add without review": the profile as the server reads it is indexed at once. */
async function submitAdd() {
  const form = readForm();
  if (!form) return;
  const token = currentToken();
  storeToken(token);
  setBusy(true);
  setAddResult({ kind: 'busy', message: { key: 'add.sending' } });
  try {
    added(await api.addCandidate(form.body, form.format, token));
  } catch (err) {
    setAddResult({ kind: 'error', message: { text: errorText(err) } });
  } finally {
    setBusy(false);
  }
}

/** "Read and review": the server reads the résumé without indexing it; the review step shows what it found. */
async function startReview(e) {
  e.preventDefault();
  const form = readForm();
  if (!form) return;
  const token = currentToken();
  storeToken(token);
  setBusy(true);
  setAddResult({ kind: 'busy', message: { key: 'add.reading' } });
  try {
    const parsed = await api.parseCandidate(form.body, form.format, token);
    setAddResult(null);
    showReview(true);
    review.show(parsed, form.original);
  } catch (err) {
    setAddResult({ kind: 'error', message: { text: errorText(err) } });
  } finally {
    setBusy(false);
  }
}

function showReview(open) {
  el.addBody.hidden = open;
  el.review.hidden = !open;
  if (!open) review.close();
}

/** Saves the corrected profile with its original file; the warnings stay in view with the result. */
async function saveReview(profile, original, warnings, warningDetails) {
  const res = await api.saveReviewed(profile, original.blob, original.fileName, currentToken());
  showReview(false);
  // The save may answer no warnings of its own (the profile was reviewed): the review's stay in view.
  const own = res?.warnings?.length;
  added({ ...res, profile: res?.profile ?? profile, warnings: own ? res.warnings : warnings,
    warningDetails: own ? res.warningDetails : warningDetails });
  el.addResult.querySelector('a')?.focus();
}

const review = new Review(el.review, {
  onSave: saveReview,
  onBack() {
    showReview(false);
    el.addReview.focus();
  },
  describeError: errorText,
});

let reindexTimer = null;

function renderReindex() {
  const { status, message, error } = admin.reindex;
  const state = status?.state;
  const running = state === 'running';
  el.reindexStatus.dataset.state = error ? 'error' : state ?? '';
  el.reindexBtn.disabled = running || admin.reindex.busy === true;
  let text = '';
  if (message) text = msgText(message);
  else if (state === 'running') text = t('reindex.running', { indexed: status.indexed ?? 0, failed: status.failed ?? 0 });
  else if (state === 'done') {
    text = t('reindex.done', { indexed: status.indexed ?? 0, failed: status.failed ?? 0 });
    const finished = status.finishedAt && new Date(status.finishedAt);
    if (finished && !Number.isNaN(finished.getTime())) {
      text += ` ${t('reindex.finishedAt', { time: finished.toLocaleTimeString(locale()) })}`;
    }
  } else if (state === 'failed') text = t('reindex.failed', { message: status.message || '—' });
  else if (state === 'idle') text = t('reindex.idle');
  fill(el.reindexStatus,
    h('span', { class: error ? 'error-text' : null }, text),
    running && h('progress', { class: 'reindex-progress', 'aria-hidden': 'true' }));
}

async function startReindex() {
  const token = currentToken();
  if (!token) {
    admin.reindex = { ...admin.reindex, message: { key: 'token.missing' }, error: true };
    renderReindex();
    el.token.focus();
    return;
  }
  storeToken(token);
  admin.reindex = { ...admin.reindex, busy: true, message: null, error: false };
  renderReindex();
  try {
    const status = await api.startReindex(token);
    admin.reindex = { status: { state: 'running', indexed: 0, failed: 0, ...status }, message: null, error: false };
    renderReindex();
    clearTimeout(reindexTimer);
    reindexTimer = setTimeout(pollReindex, 1000);
  } catch (err) {
    admin.reindex = { ...admin.reindex, busy: false, message: { text: errorText(err) }, error: true };
    renderReindex();
  }
}

/** Polls every second while running; when a run ends the cached results are stale. */
async function pollReindex() {
  clearTimeout(reindexTimer);
  const wasRunning = admin.reindex.status?.state === 'running';
  try {
    const status = await api.reindexStatus();
    admin.reindex = { status, message: null, error: false };
    renderReindex();
    if (status?.state === 'running') {
      reindexTimer = setTimeout(pollReindex, 1000);
    } else if (wasRunning) {
      hooks.onIndexChanged();
    }
  } catch (err) {
    admin.reindex = { ...admin.reindex, message: { text: errorText(err) }, error: true };
    renderReindex();
    if (wasRunning) reindexTimer = setTimeout(pollReindex, 3000); // keep watching a running job
  }
}

function checkReindex() {
  if (admin.reindex.status?.state === 'running') return; // already polling
  if (!admin.reindex.status) {
    admin.reindex = { status: null, message: { key: 'reindex.checking' }, error: false };
    renderReindex();
  }
  pollReindex();
}

/** Re-labels the admin views in the current language. */
export function relabelAdmin() {
  renderAddResult();
  review.relabel();
  renderFileName();
  renderReindex();
}

export function initAdmin(options) {
  hooks = { ...hooks, ...options };
  el.token.value = storedToken();
  renderFileName();
  el.addOpen.addEventListener('click', () => openAddPanel(el.addPanel.hidden));
  el.addClose.addEventListener('click', () => openAddPanel(false));
  el.addPanel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.preventDefault(); openAddPanel(false); }
  });
  // Opening the new profile from the result: the panel has done its job.
  el.addPanel.addEventListener('click', (e) => {
    if (e.target.closest?.('a[data-route]')) openAddPanel(false);
  });
  el.addFile.addEventListener('change', loadFile);
  el.addForm.addEventListener('submit', startReview);
  el.addSubmit.addEventListener('click', submitAdd);
  el.token.addEventListener('input', () => storeToken(el.token.value.trim()));
  el.reindexBtn.addEventListener('click', startReindex);
}
