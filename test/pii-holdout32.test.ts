// holdout32: a blind, labeled PII corpus (dental/orthodontic practice, airline baggage and loyalty desk,
// pharmacy delivery line, removals and storage). Checks it regenerates byte for byte and that every label
// and every lookalike passes validators that read only the final text.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { parsePhoneNumber, type CountryCode } from "libphonenumber-js/max";
import { CORPUS_PATH, buildAll, buildCorpus } from "../scripts/gen-holdout32.ts";
import { ID_CHECKS, IBAN_LEN, iinLength, isCard, isIban, isNino, isSsn, ibanMod, luhn, spokenDigits } from "./holdout32-checks.ts";

interface Span { start: number; end: number; type?: string; kind?: string }
interface Row { id: string; lang: string; kind: string; text: string; entities: Span[]; negatives: Span[] }

const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"];
const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"];
const REGION: Record<string, CountryCode> = { "en-IN": "IN", "en-SG": "SG", "en-PH": "PH", "en-ZA": "ZA", "en-NG": "NG", "en-JM": "JM", "en-SCT": "GB", "en-CORN": "GB", "en-NS": "CA", "en-QLD": "AU", "it-IT": "IT", "it-CH": "CH", "pl-PL": "PL", "cs-CZ": "CZ", "hu-HU": "HU", "ro-RO": "RO", "el-GR": "GR", "tr-TR": "TR", "nl-BE": "BE", "fr-BE": "BE", "lt-LT": "LT", "lv-LV": "LV", "sl-SI": "SI", "bg-BG": "BG", "is-IS": "IS", "pt-PT": "PT" };
const built = buildAll();
const text = readFileSync(CORPUS_PATH, "utf8");
const rows: Row[] = text.trimEnd().split("\n").map((l) => JSON.parse(l));
const val = (r: Row, s: Span) => r.text.slice(s.start, s.end);
const region = (i: number) => REGION[(built[i] as { locale: string }).locale] as CountryCode;

function validPhone(v: string, reg: CountryCode): boolean {
  const spoken = /^[a-z]/i.test(v) ? spokenDigits(v) : null;
  try {
    return parsePhoneNumber(spoken ?? v, reg).isValid();
  } catch {
    return false;
  }
}
const AIRLINE = ["176", "125", "057", "235", "074", "618", "098", "079", "083", "220", "055", "080", "064", "050", "108", "047", "014", "081"];
const SHAPES: Record<string, RegExp> = {
  "claim-number": /^(\d{4} \d{3} \d{4}|CLM-20\d{2}-\d{6})$/, "tooth-chart": /^[1-4][1-8] (MOD|DO|MO|B|OL|crown)$/, "treatment-plan": /^TP-\d{5}$/,
  "insurance-policy": /^[012]\d{2} \d{4} \d{4}$/, "appointment-ref": /^APT\d{4}-\d{2}$/, pnr: /^[A-Z]{2}[2-9][A-Z]{3}$/, "bag-tag": /^0\d{3} ?\d{6}$/,
  "ticket-number": /^\d{3}[- ]?\d{10}$/, "frequent-flyer": /^[A-Z]{2} \d{3} \d{3} \d{3}$/, "flight-number": /^[A-Z]{2} ?\d{2,4}$/, "baggage-file": /^[A-Z]{5}\d{5}$/,
  "rx-number": /^(Rx \d{7}|\d{3} \d{4} \d{3})$/, "lot-number": /^[A-Z]\d{2}[A-Z]\d{3}$/, ndc: /^(\d{5}-\d{4}-\d{2}|\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2})$/,
  "batch-number": /^B\d{4}-\d{3}$/, "delivery-order": /^DEL-\d{6}$/, "quote-number": /^(0\d{3} \d{3} \d{4}|Q-20\d{2}-\d{4})$/, "storage-unit": /^[A-Z][1-4]-\d{3}$/,
  "inventory-id": /^INV \d{4}\/\d{3}$/, "crate-count": /^\d{1,2} crates$/, "bay-code": /^[A-Z]{2}\d{1,2} \d[A-Z]{2}$/,
  time: /^\d{1,2}[:.h]\d{2}( ?(am|pm|PM))?$/, version: /^v?\d+\.\d+\.\d+(\.\d+|-rc\d)?$/, "ssn-invalid": /^\d{3}-\d{2}-\d{4}$/,
  timestamp: /^20\d{2}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/, amount: /^(\D{1,4} ?)?[\d.,' ]*\d([.,]\d{2}|[.,]–)?(\/-| ?\D{1,4}\.?)?$/u,
};
const MONTHS = /\p{L}{3,}/u;

