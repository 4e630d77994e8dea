import type { TeamMember } from "@/lib/auth/team-schema";

/**
 * To a team's own admin, while sandbox mode's demo accounts can sign in: whose they are, and that anyone may use
 * them (their passwords are on the sign-in page). The demo admin trying the product is not told about itself.
 */
export function DemoAccountsNote({ team, currentUserId }: { team: TeamMember[] | undefined; currentUserId: string }) {
  const enabled = team?.filter((member) => member.demo && !member.disabled) ?? [];
  if (enabled.length === 0 || team?.some((member) => member.demo && member.id === currentUserId)) return null;
  return (
    <p role="note" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
      The {enabled.length === 1 ? "account" : `${enabled.length} accounts`} marked <strong className="font-medium">demo</strong> came with sandbox mode, and the
      sign-in page shows {enabled.length === 1 ? "its password" : "their passwords"}: anyone who reaches this server can use {enabled.length === 1 ? "it" : "them"}.
      Disable them once your own people are here; a start with a real Clodura key disables them for you.
    </p>
  );
}
