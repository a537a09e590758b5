// Thin client for the search API. Paths are relative so the page also works behind a prefix. Every request
// carries the session's token (auth.js) unless it brings its own (an admin token for a write).
import { sessionToken } from './auth.js';

/** An HTTP or network failure; serverMessage is the API's human text when it sent one. */
export class ApiError extends Error {
  constructor(status, code, serverMessage) {
    super(serverMessage || `${code} (HTTP ${status})`);
    this.name = 'ApiError';
    this.status = status; // 0 when the server could not be reached
    this.code = code;
    this.serverMessage = serverMessage;
  }
}

/** The error for a failed response, from its {"error", "message"} body when it has one. */
function apiError(status, data) {
  const message = typeof data?.message === 'string' && data.message.trim() ? data.message : null;
  return new ApiError(status, typeof data?.error === 'string' ? data.error : 'http', message);
}

async function request(path, { method = 'GET', body, contentType, token, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  const bearer = token || sessionToken();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body, signal });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', null);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { /* not JSON: handled below */ }
  }
  if (!response.ok) {
    const err = apiError(response.status, data);
    if (!token && (err.status === 401 || err.status === 403)) onRefused(err);
    throw err;
  }
  if (text && data === null) throw new ApiError(response.status, 'bad_response', null);
  return data;
}

let onRefused = () => {};

/** Called when a request made with the session's token is refused (401/403): the page asks for a token again. */
export function onTokenRefused(handler) {
  onRefused = handler;
}

const authHeaders = (token) => {
  const bearer = token || sessionToken();
  return bearer ? { Authorization: `Bearer ${bearer}` } : {};
};

const candidatePath = (id) => `api/candidates/${encodeURIComponent(id)}`;

/** params: URLSearchParams built by state.apiSearchParams. */
export const search = (params, signal) => request(`api/search?${params}`, { signal });

export const suggest = (prefix, signal) =>
  request(`api/suggest?${new URLSearchParams({ prefix })}`, { signal });

export const candidate = (id, signal) => request(candidatePath(id), { signal });

export const similar = (id, signal) => request(`${candidatePath(id)}/similar`, { signal });

/** The Content-Type of a body: 'json' a profile object, 'multipart' a FormData (it sets its own boundary), else text. */
const bodyType = (format) => (format === 'multipart' ? undefined
  : format === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');

/** format: 'json' sends a profile object, 'multipart' a FormData with the file, anything else a résumé as text. */
export const addCandidate = (body, format, token) =>
  request('api/candidates', { method: 'POST', body, token, contentType: bodyType(format) });

/** Reads a résumé the way adding it would, without indexing it: { profile, warnings, text }. */
export const parseCandidate = (body, format, token) =>
  request('api/candidates/_parse', { method: 'POST', body, token, contentType: bodyType(format) });

/**
 * Saves a reviewed upload: the corrected profile is what gets indexed; the original (a File or Blob) is kept and
 * served by the profile page. Answers { id, warnings }.
 */
export function saveReviewed(profile, original, fileName, token) {
  const form = new FormData();
  form.append('file', original, fileName);
  form.append('profile', JSON.stringify(profile));
  return request('api/candidates', { method: 'POST', body: form, token });
}

const filePath = (id) => `${candidatePath(id)}/file`;

/** The file name a Content-Disposition header gives (its UTF-8 form first), or null. */
function dispositionName(header) {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '');
  if (utf8) {
    try { return decodeURIComponent(utf8[1]); } catch { /* fall back to the plain name */ }
  }
  return /filename="([^"]*)"/i.exec(header ?? '')?.[1] ?? null;
}

/** Whether the candidate was added from a file that can be downloaded (asks for the headers only). */
export async function hasOriginalFile(id, token, signal) {
  const headers = authHeaders(token);
  try {
    const response = await fetch(filePath(id), { method: 'HEAD', headers, signal });
    return response.ok;
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    return false;
  }
}

/** The file a candidate was added from: { blob, fileName }. */
export async function originalFile(id, token) {
  const headers = authHeaders(token);
  let response;
  try {
    response = await fetch(filePath(id), { headers });
  } catch {
    throw new ApiError(0, 'network', null);
  }
  if (!response.ok) {
    let data = null;
    try { data = await response.json(); } catch { /* no JSON error body */ }
    throw apiError(response.status, data);
  }
  return { blob: await response.blob(), fileName: dispositionName(response.headers.get('Content-Disposition')) };
}

export const deleteCandidate = (id, token) => request(candidatePath(id), { method: 'DELETE', token });

export const startReindex = (token) => request('api/reindex', { method: 'POST', token });

export const reindexStatus = (signal) => request('api/reindex', { signal });

export const stats = () => request('api/stats');
