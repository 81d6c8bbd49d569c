import { describe, expect, it } from 'vitest';
import { describeHttpStatus, describeNetworkError } from '../../src/net/describe-network-error.js';
import { formatBytes, formatDuration } from '../../src/net/format-amount.js';
import { parseRetryAfter } from '../../src/net/retry-after.js';

const failure = (code: string, message = 'raw'): Error => Object.assign(new Error(message), { code });

describe('formatDuration and formatBytes', () => {
  it.each([
    [300, '300 ms'],
    [15_000, '15 s'],
    [59_600, '1 min'],
    [108_000, '2 min'],
    [90 * 60_000, '1 h 30 min'],
    [2 * 3_600_000, '2 h'],
  ])('%i ms → %s', (ms, words) => expect(formatDuration(ms)).toBe(words));

  it.each([
    [512, '512 bytes'],
    [10 * 1024, '10 KB'],
    [1536, '1.5 KB'],
    [20 * 1024 * 1024, '20 MB'],
  ])('%i bytes → %s', (bytes, words) => expect(formatBytes(bytes)).toBe(words));
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
  it('reads delta-seconds', () => expect(parseRetryAfter(' 120 ', null, now)).toBe(120_000));
  it('reads an HTTP date against the local clock', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:38:00 GMT', undefined, now)).toBe(600_000);
  });
  it('prefers the server Date header to a skewed local clock', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:38:00 GMT', 'Wed, 21 Oct 2015 07:37:00 GMT', now)).toBe(60_000);
  });
  it('never goes negative and ignores nonsense', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', null, now)).toBe(0);
    expect(parseRetryAfter('-5', null, now)).toBeNull();
    expect(parseRetryAfter('soon', null, now)).toBeNull();
    expect(parseRetryAfter(undefined, null, now)).toBeNull();
  });
});

// Lookups and TLS need the outside world or key material; the wording is checked on
// the error shapes Node produces instead.
describe('describeNetworkError', () => {
  it.each([
    ['ENOTFOUND', 'host not found'],
    ['ECONNREFUSED', 'connection refused'],
    ['ECONNRESET', 'connection reset by the server'],
    ['HPE_INVALID_CONSTANT', 'the server sent a malformed HTTP response'],
  ])('%s → %s', (code, words) => expect(describeNetworkError(failure(code))).toBe(words));

  it('names TLS certificate problems with Node’s own words', () => {
    expect(describeNetworkError(failure('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'))).toBe('TLS error: self-signed certificate');
    expect(describeNetworkError(failure('CERT_HAS_EXPIRED', 'certificate has expired'))).toBe('TLS error: certificate has expired');
    expect(describeNetworkError(failure('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"))).toBe(
      "TLS error: Hostname/IP does not match certificate's altnames",
    );
  });

  it('keeps one sanitised line of anything unknown', () => {
    expect(describeNetworkError(new Error('odd \u001b]0;title\u0007 failure\nstack'))).not.toMatch(/[\u0000-\u001f]/);
  });

  it('uses our reason phrase for a status', () => {
    expect(describeHttpStatus(503)).toBe('HTTP 503 Service Unavailable');
    expect(describeHttpStatus(599)).toBe('HTTP 599');
  });
});
