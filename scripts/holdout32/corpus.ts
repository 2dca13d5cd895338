// The corpus plan (which business, genre, locale and extras each text gets) and the build loop:
// each text is drawn, checked (every name part it used lies inside a PERSON/EMAIL label or a
// name-word/date negative) and drawn again from a new seed if the check fails.
import { Rng, hashSeed } from "./prng.ts";
import { LOCALES, type Locale } from "./locales.ts";
import { BIZES, type Biz } from "./phrases.ts";
import { Scene } from "./scene.ts";
import { fields, type Flag } from "./extras.ts";
import * as A from "./skeletons-a.ts";
import * as B from "./skeletons-b.ts";
import { negOnly } from "./negonly.ts";

export const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"] as const;
export type Kind = (typeof KINDS)[number];
const RENDER: Record<Kind, A.Render> = { ...A, ...B } as unknown as Record<Kind, A.Render>;
const SEED = 0x32c0de;
const PER_BIZ = 120;

export interface Built {
  line: string;
  names: string[];
  negativesOnly: boolean;
  biz: Biz;
  locale: string;
}
interface Slot {
  biz: Biz;
  kind: Kind;
  loc: Locale;
  negOnly: boolean;
}

function planSlots(): Slot[] {
  const r = new Rng(SEED);
  const pairs: { biz: Biz; kind: Kind }[] = [];
  for (const biz of BIZES) for (let i = 0; i < PER_BIZ; i++) pairs.push({ biz, kind: KINDS[(i + BIZES.indexOf(biz) * 3) % KINDS.length] as Kind });
  const en = LOCALES.filter((l) => l.lang === "en");
  const other = LOCALES.filter((l) => l.lang !== "en");
  const negOnly = new Set(r.shuffle(pairs.map((_, i) => i)).slice(0, 60));
  return r.shuffle(pairs).map((p, i) => ({
    ...p,
    loc: i % 2 === 0 ? (en[(i / 2) % en.length] as Locale) : (other[((i - 1) / 2) % other.length] as Locale),
    negOnly: negOnly.has(i),
  }));
}

function flagsFor(r: Rng, s: Slot): Flag[] {
  const f: Flag[] = [];
  const structured = ["json", "yaml", "csv", "log"].includes(s.kind);
  const add = (fl: Flag, p: number) => { if (r.chance(p)) f.push(fl); };
  if (s.negOnly) {
    add("badCard", 0.45); add("badIban", 0.45); add("natId", 0.3); add("version", 0.3); add("badSsn", 0.15);
    if (s.loc.uk) add("badNino", 0.5);
    return f;
  }
  add("card", 0.16);
  add("iban", s.loc.iban ? 0.2 : 0.06);
  add("ssn", s.loc.lang === "en" ? 0.15 : structured ? 0.05 : 0);
  if (s.loc.uk) add("nino", 0.7);
  add("ip", s.kind === "log" ? 0.85 : s.kind === "ticket" ? 0.45 : s.kind === "json" ? 0.35 : 0.04);
  add("badCard", 0.05); add("badIban", 0.05); add("badSsn", s.loc.lang === "en" ? 0.04 : 0);
  if (s.loc.uk) add("badNino", 0.2);
  add("natId", 0.3);
  add("version", s.kind === "ticket" || s.kind === "log" ? 0.4 : 0.02);
  add("stamp", structured ? 0.3 : 0);
  return f;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The generator's own check: every occurrence of a used name part is covered. */
function covered(S: Scene): boolean {
  const d = S.doc;
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word" || n.kind === "date")];
  for (const part of S.parts) {
    for (const form of new Set([part.normalize("NFC"), part.normalize("NFD")])) {
      const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${esc(form)}(?![\\p{L}\\p{M}\\p{N}])`, "giu");
      for (const m of d.text.matchAll(re)) {
        const a = m.index ?? 0;
        const b = a + m[0].length;
        if (!ok.some((s) => s.start <= a && b <= s.end)) return false;
      }
    }
  }
  return true;
}

function draw(slot: Slot, id: string, attempt: number): Scene {
  const r = new Rng(hashSeed(`${id}#${attempt}`));
  const nfd = slot.loc.lang !== "en" && r.chance(0.35);
  const S = new Scene(r, slot.loc, slot.biz, nfd, slot.negOnly);
  const F = fields(S, flagsFor(r, slot));
  if (slot.negOnly) negOnly(S, slot.kind, F);
  else {
    const word = r.chance(slot.loc.lang === "en" ? 0.3 : 0.45);
    const cast = { c: S.person({ wordName: word }), s: S.person(), o: S.person({ wordName: r.chance(0.06) }), word: word && r.chance(0.6) };
    RENDER[slot.kind](S, cast, F);
  }
  return S;
}

let cache: Built[] | null = null;
export function buildAll(): Built[] {
  if (cache) return cache;
  cache = planSlots().map((slot, i) => {
    const id = `${slot.loc.lang}-${slot.kind}-${String(i + 1).padStart(4, "0")}`;
    for (let attempt = 0; attempt < 60; attempt++) {
      const S = draw(slot, id, attempt);
      if (!covered(S)) continue;
      const d = S.doc;
      const line = JSON.stringify({ id, lang: slot.loc.lang, kind: slot.kind, text: d.text, entities: d.entities, negatives: d.negatives });
      return { line, names: [...S.parts].sort(), negativesOnly: slot.negOnly, biz: slot.biz, locale: slot.loc.id };
    }
    throw new Error(`${id}: no draw passed the name check`);
  });
  return cache;
}

export function buildCorpus(): string {
  return buildAll().map((b) => b.line).join("\n") + "\n";
}
