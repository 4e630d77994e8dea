import os from "node:os";
import { parsePastedProfiles } from "../lib/linkedin/extract";
import { bareParse, generateApolloExport, runImportPipeline, type PipelineTimes } from "./import-pipeline";
import { medianBy, medianMs, ms } from "./measure";

const ROWS = 100_000;
const RUNS = 3;

/** The CSV import against Papa Parse alone, and the paste preview. Returns Markdown. */
export async function runImportBench(): Promise<string> {
  const csv = generateApolloExport(ROWS);
  const bare = medianMs(RUNS, () => bareParse(csv));
  const pipelineRuns: PipelineTimes[] = [];
  for (let run = 0; run < RUNS; run += 1) pipelineRuns.push(await runImportPipeline(csv));
  const pipeline = medianBy(pipelineRuns, (run) => run.total);

  const pasted = Array.from({ length: 5_000 }, (_, i) => (i % 4 === 0 ? `Met her at the expo: https://uk.linkedin.com/in/person-${i}?trk=x` : `https://www.linkedin.com/in/person-${i}/`)).join("\n");
  const pasteParse = medianMs(5, () => parsePastedProfiles(pasted));
  const pasteBaseline = medianMs(5, () => pasted.split("\n").forEach((line) => URL.canParse(line.trim())));

  const ratio = pipeline.total / bare;
  const rows: [string, string, string][] = [
    [`Papa Parse alone, ${ROWS.toLocaleString("en")}-row CSV (baseline)`, ms(bare), "—"],
    ["Full import pipeline (parse, map, validate, dedupe, JSON hop, server re-validation, persist)", ms(pipeline.total), `${ratio.toFixed(2)}× baseline (target ≤ 3×)`],
    ["  browser part only (parse, map, validate, dedupe)", ms(pipeline.parse + pipeline.detectAndValidate), `${((pipeline.parse + pipeline.detectAndValidate) / bare).toFixed(2)}× baseline`],
    ["  of which: parse", ms(pipeline.parse), ""],
    ["  of which: detect columns + validate + dedupe", ms(pipeline.detectAndValidate), ""],
    ["  of which: JSON request body, both ways", ms(pipeline.transfer), ""],
    ["  of which: server re-validation + in-file dedupe", ms(pipeline.revalidate), ""],
    [`  of which: persist ${pipeline.people.toLocaleString("en")} reveals (transactions of 2,000 people, committed)`, ms(pipeline.persist), "target < 3,000 ms"],
    ["  then, after the response: the new reveals made due for the dispatcher", ms(pipeline.release), "not in the total"],
    ["  then: WAL checkpoint", ms(pipeline.checkpoint), "not in the total"],
    ["Paste preview, 5,000 lines (per keystroke)", ms(pasteParse), `baseline split + URL.canParse: ${ms(pasteBaseline)}`],
  ];
  const table = ["| measurement | median | compared |", "|---|---|---|", ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
  const stamp = `Last run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}, median of ${RUNS} runs.`;
  return `${table}\n\n${stamp}`;
}
