/** Valid PII values and lookalikes, all made by code from the seeded PRNG. */
import type { Rng } from "./rng.ts";
import { ibanCheck, luhnDigit } from "./checks.ts";

const BRANDS: ReadonlyArray<{ prefixes: string[]; length: number; groups: number[] }> = [
  { prefixes: ["4"], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ["51", "52", "53", "54", "55", "2221", "2300", "2720"], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ["34", "37"], length: 15, groups: [4, 6, 5] },
  { prefixes: ["6011", "65", "644"], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ["3528", "3589"], length: 16, groups: [4, 4, 4, 4] },
];

function group(digits: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(digits.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}

export function card(rng: Rng, valid = true): string {
  const brand = rng.pick(BRANDS);
  const prefix = rng.pick(brand.prefixes);
  const body = prefix + rng.digits(brand.length - 1 - prefix.length);
  const check = luhnDigit(body);
  const last = valid ? check : String((Number(check) + rng.int(1, 9)) % 10);
  const sep = rng.pick([" ", " ", "-", ""]);
  return sep === "" ? body + last : group(body + last, brand.groups, sep);
}

const IBAN_SHAPES: Record<string, string> = {
  DE: "n18", GB: "a4n14", FR: "n23", ES: "n20", IT: "a1n22", NL: "a4n10", BE: "n12", PT: "n21",
  AT: "n16", CH: "n17", IE: "a4n14", PL: "n24",
};
const BANKS: Record<string, string[]> = {
  GB: ["NWBK", "BARC", "LOYD", "MIDL"], NL: ["ABNA", "INGB", "RABO", "TRIO"], IE: ["AIBK", "BOFI"],
};

export function iban(rng: Rng, country: string, valid = true): string {
  const shape = IBAN_SHAPES[country] ?? "n18";
  let bban = "";
  for (const [, kind, n] of shape.matchAll(/([an])(\d+)/g)) {
    const len = Number(n);
    if (kind === "a") bban += len === 4 ? rng.pick(BANKS[country] ?? ["ABCD"]) : String.fromCharCode(65 + rng.int(0, 25));
    else bban += rng.digits(len);
  }
  const good = ibanCheck(country, bban);
  let check = good;
  if (!valid) while (check === good) check = String(rng.int(2, 98)).padStart(2, "0");
  const flat = `${country}${check}${bban}`;
  return rng.chance(0.6) ? (flat.match(/.{1,4}/g) ?? []).join(" ") : flat;
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const g = String(rng.int(1, 99)).padStart(2, "0");
  const s = String(rng.int(1, 9999)).padStart(4, "0");
  const a = String(area).padStart(3, "0");
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
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
  ])();
}

export function ipv6(rng: Rng): string {
  const h = (): string => rng.int(0, 0xffff).toString(16);
  const full = Array.from({ length: 8 }, h);
  full[0] = rng.pick(["2001", "2a02", "2600", "fe80", "2a00"]);
  return rng.pick([
    () => full.join(":"),
    () => `${full[0]}:${full[1]}:${full[2]}::${full[7]}`,
    () => `${full[0]}:db8::${h()}`,
    () => full.map((x) => x.padStart(4, "0")).join(":").toUpperCase(),
    () => `fe80::${h()}:${h()}:${h()}:${h()}`,
  ])();
}

export function ip(rng: Rng): string {
  return rng.chance(0.6) ? ipv4(rng) : ipv6(rng);
}
