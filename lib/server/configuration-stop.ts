/** What a start refused for its configuration prints, from `npm start`'s check before the build and from the server's own. */
export function configurationStop(problem: string): string {
  return `\n${problem}\n\nFix the variable(s) above and start again. See README.md, "Configuration".\n`;
}
