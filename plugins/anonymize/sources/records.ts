import type { CxoneClient } from "../../../core/index.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import { recordsGet, recordsList } from "../operations.ts"

/** Splits a records-API item into id, ETag (list items carry `_etag`) and data. */
function toRecord(item: Record<string, unknown>, etag?: string): SourceRecord {
  const { _etag, ...data } = item
  const tag = etag ?? (typeof _etag === "string" ? _etag : undefined)
  if (item.id === undefined || item.id === null || item.id === "") return { id: "(no id)", data, error: "record has no id" }
  return { id: String(item.id), data, etag: tag }
}

/** The seed contract's records API: `GET /api/v1/contacts?pageSize&pageToken`, and a single GET for re-reads. */
export function createRecordsSource(client: CxoneClient, options: { pageSize?: number } = {}): Source {
  return {
    name: "records",
    async *pages() {
      for await (const page of client.paginate(recordsList, { pageSize: options.pageSize ?? 100 })) {
        yield (page as Record<string, unknown>[]).map((item) => toRecord(item))
      }
    },
    async get(id) {
      try {
        const res = await client.request(recordsGet, { id })
        return toRecord(res.data, res.headers.get("etag") ?? undefined)
      } catch (error) {
        if ((error as { code?: string }).code === "E_NOT_FOUND") return undefined
        throw error
      }
    },
  }
}
