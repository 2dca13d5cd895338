/** Hard negatives: the numbers a courier, marketplace or food-delivery desk is full of. */
import type { Rng } from "./rng.ts";
import { ibanRemainder, luhnValid } from "./checks.ts";
import { IBAN_COUNTRIES, groupCard, groupIban, ibanCompact } from "./values.ts";

const L = (rng: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + rng.int(0, 25))).join("");

/** Tracking ids of several carriers, some grouped, some 10-14 plain digits. */
export function tracking(rng: Rng): string {
  switch (rng.int(0, 9)) {
    case 0: return `1Z${L(rng, 3)}${rng.digits(3)}${rng.digits(10)}`;
    case 1: return `JJD${rng.digits(18)}`;
    case 2: return `00340434${rng.digits(12)}`;
    case 3: return rng.digits(rng.pick([11, 12]));
    case 4: { const d = rng.digits(14); return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`; }
    case 5: return `3S${L(rng, 4)}${rng.digits(7)}`;
    case 6: return rng.digits(24);
    case 7: return `${rng.pick(["1", "4", "9"])}${rng.digits(10)}`;
    case 8: return `${L(rng, 2)}${rng.digits(9)}${rng.pick(["DE", "NL", "CZ", "PL", "GB"])}`;
    default: return rng.digits(rng.pick([10, 13, 14]));
  }
}

export function order(rng: Rng): string {
  switch (rng.int(0, 6)) {
    case 0: return `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`;
    case 1: return `#${rng.int(100000, 9999999)}`;
    case 2: return `FD-${rng.digits(4)}-${L(rng, 3)}${rng.digits(2)}`;
    case 3: return `${rng.digits(10)}`;
    case 4: return `ORD${rng.digits(9)}`;
    case 5: return `${L(rng, 2)}-${rng.digits(6)}-${rng.digits(2)}`;
    default: return `${rng.int(20, 26)}${rng.digits(2)}${rng.digits(6)}`;
  }
}

export const sellerId = (rng: Rng): string => rng.pick([`A${L(rng, 1)}${rng.digits(2)}${L(rng, 4)}${rng.digits(3)}${L(rng, 2)}`, `S-${rng.digits(7)}`, `SLR-${rng.digits(5)}`, `MP${rng.digits(8)}`]);
export const restaurantId = (rng: Rng): string => rng.pick([`R${rng.digits(6)}`, `REST-${rng.digits(5)}`, `${rng.digits(6)}-${L(rng, 2)}`]);
export const lockerPin = (rng: Rng): string => rng.pick([rng.digits(6), rng.digits(4), `${rng.digits(3)} ${rng.digits(3)}`]);
export const lockerId = (rng: Rng): string => rng.pick([`${L(rng, 3)}${rng.digits(2)}${L(rng, 1)}`, `Packstation ${rng.int(100, 299)}`, `box ${rng.int(1, 48)}`]);

const VAT: Record<string, (rng: Rng) => string> = {
  DE: (rng) => `DE${rng.digits(9)}`, AT: (rng) => `ATU${rng.digits(8)}`, NL: (rng) => `NL${rng.digits(9)}B0${rng.int(1, 9)}`,
  BE: (rng) => `BE0${rng.digits(9)}`, CZ: (rng) => `CZ${rng.digits(8)}`, PL: (rng) => `PL${rng.digits(10)}`,
  CH: (rng) => `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)} MWST`, GB: (rng) => `GB${rng.digits(9)}`, LU: (rng) => `LU${rng.digits(8)}`,
};

/** A VAT id, usually of the text's own country (sellers abroad are common too). */
export function vat(rng: Rng, region: string): string {
  const own = VAT[region];
  return (own && rng.chance(0.7) ? own : VAT[rng.pick(Object.keys(VAT))]!)(rng);
}
export const eori = (rng: Rng): string => rng.pick([`DE${rng.digits(13)}`, `GB${rng.digits(12)}`, `NL${rng.digits(9)}`, `PL${rng.digits(10)}00000`, `CZ${rng.digits(8)}`]);
export const tariff = (rng: Rng): string => rng.pick([`${rng.digits(4)} ${rng.digits(2)} ${rng.digits(2)}`, `${rng.digits(4)}.${rng.digits(2)}.${rng.digits(2)}`, rng.digits(8), rng.digits(10)]);
export const weight = (rng: Rng): string => rng.pick([`${rng.int(1, 30)},${rng.int(1, 9)} kg`, `${rng.int(100, 999)} g`, `${rng.int(1, 40)}.${rng.int(1, 9)}kg`, `${rng.int(2, 60)} lbs`]);
export const dims = (rng: Rng): string => rng.pick([`${rng.int(10, 120)}x${rng.int(10, 80)}x${rng.int(5, 60)} cm`, `${rng.int(10, 60)} × ${rng.int(10, 40)} × ${rng.int(5, 30)} cm`, `${rng.int(6, 40)}x${rng.int(6, 30)}x${rng.int(2, 20)}in`]);

export function window(rng: Rng, lang: string): string {
  const h = rng.int(7, 19);
  const m = rng.pick(["00", "30", "15"]);
  const forms = [`${h}:${m}–${h + 2}:${m}`, `${h}:${m}-${h + 1}:${m}`, `${String(h).padStart(2, "0")}${m}–${String(h + 1).padStart(2, "0")}${m}`];
  if (lang === "de") forms.push(`${h}.${m} - ${h + 2}.${m} Uhr`, `${h}–${h + 2} Uhr`);
  if (lang === "en") forms.push(`${h > 12 ? h - 12 : h}-${h > 10 ? h - 9 : h + 3}pm`, `${h}:${m} to ${h + 1}:${m}`);
  if (lang === "nl" || lang === "fr") forms.push(`${h}u${m}-${h + 2}u${m}`, `${h}h${m} - ${h + 2}h${m}`);
  return rng.pick(forms);
}

const CURRENCY: Record<string, readonly string[]> = {
  GB: ["£#A.#C", "GBP #A.#C"], US: ["$#A.#C", "USD #A.#C", "$#T"], CA: ["CA$#A.#C", "$#A.#C"], DE: ["#A,#C €", "€#A,#C", "EUR #A,#C", "#A,- €"],
  AT: ["€ #A,#C", "#A,#C EUR"], CH: ["CHF #A.#C", "Fr. #A.–"], NL: ["€ #A,#C", "EUR #A,#C"], BE: ["€ #A,#C", "#A,#C EUR"], LU: ["#A,#C €"],
  PL: ["#A,#C zł", "#A,#C PLN"], CZ: ["#A Kč", "#A,#C CZK"],
};

/** An amount in the text's currency, once in a while in a foreign one. */
export function amount(rng: Rng, region: string): string {
  const a = rng.int(3, 2400);
  const c = String(rng.int(0, 99)).padStart(2, "0");
  const forms = CURRENCY[rng.chance(0.85) ? region : rng.pick(Object.keys(CURRENCY))] ?? CURRENCY.DE!;
  const grouped = a >= 1000 ? `${Math.floor(a / 1000)},${String(a % 1000).padStart(3, "0")}.${c}` : `${a}.${c}`;
  return rng.pick(forms).replace("#T", grouped).replace("#A", String(a)).replace("#C", c);
}

const MONTHS: Record<string, readonly string[]> = {
  en: ["Jan", "March", "April", "May", "June", "July", "Aug", "October", "Dec"],
  de: ["Januar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember", "Jänner"],
  nl: ["januari", "maart", "mei", "juni", "oktober"],
  fr: ["janvier", "mars", "mai", "juin", "octobre"],
  pl: ["stycznia", "marca", "maja", "czerwca", "października"],
  cs: ["ledna", "března", "května", "června", "října"],
};

export function date(rng: Rng, lang: string): string {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  const y = rng.pick([2025, 2026]);
  const p = (n: number): string => String(n).padStart(2, "0");
  const word = rng.pick(MONTHS[lang] ?? MONTHS.en!);
  const forms = lang === "en"
    ? [`${m}/${d}/${y}`, `${d}/${p(m)}/${y}`, `${d} ${word} ${y}`, `${word} ${d}`, `${y}-${p(m)}-${p(d)}`, `${m}/${d}`]
    : lang === "cs" ? [`${d}. ${m}. ${y}`, `${d}.${m}.`, `${d}. ${word}`, `${p(d)}.${p(m)}.${y}`]
      : [`${p(d)}.${p(m)}.${y}`, `${d}. ${word}`, `${d} ${word} ${y}`, `${p(d)}-${p(m)}-${y}`, `${y}-${p(m)}-${p(d)}`, `${d}/${m}`];
  return rng.pick(forms);
}

export const time = (rng: Rng): string => rng.pick([`${rng.int(7, 22)}:${rng.pick(["05", "15", "40", "58"])}`, `${rng.int(1, 11)}:${rng.int(10, 59)} pm`, `${rng.int(7, 22)}.${rng.int(10, 59)}`, `${rng.int(10, 22)}:${rng.int(10, 59)}:${rng.int(10, 59)}`, `2026-0${rng.int(1, 9)}-${rng.int(10, 28)}T${rng.int(10, 22)}:${rng.int(10, 59)}:00Z`]);

export function postcode(rng: Rng, region: string): string {
  switch (region) {
    case "GB": return `${rng.pick(["SW1A", "M4", "EH3", "LS11", "B15", "N1C"])} ${rng.int(1, 9)}${L(rng, 2)}`;
    case "US": return rng.pick([rng.digits(5), `${rng.digits(5)}-${rng.digits(4)}`]);
    case "NL": return `${rng.int(1000, 9999)} ${L(rng, 2)}`;
    case "PL": return `${rng.digits(2)}-${rng.digits(3)}`;
    case "CZ": return `${rng.int(100, 799)} ${rng.digits(2)}`;
    case "CH": return rng.pick([`CH-${rng.int(1000, 9699)}`, String(rng.int(1000, 9699))]);
    case "AT": case "BE": return String(rng.int(1000, 9999));
    case "CA": return `${rng.pick(["M5V", "V6B", "H2X", "T2P"])} ${rng.int(1, 9)}${L(rng, 1)}${rng.int(1, 9)}`;
    case "LU": return `L-${rng.int(1000, 9999)}`;
    default: return rng.digits(5).replace(/^0/, "1");
  }
}

export function house(rng: Rng, region: string): string {
  const forms = [`${rng.int(1, 199)}${rng.pick(["a", "b", "B", "c"])}`, String(rng.int(1, 240))];
  if (region === "BE") forms.push(`${rng.int(2, 120)} bus ${rng.int(1, 9)}`);
  if (["PL", "CZ", "AT"].includes(region)) forms.push(`${rng.int(1, 80)}/${rng.int(1, 30)}`);
  if (["NL", "DE", "CH"].includes(region)) forms.push(`${rng.int(1, 40)}-${rng.int(1, 12)}`, `${rng.int(1, 90)} ${rng.pick(["A", "bis", "hs"])}`);
  if (["US", "CA", "GB"].includes(region)) forms.push(`${rng.int(1, 9)}${rng.int(10, 99)}${rng.pick(["A", "B", "½"])}`);
  return rng.pick(forms);
}

/** A 16-digit number that fails Luhn, grouped like a card. */
export function luhnInvalid(rng: Rng): string {
  let pan = "";
  do pan = rng.pick(["4", "5", "6", "3", "9"]) + rng.digits(15);
  while (luhnValid(pan));
  return groupCard(pan, rng);
}

/** An IBAN of the right country length whose check digits are wrong. */
export function ibanBad(rng: Rng): string {
  const good = ibanCompact(rng.pick(IBAN_COUNTRIES), rng);
  let bad = good;
  while (ibanRemainder(bad) === 1) bad = `${good.slice(0, 2)}${String(rng.int(2, 98)).padStart(2, "0")}${good.slice(4)}`;
  return groupIban(bad, rng.chance(0.6));
}
