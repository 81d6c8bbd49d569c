// What a desk shows: its sources, their updates newest first, and the reactions
// found in them (newest update first, reading order within one).
import type { Reaction, Source, Update } from '../model.js';

export interface Desk {
  sources: Source[];
  updates: Update[];
  reactions: Reaction[];
}
