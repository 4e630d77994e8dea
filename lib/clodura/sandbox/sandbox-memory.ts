/** In-memory state the sandbox keeps outside SQLite: its rate-limit window and per-person attempt counts. */
type SandboxMemory = { admittedAt: number[]; attempts: Map<string, number> };

const globalForSandbox = globalThis as unknown as { revealDeskSandboxMemory?: SandboxMemory };

function memory(): SandboxMemory {
  globalForSandbox.revealDeskSandboxMemory ??= { admittedAt: [], attempts: new Map() };
  return globalForSandbox.revealDeskSandboxMemory;
}

export const sandboxRequestsPerSecond = 10;

/** Sliding one-second window shared by every caller; only admitted requests count against it. */
export function admitSandboxRequest(now: number): boolean {
  const state = memory();
  state.admittedAt = state.admittedAt.filter((at) => at > now - 1000);
  if (state.admittedAt.length >= sandboxRequestsPerSecond) return false;
  state.admittedAt.push(now);
  return true;
}

/** Counts this request for the person and returns its 1-based attempt number. */
export function countSandboxAttempt(personKey: string): number {
  const attempts = memory().attempts;
  const attempt = (attempts.get(personKey) ?? 0) + 1;
  attempts.set(personKey, attempt);
  return attempt;
}

/** Forgets the rate-limit window and attempt counts, as a restart would (tests start each case clean with it). */
export function resetSandboxMemory(): void {
  globalForSandbox.revealDeskSandboxMemory = { admittedAt: [], attempts: new Map() };
}
