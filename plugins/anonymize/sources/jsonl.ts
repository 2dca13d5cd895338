import { ConfigError, type FileAccess, type Source, type SourceRecord } from "../../../core/index.ts"

/**
 * Records from a JSON Lines file, streamed through the host's file access.
 * A line that is not a JSON object, or has no id, becomes a per-record
 * rejection naming the line number, and the job goes on.
 */
export async function createJsonlSource(files: FileAccess, path: string, options: { idField?: string; pageSize?: number } = {}): Promise<Source> {
  if (!(await files.exists(path))) throw new ConfigError("anonymize", `cannot read ${path}: check the --file path`)
  const idField = options.idField ?? "id"
  const size = options.pageSize ?? 500
  return {
    name: "jsonl",
    async *pages() {
      let page: SourceRecord[] = []
      let n = 0
      for await (const line of files.lines(path)) {
        n++
        if (!line.trim()) continue
        let data: unknown
        try {
          data = JSON.parse(line)
        } catch {
          page.push({ id: `line:${n}`, data: {}, error: `line ${n} is not valid JSON` })
          continue
        }
        if (!data || typeof data !== "object" || Array.isArray(data)) {
          page.push({ id: `line:${n}`, data: {}, error: `line ${n} is not a JSON object` })
          continue
        }
        const id = (data as Record<string, unknown>)[idField]
        if (typeof id !== "string" && typeof id !== "number") page.push({ id: `line:${n}`, data: {}, error: `line ${n} has no ${idField}` })
        else page.push({ id: String(id), data: data as Record<string, unknown> })
        if (page.length >= size) {
          yield page
          page = []
        }
      }
      if (page.length) yield page
    },
  }
}
