/** What a template gets: the PRNG, the text's region, and shorthands that return labeled parts. */
import { ent, neg, type Labeled, type Part } from "./builder.ts";
import * as look from "./lookalikes.ts";
import { MAIL_DOMAINS, NAME_WORDS_EN, PLACES, person, type Person } from "./names.ts";
import { FOREIGN, phone } from "./phones.ts";
import type { Rng } from "./rng.ts";
import * as v from "./values.ts";

export interface Template {
  kind: string;
  /** Pins the text's region (a template about an SSN is American). */
  region?: string;
  make(c: Ctx): Part[];
}

const EMOJI = ["📦", "🚚", "🙏", "😡", "👍🏽", "🇩🇪", "🇳🇱", "🇵🇱", "🍕", "🛵", "👨‍👩‍👧", "⭐️", "🤦‍♀️", "✅", "🙂", "💶", "🥡", "🏠"];
const ACCENTED = ["Café", "Crème brûlée", "Zoe\u0308's Bäckerei", "Müsli", "Přeprava", "Łódź", "Señora", "naïve", "Jose\u0301's taqueria", "Ärger", "żółty", "Škoda"];

export interface Ctx {
  rng: Rng;
  lang: string;
  region: string;
  person(): Person;
  P(name: string): Labeled;
  phone(region?: string, international?: boolean): Labeled;
  foreignPhone(): Labeled;
  email(p: Person): Labeled;
  shopEmail(local: string, domain: string): Labeled;
  card(): Labeled;
  iban(country?: string): Labeled;
  ssn(): Labeled;
  nino(): Labeled;
  ip(): Labeled;
  emoji(): string;
  accented(): string;
  pick<T>(items: readonly T[]): T;
  n: {
    tracking(): Labeled; order(): Labeled; seller(): Labeled; restaurant(): Labeled; pin(): Labeled; locker(): Labeled;
    vat(): Labeled; eori(): Labeled; tariff(): Labeled; weight(): Labeled; dims(): Labeled; window(): Labeled;
    amount(): Labeled; date(): Labeled; time(): Labeled; postcode(): Labeled; house(): Labeled;
    luhn(): Labeled; iban(): Labeled; word(w?: string): Labeled; place(): Labeled;
  };
}

const IBAN_OF: Record<string, string> = { US: "GB", CA: "GB", GB: "GB", IE: "IE", DE: "DE", AT: "AT", CH: "CH", NL: "NL", BE: "BE", FR: "FR", PL: "PL", CZ: "CZ" };

export function createCtx(rng: Rng, lang: string, region: string): Ctx {
  return {
    rng, lang, region,
    person: () => person(lang, rng),
    P: (name) => ent("PERSON", name),
    phone: (r, intl) => ent("PHONE", phone(r ?? region, rng, intl).written),
    foreignPhone: () => ent("PHONE", phone(rng.pick(FOREIGN), rng, true).written),
    email: (p) => ent("EMAIL", v.email(p.first, p.last, MAIL_DOMAINS[lang] ?? MAIL_DOMAINS.en!, rng)),
    shopEmail: (local, domain) => ent("EMAIL", `${local}@${domain}`),
    card: () => ent("CARD", v.card(rng)),
    iban: (country) => ent("IBAN", v.groupIban(v.ibanCompact(country ?? IBAN_OF[region] ?? "DE", rng), rng.chance(0.6))),
    ssn: () => ent("US_SSN", v.ssn(rng)),
    nino: () => ent("UK_NINO", v.nino(rng)),
    ip: () => ent("IP_ADDRESS", v.ip(rng)),
    emoji: () => rng.pick(EMOJI),
    accented: () => rng.pick(ACCENTED),
    pick: (items) => rng.pick(items),
    n: {
      tracking: () => neg("tracking-number", look.tracking(rng)),
      order: () => neg("order-number", look.order(rng)),
      seller: () => neg("seller-id", look.sellerId(rng)),
      restaurant: () => neg("store-id", look.restaurantId(rng)),
      pin: () => neg("locker-pin", look.lockerPin(rng)),
      locker: () => neg("locker-id", look.lockerId(rng)),
      vat: () => neg("vat-number", look.vat(rng, region)),
      eori: () => neg("eori", look.eori(rng)),
      tariff: () => neg("tariff-code", look.tariff(rng)),
      weight: () => neg("weight", look.weight(rng)),
      dims: () => neg("dimensions", look.dims(rng)),
      window: () => neg("time-window", look.window(rng, lang)),
      amount: () => neg("amount", look.amount(rng, region)),
      date: () => neg("date", look.date(rng, lang)),
      time: () => neg("time", look.time(rng)),
      postcode: () => neg("postcode", look.postcode(rng, region)),
      house: () => neg("house-number", look.house(rng, region)),
      luhn: () => neg("luhn-invalid", look.luhnInvalid(rng)),
      iban: () => neg("iban-checksum", look.ibanBad(rng)),
      word: (w) => neg("name-word", w ?? rng.pick(NAME_WORDS_EN)),
      place: () => neg("place", rng.pick(PLACES)),
    },
  };
}
