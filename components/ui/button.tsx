import type { ButtonHTMLAttributes, Ref } from "react";

const variants = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-500 disabled:bg-indigo-600/50",
  secondary:
    "border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800",
  danger: "bg-red-600 text-white hover:bg-red-500 disabled:bg-red-600/50",
  ghost: "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
} as const;

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants; size?: "sm" | "md"; ref?: Ref<HTMLButtonElement> };

/**
 * The ring's colour is set while unfocused too: left to default to the text's colour, it faded in from white on the
 * indigo buttons (transition-colors animates outline-color), a faint halo. Offset, so it reads against the fill.
 */
const focusRing = "outline-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 dark:outline-indigo-400";

export function Button({ variant = "primary", size = "md", className = "", type = "button", ...props }: ButtonProps) {
  const sizing = size === "sm" ? "h-7 px-2.5 text-xs" : "h-9 px-4 text-sm";
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors ${focusRing} disabled:cursor-not-allowed ${sizing} ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
