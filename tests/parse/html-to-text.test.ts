import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLine, htmlToText } from '../../src/parse/html-to-text.js';
import { looksLikeHtml } from '../../src/parse/looks-like-html.js';

describe('htmlToText', () => {
  it('separates block elements by a blank line', () => {
    expect(htmlToText('<h2>Headline</h2><p>First <b>bold</b> para.</p><div>Second para.</div>')).toBe(
      'Headline\n\nFirst bold para.\n\nSecond para.',
    );
  });

  it('turns <br> into a newline and collapses whitespace runs', () => {
    expect(htmlToText('  one\n\n   two<br>three <br/>  four  ')).toBe('one two\nthree\nfour');
  });

  it('prefixes list items, numbering ordered lists and indenting nested ones', () => {
    expect(htmlToText('<ul><li>alpha</li><li>beta<ul><li>inner</li></ul></li></ul><ol><li>x</li><li>y</li></ol>')).toBe(
      '• alpha\n• beta\n  • inner\n\n1. x\n2. y',
    );
  });

  it('marks every paragraph of a blockquote with "> "', () => {
    expect(htmlToText('<p>He said:</p><blockquote><p>We will stay.</p><p>No retreat.</p></blockquote><p>Then left.</p>')).toBe(
      'He said:\n\n> We will stay.\n\n> No retreat.\n\nThen left.',
    );
  });

  it('drops script and style contents', () => {
    expect(htmlToText('<style>p { color: red }</style>Visible<script type="x">alert("<p>no</p>")</script> text')).toBe(
      'Visible text',
    );
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('Tom &amp; Jerry&rsquo;s &ldquo;show&rdquo; &ndash; &hellip;&nbsp;&#8212; &#x2019; &eacute;')).toBe(
      'Tom & Jerry’s “show” – … — ’ é',
    );
  });

  it('knows every HTML5 entity name, not only the common ones', () => {
    expect(htmlToText('&alpha;&beta; &Sigma; &frac78; &rarrw; &NotEqualTilde; &fjlig; &copy 2024')).toBe(
      'αβ Σ ⅞ ↝ ≂̸ fj © 2024',
    );
  });

  it('decodes entities once: an escaped reference stays text, never a control character', () => {
    expect(htmlToText('&amp;#27;[31m red')).toBe('&#27;[31m red');
    expect(htmlToText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
  });

  it('keeps escaped markup as text and leaves no tags over', () => {
    expect(htmlToText('&lt;b&gt;not bold&lt;/b&gt;')).toBe('<b>not bold</b>');
    expect(htmlToText('<a href="x" title="a > b">link</a> <img src="y"/> <!-- c --> <span>s</span>')).toBe('link s');
  });

  it('reads a lone "<" as text', () => {
    expect(htmlToText('1 < 2 and 3 <= 4')).toBe('1 < 2 and 3 <= 4');
  });

  it('keeps unknown or unterminated references as written', () => {
    expect(htmlToText('AT&T &bogus; ?a=1&copy=2')).toBe('AT&T &bogus; ?a=1&copy=2');
  });

  it('maps Windows-1252 numeric references and rejects invalid code points', () => {
    expect(htmlToText('&#147;hi&#148; &#0; &#xD800;')).toBe('“hi” \ufffd \ufffd');
  });

  it('keeps CDATA text', () => {
    expect(htmlToText('<p><![CDATA[a <b> & c]]></p>')).toBe('a <b> & c');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToText('<p> </p><br><div></div>')).toBe('');
  });

  it('stays fast on a megabyte of markup and on hostile unterminated tags', () => {
    const paragraph = '<p>Some <b>bold</b> &amp; <a href="https://example.com/?a=1&amp;b=2">linked</a> text.</p>';
    const inputs = [
      paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)),
      '<a title="'.repeat(100_000),
      '<'.repeat(500_000) + 'x'.repeat(500_000),
      '<script>'.repeat(100_000),
      `<p>${'&amp;'.repeat(200_000)}</p>`,
    ];
    for (const input of inputs) {
      const started = performance.now();
      htmlToText(input);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});

describe('htmlToLine', () => {
  it('puts everything on one line', () => {
    expect(htmlToLine('<p>Breaking:</p><p>news <br> here</p>')).toBe('Breaking: news here');
  });
});

describe('decodeEntities', () => {
  it('decodes hex and decimal references, semicolon optional for numbers', () => {
    expect(decodeEntities('&#65;&#x42;&#67 &lt;')).toBe('ABC <');
  });
});

describe('looksLikeHtml', () => {
  it('recognises tags and references', () => {
    expect(looksLikeHtml('<p>hello</p>')).toBe(true);
    expect(looksLikeHtml('Tom &amp; Jerry')).toBe(true);
    expect(looksLikeHtml('a < b, AT&T')).toBe(false);
  });
});
