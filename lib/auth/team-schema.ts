import { z } from "zod";
import { roles } from "@/db/schema/users";

/** The sign-in error for a right password on a disabled account (shown, since the person proved who they are). */
export const ACCOUNT_DISABLED = "AccountDisabled";

export const roleNames = { sdr: "SDR", manager: "Manager", admin: "Admin" } as const;
/** SDR, manager, admin: lowest to highest, as the pickers list them. */
export const teamRoles = roles;

const memberName = z.string().trim().min(1, "Enter the person's name.").max(80, "A name is at most 80 characters.");
const memberEmail = z.string().trim().toLowerCase().email("Enter a valid email address, like jane@acme.com.").max(254);

export const addMemberSchema = z.object({ name: memberName, email: memberEmail, role: z.enum(roles, "Choose SDR, Manager or Admin.") });
export type AddMember = z.infer<typeof addMemberSchema>;

/** One change at a time, as the team page makes them; a name and an email are one change (the person's details). */
export const changeMemberSchema = z
  .object({
    role: z.enum(roles, "Choose SDR, Manager or Admin.").optional(),
    disabled: z.boolean("Say whether the account is disabled: true or false.").optional(),
    resetPassword: z.literal(true, "resetPassword can only be true.").optional(),
    name: memberName.optional(),
    email: memberEmail.optional(),
  })
  .strict()
  .refine((change) => {
    const given = (Object.keys(change) as (keyof typeof change)[]).filter((key) => change[key] !== undefined);
    return given.length > 0 && (given.length === 1 || given.every((key) => key === "name" || key === "email"));
  }, "Send one change at a time.");
export type ChangeMember = z.infer<typeof changeMemberSchema>;

/** The field a refusal of a person's details is about (an email or a name someone else has), for the form to mark. */
export type RefusedField = { field: "name" | "email" };
export type MemberField = RefusedField["field"];

/** The field a refusal names, from the API error's details; null when it names none. */
export function refusedField(details: unknown): MemberField | null {
  const field = (details as Partial<RefusedField> | null | undefined)?.field;
  return field === "name" || field === "email" ? field : null;
}

export type TeamMember = {
  id: string;
  name: string;
  email: string;
  role: (typeof roles)[number];
  createdAt: number;
  lastSignedInAt: number | null;
  disabled: boolean;
  /** One of sandbox mode's demo accounts, whose passwords the sign-in page shows. */
  demo: boolean;
};
/** A new or reset password is shown once, to the admin who made it, and stored only as a hash. */
export type MemberAnswer = { member: TeamMember; temporaryPassword: string | null };

/** Someone a past list or answer can be narrowed to: the current team, and anyone disabled since. */
export type Teammate = Pick<TeamMember, "id" | "name" | "role" | "disabled">;
