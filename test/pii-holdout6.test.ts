// The seventh labeled corpus (issue 12): checked with validators written apart from its generator.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { buildCorpus, CORPUS_PATH } from "../scripts/gen-holdout6.ts";

interface Row {
  id: string; lang: string; kind: string; text: string;
  entities: { type: string; start: number; end: number }[];
  negatives: { kind: string; start: number; end: number }[];
}

const raw = readFileSync(CORPUS_PATH, "utf8");
const rows: Row[] = raw.trim().split("\n").map((l) => JSON.parse(l) as Row);
const TYPES = new Set(["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]);
const REGIONS = ["US", "CA", "GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "PT", "PL", "SE", "DK", "NO", "FI", "CH", "AT",
  "JP", "IN", "BR", "NG", "AU", "ZA", "MX", "CN", "KR", "TR", "AE", "GH", "SG"];
const IBAN_LENGTH: Record<string, number> = { AT: 20, BE: 16, CH: 21, DE: 22, ES: 24, FR: 27, GB: 22, IE: 22, IT: 27, NL: 18, PL: 28, PT: 25 };

function luhnOk(digits: string): boolean {
  let total = 0;
  [...digits].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    total += d > 9 ? d - 9 : d;
  });
  return total % 10 === 0;
}

function brandOk(d: string): boolean {
  const n = (k: number): number => Number(d.slice(0, k));
  if (d.startsWith("4")) return [13, 16, 19].includes(d.length);
  if ((n(2) >= 51 && n(2) <= 55) || (n(4) >= 2221 && n(4) <= 2720)) return d.length === 16;
  if (n(2) === 34 || n(2) === 37) return d.length === 15;
  if (d.startsWith("6011") || d.startsWith("65") || (n(3) >= 644 && n(3) <= 649)) return d.length >= 16 && d.length <= 19;
  if (n(4) >= 3528 && n(4) <= 3589) return d.length >= 16 && d.length <= 19;
  return false;
}

function ibanRemainder(value: string): number {
  const s = value.replace(/ /g, "");
  const moved = s.slice(4) + s.slice(0, 4);
  const numeric = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0n;
  for (let i = 0; i < numeric.length; i += 9) rem = BigInt(`${rem}${numeric.slice(i, i + 9)}`) % 97n;
  return Number(rem);
}

const ibanLengthOk = (v: string): boolean => IBAN_LENGTH[v.slice(0, 2)] === v.replace(/ /g, "").length;

function ssnOk(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v);
  if (!m) return false;
  const area = Number(m[1]);
  return area > 0 && area < 900 && area !== 666 && m[3] !== "00" && m[4] !== "0000";
}

function ninoOk(v: string): boolean {
  const m = /^([A-Z])([A-Z]) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-D])$/i.exec(v);
  if (!m) return false;
  const [a, b] = [m[1]!.toUpperCase(), m[2]!.toUpperCase()];
  if ("DFIQUV".includes(a) || "DFIOQUV".includes(b)) return false;
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(a + b);
}

function phoneOk(v: string): boolean {
  if (!/^(\+|00|\(|\d)/.test(v) || !/\d$/.test(v)) return false;
  const normal = v.replace(/^00/, "+");
  return REGIONS.some((region) => parsePhoneNumberFromString(normal, region as CountryCode)?.isValid() === true);
}

const TITLES = /^(mr|mrs|ms|dr|frau|herr|mme|m|sra|sr|sig|meneer|mevrouw|agent)\.?\s/i;

function valid(type: string, v: string): boolean {
  const digits = v.replace(/[ -]/g, "");
  switch (type) {
    case "CARD": return /^[\d -]+$/.test(v) && luhnOk(digits) && brandOk(digits);
    case "IBAN": return /^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v) && ibanLengthOk(v) && ibanRemainder(v) === 1;
    case "US_SSN": return ssnOk(v);
    case "UK_NINO": return ninoOk(v);
    case "PHONE": return phoneOk(v);
    case "IP_ADDRESS": return isIP(v) !== 0;
    case "EMAIL": return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v);
    case "PERSON": return /^\p{L}[\p{L}\p{M}' -]*\p{L}$/u.test(v) && !TITLES.test(v);
    default: return false;
  }
}

describe("pii holdout6 corpus", () => {
  test("the generator reproduces the committed file byte for byte", () => {
    expect(buildCorpus()).toBe(raw);
  });

  test("ids are unique and shaped <lang>-<kind>-<nnnn>", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`));
  });

  test("every span is inside the text, trimmed, ordered and never overlaps another", () => {
    for (const r of rows) {
      const spans = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start);
      spans.forEach((s, i) => {
        expect(s.start >= 0 && s.start < s.end && s.end <= r.text.length).toBe(true);
        const v = r.text.slice(s.start, s.end);
        expect(v.trim()).toBe(v);
        if (i > 0) expect(spans[i - 1]!.end <= s.start).toBe(true);
      });
      const starts = r.entities.map((e) => e.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  test("every entity has a known type and a value that is valid for it", () => {
    const bad: string[] = [];
    for (const r of rows) for (const e of r.entities) {
      if (!TYPES.has(e.type) || !valid(e.type, r.text.slice(e.start, e.end))) bad.push(`${r.id} ${e.type}`);
    }
    expect(bad).toEqual([]);
  });

  test("no span starts or ends inside a word or a number", () => {
    const cut: string[] = [];
    for (const r of rows) for (const s of [...r.entities, ...r.negatives]) {
      const before = r.text.slice(Math.max(0, s.start - 1), s.start);
      const after = r.text.slice(s.end, s.end + 1);
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) cut.push(`${r.id} ${s.start}`);
    }
    expect(cut).toEqual([]);
  });

  test("checksum lookalikes fail their checksum; name words are the listed words", () => {
    const words = new Set(["may", "will", "bill", "mark", "rose", "grace", "sunny", "hope", "jack", "june", "mai", "mei", "mayo"]);
    for (const r of rows) for (const n of r.negatives) {
      const v = r.text.slice(n.start, n.end);
      if (n.kind === "luhn-invalid") expect(luhnOk(v.replace(/[ -]/g, ""))).toBe(false);
      if (n.kind === "iban-checksum") expect(ibanLengthOk(v) && ibanRemainder(v) !== 1).toBe(true);
      if (n.kind === "name-word") expect(words.has(v.toLowerCase())).toBe(true);
    }
  });

  test("size, language mix, types and offsets meet the brief's minimums", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    const en = rows.filter((r) => r.lang === "en").length / rows.length;
    expect(en > 0.6 && en < 0.72).toBe(true);
    for (const lang of ["de", "fr", "es", "it", "nl", "pt"]) expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(15);
    const count = (t: string): number => rows.reduce((n, r) => n + r.entities.filter((e) => e.type === t).length, 0);
    for (const t of TYPES) expect(count(t)).toBeGreaterThanOrEqual(20);
    const negCount = (k: string): number => rows.reduce((n, r) => n + r.negatives.filter((x) => x.kind === k).length, 0);
    for (const k of ["luhn-invalid", "iban-checksum", "name-word", "order-number", "version", "postcode"]) expect(negCount(k)).toBeGreaterThanOrEqual(10);
    const astralBefore = rows.filter((r) => r.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(r.text.slice(0, e.start)))).length;
    expect(astralBefore).toBeGreaterThanOrEqual(30);
  });
});
