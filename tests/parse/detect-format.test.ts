import { describe, expect, it } from 'vitest';
import { detectFormat, xmlRootName } from '../../src/parse/detect-format.js';

describe('detectFormat', () => {
  it.each([
    ['RSS 2.0', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'xml'],
    ['RDF', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', 'xml'],
    ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'xml'],
    ['BOM and blank lines first', '\uFEFF\n\n  <?xml version="1.0"?>\n<rss version="2.0"/>', 'xml'],
    [
      'comments, processing instructions and a doctype with an internal subset',
      '<?xml version="1.0"?><!-- a <feed> in a comment --><?xml-stylesheet href="s.xsl"?>' +
        '<!DOCTYPE rss [<!ENTITY x "y">]><rss version="0.91"/>',
      'xml',
    ],
    ['JSON Feed by version', '{"version": "https://jsonfeed.org/version/1.1", "title": "t"}', 'json-feed'],
    ['JSON Feed by items list', ' {"version": "1.0", "items": []}', 'json-feed'],
    ['broken JSON that names jsonfeed.org', '{"version": "https://jsonfeed.org/version/1", ', 'json-feed'],
    ['HTML doctype', '<!DOCTYPE html><html><body>hi</body></html>', 'html'],
    ['HTML root without doctype', '\n<html lang="en"><head></head></html>', 'html'],
    ['empty', '', 'empty'],
    ['whitespace and a BOM only', '\uFEFF \n\t ', 'empty'],
    ['plain text live blog', 'Soldiers have taken up arms in Kati.\n16:40 GMT Update', 'live-blog'],
    ['other JSON', '{"hello": "world"}', 'live-blog'],
    ['XML with another root', '<?xml version="1.0"?><catalog><book/></catalog>', 'live-blog'],
  ])('%s → %s', (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe('xmlRootName', () => {
  it('names the first element after the prolog, lower-cased', () => {
    expect(xmlRootName('<?xml version="1.0"?>\n<!-- x --><rdf:RDF>')).toBe('rdf:rdf');
  });

  it('returns null for text that is not XML', () => {
    expect(xmlRootName('hello <rss>')).toBeNull();
    expect(xmlRootName('<!-- never closed')).toBeNull();
  });
});
