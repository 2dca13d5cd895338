/** A number from the job summary table (`succeeded   3`), or undefined when the row is missing. */
export function summaryCount(stdout: string, row: string): number | undefined {
  const line = stdout.split("\n").find((l) => l.startsWith(`${row} `))
  const n = line?.slice(row.length).trim()
  return n === undefined || n === "" ? undefined : Number(n)
}
