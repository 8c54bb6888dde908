/** Sidebar groups; each group lists the pages of one folder under content/docs, so pages and sidebar cannot drift. */
const group = (label: string, zh: string, directory: string, collapsed = false) => ({
  label,
  translations: { 'zh-CN': zh },
  collapsed,
  autogenerate: { directory },
});

export const sidebar = [
  { label: 'Diagnose an error', translations: { 'zh-CN': '诊断错误' }, link: '/diagnose/' },
  group('Guides', '指南', 'guides'),
  group('HTTP status codes', 'HTTP 状态码', 'status'),
  group('Failures without a status', '无状态码的失败', 'failures'),
  group('Error kinds', '错误类型', 'kinds', true),
  group('Providers', '服务商', 'providers', true),
  group('Clients and tools', '客户端与工具', 'clients', true),
];
