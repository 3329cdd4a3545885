import { describe, expect, it } from 'vitest';
import { readLogFrames } from '../../../../electron/server/file-store.js';

function frame(...bytes: number[]): number[] {
  return [bytes.length, 0, 0, 0, ...bytes];
}

describe('the update log', () => {
  it.each<[string, number[], number[][]]>([
    ['empty', [], []],
    ['whole frames', [...frame(1, 2), ...frame(3)], [[1, 2], [3]]],
    ['a torn header at the end', [...frame(1, 2), 5, 0], [[1, 2]]],
    ['a torn body at the end', [...frame(1, 2), 3, 0, 0, 0, 9], [[1, 2]]],
    ['an empty frame', [...frame(), ...frame(7)], [[], [7]]],
  ])('reads %s', (_name, bytes, expected) => {
    expect(readLogFrames(Uint8Array.from(bytes)).map((item) => [...item])).toEqual(expected);
  });
});
