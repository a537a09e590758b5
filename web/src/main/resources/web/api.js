// Thin client for the search API. Paths are relative so the page also works behind a prefix.

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

async function request(path, { method = 'GET', body, contentType, token, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  if (token) headers.Authorization = `Bearer ${token}`;
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
    const message = typeof data?.message === 'string' && data.message.trim() ? data.message : null;
    throw new ApiError(response.status, typeof data?.error === 'string' ? data.error : 'http', message);
  }
  if (text && data === null) throw new ApiError(response.status, 'bad_response', null);
  return data;
}

const candidatePath = (id) => `api/candidates/${encodeURIComponent(id)}`;

/** params: URLSearchParams built by state.apiSearchParams. */
export const search = (params, signal) => request(`api/search?${params}`, { signal });

export const suggest = (prefix, signal) =>
  request(`api/suggest?${new URLSearchParams({ prefix })}`, { signal });

export const candidate = (id, signal) => request(candidatePath(id), { signal });

export const similar = (id, signal) => request(`${candidatePath(id)}/similar`, { signal });

/** format: 'json' sends a profile object, anything else a résumé as plain text. */
export const addCandidate = (body, format, token) =>
  request('api/candidates', {
    method: 'POST',
    body,
    token,
    // a FormData body (an uploaded PDF or Word file) sets its own multipart Content-Type with the boundary
    contentType: format === 'multipart' ? undefined
      : format === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
  });

export const deleteCandidate = (id, token) => request(candidatePath(id), { method: 'DELETE', token });

export const startReindex = (token) => request('api/reindex', { method: 'POST', token });

export const reindexStatus = (signal) => request('api/reindex', { signal });

export const stats = () => request('api/stats');
