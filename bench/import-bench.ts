import os from "node:os";
import { guessedColumns } from "../lib/csv/mapped-columns";
import { parseCsvText } from "../lib/csv/parse-csv";
import type { ParsedCsv } from "../lib/csv/types";
import { parsePastedProfiles } from "../lib/linkedin/extract";
import { mergeIntoFile } from "../lib/csv/merge-into-file";
import { generateFullWidthApolloExport } from "./generate-export";
import { bareParse, generateApolloExport, runImportPipeline, type PipelineTimes } from "./import-pipeline";
import { medianBy, medianMs, ms } from "./measure";
import { answeredPeopleOf } from "./merge-file";

const ROWS = 100_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const RUNS = 3;

/** MB of JS heap the parsed rows of `csv` hold, kept whole and kept to the guessed mapping's columns (as the upload's worker does). */
function heldByRows(csv: string): { whole: number; mapped: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("npm run bench runs node with --expose-gc, to measure what parsed rows hold.");
  const heldMb = (parse: () => ParsedCsv): number => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const parsed = parse();
    gc();
    const after = process.memoryUsage().heapUsed;
    if (parsed.rows.length === 0) throw new Error("nothing parsed");
    return Math.round((after - before) / 1024 / 1024);
  };
  return {
    whole: heldMb(() => parseCsvText(csv)),
    mapped: heldMb(() => parseCsvText(csv, { keepColumns: guessedColumns })),
  };
}

/** Papa Parse alone on `csv` and the import pipeline on it, each the median of RUNS. */
async function measureFile(csv: string): Promise<{ bare: number; pipeline: PipelineTimes }> {
  const bare = medianMs(RUNS, () => bareParse(csv));
  const pipelineRuns: PipelineTimes[] = [];
  for (let run = 0; run < RUNS; run += 1) pipelineRuns.push(await runImportPipeline(csv));
  return { bare, pipeline: medianBy(pipelineRuns, (run) => run.total) };
}

/** The CSV import against Papa Parse alone (the 8 columns a reveal uses, then a whole 52-column export), and the paste preview. Returns Markdown. */
export async function runImportBench(): Promise<string> {
  const { bare, pipeline } = await measureFile(generateApolloExport(ROWS));
  const fullWidthCsv = generateFullWidthApolloExport(ROWS);
  const fullWidthMb = (fullWidthCsv.length / 1024 / 1024).toFixed(0);
  const wide = await measureFile(fullWidthCsv);
  const held = heldByRows(fullWidthCsv);
  const answered = answeredPeopleOf(fullWidthCsv);
  const merge = medianMs(RUNS, () => mergeIntoFile(fullWidthCsv, answered, "apollo.csv"));

  const pasted = Array.from({ length: 5_000 }, (_, i) => (i % 4 === 0 ? `Met her at the expo: https://uk.linkedin.com/in/person-${i}?trk=x` : `https://www.linkedin.com/in/person-${i}/`)).join("\n");
  const pasteParse = medianMs(5, () => parsePastedProfiles(pasted));
  const pasteBaseline = medianMs(5, () => pasted.split("\n").forEach((line) => URL.canParse(line.trim())));

  const ratio = pipeline.total / bare;
  const rows: [string, string, string][] = [
    [`Papa Parse alone, ${ROWS.toLocaleString("en")}-row CSV of 8 columns (baseline)`, ms(bare), "—"],
    ["Full import pipeline (parse, map, validate, dedupe, request body, server re-validation, persist)", ms(pipeline.total), `${ratio.toFixed(2)}× baseline (target ≤ 3×)`],
    ["  browser part only (parse, map, validate, dedupe)", ms(pipeline.parse + pipeline.detectAndValidate), `${((pipeline.parse + pipeline.detectAndValidate) / bare).toFixed(2)}× baseline`],
    ["  of which: parse", ms(pipeline.parse), ""],
    ["  of which: detect columns + validate + dedupe", ms(pipeline.detectAndValidate), ""],
    ["  of which: request body (NDJSON, 5,000 rows a line, gzip), both ways", ms(pipeline.transfer), `${mb(pipeline.wireBytes)} on the wire for ${mb(pipeline.bodyBytes)} of JSON (generated values repeat more than real ones)`],
    ["  of which: server re-validation + in-file dedupe", ms(pipeline.revalidate), ""],
    [`  of which: persist ${pipeline.people.toLocaleString("en")} reveals (transactions of 2,000 people, committed)`, ms(pipeline.persist), "target < 3,000 ms"],
    ["  then, after the response: the new reveals made due for the dispatcher", ms(pipeline.release), "not in the total"],
    ["  then: WAL checkpoint, in a worker thread", ms(pipeline.checkpoint), "not in the total"],
    [`Papa Parse alone, the same people as a whole Apollo export (52 columns, ${fullWidthMb} MB) (baseline)`, ms(wide.bare), "—"],
    ["Full import pipeline, whole Apollo export", ms(wide.pipeline.total), `${(wide.pipeline.total / wide.bare).toFixed(2)}× baseline (target ≤ 3×)`],
    ["  of which: parse (rows keep the mapped columns)", ms(wide.pipeline.parse), ""],
    ["  of which: everything after the parse", ms(wide.pipeline.total - wide.pipeline.parse), ""],
    ["  memory the parsed rows hold (JS heap, after GC): every column / the mapped columns (what the upload keeps)", `${held.whole} MB / ${held.mapped} MB`, "besides the file's text"],
    [`Add numbers to your file: the whole export written back with ${answered.length.toLocaleString("en")} people's answers (the page runs it in a worker)`, ms(merge), `${(merge / wide.bare).toFixed(2)}× its bare parse`],
    ["Paste preview, 5,000 lines (per keystroke)", ms(pasteParse), `baseline split + URL.canParse: ${ms(pasteBaseline)}`],
  ];
  const table = ["| measurement | median | compared |", "|---|---|---|", ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
  const stamp = `Last run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}, median of ${RUNS} runs.`;
  return `${table}\n\n${stamp}`;
}
