import type { ZodTypeAny } from 'astro/zod';

/**
 * JSON Schema (draft-07) of the zod 3 types the catalogue schema uses. Written here because zod-to-json-schema,
 * bundled by Vite next to zod 4, silently returns an empty schema for astro/zod's zod 3 objects.
 */
type JsonSchema = Record<string, unknown>;

interface Def {
  typeName: string;
  [key: string]: unknown;
}

const defOf = (schema: ZodTypeAny) => schema._def as Def;

function checks(def: Def, kind: 'string' | 'number' | 'array'): JsonSchema {
  const out: JsonSchema = {};
  if (kind === 'array') {
    const min = def['minLength'] as { value: number } | null;
    if (min) out['minItems'] = min.value;
    return out;
  }
  for (const check of (def['checks'] as { kind: string; value?: number; regex?: RegExp; inclusive?: boolean }[]) ?? []) {
    if (check.kind === 'min' && kind === 'string') out['minLength'] = check.value;
    if (check.kind === 'min' && kind === 'number') out[check.inclusive === false ? 'exclusiveMinimum' : 'minimum'] = check.value;
    if (check.kind === 'regex' && check.regex) out['pattern'] = check.regex.source;
    if (check.kind === 'url') out['format'] = 'uri';
  }
  return out;
}

export function toJsonSchema(schema: ZodTypeAny): JsonSchema {
  const def = defOf(schema);
  switch (def.typeName) {
    case 'ZodObject': {
      const shape = (def['shape'] as () => Record<string, ZodTypeAny>)();
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, value] of Object.entries(shape)) {
        properties[key] = toJsonSchema(value);
        const inner = defOf(value).typeName;
        if (inner !== 'ZodOptional' && inner !== 'ZodDefault') required.push(key);
      }
      const strict = def['unknownKeys'] === 'strict';
      return { type: 'object', properties, ...(required.length ? { required } : {}), ...(strict ? { additionalProperties: false } : {}) };
    }
    case 'ZodString':
      return { type: 'string', ...checks(def, 'string') };
    case 'ZodNumber':
      return { type: 'number', ...checks(def, 'number') };
    case 'ZodBoolean':
      return { type: 'boolean' };
    case 'ZodLiteral':
      return { const: def['value'] };
    case 'ZodEnum':
      return { type: 'string', enum: def['values'] };
    case 'ZodArray':
      return { type: 'array', items: toJsonSchema(def['type'] as ZodTypeAny), ...checks(def, 'array') };
    case 'ZodUnion': {
      const options = (def['options'] as ZodTypeAny[]).map(toJsonSchema);
      const consts = options.map((o) => o['const']);
      return consts.every((c) => c !== undefined) ? { enum: consts } : { anyOf: options };
    }
    case 'ZodRecord':
      return { type: 'object', additionalProperties: toJsonSchema(def['valueType'] as ZodTypeAny) };
    case 'ZodNullable':
      return { anyOf: [toJsonSchema(def['innerType'] as ZodTypeAny), { type: 'null' }] };
    case 'ZodOptional':
    case 'ZodDefault':
      return toJsonSchema(def['innerType'] as ZodTypeAny);
    case 'ZodEffects':
      return toJsonSchema(def['schema'] as ZodTypeAny);
    default:
      throw new Error(`toJsonSchema: no JSON Schema for ${def.typeName}`);
  }
}
