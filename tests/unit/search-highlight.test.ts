import {describe, expect, it} from 'vitest';
import {searchedWords} from '../../src/plugins/search-highlight/search-term-marks';

describe('search marks', () => {
  it('mark each searched word, any case, once, as mark.js does by default', () => {
    expect(searchedWords(['port  allocated', 'Port'])).toEqual(['port', 'allocated']);
    expect(searchedWords('docker')).toEqual(['docker']);
    expect(searchedWords(['', '  '])).toEqual([]);
  });
});
