// Labeled values other than phones and names (cards, IBANs, SSNs, NINOs, IPs, emails) and their
// near-miss lookalikes (real IIN failing Luhn, IBAN with wrong check digits, invalid SSN/NINO shapes).
import type { Rng } from "./prng.ts";

export function luhnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
}
function luhnDigit(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return String(c);
  throw new Error("unreachable");
}

function iin(rng: Rng): [string, number] {
  const r = rng.int(0, 9);
  if (r <= 3) return ["4" + rng.digits(3), 16];
  if (r <= 5) return [String(rng.int(51, 55)) + rng.digits(2), 16];
  if (r === 6) return [String(rng.int(2221, 2720)), 16];
  if (r === 7) return [rng.pick(["34", "37"]) + rng.digits(2), 15];
  if (r === 8) return [rng.pick(["6011", "6500", "6521"]), 16];
  return [String(rng.int(3528, 3589)), 16];
}

function groupCard(rng: Rng, d: string): string {
  const sep = rng.pick([" ", " ", "-", ""]);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) as string[]).join(sep);
}

export function card(rng: Rng): string {
  const [pre, len] = iin(rng);
  const body = pre + rng.digits(len - pre.length - 1);
  return groupCard(rng, body + luhnDigit(body));
}

/** 16 digits with a real IIN whose Luhn check fails. */
export function badCard(rng: Rng): string {
  for (;;) {
    const [pre, len] = iin(rng);
    if (len !== 16) continue;
    const body = pre + rng.digits(len - pre.length - 1);
    const good = Number(luhnDigit(body));
    return groupCard(rng, body + String((good + rng.int(1, 9)) % 10));
  }
}

// BBAN shapes: n = digits, a = upper letters, c = upper letters or digits.
const BBAN: Record<string, string> = {
  IT: "annnnnnnnnncccccccccccc", CH: "nnnnncccccccccccc", PL: "nnnnnnnnnnnnnnnnnnnnnnnn", CZ: "nnnnnnnnnnnnnnnnnnnn",
  HU: "nnnnnnnnnnnnnnnnnnnnnnnn", RO: "aaaacccccccccccccccc", GR: "nnnnnnncccccccccccccccc", TR: "nnnnn0nnnnnnnnnnnnnnnn",
  BE: "nnnnnnnnnnnn", LT: "nnnnnnnnnnnnnnnn", LV: "aaaaccccccccccccc", SI: "nnnnnnnnnnnnnnn", BG: "aaaannnnnncccccccc",
  IS: "nnnnnnnnnnnnnnnnnnnnnn", PT: "nnnnnnnnnnnnnnnnnnnnn", GB: "aaaannnnnnnnnnnnnn",
};
const BANKS: Record<string, string[]> = { RO: ["BTRL", "RNCB", "BRDE", "INGB"], LV: ["HABA", "UNLA", "PARX"], BG: ["UNCR", "BPBI", "STSA"], GB: ["BARC", "RBOS", "BOFS", "NWBK", "LOYD"] };

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
function bban(rng: Rng, cc: string): string {
  const shape = BBAN[cc];
  if (!shape) throw new Error(`no BBAN for ${cc}`);
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  let out = "";
  for (const ch of shape) {
    if (ch === "n") out += rng.digits(1);
    else if (ch === "a") out += rng.pick([...letters]);
    else if (ch === "c") out += rng.chance(0.8) ? rng.digits(1) : rng.pick([...letters]);
    else out += ch;
  }
  const bank = BANKS[cc];
  if (bank) out = rng.pick(bank) + out.slice(4);
  if (cc === "BE") out = out.slice(0, 10) + String((Number(out.slice(0, 10)) % 97) || 97).padStart(2, "0");
  return out;
}
function groupIban(rng: Rng, s: string): string {
  return rng.chance(0.7) ? (s.match(/.{1,4}/g) as string[]).join(" ") : s;
}
export function iban(rng: Rng, cc: string): string {
  const b = bban(rng, cc);
  const check = 98 - mod97(b + cc + "00");
  return groupIban(rng, cc + String(check).padStart(2, "0") + b);
}
/** Right country and length, wrong check digits. */
export function badIban(rng: Rng, cc: string): string {
  const b = bban(rng, cc);
  const check = 98 - mod97(b + cc + "00");
  let wrong = check;
  while (wrong === check) wrong = rng.int(2, 98);
  return groupIban(rng, cc + String(wrong).padStart(2, "0") + b);
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, "0")}-${String(rng.int(1, 99)).padStart(2, "0")}-${String(rng.int(1, 9999)).padStart(4, "0")}`;
  return rng.chance(0.8) ? s : s.replace(/-/g, " ");
}
export function badSsn(rng: Rng): string {
  const a = String(rng.int(100, 665)).padStart(3, "0");
  const g = String(rng.int(1, 99)).padStart(2, "0");
  const s = String(rng.int(1, 9999)).padStart(4, "0");
  return rng.pick([`000-${g}-${s}`, `666-${g}-${s}`, `9${rng.digits(2)}-${g}-${s}`, `${a}-00-${s}`, `${a}-${g}-0000`]);
}

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";
const NINO_BAD_PAIRS = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];
function ninoFmt(rng: Rng, pre: string, digits: string, suf: string): string {
  return rng.chance(0.6)
    ? `${pre} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suf}`
    : `${pre}${digits}${suf}`;
}
export function nino(rng: Rng): string {
  let pre = "";
  do pre = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
  while (NINO_BAD_PAIRS.includes(pre));
  return ninoFmt(rng, pre, rng.digits(6), rng.pick(["A", "B", "C", "D"]));
}
export function badNino(rng: Rng): string {
  const r = rng.int(0, 3);
  const pre = r === 0 ? rng.pick(["D", "F", "I", "Q", "U", "V"]) + "A" : r === 1 ? rng.pick(["BG", "GB", "NK", "TN", "ZZ"]) : "JK";
  const suf = r === 2 ? rng.pick(["E", "F", "G", "X"]) : rng.pick(["A", "B", "C", "D"]);
  return ninoFmt(rng, r === 3 ? "AO" : pre, rng.digits(6), suf);
}

export function ip(rng: Rng): string {
  const r = rng.int(0, 9);
  if (r <= 1) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  if (r === 2) return `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  if (r <= 4) {
    const h = () => rng.int(0, 0xffff).toString(16);
    return rng.chance(0.5) ? `2a02:${h()}:${h()}:${h()}::${h()}` : `2001:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  }
  return `${rng.int(31, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** Lower-case ASCII letters only, for an email local part. */
export function asciiFold(s: string): string {
  const map: Record<string, string> = { ł: "l", Ł: "l", ı: "i", ß: "ss", þ: "th", Þ: "th", ð: "d", Ð: "d", æ: "ae", Æ: "ae", ø: "o", đ: "d" };
  return [...s.normalize("NFD")].map((c) => map[c] ?? c).join("").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
}
