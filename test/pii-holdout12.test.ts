/**
 * The holdout12 corpus (courier, marketplace seller support, food delivery) is sound: every label's
 * bounds and value are checked here with code written apart from the generator's own checks, and the
 * generator reproduces the committed file byte for byte.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { buildCorpus } from "../scripts/holdout12/corpus.ts";

const FILE = new URL("./fixtures/pii-holdout12/corpus.jsonl", import.meta.url);
const raw = readFileSync(FILE, "utf8");

interface Span { start: number; end: number }
interface Row {
  id: string; lang: string; kind: string; text: string;
  entities: (Span & { type: string })[]; negatives: (Span & { kind: string })[];
}
const rows: Row[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l) as Row);
const slice = (r: Row, s: Span): string => r.text.slice(s.start, s.end);
const all = rows.flatMap((r) => r.entities.map((e) => ({ r, e, v: slice(r, e) })));
const ofType = (type: string) => all.filter((x) => x.e.type === type);

function luhn(num: string): boolean {
  const d = [...num].reverse().map(Number);
  const total = d.reduce((acc, n, i) => acc + (i % 2 ? (n * 2 > 9 ? n * 2 - 9 : n * 2) : n), 0);
  return total % 10 === 0;
}
const IBAN_LENGTH: Record<string, number> = { DE: 22, AT: 20, CH: 21, NL: 18, BE: 16, FR: 27, PL: 28, CZ: 24, GB: 22, LU: 20, IE: 22, ES: 24 };
function ibanOk(value: string): boolean {
  const s = value.replace(/\s/g, "");
  if (IBAN_LENGTH[s.slice(0, 2)] !== s.length) return false;
  const big = BigInt([...(s.slice(4) + s.slice(0, 4))].map((ch) => parseInt(ch, 36)).join(""));
  return big % 97n === 1n;
}
const REGIONS = ["GB", "US", "CA", "DE", "AT", "CH", "NL", "BE", "FR", "LU", "PL", "CZ"] as const;

describe("pii-holdout12 corpus", () => {
  test("the generator reproduces the committed file byte for byte", () => {
    expect(buildCorpus()).toBe(raw);
  });

  test("size, languages and unique ids", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const en = rows.filter((r) => r.lang === "en").length / rows.length;
    expect(en).toBeGreaterThan(0.28);
    expect(en).toBeLessThan(0.4);
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(["en", "de", "nl", "fr", "pl", "cs"]));
    for (const r of rows) expect(r.id.startsWith(`${r.lang}-${r.kind}-`)).toBe(true);
  });

  test("labels are in bounds, in order, trimmed and never overlap", () => {
    for (const r of rows) {
      const spans = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start);
      let last = 0;
      for (const s of spans) {
        expect(Number.isInteger(s.start) && s.start >= last && s.start < s.end && s.end <= r.text.length).toBe(true);
        expect(/^\s|\s$/.test(slice(r, s))).toBe(false);
        last = s.end;
      }
      const starts = r.entities.map((e) => e.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  test("every type is present with a useful count", () => {
    const minimum: Record<string, number> = { EMAIL: 40, PHONE: 150, CARD: 25, IBAN: 30, US_SSN: 8, UK_NINO: 8, IP_ADDRESS: 20, PERSON: 400 };
    for (const [type, n] of Object.entries(minimum)) expect(ofType(type).length).toBeGreaterThanOrEqual(n);
    expect(new Set(all.map((x) => x.e.type))).toEqual(new Set(Object.keys(minimum)));
  });

  test("cards are Luhn-valid PANs of 14-19 digits", () => {
    for (const { v } of ofType("CARD")) {
      expect(v).toMatch(/^\d[\d -]+\d$/);
      const d = v.replace(/[ -]/g, "");
      expect(d.length >= 14 && d.length <= 19 && luhn(d)).toBe(true);
      expect(/^(4|5[1-5]|2[2-7]|3[47]|36|35|6011|64[4-9]|65)/.test(d)).toBe(true);
    }
  });

  test("IBANs have the country length and pass mod-97", () => {
    for (const { v } of ofType("IBAN")) expect([v, ibanOk(v)]).toEqual([v, true]);
  });

  test("SSNs follow area/group/serial rules", () => {
    for (const { r } of ofType("US_SSN")) expect(/\bssn\b|social/i.test(r.text)).toBe(true);
    for (const { v } of ofType("US_SSN")) {
      const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v);
      expect(m).not.toBeNull();
      const [, area, group, serial] = m!;
      expect(area !== "000" && area !== "666" && Number(area) < 900 && group !== "00" && serial !== "0000").toBe(true);
    }
  });

  test("NINOs have allocated prefixes and an A-D suffix", () => {
    for (const { v } of ofType("UK_NINO")) {
      const s = v.replace(/ /g, "");
      expect(s).toMatch(/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/);
      expect(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]).not.toContain(s.slice(0, 2));
    }
  });

  test("IP addresses are IPv4 or IPv6, both forms of v6 present", () => {
    const v4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
    for (const { v } of ofType("IP_ADDRESS")) {
      if (v4.test(v)) continue;
      const halves = v.split("::");
      expect(halves.length <= 2).toBe(true);
      const groups = halves.flatMap((h) => (h ? h.split(":") : []));
      for (const g of groups) expect(g).toMatch(/^[0-9a-f]{1,4}$/i);
      expect(halves.length === 2 ? groups.length < 8 : groups.length === 8).toBe(true);
    }
    expect(ofType("IP_ADDRESS").some((x) => x.v.includes("::"))).toBe(true);
    expect(ofType("IP_ADDRESS").some((x) => !x.v.includes("::") && x.v.includes(":"))).toBe(true);
  });

  test("emails are local@domain with nothing around them", () => {
    for (const { v } of ofType("EMAIL")) expect(v).toMatch(/^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
  });

  test("phones are valid for some region as written, extensions outside the span", () => {
    for (const { v } of ofType("PHONE")) {
      expect(/ext|x\d|[^\d)]$/i.test(v)).toBe(false);
      const ok = REGIONS.some((region) => parsePhoneNumberFromString(v, region as CountryCode)?.isValid() === true);
      expect([v, ok]).toEqual([v, true]);
    }
    expect(ofType("PHONE").some((x) => /^\+(?!1|4[1349]|3[1-3]|42|35)/.test(x.v))).toBe(true);
  });

  test("names carry no title or greeting and include lower case and non-ASCII forms", () => {
    for (const { v } of ofType("PERSON")) {
      expect(v).toMatch(/^[\p{L}][\p{L}\p{M}' .-]*[\p{L}\p{M}]$/u);
      expect(/^(mr|mrs|ms|dr|frau|herr|pani?|pane|paní|meneer|mevrouw|madame|monsieur|mme|hi|hallo|dear)\b/i.test(v)).toBe(false);
    }
    expect(ofType("PERSON").filter((x) => x.v === x.v.toLowerCase()).length).toBeGreaterThan(20);
    expect(ofType("PERSON").filter((x) => /[^\x00-\x7f]/.test(x.v)).length).toBeGreaterThan(50);
  });

  test("checksum negatives fail their checksum", () => {
    const negs = rows.flatMap((r) => r.negatives.map((n) => ({ n, v: slice(r, n) })));
    const bad = (kind: string) => negs.filter((x) => x.n.kind === kind);
    expect(bad("luhn-invalid").length).toBeGreaterThanOrEqual(10);
    expect(bad("iban-checksum").length).toBeGreaterThanOrEqual(10);
    for (const { v } of bad("luhn-invalid")) expect(luhn(v.replace(/[ -]/g, ""))).toBe(false);
    for (const { v } of bad("iban-checksum")) {
      const s = v.replace(/\s/g, "");
      expect(IBAN_LENGTH[s.slice(0, 2)]).toBe(s.length);
      expect(ibanOk(v)).toBe(false);
    }
  });

  test("offsets survive astral characters and combining marks before labels", () => {
    const astralBefore = rows.filter((r) => r.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(r.text.slice(0, e.start))));
    expect(astralBefore.length).toBeGreaterThan(50);
    expect(rows.some((r) => r.entities.some((e) => /\p{M}/u.test(r.text.slice(0, e.start))))).toBe(true);
  });
});
