import type { IncomingMessage } from 'node:http';

/** How the HTTP server meets the network; read from the environment (README, "Running behind a proxy"). */
export interface ServerSettings {
  /**
   * Browser origins besides the product's own that may call the API with the session cookie
   * (`ZI_ALLOWED_ORIGINS`, comma-separated, e.g. `https://portal.example.go.id`). Empty: none.
   */
  allowedOrigins: string[];
  /**
   * Whether the server sits behind a reverse proxy or load balancer whose `X-Forwarded-For` and
   * `X-Forwarded-Proto` it may believe (`ZI_TRUST_PROXY=1`). Without it those headers are ignored.
   */
  trustProxy: boolean;
  /**
   * The address users reach the product at (`ZI_PUBLIC_URL`, e.g. `https://zi.pemkot.go.id`), as its origin:
   * pages from it are the product's own whatever `Host` the proxy passes on, and over `https:` the session
   * cookie is `Secure` even when the proxy says nothing of the scheme.
   */
  publicOrigin?: string;
  /** Calls a PortalRB token may make per minute on one replica (`ZI_PORTALRB_PER_MINUTE`, default 600). */
  portalrbPerMinute?: number;
}

const origin = (setting: string, value: string) => {
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`${setting}: "${value}" is not an origin such as https://portal.example.go.id`);
  }
};

const positive = (setting: string, value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${setting}: "${value}" is not a whole number above 0`);
  return number;
};

export function settingsFrom(env: Record<string, string | undefined>): ServerSettings {
  return {
    allowedOrigins: (env.ZI_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((each) => each.trim())
      .filter(Boolean)
      .map((each) => origin('ZI_ALLOWED_ORIGINS', each)),
    trustProxy: ['1', 'true', 'yes'].includes((env.ZI_TRUST_PROXY ?? '').toLowerCase()),
    ...(env.ZI_PUBLIC_URL ? { publicOrigin: origin('ZI_PUBLIC_URL', env.ZI_PUBLIC_URL) } : {}),
    ...(env.ZI_PORTALRB_PER_MINUTE
      ? { portalrbPerMinute: positive('ZI_PORTALRB_PER_MINUTE', env.ZI_PORTALRB_PER_MINUTE) }
      : {}),
  };
}

/** The last hop a trusted proxy appended, else the socket's peer. */
export function clientAddress(request: IncomingMessage, settings: ServerSettings): string {
  const forwarded = settings.trustProxy ? request.headers['x-forwarded-for'] : undefined;
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((each) => each.trim())
    .filter(Boolean);
  return hops.at(-1) ?? request.socket.remoteAddress ?? 'unknown';
}

/** Whether the browser reached the product over HTTPS. */
export function cameOverHttps(request: IncomingMessage, settings: ServerSettings): boolean {
  if ('encrypted' in request.socket && request.socket.encrypted) return true;
  if (settings.publicOrigin?.startsWith('https:')) return true;
  const forwarded = settings.trustProxy ? request.headers['x-forwarded-proto'] : undefined;
  return (
    String(forwarded ?? '')
      .split(',')[0]
      ?.trim()
      .toLowerCase() === 'https'
  );
}

/**
 * Whether a request may act with the caller's session: a safe method (GET never mutates), no `Origin`
 * and no cross-site fetch metadata (not a browser on another site), or the product's own origin or an
 * allowed one. A browser always sends `Origin` on a cross-origin POST, whatever its content type, so a
 * page on another site cannot make the browser write with our cookie.
 */
export function sameOriginOrAllowed(request: Request, settings: ServerSettings): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return true;
  const from = request.headers.get('origin');
  if (from === null)
    return !['cross-site', 'same-site'].includes(request.headers.get('sec-fetch-site') ?? '');
  if (settings.allowedOrigins.includes(from) || from === settings.publicOrigin) return true;
  const ownHosts = [
    request.headers.get('host'),
    settings.trustProxy ? request.headers.get('x-forwarded-host') : null,
  ];
  try {
    const { host } = new URL(from);
    return ownHosts.some((own) => own !== null && own.split(',')[0]?.trim() === host);
  } catch {
    return false;
  }
}
