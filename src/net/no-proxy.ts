// NO_PROXY as curl reads it: a list split on commas and blanks; "*" alone matches
// every host; a name matches itself and any host under it ("news.example" and
// ".news.example" both match "live.news.example", never "othernews.example"),
// without regard to case or a trailing dot; an IP address or CIDR range matches a
// host written as an address, never a name that resolves to it. Beyond curl, an
// entry with a port ("news.example:8443") matches that port only.
import { BlockList, isIP } from 'node:net';

interface Entry {
  pattern: string;
  port: number | null;
}

function defaultPort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

function withoutBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** "host", "host:port", "[v6]", "[v6]:port" or a bare IPv6 address (its colons are not a port). */
function readEntry(token: string): Entry {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(token);
  if (bracketed) return { pattern: bracketed[1] as string, port: bracketed[2] === undefined ? null : Number(bracketed[2]) };
  const withPort = /^([^:]+):(\d+)$/.exec(token);
  if (withPort) return { pattern: withPort[1] as string, port: Number(withPort[2]) };
  return { pattern: token, port: null };
}

function matchesAddress(address: string, family: 4 | 6, pattern: string): boolean {
  const [network = '', bitsText] = pattern.split('/');
  const networkFamily = isIP(network);
  if (networkFamily !== family) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (bitsText === undefined) {
    const exact = new BlockList();
    exact.addAddress(network, type);
    return exact.check(address, type);
  }
  const bits = Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) return false;
  const range = new BlockList();
  range.addSubnet(network, bits, type);
  return range.check(address, type);
}

function matchesName(name: string, pattern: string): boolean {
  const wanted = pattern.replace(/\.$/, '').replace(/^\./, '').toLowerCase();
  if (wanted === '') return false;
  return name === wanted || name.endsWith(`.${wanted}`);
}

/** True when `url`'s host is on the NO_PROXY list and is reached directly. */
export function bypassesProxy(url: URL, noProxy: string): boolean {
  const list = noProxy.trim();
  if (list === '') return false;
  if (list === '*') return true;
  const host = withoutBrackets(url.hostname);
  const family = isIP(host);
  const name = host.replace(/\.$/, '').toLowerCase();
  const port = defaultPort(url);
  return list
    .split(/[\s,]+/)
    .filter((token) => token !== '')
    .map(readEntry)
    .some((entry) => {
      if (entry.port !== null && entry.port !== port) return false;
      return family === 0 ? matchesName(name, entry.pattern) : matchesAddress(host, family as 4 | 6, entry.pattern);
    });
}
