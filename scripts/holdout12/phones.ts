/** Phone numbers made valid by libphonenumber-js/max, then written in the shapes people use. */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { Rng } from "./rng.ts";

/** National significant number prefixes and how many random digits follow. */
const SEEDS: Record<string, readonly [string, number][]> = {
  US: [["212", 7], ["415", 7], ["312", 7], ["617", 7], ["713", 7], ["305", 7], ["206", 7]],
  CA: [["416", 7], ["604", 7], ["514", 7], ["403", 7]],
  GB: [["20", 8], ["161", 7], ["131", 7], ["7700", 6], ["7911", 6], ["7833", 6], ["113", 7]],
  DE: [["30", 8], ["89", 7], ["221", 7], ["40", 8], ["151", 8], ["170", 7], ["176", 8]],
  AT: [["1", 7], ["316", 6], ["664", 7], ["676", 7], ["512", 6]],
  CH: [["44", 7], ["31", 7], ["79", 7], ["76", 7], ["61", 7]],
  NL: [["20", 7], ["10", 7], ["6", 8], ["30", 7], ["70", 7]],
  BE: [["2", 7], ["3", 7], ["9", 7], ["470", 6], ["498", 6], ["476", 6]],
  FR: [["1", 8], ["6", 8], ["7", 8], ["4", 8]],
  LU: [["621", 6], ["691", 6]],
  PL: [["22", 7], ["12", 7], ["501", 6], ["601", 6], ["791", 6], ["881", 6]],
  CZ: [["2", 8], ["601", 6], ["731", 6], ["777", 6], ["541", 6]],
  IT: [["2", 8], ["347", 7], ["333", 7]],
  ES: [["91", 7], ["612", 6], ["699", 6]],
  TR: [["532", 7], ["212", 7]],
  IN: [["98", 8], ["91", 8]],
  NG: [["803", 7], ["806", 7]],
  AU: [["412", 6], ["2", 8]],
  BR: [["11", 9]],
  AE: [["50", 7]],
  UA: [["67", 7], ["50", 7]],
  PT: [["912", 6]],
  RO: [["721", 6]],
};

export const FOREIGN: readonly string[] = ["TR", "IN", "NG", "AU", "BR", "AE", "UA", "PT", "RO", "IT", "ES", "FR"];

export interface Phone {
  written: string;
  region: string;
}

function validNumber(region: string, rng: Rng) {
  const seeds = SEEDS[region];
  if (!seeds) throw new Error(`no phone seeds for ${region}`);
  for (let tries = 0; tries < 400; tries++) {
    const [prefix, n] = rng.pick(seeds);
    let rest = rng.digits(n);
    if (region === "US" || region === "CA") rest = String(rng.int(2, 9)) + rest.slice(1);
    const parsed = parsePhoneNumberFromString(prefix + rest, region as CountryCode);
    if (parsed?.isValid() && parsed.country === region) return parsed;
  }
  throw new Error(`no valid phone for ${region}`);
}

/** Variants of the library's own formats; a variant is kept only if it still parses to the same valid number. */
function variants(national: string, intl: string, region: string): string[] {
  const cc = intl.split(" ")[0] ?? "";
  const out = [national, intl, intl, national.replace(/ /g, "")];
  if (region === "US" || region === "CA") {
    const d = national.replace(/\D/g, "");
    out.push(`${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`, `1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `+1 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`);
  } else {
    const [head, ...tail] = national.split(" ");
    if (tail.length && !head?.startsWith("(")) out.push(`${head}/${tail.join("")}`, `${head}-${tail.join(" ")}`);
    if (tail.length >= 2) out.push(national.replace(/ /g, "."));
    out.push(`00${intl.slice(1)}`, intl.replace(/ /g, ""), intl.replace(/ /g, "-"));
    if (national.startsWith("0")) out.push(`${cc} (0)${intl.slice(cc.length + 1)}`);
  }
  return out;
}

/** A valid phone of `region`, formatted one of several ways; `international` forces a + form. */
export function phone(region: string, rng: Rng, international = false): Phone {
  const parsed = validNumber(region, rng);
  const national = parsed.formatNational();
  const intl = parsed.formatInternational();
  const all = variants(national, intl, region).filter((w) => {
    if (international && !w.startsWith("+")) return false;
    const again = parsePhoneNumberFromString(w, region as CountryCode);
    return again?.isValid() === true && again.number === parsed.number;
  });
  return { written: all.length ? rng.pick(all) : intl, region };
}
