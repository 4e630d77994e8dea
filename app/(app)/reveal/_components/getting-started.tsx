import Link from "next/link";
import type { SetupStep } from "@/lib/auth/getting-started";

const stepWords: Record<SetupStep["step"], { text: string; href: string; where: string }> = {
  name: { text: "Your account is named “Administrator”: put your own name on your row, as lists and history show it.", href: "/team", where: "Team" },
  team: { text: "Add your SDRs and managers. Each gets a one-time password to hand them.", href: "/team", where: "Team" },
  settings: { text: "Check your Clodura plan and its prices, and save them; set the team's time zone there too (whose day budgets count).", href: "/settings", where: "Settings" },
  budgets: { text: "Optional: cap what each SDR, or the team, may spend a day or a month.", href: "/budgets", where: "Budgets" },
};

/** A new team's admin sees what is left before the team starts; it goes once the steps that matter are done. */
export function GettingStarted({ steps }: { steps: SetupStep[] }) {
  // Budgets are optional: the count is of what the card waits for.
  const left = steps.filter((step) => !step.done && step.step !== "budgets").length;
  return (
    <section aria-labelledby="getting-started-heading" className="rounded-xl border border-indigo-200 bg-indigo-50/60 px-4 py-3 text-sm dark:border-indigo-900 dark:bg-indigo-950/40">
      <h2 id="getting-started-heading" className="font-medium">
        Set up your team <span className="font-normal text-zinc-600 dark:text-zinc-400">({left} {left === 1 ? "step" : "steps"} to go)</span>
      </h2>
      <ol className="mt-2 space-y-1.5">
        {steps.map(({ step, done }) => {
          const words = stepWords[step];
          return (
            <li key={step} className="flex gap-2" data-done={done}>
              <span aria-hidden className={`mt-px w-4 shrink-0 text-center ${done ? "text-emerald-700 dark:text-emerald-400" : "text-zinc-400"}`}>
                {done ? "✓" : "○"}
              </span>
              <span className={done ? "text-zinc-500 line-through decoration-zinc-400 dark:text-zinc-400" : ""}>
                {done ? <span className="sr-only">Done: </span> : null}
                {words.text}{" "}
                {done ? null : (
                  <Link href={words.href} className="font-medium whitespace-nowrap text-indigo-700 underline dark:text-indigo-300">
                    Open {words.where}
                  </Link>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