describe("holdout32 corpus: text and labels", () => {
  test("regenerates byte for byte", () => {
    expect(buildCorpus()).toBe(text);
    expect(rows.length).toBe(built.length);
  });

  test("format: ids, langs, kinds, types, sorted non-overlapping spans on boundaries", () => {
    const ids = new Set<string>();
    for (const r of rows) {
      expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`));
      expect(ids.has(r.id)).toBe(false);
      ids.add(r.id);
      expect(KINDS).toContain(r.kind);
      for (const e of r.entities) expect(TYPES).toContain(e.type as string);
      for (const list of [r.entities, r.negatives]) for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
      const all = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start);
      all.forEach((s, i) => {
        const v = val(r, s);
        expect(s.start >= 0 && s.end <= r.text.length && s.start < s.end).toBe(true);
        expect(v).toBe(v.trim());
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
        for (const at of [s.start, s.end]) {
          const c = r.text.charCodeAt(at);
          expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
        }
        // Word boundaries: the base character before a span (past any combining marks) is no letter or
        // digit (a phone may follow a letter); a span starts on a base character and ends before any mark.
        let j = s.start - 1;
        while (j >= 0 && /\p{M}/u.test(r.text[j] as string)) j--;
        const before = j >= 0 ? (r.text[j] as string) : " ";
        expect((s.type === "PHONE" ? /\p{N}/u : /[\p{L}\p{N}]/u).test(before) ? `${r.id} ${v}` : "").toBe("");
        expect(/\p{M}/u.test(v[0] as string)).toBe(false);
        expect(/[\p{L}\p{N}\p{M}]/u.test(r.text[s.end] ?? " ") ? `${r.id} ${v}|${r.text[s.end]}` : "").toBe("");
      });
    }
  });

  test("every label passes its own validator", () => {
    rows.forEach((r, i) => {
      for (const e of r.entities) {
        const v = val(r, e);
        const bad = () => `${r.id} ${e.type} ${v}`;
        if (e.type === "PHONE") expect(validPhone(v, region(i)) ? "" : bad()).toBe("");
        if (e.type === "CARD") expect(isCard(v) ? "" : bad()).toBe("");
        if (e.type === "IBAN") expect(isIban(v) ? "" : bad()).toBe("");
        if (e.type === "IP_ADDRESS") expect(isIP(v) ? "" : bad()).toBe("");
        if (e.type === "EMAIL") expect(/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v) ? "" : bad()).toBe("");
        if (e.type === "PERSON") expect(/^[\p{L}\p{M}][\p{L}\p{M}'’ ./-]*$/u.test(v) ? "" : bad()).toBe("");
        if (e.type === "US_SSN") {
          const ctx = r.text.slice(Math.max(0, e.start - 120), e.start);
          const keyed = /SSN|social/i.test(ctx) || (r.kind === "csv" && /(^|,)ssn(,|$)/.test(r.text.split("\n")[0] as string));
          expect(isSsn(v) && keyed ? "" : bad()).toBe("");
        }
        if (e.type === "UK_NINO") expect(isNino(v) && region(i) === "GB" ? "" : bad()).toBe("");
      }
    });
  });

});

describe("holdout32 corpus: names, lookalikes and counts", () => {
  test("every name part lies inside a PERSON or EMAIL label, or a name-word/date negative (NFC and NFD)", () => {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    rows.forEach((r, i) => {
      const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word" || n.kind === "date")];
      for (const part of built[i]!.names)
        for (const form of [part.normalize("NFC"), part.normalize("NFD")])
          for (const m of r.text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${esc(form)}(?![\\p{L}\\p{M}\\p{N}])`, "giu"))) {
            const a = m.index ?? 0;
            expect(ok.some((s) => s.start <= a && a + m[0].length <= s.end) ? "" : `${r.id} ${part}@${a}`).toBe("");
          }
    });
  });

  test("lookalikes pass their own checks and are not accidentally a labeled type", () => {
    const allNames = new Set(built.flatMap((b) => b.names.map((n) => n.normalize("NFC").toLowerCase())));
    rows.forEach((r, i) => {
      for (const n of r.negatives) {
        const v = val(r, n);
        const k = n.kind as string;
        const bad = `${r.id} ${k} ${v}`;
        const digits = v.replace(/[ -]/g, "");
        if (k === "card-luhn-fail") expect(/^\d{16}$/.test(digits) && iinLength(digits) && !luhn(digits) ? "" : bad).toBe("");
        else if (k === "iban-bad-check") expect(ibanMod(v) !== null && ibanMod(v) !== 1 && IBAN_LEN[v.slice(0, 2)] ? "" : bad).toBe("");
        else if (k === "ssn-invalid") expect(SHAPES[k]!.test(v) && !isSsn(v) ? "" : bad).toBe("");
        else if (k === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]$/.test(v) && !isNino(v) ? "" : bad).toBe("");
        else if (k === "name-word") expect(allNames.has(v.normalize("NFC").toLowerCase()) ? "" : bad).toBe("");
        else if (k === "date") expect(/\d/.test(v) && (/^\d{1,4}[./ -] ?\d{1,2}[./ -] ?\d{1,4}\.?( г\.)?$/.test(v) || MONTHS.test(v)) ? "" : bad).toBe("");
        else if (ID_CHECKS[k]) expect(ID_CHECKS[k]!(v) ? "" : bad).toBe("");
        else if (SHAPES[k]) expect(SHAPES[k]!.test(v) ? "" : bad).toBe("");
        else expect(`unknown negative kind ${bad}`).toBe("");
        if (k === "ticket-number") expect(AIRLINE).toContain(v.slice(0, 3));
        if (k === "tooth-chart" || k === "name-word" || k === "date" || k === "time" || k === "amount") continue;
        expect(validPhone(v, region(i)) ? bad : "").toBe("");
        expect(isCard(v) || isIban(v) || isIP(v) !== 0 || isNino(v) ? bad : "").toBe("");
      }
    });
  });

  test("counts and diversity", () => {
    const types = new Map<string, number>();
    const negs = new Map<string, number>();
    let lower = 0, emoji = 0, marks = 0;
    for (const r of rows) {
      for (const e of r.entities) types.set(e.type as string, (types.get(e.type as string) ?? 0) + 1);
      for (const n of r.negatives) negs.set(n.kind as string, (negs.get(n.kind as string) ?? 0) + 1);
      lower += r.entities.filter((e) => e.type === "PERSON" && val(r, e) === val(r, e).toLocaleLowerCase(r.lang)).length;
      if (r.entities.some((e) => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(r.text.slice(Math.max(0, e.start - 12), e.start)))) emoji++;
      if (r.entities.some((e) => /(?!\uFE0F)\p{M}/u.test(r.text.slice(0, e.start)))) marks++;
    }
    const total = [...types.values()].reduce((a, x) => a + x, 0);
    expect(rows.length).toBeGreaterThanOrEqual(440);
    expect(rows.length).toBeLessThanOrEqual(500);
    for (const t of TYPES) expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(20);
    expect((types.get("PHONE") as number) / total).toBeGreaterThanOrEqual(0.27);
    expect((types.get("PHONE") as number) / total).toBeLessThanOrEqual(0.36);
    expect(types.get("PERSON") as number).toBeGreaterThanOrEqual(1000);
    expect(lower).toBeGreaterThanOrEqual(40);
    expect(emoji).toBeGreaterThanOrEqual(80);
    expect(marks).toBeGreaterThanOrEqual(30);
    expect(negs.get("card-luhn-fail") as number).toBeGreaterThanOrEqual(20);
    expect(negs.get("iban-bad-check") as number).toBeGreaterThanOrEqual(20);
    const negOnly = rows.filter((r) => r.entities.length === 0).length;
    expect(negOnly).toBeGreaterThanOrEqual(50);
    expect(negOnly).toBeLessThanOrEqual(70);
    expect(new Set(rows.map((r) => r.kind)).size).toBe(14);
    expect(new Set(rows.map((r) => r.lang)).size).toBe(16);
    expect(new Set(built.map((b) => b.locale)).size).toBe(26);
    expect(rows.filter((r) => r.lang === "en").length / rows.length).toBeCloseTo(0.5, 1);
    for (const biz of ["dental", "airline", "pharmacy", "removals"]) expect(built.filter((b) => b.biz === biz).length).toBeGreaterThanOrEqual(100);
    const shapes = new Set(rows.flatMap((r) => r.entities.filter((e) => e.type === "PHONE").map((e) => val(r, e).replace(/\d/g, "#"))));
    expect(shapes.size).toBeGreaterThanOrEqual(100);
    expect(new Set(built.flatMap((b) => b.names)).size).toBeGreaterThanOrEqual(400);
    expect([...negs.keys()].filter((k) => ID_CHECKS[k]).length).toBeGreaterThanOrEqual(20);
  });
});
