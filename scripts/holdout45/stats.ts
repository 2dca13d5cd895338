// The counts `--stats` prints (and the README quotes).
import type { Draft } from "./draft.ts"

export interface Built { line: string; negOnly: boolean; domain: string; kind: string; lang: string; redraws: number; draft: Draft; parts: string[] }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(", ")
}

export function stats(built: Built[]): string {
  const ents = built.flatMap((b) => b.draft.entities.map((e) => ({ b, e, v: b.draft.text.slice(e.start, e.end) })))
  const negs = built.flatMap((b) => b.draft.negatives.map((n) => n.kind))
  const inside = (re: RegExp) => ents.filter((x) => re.test(x.v)).length
  return [
    `texts ${built.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${tally(ents.map((x) => x.e.type))}`,
    `markup or escapes inside a label: &nbsp; ${inside(/&nbsp;/)}, &#NN; ${inside(/&#\d+;/)}, soft break =\\n ${inside(/=\n/)}, =XX ${inside(/=[0-9A-F]{2}/)}, %XX ${inside(/%[0-9A-F]{2}/)}, \\uXXXX ${inside(/\\u[0-9a-f]{4}/)}, \\'xx or \\uN? ${inside(/\\'|\\u-?\d+\?/)}, \\_ ${inside(/\\_/)}, encoded-word ${inside(/^=\?UTF-8\?Q\?/)}`,
    `PERSON in Arabic, Hebrew, Persian or Urdu script ${inside(/[\u0590-\u06ff]/)}; in Greek ${inside(/[\u0370-\u03ff]/)}; said phones ${ents.filter((x) => x.e.type === "PHONE" && /^\p{Ll}/u.test(x.v)).length}`,
    `texts with an emoji before a label ${built.filter((b) => b.draft.marks.includes("emoji")).length}; negatives-only texts ${built.filter((b) => b.negOnly).length}`,
    `locales: ${tally(built.map((b) => b.lang))}`,
    `kinds: ${tally(built.map((b) => b.kind))}`,
    `businesses: ${tally(built.map((b) => b.domain))}`,
    `negatives: ${tally(negs)}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
