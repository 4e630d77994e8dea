import type { Role } from "./roles";

/** Created in sandbox mode only, so a new user can try every role on a laptop. Shown on the sign-in page. */
export const demoAccounts: { email: string; password: string; name: string; role: Role }[] = [
  { email: "sdr@demo.revealdesk.test", password: "demo-sdr-pass", name: "Sam Rivera (SDR)", role: "sdr" },
  { email: "sdr2@demo.revealdesk.test", password: "demo-sdr2-pass", name: "Jordan Park (SDR)", role: "sdr" },
  { email: "manager@demo.revealdesk.test", password: "demo-manager-pass", name: "Morgan Lee (Manager)", role: "manager" },
  { email: "admin@demo.revealdesk.test", password: "demo-admin-pass", name: "Alex Kim (Admin)", role: "admin" },
];
