import { runCreditsBench } from "./credits-bench";
import { runImportBench } from "./import-bench";
import { writeReadmePart } from "./readme-section";

/** `npm run bench` runs every benchmark; `npm run bench -- import` or `-- credits` runs one. Each rewrites its README part. */
const benches = { import: runImportBench, credits: runCreditsBench } as const;
type BenchName = keyof typeof benches;

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(", ")}: pick from ${Object.keys(benches).join(", ")}.`);
  process.exit(1);
}
const selected = (asked.length > 0 ? asked : Object.keys(benches)) as BenchName[];
for (const name of selected) {
  const markdown = benches[name]();
  console.log(`\n${markdown}\n`);
  if (writeReadmePart(name, markdown)) console.log(`README.md benchmark section (${name}) updated.`);
}
