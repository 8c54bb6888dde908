import { localize, type Lang, type Localized } from './i18n';

/** Labels the pages, the island and the CLI share. */
const text = {
  status: { en: 'Status', 'zh-cn': '状态码' },
  noStatus: { en: 'No HTTP status', 'zh-cn': '无 HTTP 状态码' },
  kind: { en: 'Kind', 'zh-cn': '类型' },
  retry: { en: 'Retry', 'zh-cn': '是否重试' },
  retryable: { en: 'Retryable', 'zh-cn': '可以重试' },
  notRetryable: { en: 'Do not retry: fix it first', 'zh-cn': '不要重试：先修复' },
  sdkRetries: { en: 'Official SDKs retry it by default', 'zh-cn': '官方 SDK 默认会自动重试' },
  sdkNoRetries: { en: 'Official SDKs do not retry it', 'zh-cn': '官方 SDK 不会自动重试' },
  providers: { en: 'Providers', 'zh-cn': '服务商' },
  anyProvider: { en: 'Any provider', 'zh-cn': '任意服务商' },
  clients: { en: 'Printed by', 'zh-cn': '出现于' },
  signals: { en: 'Signals', 'zh-cn': '特征字符串' },
  example: { en: 'What the message looks like', 'zh-cn': '报错长什么样' },
  fixes: { en: 'How to fix it', 'zh-cn': '如何修复' },
  avoid: { en: 'Avoid', 'zh-cn': '不要这样做' },
  sources: { en: 'Sources', 'zh-cn': '来源' },
  checked: { en: 'checked', 'zh-cn': '核对于' },
  copy: { en: 'Copy', 'zh-cn': '复制' },
  copied: { en: 'Copied', 'zh-cn': '已复制' },
  unsupported: { en: 'Not possible in this tool', 'zh-cn': '该工具无法做到' },
  noEntries: { en: 'No catalogue entries yet.', 'zh-cn': '目录中暂无条目。' },
} satisfies Record<string, Localized>;

export type UiTextKey = keyof typeof text;

export function t(key: UiTextKey, lang: Lang): string {
  return localize(text[key], lang);
}
