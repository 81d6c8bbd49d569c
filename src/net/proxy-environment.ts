// The proxy settings a user's environment gives, read as curl reads them: for each
// scheme its own variable in lower case first, then upper case (never HTTP_PROXY:
// under CGI a request's "Proxy:" header arrives as HTTP_PROXY), then all_proxy and
// ALL_PROXY; no_proxy before NO_PROXY. An empty variable counts as unset.

export type Env = Readonly<Record<string, string | undefined>>;

export interface ProxyVariable {
  /** Which variable gave it, for messages: "https_proxy". */
  name: string;
  value: string;
}

export interface ProxyEnvironment {
  http: ProxyVariable | null;
  https: ProxyVariable | null;
  noProxy: string | null;
}

function firstSet(env: Env, names: readonly string[]): ProxyVariable | null {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return null;
}

export function readProxyEnvironment(env: Env): ProxyEnvironment {
  return {
    http: firstSet(env, ['http_proxy', 'all_proxy', 'ALL_PROXY']),
    https: firstSet(env, ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']),
    noProxy: firstSet(env, ['no_proxy', 'NO_PROXY'])?.value ?? null,
  };
}
