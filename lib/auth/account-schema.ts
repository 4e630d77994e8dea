import { z } from "zod";

export const MIN_PASSWORD = 10;

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(200),
    next: z.string().min(MIN_PASSWORD, `A new password needs at least ${MIN_PASSWORD} characters.`).max(200, "A password is at most 200 characters."),
  })
  .refine((input) => input.next !== input.current, { message: "The new password is the same as the current one.", path: ["next"] });
export type ChangePassword = z.infer<typeof changePasswordSchema>;
