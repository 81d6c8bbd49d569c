// Bytes → text for feeds. Feeds still arrive in ISO-8859-1 and Windows-1252, often
// mislabelled; rss-parser ignores the XML declaration, so the decision is made here.

import { codePointToText } from './code-point.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16BE_BOM = [0xfe, 0xff];
const UTF16LE_BOM = [0xff, 0xfe];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (startsWith(bytes, UTF8_BOM)) return 'utf-8';
  if (startsWith(bytes, UTF16BE_BOM)) return 'utf-16be';
  if (startsWith(bytes, UTF16LE_BOM)) return 'utf-16le';
  return null;
}

/** A TextDecoder for the label, or null when the label is not a known encoding. */
function decoderFor(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label.trim(), { fatal });
  } catch {
    return null;
  }
}

// Without a BOM the bytes are ASCII-compatible here, so a declared UTF-16 is a lie.
function isAsciiCompatible(decoder: TextDecoder): boolean {
  return !decoder.encoding.startsWith('utf-16');
}

/** The encoding named in `<?xml … encoding="…"?>`, read from the first bytes as ASCII. */
function encodingFromXmlDeclaration(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match ? (match[1] as string) : null;
}

/** The charset a web page names in `<meta charset>` or `<meta http-equiv="Content-Type">`, read from its first bytes. */
function encodingFromHtmlMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const match = /<meta\s[^>]*?charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  return match ? (match[1] as string) : null;
}

/**
 * Node 20's TextDecoder decodes "windows-1252" (and "iso-8859-1", its WHATWG alias) as
 * plain Latin-1, leaving 0x80–0x9F as C1 controls (nodejs/node#56542); map them back.
 */
function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => codePointToText(char.charCodeAt(0)));
}

/**
 * Decodes a fetched or read feed. Order: byte-order mark, then the Content-Type
 * charset, then the XML declaration (or a web page's <meta charset>), then UTF-8 when the bytes are valid UTF-8,
 * else Windows-1252 (which also covers ISO-8859-1). A UTF-8 label is checked against
 * the bytes rather than trusted. Never throws.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentTypeCharset?: string | null): string {
  const bom = encodingFromBom(bytes);
  if (bom !== null) return new TextDecoder(bom).decode(bytes);

  for (const label of [contentTypeCharset, encodingFromXmlDeclaration(bytes) ?? encodingFromHtmlMeta(bytes)]) {
    if (!label) continue;
    const decoder = decoderFor(label);
    if (decoder === null || !isAsciiCompatible(decoder)) continue;
    // A UTF-8 label over bytes that are not UTF-8 is provably wrong: fall through to sniffing.
    if (decoder.encoding === 'utf-8') break;
    return decodeWith(decoder, bytes);
  }

  const strictUtf8 = decoderFor('utf-8', true) as TextDecoder;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeWith(new TextDecoder('windows-1252'), bytes);
  }
}
