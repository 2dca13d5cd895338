import { isDigit, isLetter } from "./digit-runs.ts"
// Words a machine writes that are spelled like given names: a web server's log date (`[09/Jan/2026:13:31:12 +0000]`,
// the common log format) and a browser's platform in its user agent (`like Mac OS X`). Read in place, at a run's edges.


/** Whether the run `start..end` is a month between a log date's slashes or ends in a system's name before `OS` (`Intel Mac OS X`). */
export function machineWord(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end)
  if (after === 47) return text.charCodeAt(start - 1) === 47 && isDigit(text.charCodeAt(start - 2)) && isDigit(text.charCodeAt(end + 1))
  return after === 32 && text.charCodeAt(end + 1) === 79 && text.charCodeAt(end + 2) === 83 && !isLetter(text.charCodeAt(end + 3))
}
