// A `cxedge worker` process for the tests that run a split job on redis: started in a directory of its own with the
// environment given (nothing else inherited but PATH and HOME), its standard error read as it comes.
import { fileURLToPath } from "node:url"

const MAIN = fileURLToPath(new URL("../../cli/main.ts", import.meta.url))

export function startWorker(cwd: string, env: Record<string, string>) {
  const proc = Bun.spawn([process.execPath, MAIN, "worker"], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...env },
    stdout: "ignore",
    stderr: "pipe",
  })
  let said = ""
  void (async () => {
    for await (const chunk of proc.stderr) said += new TextDecoder().decode(chunk)
  })()
  return { proc, said: () => said }
}
