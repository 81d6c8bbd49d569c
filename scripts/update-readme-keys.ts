// Rewrites the key table in README.md from the keymap the dashboard uses.
import { readFileSync, writeFileSync } from 'node:fs';
import { keymapMarkdown } from '../src/state/keymap.js';

const START = '<!-- keys:start -->';
const END = '<!-- keys:end -->';
const readme = readFileSync('README.md', 'utf8');
const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
writeFileSync('README.md', `${before}\n${keymapMarkdown()}\n${after}`);
