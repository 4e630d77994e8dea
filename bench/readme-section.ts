import { readFileSync, writeFileSync } from "node:fs";

const SECTION_END = "<!-- bench:end -->";

/**
 * Replaces one benchmark's part of README.md, between `<!-- bench:<part>:start -->` and `<!-- bench:<part>:end -->`
 * inside the bench section, so running one benchmark keeps the other's figures. Returns false without the section.
 */
export function writeReadmePart(part: string, markdown: string, file = "README.md"): boolean {
  const readme = readFileSync(file, "utf8");
  const [start, end] = [`<!-- bench:${part}:start -->`, `<!-- bench:${part}:end -->`];
  const block = `${start}\n${markdown}\n${end}`;
  let updated: string;
  if (readme.includes(start) && readme.includes(end)) updated = readme.slice(0, readme.indexOf(start)) + block + readme.slice(readme.indexOf(end) + end.length);
  else if (readme.includes(SECTION_END)) updated = readme.replace(SECTION_END, `${block}\n${SECTION_END}`);
  else return false;
  writeFileSync(file, updated);
  return true;
}
