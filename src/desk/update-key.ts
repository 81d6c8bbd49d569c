// An update's `id` is unique within its source; its key, across all sources: the
// selection, the archive and every merge go by it.

export function updateKey(sourceId: string, id: string): string {
  return `${sourceId}\u0000${id}`;
}
