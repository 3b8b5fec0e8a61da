import {describe, expect, it} from 'vitest';
import {requestInit} from '../../scripts/lab-checker/checks/http';

describe('requestInit (what an HTTP check sends)', () => {
  it('sends JSON with its content type', () => {
    expect(requestInit({method: 'POST', path: '/p', json: {a: 1}, expectStatus: 200})).toEqual({
      method: 'POST',
      body: '{"a":1}',
      headers: {'content-type': 'application/json'},
    });
  });

  it('sends a raw body as it is, with the headers given', () => {
    expect(requestInit({method: 'POST', path: '/p', body: '{"a": NaN', headers: {'content-type': 'text/plain'}, expectStatus: 415})).toEqual({
      method: 'POST',
      body: '{"a": NaN',
      headers: {'content-type': 'text/plain'},
    });
  });

  it('lets headers override the JSON content type, and sends nothing extra for a plain GET', () => {
    expect(requestInit({method: 'POST', path: '/p', json: [], headers: {'content-type': 'text/csv'}, expectStatus: 415}).headers).toEqual({
      'content-type': 'text/csv',
    });
    expect(requestInit({method: 'GET', path: '/p', expectStatus: 200})).toEqual({method: 'GET'});
  });
});
