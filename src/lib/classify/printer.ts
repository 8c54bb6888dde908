import type { ToolId } from '../catalog/ids';
import type { ClassifierData } from './data';
import type { Pattern } from './signal-index';

/** A runtime (Python, Node, curl) is named only on this much marker weight. */
const MIN_RUNTIME_WEIGHT = 2;

export interface Printer {
  /** The program that printed the paste: a tool, a client (clients.json) or a runtime; null when nothing says. */
  client: string | null;
  /** The tool whose fixes apply: the client itself when it is a tool, else its runtime. */
  tool: ToolId | null;
}

/**
 * Who printed the paste. A program (Claude Code, Cursor, LiteLLM…) is named only on a marker it alone prints; a
 * marker several programs print ("API Error:") adds weight but names nobody. Failing a program, the runtime whose
 * markers weigh most (a Python traceback, a Node stack), or nobody.
 */
export function printerOf(data: ClassifierData, matched: readonly Pattern[]): Printer {
  const weight = new Map<string, number>();
  const exclusive = new Set<string>();
  for (const pattern of matched) {
    if (pattern.type !== 'client') continue;
    weight.set(pattern.id, (weight.get(pattern.id) ?? 0) + pattern.weight);
    if (pattern.exclusive) exclusive.add(pattern.id);
  }
  const isRuntime = (id: string) => id in data.runtimeOf && data.runtimeOf[id as ToolId] === id;
  const heaviest = (ids: string[]) => ids.sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b))[0] ?? null;
  const program = heaviest([...exclusive].filter((id) => !isRuntime(id)));
  const client = program ?? heaviest([...weight.keys()].filter((id) => isRuntime(id) && weight.get(id)! >= MIN_RUNTIME_WEIGHT));
  return { client, tool: toolOf(data, client) };
}

/** The tool whose fixes apply to a printer. */
export function toolOf(data: ClassifierData, client: string | null): ToolId | null {
  if (client === null) return null;
  if (client in data.runtimeOf) return client as ToolId;
  return data.clientRuntime[client] ?? null;
}
