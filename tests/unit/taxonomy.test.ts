import { describe, expect, it } from 'vitest';
import { KINDS, KIND_IDS, getKind, isKindId, kindSlug } from '../../src/lib/taxonomy';

describe('taxonomy', () => {
  it('has the 19 kinds in a fixed order', () => {
    expect(KIND_IDS).toHaveLength(19);
    expect(new Set(KIND_IDS).size).toBe(19);
    expect(KINDS.map((k) => k.id)).toEqual([...KIND_IDS]);
  });

  it.each([
    ['auth', false], ['permission', false], ['region', false], ['billing', false], ['model_not_found', false],
    ['endpoint_not_found', false], ['invalid_request', false], ['context_length', false], ['content_filter', false],
    ['request_too_large', false], ['rate_limit', true], ['overloaded', true], ['server_error', true],
    ['gateway_timeout', true], ['timeout', true], ['connection', true], ['dns', false], ['tls', false], ['unknown', null],
  ] as const)('%s defaults to retryable=%s', (id, retryable) => {
    expect(getKind(id).retryable).toBe(retryable);
  });

  it('gives every kind a one-line meaning in English and Chinese', () => {
    for (const kind of KINDS) {
      expect(kind.meaning.en).toMatch(/\.$/);
      expect(kind.meaning.en.split('\n')).toHaveLength(1);
      expect(kind.meaning['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('recognises kind ids and builds slugs', () => {
    expect(isKindId('rate_limit')).toBe(true);
    expect(isKindId('rate-limit')).toBe(false);
    expect(isKindId(undefined)).toBe(false);
    expect(kindSlug('model_not_found')).toBe('model-not-found');
    expect(kindSlug('tls')).toBe('tls');
  });
});
