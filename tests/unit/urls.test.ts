import { describe, expect, it } from 'vitest';
import {
  clientPath, diagnosePath, entryHomePath, entryPath, failurePath, kindPath, localePath, providerPath, statusPath,
} from '../../src/lib/urls';

describe('urls', () => {
  it('builds the permanent paths', () => {
    expect(statusPath(429)).toBe('/status/429/');
    expect(kindPath('rate_limit')).toBe('/kinds/rate-limit/');
    expect(clientPath('claude-code')).toBe('/clients/claude-code/');
    expect(providerPath('azure-openai')).toBe('/providers/azure-openai/');
    expect(failurePath('tls')).toBe('/failures/tls/');
    expect(diagnosePath()).toBe('/diagnose/');
  });

  it('anchors an entry on its first status page', () => {
    const entry = { id: 'openai-insufficient-quota', statuses: [429], failure: undefined };
    expect(entryHomePath(entry)).toBe('/status/429/');
    expect(entryPath(entry)).toBe('/status/429/#openai-insufficient-quota');
    expect(entryPath({ id: 'x', statuses: [503, 429] })).toBe('/status/503/#x');
  });

  it('anchors an entry without a status on its failure page', () => {
    expect(entryPath({ id: 'curl-exit-28', statuses: [], failure: 'timeout' })).toBe('/failures/timeout/#curl-exit-28');
  });

  it('prefixes Chinese paths and leaves English at the root', () => {
    expect(localePath('/status/429/', 'en')).toBe('/status/429/');
    expect(localePath('/status/429/#a', 'zh-cn')).toBe('/zh-cn/status/429/#a');
  });
});
