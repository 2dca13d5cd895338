/** Generators for the labeled values: every one is valid by its own rule. */
import type { Rng } from "./rng.ts";
import { ascii, ibanRemainder, luhnValid } from "./checks.ts";

interface Brand {
  prefixes: readonly string[];
  length: number;
}
const BRANDS: readonly Brand[] = [
  { prefixes: ["4"], length: 16 },
  { prefixes: ["51", "52", "53", "54", "55", "2221", "2349", "2720"], length: 16 },
  { prefixes: ["34", "37"], length: 15 },
  { prefixes: ["6011", "65", "644", "649"], length: 16 },
  { prefixes: ["3528", "3566", "3589"], length: 16 },
  { prefixes: ["36"], length: 14 },
];

/** A Luhn-valid PAN of a real brand's IIN range and length, ungrouped. */
export function cardDigits(rng: Rng): string {
  const brand = rng.pick(BRANDS);
  const prefix = rng.pick(brand.prefixes);
  const body = prefix + rng.digits(brand.length - prefix.length - 1);
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error("no Luhn digit");
}

export function groupCard(pan: string, rng: Rng): string {
  const sep = rng.pick([" ", " ", "-", ""]);
  const sizes = pan.length === 15 ? [4, 6, 5] : pan.length === 14 ? [4, 6, 4] : [4, 4, 4, 4];
  let at = 0;
  return sizes.map((n) => pan.slice(at, (at += n))).join(sep);
}

export const card = (rng: Rng): string => groupCard(cardDigits(rng), rng);

const IBAN_BBAN: Record<string, string> = {
  DE: "n18", AT: "n16", CH: "n17", NL: "a4n10", BE: "n12", FR: "n23", PL: "n24",
  CZ: "n20", GB: "a4n14", LU: "n16", IE: "a4n14", ES: "n20",
};
export const IBAN_COUNTRIES = Object.keys(IBAN_BBAN);

function bban(country: string, rng: Rng): string {
  const shape = IBAN_BBAN[country] ?? "n18";
  let out = "";
  for (const [, kind, n] of shape.matchAll(/([an])(\d+)/g)) {
    for (let i = 0; i < Number(n); i++) out += kind === "a" ? String.fromCharCode(65 + rng.int(0, 25)) : String(rng.int(0, 9));
  }
  return out;
}

/** An IBAN whose check digits make mod-97 equal 1. */
export function ibanCompact(country: string, rng: Rng): string {
  const b = bban(country, rng);
  const check = 98 - ibanRemainder(`${country}00${b}`);
  return `${country}${String(check).padStart(2, "0")}${b}`;
}

export const groupIban = (compact: string, spaced: boolean): string => (spaced ? compact.replace(/(.{4})(?=.)/g, "$1 ") : compact);

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, "0");
  const g = String(rng.int(1, 99)).padStart(2, "0");
  const s = String(rng.int(1, 9999)).padStart(4, "0");
  return rng.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";
const NINO_BAD = new Set(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]);

export function nino(rng: Rng): string {
  let prefix = "";
  do prefix = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
  while (NINO_BAD.has(prefix));
  const d = rng.digits(6);
  const suffix = rng.pick(["A", "B", "C", "D"]);
  return rng.chance(0.5) ? `${prefix}${d}${suffix}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`;
}

export function ipv4(rng: Rng): string {
  const first = rng.pick([10, 192, 172, rng.int(11, 223)]);
  const second = first === 192 ? 168 : first === 172 ? rng.int(16, 31) : rng.int(0, 255);
  return [first, second, rng.int(0, 255), rng.int(1, 254)].join(".");
}

export function ipv6(rng: Rng): string {
  const hex = (): string => rng.int(0, 0xffff).toString(16);
  const groups = Array.from({ length: 8 }, hex);
  const style = rng.int(0, 2);
  if (style === 0) return ["2001", "0db8", ...groups.slice(2).map((g) => g.padStart(4, "0"))].join(":");
  if (style === 1) return `2a02:${groups[1]}:${groups[2]}::${groups[7]}`;
  return `fe80::${groups[4]}:${groups[5]}:${groups[6]}:${groups[7]}`;
}

export const ip = (rng: Rng): string => (rng.chance(0.6) ? ipv4(rng) : ipv6(rng));

/** An email in one of many shapes, usually derived from the person's name. */
export function email(first: string, last: string, domains: readonly string[], rng: Rng): string {
  const f = ascii(first) || "kim";
  const l = ascii(last) || "novak";
  const domain = rng.pick(domains);
  const local = rng.pick([
    `${f}.${l}`, `${f[0]}.${l}`, `${f}${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}_${l}`,
    `${f}.${l}+orders`, `${f}-${l}`, `${l}${rng.int(70, 99)}`, `${f}${rng.int(1980, 2006)}`,
    `${f[0]}${l}`, `${f}.${l}.shop`,
  ]);
  return `${local}@${domain}`;
}
