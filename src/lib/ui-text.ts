import { localize, type Lang, type Localized } from './i18n';

/** Labels the pages, the island and the CLI share. */
/** Every label, in every language. */
export const UI_TEXT = {
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
  verdictUnknown: { en: 'No verdict: the paste was not recognised', 'zh-cn': '无结论：未能识别这段报错' },
  verdictFix: { en: 'Do not retry: fix the cause first', 'zh-cn': '不要重试：先修复原因' },
  verdictRetryNow: { en: 'Retry now', 'zh-cn': '现在即可重试' },
  verdictWaitServer: { en: 'Wait {n} s, then retry (the server asked for it)', 'zh-cn': '等待 {n} 秒后重试（服务器要求）' },
  verdictWaitAbout: { en: 'Retry after about {n} s, backing off exponentially', 'zh-cn': '约 {n} 秒后重试，并按指数退避' },
  verdictBackoff: { en: 'Retry with exponential backoff and jitter', 'zh-cn': '带随机抖动的指数退避重试' },
  sdkAlreadyRetried: { en: 'The official SDK already retried it 2 times before showing it.', 'zh-cn': '官方 SDK 在抛出之前已经自动重试了 2 次。' },
  claudeCodeAlreadyRetried: {
    en: 'Claude Code already retried it (up to CLAUDE_CODE_MAX_RETRIES, 10 by default).',
    'zh-cn': 'Claude Code 已经自动重试过（最多 CLAUDE_CODE_MAX_RETRIES 次，默认 10 次）。',
  },
  pasteLabel: { en: 'Paste an error, traceback, log or curl output', 'zh-cn': '粘贴报错信息、堆栈、日志或 curl 输出' },
  pastePlaceholder: {
    en: 'e.g. openai.RateLimitError: Error code: 429 - {...}   (or drop a log file here)',
    'zh-cn': '例如 openai.RateLimitError: Error code: 429 - {...}（也可以把日志文件拖到这里）',
  },
  privacyNote: {
    en: 'Diagnosed in your browser. Nothing you paste is sent anywhere; keys are removed before anything is shown or shared.',
    'zh-cn': '在浏览器本地诊断，粘贴的内容不会发送到任何地方；展示或分享前会先移除密钥。',
  },
  examples: { en: 'Try an example', 'zh-cn': '试试示例' },
  fileTooLarge: { en: 'That file is {n} MB; only the first 2 MB were read.', 'zh-cn': '该文件有 {n} MB，只读取了前 2 MB。' },
  fileUnreadable: { en: 'That file could not be read as text.', 'zh-cn': '无法把该文件读取为文本。' },
  pasteTruncated: { en: 'The paste is {n} MB; only the first 2 MB are diagnosed.', 'zh-cn': '粘贴内容有 {n} MB，只诊断前 2 MB。' },
  resultHeading: { en: 'Diagnosis', 'zh-cn': '诊断结果' },
  provider: { en: 'Provider', 'zh-cn': '服务商' },
  client: { en: 'Printed by', 'zh-cn': '出现于' },
  confidence: { en: 'Confidence', 'zh-cn': '置信度' },
  cause: { en: 'Cause', 'zh-cn': '原因' },
  requestId: { en: 'Request id to give support', 'zh-cn': '提供给客服的请求 ID' },
  evidence: { en: 'What gave it away', 'zh-cn': '判断依据' },
  echoTitle: { en: 'Your paste, keys removed', 'zh-cn': '你粘贴的内容（已移除密钥）' },
  keysRemoved: { en: '{n} key(s) removed', 'zh-cn': '已移除 {n} 个密钥' },
  noKeys: { en: 'No keys found', 'zh-cn': '未发现密钥' },
  entryLink: { en: 'Full entry on its page', 'zh-cn': '查看完整条目' },
  kindLink: { en: 'About this kind of error', 'zh-cn': '关于这类错误' },
  alternatives: { en: 'Other likely matches', 'zh-cn': '其他可能的匹配' },
  notRecognised: { en: 'Not recognised', 'zh-cn': '未能识别' },
  notRecognisedHelp: {
    en: 'Paste the whole traceback or response body, including the status line, or search the reference for a distinctive phrase of the message.',
    'zh-cn': '请粘贴完整的堆栈或响应体（包括状态行），或者用报错里有特征的短语搜索本站。',
  },
  fallbackNote: { en: 'No catalogue entry matched; the verdict comes from {n}.', 'zh-cn': '没有匹配到目录条目；结论来自 {n}。' },
  share: { en: 'Copy a share link', 'zh-cn': '复制分享链接' },
  shareCopied: { en: 'Link copied', 'zh-cn': '链接已复制' },
  shareNote: {
    en: 'The link carries the text shown above with keys removed, inside the URL fragment (#), which browsers never send to a server.',
    'zh-cn': '链接包含上方已移除密钥的文本，放在 URL 片段（#）中，浏览器不会把它发送给任何服务器。',
  },
  shareFailed: { en: 'Could not copy; select the link below.', 'zh-cn': '复制失败，请手动选择下面的链接。' },
  openFull: { en: 'Open the full diagnosis', 'zh-cn': '打开完整诊断' },
  sharedLoaded: { en: 'Loaded from a shared link.', 'zh-cn': '已从分享链接载入。' },
  sharedBroken: { en: 'The shared link is damaged and could not be read.', 'zh-cn': '分享链接已损坏，无法读取。' },
  dataMissing: { en: 'The diagnosis data of this page did not load; reload the page.', 'zh-cn': '本页的诊断数据未能加载，请刷新页面。' },
  noFixForTool: { en: 'No fix recipe for this tool.', 'zh-cn': '暂无针对该工具的修复方法。' },
} satisfies Record<string, Localized>;

export type UiTextKey = keyof typeof UI_TEXT;

export function t(key: UiTextKey, lang: Lang): string {
  return localize(UI_TEXT[key], lang);
}
