import {describe, expect, it} from 'vitest';
import {median} from '../../scripts/bench/median';

describe("the bench's medians", () => {
  it('take the middle run, whatever order the runs came in', () => {
    expect(median([77, 95, 82])).toBe(82);
    expect(median([95, 77, 82])).toBe(82);
    expect(median([90])).toBe(90);
  });

  it('take the lower middle of an even count, and leave out runs without a score', () => {
    expect(median([80, 70, 90, 60])).toBe(70);
    expect(median([null, 88, null])).toBe(88);
    expect(median([null])).toBeNull();
  });
});
