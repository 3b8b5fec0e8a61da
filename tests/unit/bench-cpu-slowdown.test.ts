import {describe, expect, it} from 'vitest';
import {cpuSlowdown, DEFAULT_CPU_SLOWDOWN} from '../../scripts/bench/cpu-slowdown';

describe("the bench's --cpu-slowdown", () => {
  it("is Lighthouse's mobile preset unless asked for", () => {
    expect(cpuSlowdown([])).toBe(4);
    expect(cpuSlowdown(['--only=site'])).toBe(DEFAULT_CPU_SLOWDOWN);
  });

  it('takes the number given', () => {
    expect(cpuSlowdown(['--only=site', '--cpu-slowdown=8'])).toBe(8);
    expect(cpuSlowdown(['--cpu-slowdown=2.5'])).toBe(2.5);
  });

  it('refuses what is not a slowdown, and says what it takes', () => {
    for (const bad of ['', 'fast', '0', '0.5', '-4', '100', 'Infinity']) {
      expect(() => cpuSlowdown([`--cpu-slowdown=${bad}`])).toThrow(/--cpu-slowdown takes a number from 1 to 20/);
    }
  });
});
