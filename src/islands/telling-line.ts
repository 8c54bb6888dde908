/** The line of a (redacted) paste most worth searching for: the last that reads like an error, else the last line. */
export function tellingLine(redacted: string): string {
  const lines = redacted.split('\n').map((l) => l.trim()).filter((l) => /\p{L}{3}/u.test(l));
  const line = [...lines].reverse().find((l) => /error|exception|fail|denied|invalid|refused|timed? ?out|错误|失败|异常|无效|拒绝|超时/i.test(l)) ?? lines[lines.length - 1] ?? '';
  return line.replace(/[{}[\]"']/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}
