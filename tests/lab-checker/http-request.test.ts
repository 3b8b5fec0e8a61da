import {describe, expect, it} from 'vitest';
import {answerProblem, requestInit} from '../../scripts/lab-checker/checks/http';
import type {HttpExpectation} from '../../lib/labs/manifest';

describe('requestInit (what an HTTP check sends)', () => {
  it('sends JSON with its content type', () => {
    expect(requestInit({method: 'POST', path: '/p', json: {a: 1}, expectStatus: 200})).toEqual({
      method: 'POST',
      body: '{"a":1}',
      headers: {'content-type': 'application/json'},
    });
  });

  it('sends a raw body as it is, with the headers given', () => {
    expect(
      requestInit({method: 'POST', path: '/p', body: '{"a": NaN', headers: {'content-type': 'text/plain'}, expectStatus: 415}),
    ).toEqual({
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

describe('answerProblem (what an HTTP check accepts)', () => {
  const json = (value: unknown): string => JSON.stringify(value);
  const apiError: HttpExpectation = {method: 'GET', path: '/nope', expectStatus: 404, expectJsonIncludes: {error: 'no such endpoint'}};
  const refused: HttpExpectation = {
    method: 'GET',
    path: '/predict?x',
    expectStatus: 400,
    refusedByServer: "the request line is over gunicorn's limit",
  };
  const gunicornPage =
    '<html><head><title>Bad Request</title></head><body><h1><p>Bad Request</p></h1>Request Line is too large (20023 &gt; 4094)</body></html>';

  it('wants an API error as JSON, with the status and text expected', () => {
    expect(answerProblem(apiError, 404, json({error: 'no such endpoint: /nope'}))).toBeUndefined();
    expect(answerProblem(apiError, 404, '<!doctype html><title>404 Not Found</title>')).toMatch(/expected a JSON body/);
    expect(answerProblem(apiError, 500, json({error: 'internal error'}))).toMatch(/expected status 404, got 500/);
  });

  it("takes the server's own refusal, a 4xx page that is not JSON, where the request never reaches the app", () => {
    expect(answerProblem(refused, 400, gunicornPage)).toBeUndefined();
  });

  it('refuses, for such a request, an answer from the app, an accepted request or a server error', () => {
    expect(answerProblem(refused, 400, json({error: 'missing field: sepal_width', field: 'sepal_width'}))).toMatch(/the app answered/);
    expect(answerProblem(refused, 200, json({species: 'setosa'}))).toMatch(/expected status 400, got 200/);
    expect(answerProblem(refused, 502, '<html>Bad Gateway</html>')).toMatch(/expected status 400, got 502/);
    expect(answerProblem(refused, 500, 'Internal Server Error')).toMatch(/expected status 400, got 500/);
  });
});
