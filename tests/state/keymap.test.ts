import { describe, expect, it } from 'vitest';
import { commandForKey, KEYMAP, keyLabels, splitKeyPresses } from '../../src/state/keymap.js';

describe('keymap', () => {
  it.each([
    ['k', {}, 'moveUp'],
    ['', { upArrow: true }, 'moveUp'],
    ['j', {}, 'moveDown'],
    ['', { downArrow: true }, 'moveDown'],
    ['', { pageUp: true }, 'pageUp'],
    ['u', { ctrl: true }, 'pageUp'],
    ['', { pageDown: true }, 'pageDown'],
    ['d', { ctrl: true }, 'pageDown'],
    ['g', {}, 'jumpTop'],
    ['', { home: true }, 'jumpTop'],
    ['G', { shift: true }, 'jumpBottom'],
    ['', { end: true }, 'jumpBottom'],
    ['', { tab: true }, 'nextPane'],
    ['', { tab: true, shift: true }, 'previousPane'],
    ['', { return: true }, 'open'],
    ['', { escape: true, meta: true }, 'close'],
    ['', { delete: true }, 'close'],
    ['', { backspace: true }, 'close'],
    ['q', {}, 'quit'],
    ['c', { ctrl: true }, 'forceQuit'],
    ['/', {}, 'startFilter'],
    ['?', {}, 'toggleHelp'],
  ] as const)('%j with %j means %s', (input, key, command) => {
    expect(commandForKey(input, key)).toBe(command);
  });

  it('leaves other keys unbound', () => {
    expect(commandForKey('x', {})).toBeNull();
    expect(commandForKey('j', { meta: true })).toBeNull();
    expect(commandForKey('k', { ctrl: true })).toBeNull();
  });

  it('gives every binding a label and a description', () => {
    for (const binding of KEYMAP) {
      expect(keyLabels(binding).length).toBeGreaterThan(0);
      expect(binding.description.length).toBeGreaterThan(5);
    }
  });
});

describe('splitKeyPresses', () => {
  it('splits a chunk of typed keys into one press each', () => {
    expect(splitKeyPresses('jG\r\t\x7f\x04', {})).toEqual([
      { input: 'j', key: { shift: false } },
      { input: 'G', key: { shift: true } },
      { input: '', key: { return: true } },
      { input: '', key: { tab: true } },
      { input: '', key: { delete: true } },
      { input: 'd', key: { ctrl: true } },
    ]);
  });

  it('leaves a single key as it came', () => {
    expect(splitKeyPresses('j', {})).toEqual([{ input: 'j', key: {} }]);
    expect(splitKeyPresses('', { upArrow: true })).toEqual([{ input: '', key: { upArrow: true } }]);
  });
});
