// The request target of an HTTP request line, read without ever throwing: a path we could serve, or null (→ 400).

export interface RequestTarget {
  /** The percent-decoded path, always starting with '/'. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** host[:port] of an absolute-form target ("GET http://host:port/path"); null for the usual origin-form. */
  readonly authority: string | null;
}

/** A fixed base so an origin-form target like "//other.example/x" stays a path on this server. */
const ORIGIN_BASE = 'http://station.invalid';

/**
 * Parses origin-form ("/path?query") and absolute-form http targets; returns null for anything else
 * ("*", "http://[", other schemes), for malformed percent-encoding and for paths with NUL characters.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (!raw) return null;
  const absolute = !raw.startsWith('/');
  const url = parseUrl(absolute ? raw : ORIGIN_BASE + raw);
  if (!url || (absolute && url.protocol !== 'http:')) return null;
  const path = decodePath(url.pathname);
  if (path === null) return null;
  return { path, query: url.searchParams, authority: absolute ? url.host : null };
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function decodePath(pathname: string): string | null {
  try {
    const path = decodeURIComponent(pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}
