/**
 * CXone sends contact ids as bare JSON numbers, 64-bit wide. The sandbox
 * holds them as digit strings (a double cannot hold one above 2^53) and
 * writes them into the JSON text itself, so a client sees exactly the
 * bytes a real tenant would send: `"contactId":9007199254740993`.
 */

/** Fields rendered as JSON numbers whenever they hold a digit string. */
export const NUMERIC_ID_KEYS: ReadonlySet<string> = new Set(["contactId", "masterContactId"])

// JSON.stringify escapes U+0000, so no string value can produce this text by accident.
const MARK = "\u0000int:"
const MARKED = /"\\u0000int:(-?\d+)"/g

/** JSON text with the digit-string values of `keys` written as numbers, at any depth. */
export function stringifyWithIds(body: unknown, keys: ReadonlySet<string> = NUMERIC_ID_KEYS): string {
  const text = JSON.stringify(body, (key, value) => (keys.has(key) && typeof value === "string" && /^-?\d+$/.test(value) ? MARK + value : value))
  return text.replace(MARKED, "$1")
}

/** `c.json` for bodies that carry contact ids. */
export function jsonWithIds(body: unknown, status = 200, headers: Record<string, string> = {}, keys: ReadonlySet<string> = NUMERIC_ID_KEYS): Response {
  return new Response(stringifyWithIds(body, keys), { status, headers: { "content-type": "application/json", ...headers } })
}
