// The play queue as pure functions: easy to test, and the player context only stores the result.
import type { Song } from '../api/types';

export type Repeat = 'off' | 'all' | 'one';

export interface QueueState {
  /** the songs in the order they were queued */
  items: Song[];
  /** play order: indexes into items (identity order unless shuffled) */
  order: number[];
  /** position in `order` of the current song, -1 when nothing is loaded */
  pos: number;
  shuffle: boolean;
  repeat: Repeat;
}

export const emptyQueue: QueueState = { items: [], order: [], pos: -1, shuffle: false, repeat: 'off' };

export type Random = () => number;

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Fisher–Yates over `rest`, with `first` (if given) kept in front. */
function shuffled(n: number, first: number | null, random: Random): number[] {
  const rest = range(n).filter((i) => i !== first);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return first === null ? rest : [first, ...rest];
}

export function current(s: QueueState): Song | null {
  return s.pos >= 0 && s.pos < s.order.length ? s.items[s.order[s.pos]] : null;
}

/** Replace the queue with `songs` and start at `start` (an index into songs). */
export function playList(s: QueueState, songs: Song[], start = 0, random: Random = Math.random): QueueState {
  if (songs.length === 0) return { ...s, items: [], order: [], pos: -1 };
  const first = Math.min(Math.max(start, 0), songs.length - 1);
  const order = s.shuffle ? shuffled(songs.length, first, random) : range(songs.length);
  return { ...s, items: songs.slice(), order, pos: s.shuffle ? 0 : first };
}

/** Add songs at the end (after the current song's place in play order when shuffled: the end too). */
export function enqueue(s: QueueState, songs: Song[]): QueueState {
  if (songs.length === 0) return s;
  const base = s.items.length;
  const items = [...s.items, ...songs];
  const order = [...s.order, ...songs.map((_, i) => base + i)];
  return { ...s, items, order, pos: s.pos < 0 ? base : s.pos };
}

/** Play `songs` right after the current one. */
export function playNext(s: QueueState, songs: Song[]): QueueState {
  if (songs.length === 0) return s;
  if (s.pos < 0) return enqueue(s, songs);
  const base = s.items.length;
  const items = [...s.items, ...songs];
  const order = [...s.order];
  order.splice(s.pos + 1, 0, ...songs.map((_, i) => base + i));
  return { ...s, items, order };
}

/**
 * The next song. `auto` = the current one ended by itself: then repeat-one plays it again.
 * Past the end: repeat-all wraps, otherwise the queue stops (pos stays, `ended` is true).
 */
export function next(s: QueueState, auto = false): { state: QueueState; ended: boolean } {
  if (s.order.length === 0) return { state: s, ended: true };
  if (auto && s.repeat === 'one') return { state: s, ended: false };
  if (s.pos + 1 < s.order.length) return { state: { ...s, pos: s.pos + 1 }, ended: false };
  if (s.repeat === 'all' || (s.repeat === 'one' && !auto)) return { state: { ...s, pos: 0 }, ended: false };
  return { state: s, ended: true };
}

/** The previous song; at the start, repeat-all wraps to the end, otherwise stays on the first. */
export function prev(s: QueueState): QueueState {
  if (s.order.length === 0) return s;
  if (s.pos > 0) return { ...s, pos: s.pos - 1 };
  if (s.repeat === 'all') return { ...s, pos: s.order.length - 1 };
  return { ...s, pos: 0 };
}

/** Jump to the n-th song in play order. */
export function jumpTo(s: QueueState, pos: number): QueueState {
  if (pos < 0 || pos >= s.order.length) return s;
  return { ...s, pos };
}

/**
 * Shuffle on: the current song stays current and first, the rest is shuffled after it.
 * Shuffle off: back to queue order, still on the same song.
 */
export function setShuffle(s: QueueState, on: boolean, random: Random = Math.random): QueueState {
  if (on === s.shuffle) return s;
  const cur = s.pos >= 0 ? s.order[s.pos] : null;
  if (on) {
    return { ...s, shuffle: true, order: shuffled(s.items.length, cur, random), pos: cur === null ? -1 : 0 };
  }
  return { ...s, shuffle: false, order: range(s.items.length), pos: cur === null ? -1 : cur };
}

export function cycleRepeat(r: Repeat): Repeat {
  return r === 'off' ? 'all' : r === 'all' ? 'one' : 'off';
}

/** Remove the song at play-order position `pos`; the current song stays current when it is another. */
export function removeAt(s: QueueState, pos: number): QueueState {
  if (pos < 0 || pos >= s.order.length) return s;
  const itemIndex = s.order[pos];
  const items = s.items.filter((_, i) => i !== itemIndex);
  const order = s.order.filter((_, i) => i !== pos).map((i) => (i > itemIndex ? i - 1 : i));
  let p = s.pos;
  if (pos < s.pos) p -= 1;
  else if (pos === s.pos && p >= order.length) p = order.length - 1;
  return { ...s, items, order, pos: order.length === 0 ? -1 : p };
}

/** The songs in play order (what the queue panel shows). */
export function upcoming(s: QueueState): Song[] {
  return s.order.map((i) => s.items[i]);
}
