import { foldForMatching } from './normalize';
import type { Match } from './score';

const MAX_LINES = 2000;
/**
 * Between two errors of one log: the first was retried, the program fell back to another model, or the lines are
 * separate log records. A message that only asks for a retry ("Please retry in 47s", "You can retry your request")
 * is one error's own words, not a second attempt.
 */
const RETRY_BETWEEN = /retrying|retried|retries|\bretry\s{0,2}(?:#|\d|\(|attempt)|attempt|trying next|falling back|重试/i;
const LOG_RECORD = /^\s*(?:\[?\d{4}-\d{2}-\d{2}|\[?\d{2}:\d{2}:\d{2}|\[(?:ERROR|WARN|INFO|DEBUG)\]|(?:ERROR|WARN|INFO)\b|⎿|⏺|>)/;

export interface LogErrors {
  /** The match that decides: the last distinct error of the log, or the best match when there is one error. */
  decisive: Match;
  /** Every distinct error the log holds, in the order it appears; empty when there is only one. */
  errors: Match[];
}

/** The last line of `lines` (folded) that holds one of the match's signals, or -1. */
function lastLineOf(match: Match, folded: readonly string[]): number {
  for (let i = folded.length - 1; i >= 0; i--) if (match.signals.some((s) => folded[i]!.includes(s))) return i;
  return -1;
}

/**
 * Logs with several errors: the error that ended the run decides, not the first one. Two accepted matches of
 * different kinds (wrappers and kind phrases aside) are different errors of one log when they stand on different
 * lines and the log shows it moved on between them: a retry, or separate log records. Otherwise the best match
 * stands (a cause chain or one long message can name several kinds at once).
 */
export function lastError(best: Match, matches: readonly Match[], text: string, accept: number): LogErrors {
  const alone = { decisive: best, errors: [] };
  if (best.entry.wrapper || best.entry.hint) return alone;
  const byKind = new Map<string, Match>();
  for (const m of matches) {
    if (m.score < accept || m.entry.hint || m.entry.wrapper) continue;
    const known = byKind.get(m.entry.kind);
    if (!known || m.score > known.score) byKind.set(m.entry.kind, m);
  }
  if (byKind.size < 2) return alone;
  const lines = text.split('\n', MAX_LINES);
  const folded = lines.map(foldForMatching);
  const placed = [...byKind.values()].map((m) => ({ m, line: lastLineOf(m, folded) })).filter((p) => p.line >= 0).sort((a, b) => a.line - b.line);
  if (placed.length < 2) return alone;
  const first = placed[0]!;
  const last = placed[placed.length - 1]!;
  if (first.line === last.line) return alone;
  const between = lines.slice(first.line, last.line + 1);
  const movedOn = RETRY_BETWEEN.test(between.join('\n')) || (LOG_RECORD.test(lines[first.line]!) && LOG_RECORD.test(lines[last.line]!));
  return movedOn ? { decisive: last.m, errors: placed.map((p) => p.m) } : alone;
}
