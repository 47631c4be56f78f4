/**
 * Reading parsed YAML or JSON whose shape is not known yet (before the schema, or a manifest
 * that may not be ours): only own properties, so `__proto__` or `constructor` is never
 * inherited from Object, and anything of the wrong kind reads as absent.
 */
export function field(value: unknown, key: string | number): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
