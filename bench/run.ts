import { runCreditsBench } from "./credits-bench";
import { runImportBench } from "./import-bench";
import { runUploadBench } from "./upload-bench";
import { writeReadmePart } from "./readme-section";

/** `npm run bench` runs every benchmark; `npm run bench -- import`, `-- upload` or `-- credits` runs one. Each rewrites its README part. */
const benches: Record<string, () => string | Promise<string>> = { import: runImportBench, upload: runUploadBench, credits: runCreditsBench };

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(", ")}: pick from ${Object.keys(benches).join(", ")}.`);
  process.exit(1);
}
const selected = asked.length > 0 ? asked : Object.keys(benches);
for (const name of selected) {
  const markdown = await benches[name]!();
  console.log(`\n${markdown}\n`);
  if (writeReadmePart(name, markdown)) console.log(`README.md benchmark section (${name}) updated.`);
}
