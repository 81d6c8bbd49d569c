import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../src/parse/decode-bytes.js';

const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeFeedBytes', () => {
  it('decodes valid UTF-8 without any label', () => {
    expect(decodeFeedBytes(utf8('<rss>Notícias – “live”</rss>'))).toBe('<rss>Notícias – “live”</rss>');
  });

  it('honours and removes a UTF-8 byte-order mark, over any label', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<rss>é</rss>')]);
    expect(decodeFeedBytes(bytes, 'iso-8859-1')).toBe('<rss>é</rss>');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0xe9, 0x00, 0x3e, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x3c, 0x00, 0xe9, 0x00, 0x3e]);
    expect(decodeFeedBytes(le)).toBe('<é>');
    expect(decodeFeedBytes(be)).toBe('<é>');
  });

  it('uses the XML declaration encoding', () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Not\u00edcias</rss>');
    expect(decodeFeedBytes(bytes)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Notícias</rss>');
  });

  it("uses a web page's <meta charset> when nothing else names one", () => {
    const koi8 = new Uint8Array([...latin1('<!doctype html><meta charset="koi8-r"><p>'), 0xf0, 0xd2, ...latin1('</p>')]);
    expect(decodeFeedBytes(koi8)).toContain('<p>Пр</p>');
    const equiv = latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Not\u00edcias</p>');
    expect(decodeFeedBytes(equiv)).toContain('<p>Notícias</p>');
  });

  it('prefers the Content-Type charset to the XML declaration', () => {
    const bytes = utf8('<?xml version="1.0" encoding="ISO-8859-1"?><rss>é</rss>');
    expect(decodeFeedBytes(bytes, 'utf-8')).toContain('<rss>é</rss>');
    const cyrillic = new Uint8Array([...latin1('<?xml version="1.0" encoding="utf-8"?>'), 0xcf, 0xf0]);
    expect(decodeFeedBytes(cyrillic, 'windows-1251')).toContain('Пр');
  });

  it('ignores unknown labels and a UTF-16 label on ASCII-compatible bytes', () => {
    expect(decodeFeedBytes(utf8('<rss>é</rss>'), 'x-no-such-charset')).toBe('<rss>é</rss>');
    expect(decodeFeedBytes(utf8('<?xml version="1.0" encoding="UTF-16"?><rss>é</rss>'))).toContain('<rss>é</rss>');
  });

  it('falls back to Windows-1252 when undeclared bytes are not UTF-8', () => {
    expect(decodeFeedBytes(latin1('<rss>S\u00e3o Paulo \u0093quoted\u0094</rss>'))).toBe('<rss>São Paulo “quoted”</rss>');
  });

  it('does not trust a UTF-8 label over bytes that are not UTF-8', () => {
    const bytes = latin1('<?xml version="1.0" encoding="utf-8"?><rss>Mãe</rss>');
    expect(decodeFeedBytes(bytes)).toContain('<rss>Mãe</rss>');
    expect(decodeFeedBytes(latin1('<rss>é</rss>'), 'utf-8')).toBe('<rss>é</rss>');
  });

  it('decodes empty input to an empty string', () => {
    expect(decodeFeedBytes(new Uint8Array())).toBe('');
  });
});
