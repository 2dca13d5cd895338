/**
 * Builds test/fixtures/pii-holdout6/corpus.jsonl: a labeled free-text PII corpus written blind
 * (without reading the recognizers). Seeded per language, so the output is byte-identical per run.
 *
 *   bun scripts/gen-holdout6.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Labeled } from "./holdout6/build.ts";
import type { Template } from "./holdout6/kit.ts";
import { createRng } from "./holdout6/rng.ts";
import { enChat } from "./holdout6/en-chat.ts";
import { enMail } from "./holdout6/en-mail.ts";
import { enNotes } from "./holdout6/en-notes.ts";
import { enSpeech } from "./holdout6/en-speech.ts";
import { enExtra } from "./holdout6/en-extra.ts";
import { enMore } from "./holdout6/en-more.ts";
import { de, es, fr } from "./holdout6/eu-a.ts";
import { it, nl, pt } from "./holdout6/eu-b.ts";
import { deMore, esMore, frMore, itMore, nlMore, ptMore } from "./holdout6/eu-c.ts";

const PLAN: ReadonlyArray<{ lang: string; seed: number; count: number; templates: Template[] }> = [
  { lang: "en", seed: 0x6e01, count: 296, templates: [...enSpeech, ...enNotes, ...enChat, ...enMail, ...enExtra, ...enMore] },
  { lang: "de", seed: 0xde06, count: 24, templates: [...de, ...deMore] },
  { lang: "fr", seed: 0xf406, count: 23, templates: [...fr, ...frMore] },
  { lang: "es", seed: 0xe506, count: 23, templates: [...es, ...esMore] },
  { lang: "it", seed: 0x1706, count: 22, templates: [...it, ...itMore] },
  { lang: "nl", seed: 0x9106, count: 22, templates: [...nl, ...nlMore] },
  { lang: "pt", seed: 0x7706, count: 22, templates: [...pt, ...ptMore] },
];

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout6/corpus.jsonl", import.meta.url));

function line(id: string, lang: string, kind: string, l: Labeled): string {
  const byStart = <T extends { start: number }>(a: T[]): T[] => [...a].sort((x, y) => x.start - y.start);
  const entities = byStart(l.entities).map((e) => ({ type: e.type, start: e.start, end: e.end }));
  const negatives = byStart(l.negatives).map((n) => ({ kind: n.kind, start: n.start, end: n.end }));
  return JSON.stringify({ id, lang, kind, text: l.text, entities, negatives });
}

/** The whole corpus as the JSONL text written to disk. */
export function buildCorpus(): string {
  const lines: string[] = [];
  for (const { lang, seed, count, templates } of PLAN) {
    const rng = createRng(seed);
    const perKind = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const t = templates[i % templates.length] as Template;
      const n = (perKind.get(t.kind) ?? 0) + 1;
      perKind.set(t.kind, n);
      lines.push(line(`${lang}-${t.kind}-${String(n).padStart(4, "0")}`, lang, t.kind, t.make(rng)));
    }
  }
  return `${lines.join("\n")}\n`;
}

if (import.meta.main) {
  const text = buildCorpus();
  writeFileSync(CORPUS_PATH, text);
  console.log(`wrote ${text.split("\n").length - 1} texts to ${CORPUS_PATH}`);
}
