/**
 * State shared by every bundle of this server process: route handlers and the background workers each load their own
 * copy of a module, so a module-level variable would be one per bundle (a hold the settings route sets would not be
 * seen by the dispatcher). Kept on globalThis under `key`, made by `create` the first time.
 */
export function processState<T>(key: `revealDesk${string}`, create: () => T): T {
  const store = globalThis as unknown as Record<string, T | undefined>;
  return (store[key] ??= create());
}
