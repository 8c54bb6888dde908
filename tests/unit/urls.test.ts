import { describe, expect, it } from 'vitest';
import {
  clientPath, diagnosePath, entryHomePath, entryPath, entryTopicPath, failurePath, kindPath, localePath, PAGES_BY_FAMILY, providerPath, statusPath,
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
    const entry = { id: 'anthropic-overloaded', family: 'anthropic', statuses: [529], failure: undefined };
    expect(entryTopicPath(entry)).toBe('/status/529/');
    expect(entryHomePath(entry)).toBe('/status/529/');
    expect(entryPath(entry)).toBe('/status/529/#anthropic-overloaded');
    expect(entryPath({ id: 'x', family: 'relay', statuses: [503, 429] })).toBe('/status/503/#x');
  });

  it('anchors an entry without a status on its failure page', () => {
    expect(entryPath({ id: 'curl-exit-28', family: 'curl', statuses: [], failure: 'timeout' })).toBe('/failures/timeout/#curl-exit-28');
  });

  it('homes an entry of a page split by family on its family page below that page', () => {
    const entry = { id: 'openai-insufficient-quota', family: 'openai', statuses: [429, 403], failure: undefined };
    expect(PAGES_BY_FAMILY.has('/status/429/')).toBe(true);
    expect(entryTopicPath(entry)).toBe('/status/429/');
    expect(entryHomePath(entry)).toBe('/status/429/openai/');
    expect(entryPath(entry)).toBe('/status/429/openai/#openai-insufficient-quota');
    expect(entryPath({ id: 'curl-exit-7', family: 'curl', statuses: [], failure: 'connection' })).toBe('/failures/connection/curl/#curl-exit-7');
  });

  it('prefixes Chinese paths and leaves English at the root', () => {
    expect(localePath('/status/429/', 'en')).toBe('/status/429/');
    expect(localePath('/status/429/#a', 'zh-cn')).toBe('/zh-cn/status/429/#a');
  });
});
