import type { ToolId } from '../catalog/ids';
import type { ClassifierData } from './data';
import type { Pattern } from './signal-index';

/** A runtime (Python, Node, curl) is named only on this much marker weight. */
const MIN_RUNTIME_WEIGHT = 2;

export interface Printer {
  /** The program that printed the paste, named on a marker it alone prints: a tool or a client (clients.json); else null. */
  client: string | null;
  /** Failing a program, the runtime whose traceback or stack the paste is (Python, Node, curl); else null. */
  runtime: ToolId | null;
  /** The tool whose fixes apply: the client itself when it is a tool, else its runtime. */
  tool: ToolId | null;
}

/**
 * Who printed the paste. A program (Claude Code, Cursor, LiteLLM…) is named only on a marker it alone prints; a
 * marker several programs print ("API Error:") adds weight but names nobody. Failing a program, the runtime whose
 * markers weigh most (a Python traceback, a Node stack) is named as the runtime, not as the printer: most such pastes
 * come from an app the paste does not name (a Discord bot's traceback, an agent's Node stack).
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
  const runtime = program ? null : (heaviest([...weight.keys()].filter((id) => isRuntime(id) && weight.get(id)! >= MIN_RUNTIME_WEIGHT)) as ToolId | null);
  return { client: program, runtime, tool: toolOf(data, program ?? runtime) };
}

/** The tool whose fixes apply to a printer. */
export function toolOf(data: ClassifierData, client: string | null): ToolId | null {
  if (client === null) return null;
  if (client in data.runtimeOf) return client as ToolId;
  return data.clientRuntime[client] ?? null;
}
