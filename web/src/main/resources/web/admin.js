// Admin tools: the session-only token, the "add a candidate" panel and the index rebuild.
import * as api from './api.js';
import { $, fill, h } from './dom.js';
import { locale, t } from './i18n.js';
import { addResultView, errorText, msgText } from './render.js';

const TOKEN_KEY = 'candidates.adminToken';
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Résumé files the server extracts itself (PDF, Word, …): uploaded as they are, up to the API's 10 MB. */
const DOCUMENT_FILE = /\.(pdf|docx?|rtf|odt|html?)$/i;
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

export const currentToken = () => el.token.value.trim() || storedToken();

function openAddPanel(open) {
  el.addPanel.hidden = !open;
  el.addOpen.setAttribute('aria-expanded', String(open));
  if (open) {
    el.addText.focus();
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

async function submitAdd(e) {
  e.preventDefault();
  let body = el.addText.value;
  let format = el.addFormat.value;
  const token = currentToken();
  if (admin.document && !body.trim()) {
    body = new FormData();
    body.append('file', admin.document, admin.document.name);
    format = 'multipart';
  } else if (!body.trim()) {
    setAddResult({ kind: 'error', message: { key: 'add.empty' } });
    el.addText.focus();
    return;
  }
  if (!token) {
    setAddResult({ kind: 'error', message: { key: 'token.missing' } });
    el.token.focus();
    return;
  }
  if (format === 'json' && typeof body === 'string') {
    try { JSON.parse(body); } catch (err) {
      setAddResult({ kind: 'error', message: { key: 'add.badJson', vars: { message: err.message } } });
      return;
    }
  }
  storeToken(token);
  el.addSubmit.disabled = true;
  setAddResult({ kind: 'busy', message: { key: 'add.sending' } });
  try {
    const res = await api.addCandidate(body, format, token);
    setAddResult({ kind: 'ok', res });
    el.addForm.reset();
    el.token.value = token; // reset() clears it; the session keeps it
    admin.fileName = null;
    admin.document = null;
    renderFileName();
    hooks.onIndexChanged(); // the new profile must show up in searches at once
  } catch (err) {
    setAddResult({ kind: 'error', message: { text: errorText(err) } });
  } finally {
    el.addSubmit.disabled = false;
  }
}

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
  el.addForm.addEventListener('submit', submitAdd);
  el.token.addEventListener('input', () => storeToken(el.token.value.trim()));
  el.reindexBtn.addEventListener('click', startReindex);
}
