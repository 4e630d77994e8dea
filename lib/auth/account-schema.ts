import { z } from "zod";

export const MIN_PASSWORD = 10;
/** No password is longer: a longer one is refused before it is hashed. */
export const MAX_PASSWORD = 200;

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(MAX_PASSWORD),
    next: z.string().min(MIN_PASSWORD, `A new password needs at least ${MIN_PASSWORD} characters.`).max(MAX_PASSWORD, `A password is at most ${MAX_PASSWORD} characters.`),
  })
  .refine((input) => input.next !== input.current, { message: "The new password is the same as the current one.", path: ["next"] });
export type ChangePassword = z.infer<typeof changePasswordSchema>;
