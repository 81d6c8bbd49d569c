// Which proxy, if any, one request goes through: the environment's proxy for the
// URL's scheme unless NO_PROXY lets the host be reached directly. Decided again
// for every redirect hop, since a redirect may cross into or out of NO_PROXY.
import { FetchFailure } from './fetch-failure.js';
import { bypassesProxy } from './no-proxy.js';
import type { ProxyEnvironment, ProxyVariable } from './proxy-environment.js';

export interface Proxy {
  /** http: or https: (TLS to the proxy itself), with its host and port. */
  url: URL;
  /** "host:port", never the credentials: for messages. */
  label: string;
  /** A Proxy-Authorization value from credentials in the proxy's address, or null. */
  authorization: string | null;
  /** The variable the proxy came from, for messages. */
  variable: string;
}

// curl's defaults when the proxy's address names no port.
const DEFAULT_PORTS: Record<string, string> = { 'http:': '1080', 'https:': '443' };

function readProxy(variable: ProxyVariable): Proxy {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(variable.value) ? variable.value : `http://${variable.value}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase() ?? '';
  if (scheme !== 'http' && scheme !== 'https') {
    throw new FetchFailure(`${variable.name} names a ${scheme} proxy; livedesk speaks only to HTTP and HTTPS proxies`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchFailure(`${variable.name} is not a proxy address livedesk can read`);
  }
  if (url.hostname === '') throw new FetchFailure(`${variable.name} is not a proxy address livedesk can read`);
  const port = url.port || (DEFAULT_PORTS[url.protocol] as string);
  let user: string;
  let password: string;
  try {
    user = decodeURIComponent(url.username);
    password = decodeURIComponent(url.password);
  } catch {
    throw new FetchFailure(`${variable.name} is not a proxy address livedesk can read`);
  }
  return {
    url: new URL(`${url.protocol}//${url.hostname}:${port}`),
    label: `${url.hostname}:${port}`,
    authorization: user === '' && password === '' ? null : `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    variable: variable.name,
  };
}

/** The proxy for `target`, or null to go directly. Throws a FetchFailure for a proxy address it cannot use. */
export function proxyRoute(target: URL, environment: ProxyEnvironment | undefined): Proxy | null {
  if (environment === undefined) return null;
  const variable = target.protocol === 'https:' ? environment.https : environment.http;
  if (variable === null) return null;
  if (environment.noProxy !== null && bypassesProxy(target, environment.noProxy)) return null;
  return readProxy(variable);
}
