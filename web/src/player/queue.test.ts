import { describe, expect, it } from 'vitest';
import type { Song } from '../api/types';
import * as Q from './queue';

const songs: Song[] = [1, 2, 3, 4, 5].map((id) => ({ id, title: `S${id}` }));
const ids = (s: Q.QueueState) => Q.upcoming(s).map((x) => x.id);
const cur = (s: Q.QueueState) => Q.current(s)?.id ?? null;
/** a deterministic "random" */
const seq = (...xs: number[]) => {
  let i = 0;
  return () => xs[i++ % xs.length];
};

describe('queue', () => {
  it('plays a list from a chosen song and goes next / previous', () => {
    let s = Q.playList(Q.emptyQueue, songs, 2);
    expect(cur(s)).toBe(3);
    s = Q.next(s).state;
    expect(cur(s)).toBe(4);
    s = Q.prev(Q.prev(s));
    expect(cur(s)).toBe(2);
  });

  it('stops at the end without repeat, and stays on the first song going back', () => {
    let s = Q.playList(Q.emptyQueue, songs, 4);
    const r = Q.next(s, true);
    expect(r.ended).toBe(true);
    expect(cur(r.state)).toBe(5);
    s = Q.prev(Q.playList(Q.emptyQueue, songs, 0));
    expect(cur(s)).toBe(1);
  });

  it('repeat all wraps both ways', () => {
    let s: Q.QueueState = { ...Q.playList(Q.emptyQueue, songs, 4), repeat: 'all' };
    const r = Q.next(s, true);
    expect(r.ended).toBe(false);
    expect(cur(r.state)).toBe(1);
    s = Q.prev(r.state);
    expect(cur(s)).toBe(5);
  });

  it('repeat one repeats when the song ends, but Next still moves on', () => {
    const s = { ...Q.playList(Q.emptyQueue, songs, 1), repeat: 'one' as const };
    expect(cur(Q.next(s, true).state)).toBe(2);
    expect(cur(Q.next(s, false).state)).toBe(3);
  });

  it('cycles repeat off → all → one → off', () => {
    expect(Q.cycleRepeat('off')).toBe('all');
    expect(Q.cycleRepeat('all')).toBe('one');
    expect(Q.cycleRepeat('one')).toBe('off');
  });

  it('shuffle keeps the current song first and plays every song once', () => {
    let s = Q.playList(Q.emptyQueue, songs, 2);
    s = Q.setShuffle(s, true, seq(0.1, 0.9, 0.5, 0.3));
    expect(s.shuffle).toBe(true);
    expect(cur(s)).toBe(3);
    expect(ids(s)[0]).toBe(3);
    expect([...ids(s)].sort()).toEqual([1, 2, 3, 4, 5]);
    const played = [cur(s)];
    for (let r = Q.next(s, true); !r.ended; r = Q.next(r.state, true)) played.push(cur(r.state));
    expect(played.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('shuffle off returns to queue order on the same song', () => {
    let s = Q.setShuffle(Q.playList(Q.emptyQueue, songs, 0), true, seq(0.99, 0.2, 0.7));
    s = Q.next(s).state;
    const playing = cur(s);
    s = Q.setShuffle(s, false);
    expect(ids(s)).toEqual([1, 2, 3, 4, 5]);
    expect(cur(s)).toBe(playing);
  });

  it('with shuffle on, a new list starts with the chosen song', () => {
    const s = Q.playList({ ...Q.emptyQueue, shuffle: true }, songs, 3, seq(0.5));
    expect(cur(s)).toBe(4);
    expect(s.pos).toBe(0);
  });

  it('enqueue appends, and starts an empty queue', () => {
    let s = Q.enqueue(Q.emptyQueue, [songs[0]]);
    expect(cur(s)).toBe(1);
    s = Q.enqueue(s, [songs[1], songs[2]]);
    expect(ids(s)).toEqual([1, 2, 3]);
    expect(cur(s)).toBe(1);
  });

  it('play next inserts right after the current song', () => {
    let s = Q.playList(Q.emptyQueue, songs.slice(0, 3), 0);
    s = Q.playNext(s, [songs[4]]);
    expect(ids(s)).toEqual([1, 5, 2, 3]);
    expect(cur(Q.next(s).state)).toBe(5);
  });

  it('removing songs keeps the current one current', () => {
    let s = Q.playList(Q.emptyQueue, songs, 2);
    s = Q.removeAt(s, 0);
    expect(ids(s)).toEqual([2, 3, 4, 5]);
    expect(cur(s)).toBe(3);
    s = Q.removeAt(s, 3);
    expect(cur(s)).toBe(3);
    s = Q.removeAt(s, 1); // the current one: the next takes its place
    expect(cur(s)).toBe(4);
    s = Q.removeAt(Q.removeAt(Q.removeAt(s, 0), 0), 0);
    expect(s.pos).toBe(-1);
    expect(cur(s)).toBeNull();
  });

  it('jumpTo ignores positions outside the queue', () => {
    const s = Q.playList(Q.emptyQueue, songs, 0);
    expect(cur(Q.jumpTo(s, 4))).toBe(5);
    expect(Q.jumpTo(s, 9)).toBe(s);
  });

  it('an empty list empties the queue', () => {
    const s = Q.playList(Q.playList(Q.emptyQueue, songs, 1), [], 0);
    expect(cur(s)).toBeNull();
    expect(Q.next(s).ended).toBe(true);
  });
});
