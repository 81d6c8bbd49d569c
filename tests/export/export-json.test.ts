import { describe, expect, it } from 'vitest';
import { toJson, toNdjson } from '../../src/export/export-json.js';
import { deskToJson } from '../../src/headless/desk-json.js';
import type { Reaction, ReactionKind, Source, SourceKind, Update } from '../../src/model.js';
import { updateKey } from '../../src/desk/update-key.js';
import type { Desk } from '../../src/desk/desk.js';
import { sampleDesk } from '../fixtures/sample-desk.js';

type Json = Record<string, unknown>;
const time = (value: unknown) => (value === null ? null : Date.parse(String(value)));

/**
 * Rebuilds model objects from exported records; tags are not exported, so they come from the ids.
 * A reaction finds its update by the update's exported id, and its stored id is that update's key and its place.
 */
function readBack(sources: Json[], updates: Json[], reactions: Json[]): Desk {
  const keyOf = new Map(updates.map((u) => [String(u['id']), updateKey(String(u['sourceId']), String(u['guid']))]));
  const guidOf = new Map(updates.map((u) => [String(u['id']), String(u['guid'])]));
  return {
    sources: sources.map((s): Source => ({
      id: String(s['id']),
      title: String(s['title']),
      tag: String(s['id']),
      kind: s['kind'] as SourceKind | null,
      location: String(s['location']),
      error: s['error'] as string | null,
      summary: null,
    })),
    updates: updates.map((u): Update => ({
      id: String(u['guid']),
      key: updateKey(String(u['sourceId']), String(u['guid'])),
      sourceId: String(u['sourceId']),
      time: time(u['time']),
      timeText: u['timeText'] as string | null,
      title: String(u['title']),
      body: String(u['body']),
      link: u['link'] as string | null,
      author: u['author'] as string | null,
    })),
    reactions: reactions.map((r): Reaction => ({
      id: `${keyOf.get(String(r['updateId']))}${String(r['id']).slice(String(r['updateId']).length)}`,
      updateId: String(guidOf.get(String(r['updateId']))),
      updateKey: String(keyOf.get(String(r['updateId']))),
      actor: r['actor'] as string | null,
      role: r['role'] as string | null,
      kind: r['kind'] as ReactionKind,
      text: String(r['text']),
      stance: r['stance'] as string | null,
      time: time(r['time']),
    })),
  };
}

function comparable(desk: Desk): Desk {
  return { ...desk, sources: desk.sources.map((s) => ({ ...s, tag: s.id, summary: null })) };
}

describe('toJson', () => {
  it('reads back to the same desk', () => {
    const desk = sampleDesk();
    const parsed = JSON.parse(toJson(desk)) as { sources: Json[]; updates: Json[]; reactions: Json[] };
    expect(readBack(parsed.sources, parsed.updates, parsed.reactions)).toEqual(comparable(desk));
  });

  it('uses the published --json field names, adding only the reaction source', () => {
    const desk = sampleDesk();
    const published = JSON.parse(deskToJson(desk)) as Record<string, Json[]>;
    const exported = JSON.parse(toJson(desk)) as Record<string, Json[]>;
    expect(exported['sources']).toEqual(published['sources']);
    expect(exported['updates']).toEqual(published['updates']);
    expect(exported['reactions']).toEqual(published['reactions']!.map((r, i) => ({ ...r, sourceId: desk.updates.find((u) => u.key === desk.reactions[i]!.updateKey)!.sourceId })));
  });

  it('adds read state when it is given', () => {
    const desk = sampleDesk();
    const parsed = JSON.parse(toJson(desk, { readKeys: new Set([desk.updates[1]!.key]) })) as { updates: Json[] };
    expect(parsed.updates.map((u) => u['read'])).toEqual([false, true, false, false]);
  });
});

describe('toNdjson', () => {
  it('writes one typed object per line that reads back to the same desk', () => {
    const desk = sampleDesk();
    const text = toNdjson(desk);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(desk.sources.length + desk.updates.length + desk.reactions.length);
    const records = lines.map((line) => JSON.parse(line) as Json);
    const ofType = (type: string) => records.filter((r) => r['type'] === type).map(({ type: _type, ...rest }) => rest);
    expect(new Set(records.map((r) => r['type']))).toEqual(new Set(['source', 'update', 'reaction']));
    expect(readBack(ofType('source'), ofType('update'), ofType('reaction'))).toEqual(comparable(desk));
  });

  it('keeps a record on one line even when its text holds line separators', () => {
    const desk = sampleDesk();
    desk.updates[0] = { ...desk.updates[0]!, body: 'a\u2028b\r\nc' };
    expect(toNdjson(desk).trimEnd().split('\n')).toHaveLength(10);
  });
});
