// What a template can ask for: people, entity values and lookalikes, each
// already labeled, in the formats of the text's language and country.
import { type Locale } from "./locales"
import * as lk from "./lookalikes"
import { COMPANIES, DOMAINS, NAMES, STREETS } from "./names"
import { FOREIGN, type PhoneStyle, phone } from "./phones"
import { ent, type Labeled, neg } from "./render"
import type { Rng } from "./rng"
import * as v from "./values"

const EMOJI = ["🚗", "🔧", "🙏", "😡", "👍🏽", "🏨", "🛣️", "⚠️", "🇬🇧", "🇷🇴", "🇭🇺", "👨‍👩‍👧", "🧳", "⭐⭐⭐⭐", "😊", "🆘", "📍"]

export class Person {
  constructor(
    private readonly c: Ctx,
    readonly firstName: string,
    readonly lastName: string,
    private readonly surnameFirst: boolean,
  ) {}
  get fullName() {
    return this.surnameFirst ? `${this.lastName} ${this.firstName}` : `${this.firstName} ${this.lastName}`
  }
  full = () => ent("PERSON", this.fullName)
  first = () => ent("PERSON", this.firstName)
  last = () => ent("PERSON", this.lastName)
  lower = () => ent("PERSON", this.fullName.toLowerCase())
  lowerFirst = () => ent("PERSON", this.firstName.toLowerCase())
  email = () => ent("EMAIL", v.email(this.c.r, this.firstName, this.lastName, this.c.domains))
  /** A staff address at one of the companies. */
  work = (company: keyof typeof COMPANIES) =>
    ent("EMAIL", v.email(this.c.r, this.firstName, this.lastName, [COMPANIES[company].domain]).replace(/\+\w+@/, "@"))
}

export class Ctx {
  readonly key: string
  constructor(
    readonly r: Rng,
    readonly loc: Locale,
  ) {
    this.key = loc.lang === "en" ? loc.region : loc.lang
  }
  get domains() {
    return DOMAINS[this.key]!
  }
  person(world = 0.2): Person {
    const pool = this.r.chance(world) ? NAMES.world! : NAMES[this.key]!
    const [f, l] = this.r.pick(pool)
    return new Person(this, f, l, this.key === "hu" && pool !== NAMES.world)
  }
  emoji = () => this.r.pick(EMOJI)
  company = (k: keyof typeof COMPANIES) => COMPANIES[k].name
  role = (local: string, k: keyof typeof COMPANIES) => ent("EMAIL", `${local}@${COMPANIES[k].domain}`)
  phone = (style: PhoneStyle = "any") => ent("PHONE", phone(this.r, this.loc.region, style))
  usPhone = () => ent("PHONE", phone(this.r, this.r.pick(["US", "CA"])))
  ukPhone = () => ent("PHONE", phone(this.r, "GB", "intl"))
  foreignPhone = () => ent("PHONE", phone(this.r, this.r.pick(FOREIGN), "intl"))
  card = () => ent("CARD", v.card(this.r))
  iban = () => ent("IBAN", v.iban(this.r, this.r.pick(this.loc.ibans)))
  ssn = () => ent("US_SSN", v.ssn(this.r))
  nino = () => ent("UK_NINO", v.nino(this.r))
  ip = () => ent("IP_ADDRESS", this.r.chance(0.6) ? v.ipv4(this.r) : v.ipv6(this.r))
  ip6 = () => ent("IP_ADDRESS", v.ipv6(this.r))
  badIban = () => neg("iban-checksum", v.badIban(this.r, this.r.pick(this.loc.ibans)))
  badCard = () => neg("luhn-invalid", v.badCard(this.r))
  plate = (): Labeled => {
    const country = this.r.chance(0.7) ? this.loc.region : this.r.pick(lk.plateCountries)
    return neg("licence-plate", lk.plate(this.r, country === "CA" ? "US" : country))
  }
  vin = () => neg("vin", lk.vin(this.r))
  res = () => neg("reservation-number", lk.reservation(this.r))
  loyalty = () => neg("loyalty-number", lk.loyalty(this.r))
  room = () => neg("room-number", lk.room(this.r))
  claim = () => neg("claim-number", lk.claim(this.r))
  invoice = () => neg("invoice-number", lk.invoiceNo(this.r))
  ticket = () => neg("ticket", lk.ticketNo(this.r))
  time = () => neg("time", lk.time(this.r, this.loc.h24))
  date = () => neg("date", this.loc.date(this.r))
  amount = () => neg("amount", this.loc.amount(this.r))
  mileage = () => neg("mileage", this.loc.distance(this.r))
  gps = () => neg("gps", lk.gps(this.r, ...this.loc.latLon))
  road = () => neg("road", this.loc.road(this.r))
  postcode = () => neg("postcode", this.loc.postcode(this.r))
  street = () => neg("street", this.r.pick(STREETS[this.key]!))
  word = (w: string) => neg("name-word", w)
}
