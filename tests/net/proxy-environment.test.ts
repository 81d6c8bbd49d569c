// Which proxy a URL goes through, decided from the environment as curl decides it:
// the variables it reads and in which order, and its NO_PROXY rules.
import { describe, expect, it } from 'vitest';
import { bypassesProxy } from '../../src/net/no-proxy.js';
import { readProxyEnvironment } from '../../src/net/proxy-environment.js';
import { proxyRoute } from '../../src/net/proxy-route.js';

function routeOf(url: string, env: Record<string, string>): string {
  const route = proxyRoute(new URL(url), readProxyEnvironment(env));
  return route === null ? 'direct' : `${route.url.protocol}//${route.label} from ${route.variable}`;
}

describe('the proxy variables, in curl’s order', () => {
  it('takes https_proxy, then HTTPS_PROXY, for https URLs', () => {
    expect(routeOf('https://news.example/live', { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })).toBe(
      'http://lower:1 from https_proxy',
    );
    expect(routeOf('https://news.example/live', { HTTPS_PROXY: 'http://upper:2' })).toBe('http://upper:2 from HTTPS_PROXY');
  });

  it('takes only the lower-case http_proxy for http URLs, as curl does (HTTP_PROXY can be set by a CGI request header)', () => {
    expect(routeOf('http://news.example/live', { http_proxy: 'http://lower:1' })).toBe('http://lower:1 from http_proxy');
    expect(routeOf('http://news.example/live', { HTTP_PROXY: 'http://upper:2' })).toBe('direct');
  });

  it('falls back to all_proxy, then ALL_PROXY', () => {
    expect(routeOf('http://news.example/', { all_proxy: 'http://all:3', ALL_PROXY: 'http://ALL:4' })).toBe('http://all:3 from all_proxy');
    expect(routeOf('https://news.example/', { ALL_PROXY: 'http://ALL:4' })).toBe('http://all:4 from ALL_PROXY');
    expect(routeOf('https://news.example/', { https_proxy: 'http://s:5', all_proxy: 'http://all:3' })).toBe('http://s:5 from https_proxy');
  });

  it('treats an empty variable as unset', () => {
    expect(routeOf('https://news.example/', { https_proxy: '', HTTPS_PROXY: 'http://upper:2' })).toBe('http://upper:2 from HTTPS_PROXY');
  });

  it('reads a proxy without a scheme as http://, on port 1080 when none is given (443 for an https:// proxy)', () => {
    expect(routeOf('https://news.example/', { https_proxy: 'proxy.corp:3128' })).toBe('http://proxy.corp:3128 from https_proxy');
    expect(routeOf('https://news.example/', { https_proxy: 'proxy.corp' })).toBe('http://proxy.corp:1080 from https_proxy');
    expect(routeOf('https://news.example/', { https_proxy: 'https://proxy.corp' })).toBe('https://proxy.corp:443 from https_proxy');
  });

  it('keeps credentials out of the label and turns them into a Basic header', () => {
    const route = proxyRoute(new URL('https://news.example/'), readProxyEnvironment({ https_proxy: 'http://ann%40desk:p%3Ass@proxy.corp:3128' }));
    expect(route?.label).toBe('proxy.corp:3128');
    expect(route?.authorization).toBe(`Basic ${Buffer.from('ann@desk:p:ss').toString('base64')}`);
  });

  it('refuses a proxy it cannot speak to, naming the variable', () => {
    expect(() => routeOf('https://news.example/', { https_proxy: 'socks5://proxy.corp:1080' })).toThrow(
      'https_proxy names a socks5 proxy; livedesk speaks only to HTTP and HTTPS proxies',
    );
    expect(() => routeOf('https://news.example/', { https_proxy: 'http://proxy.corp:99999' })).toThrow(
      'https_proxy is not a proxy address livedesk can read',
    );
  });
});

describe('NO_PROXY, as curl reads it', () => {
  it.each([
    ['*', 'https://anything.example/', true],
    ['news.example', 'https://news.example/', true],
    ['news.example', 'https://live.news.example/', true],
    ['news.example', 'https://othernews.example/', false],
    ['.news.example', 'https://news.example/', true],
    ['.news.example', 'https://live.news.example/', true],
    ['NEWS.Example', 'https://news.EXAMPLE./', true],
    ['news.example.', 'https://news.example/', true],
    ['wire.example, news.example', 'https://news.example/', true],
    ['  wire.example ,,news.example  ', 'https://news.example/', true],
    ['wire.example', 'https://news.example/', false],
    ['example', 'https://news.example/', true],
    ['news.example', 'https://news.example:8443/', true],
    ['news.example:8443', 'https://news.example:8443/', true],
    ['news.example:8443', 'https://news.example/', false],
    ['127.0.0.1', 'http://127.0.0.1:8080/', true],
    ['127.0.0.2', 'http://127.0.0.1:8080/', false],
    ['127.0.0.0/8', 'http://127.1.2.3/', true],
    ['10.0.0.0/8', 'http://127.1.2.3/', false],
    ['127.0.0', 'http://127.0.0.1/', false],
    ['localhost', 'http://127.0.0.1/', false],
    ['::1', 'http://[::1]:8080/', true],
    ['[::1]', 'http://[::1]:8080/', true],
    ['fe80::/10', 'http://[fe80::1]/', true],
    ['fe80::/10', 'http://[::1]/', false],
    ['*.news.example', 'https://live.news.example/', false],
    ['', 'https://news.example/', false],
  ])('%j for %s → %s', (list, url, bypass) => {
    expect(bypassesProxy(new URL(url), list)).toBe(bypass);
  });

  it('reads no_proxy before NO_PROXY, and applies it to every proxy', () => {
    const env = { https_proxy: 'http://proxy:1', no_proxy: 'news.example', NO_PROXY: 'wire.example' };
    expect(routeOf('https://news.example/', env)).toBe('direct');
    expect(routeOf('https://wire.example/', env)).toBe('http://proxy:1 from https_proxy');
    expect(routeOf('https://wire.example/', { https_proxy: 'http://proxy:1', NO_PROXY: 'wire.example' })).toBe('direct');
  });
});
