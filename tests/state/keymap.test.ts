import { describe, expect, it } from 'vitest';
import { commandForKey, KEYMAP, keyLabels } from '../../src/state/keymap.js';

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
