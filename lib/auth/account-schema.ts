import { z } from "zod";
import { MIN_PASSWORD } from "./password-policy";

/** The name of the admin made from ADMIN_EMAIL and ADMIN_PASSWORD on the first start. */
export const FIRST_ADMIN_NAME = "Administrator";
/** No password is longer: a longer one is refused before it is hashed. */
export const MAX_PASSWORD = 200;

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(MAX_PASSWORD),
    next: z.string().min(MIN_PASSWORD, `A new password needs at least ${MIN_PASSWORD} characters.`).max(MAX_PASSWORD, `A password is at most ${MAX_PASSWORD} characters.`),
  })
  .refine((input) => input.next !== input.current, { message: "The new password is the same as the current one.", path: ["next"] });
export type ChangePassword = z.infer<typeof changePasswordSchema>;
