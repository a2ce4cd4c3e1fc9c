// The API the console calls: its base URL comes from config.json (written at deploy), the bearer token from
// the Settings view. Nothing is kept in browser storage.
let baseUrl = '';
let token = '';

export async function loadConfig() {
  const response = await fetch('config.json', { cache: 'no-store' });
  const config = response.ok ? await response.json() : {};
  baseUrl = (config.apiBaseUrl || '').replace(/\/$/, '');
  return baseUrl;
}

export function apiBase() {
  return baseUrl || window.location.origin;
}

export function setToken(value) {
  token = value.trim();
}

/** The scopes the token says it carries (read for the console's layout only: the API checks them). */
export function tokenScopes() {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return String(payload.scope || payload.scp || '').split(/\s+/).filter(Boolean);
  } catch (e) {
    return [];
  }
}

export function authHeaders() {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * Calls the API; resolves to {status, body, contentType, etag} whatever the status (a problem is an answer
 * too). `extra` adds request headers (If-Match).
 */
export async function call(method, path, body, extra = {}) {
  const headers = { ...authHeaders(), ...extra };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const contentType = response.headers.get('Content-Type') || '';
  const text = await response.text();
  let parsed = text;
  if (contentType.includes('json') && text) {
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      parsed = text;
    }
  }
  return { status: response.status, body: parsed, contentType, etag: response.headers.get('ETag') };
}
