// A step that crossed from the worker carries its own copy of a string at every place
// it appears (a structured clone shares objects, not strings): the source's id in each
// update, an update's key and id in each of its reactions, the same stance and actor
// words thousands of times, a quotation copied out of its update's text. On the main
// thread those were one string, or a slice of the update's own text; the desk keeps
// them for days, so they are made so again. The step's objects are fresh copies, owned
// by whoever received them: they are changed in place.
import type { Reaction, Update } from '../model.js';
import type { LoadedSource } from './loaded-source.js';

/** The words of a reaction as a slice of its update's text, which stores no copy of them. */
function sliceOf(update: Update, text: string): string {
  for (const whole of [update.body, update.title]) {
    const at = whole.indexOf(text);
    if (at !== -1) return whole.slice(at, at + text.length);
  }
  return text;
}

export function shareStrings(loaded: LoadedSource): LoadedSource {
  const seen = new Map<string, string>();
  const one = (text: string): string => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
  const sourceId = loaded.source.id;
  const byKey = new Map<string, Update>();
  for (const update of loaded.updates) {
    update.sourceId = sourceId;
    if (update.author !== null) update.author = one(update.author);
    byKey.set(update.key, update);
  }
  for (const reaction of loaded.reactions as Reaction[]) {
    const update = byKey.get(reaction.updateKey);
    if (update !== undefined) {
      reaction.updateKey = update.key;
      reaction.updateId = update.id;
      reaction.text = sliceOf(update, reaction.text);
    }
    if (reaction.actor !== null) reaction.actor = one(reaction.actor);
    if (reaction.role !== null) reaction.role = one(reaction.role);
    if (reaction.stance !== null) reaction.stance = one(reaction.stance);
    reaction.kind = reaction.kind === 'quote' ? 'quote' : 'statement';
  }
  const listed = loaded.listed.map(([key, fingerprint]) => [byKey.get(key)?.key ?? key, fingerprint] as const);
  return { ...loaded, listed };
}
