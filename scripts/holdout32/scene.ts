// A scene is one text being written: its locale, business, people and the helpers that append
// names, phones, business lines and extra values to the Doc while recording the name parts used.
import type { Rng } from "./prng.ts";
import { Doc } from "./render.ts";
import type { Locale } from "./locales.ts";
import { someDate } from "./locales.ts";
import { PHRASES, type Biz, type Phrases } from "./phrases.ts";
import { plan, makePhone, oddGroups, spoken, type Phone } from "./phones.ts";
import { makePerson, nameParts, renderName, title, wordList, type NameStyle, type Person } from "./names.ts";
import { bizRef, safe } from "./business.ts";
import { nationalId } from "./ids.ts";
import * as V from "./values.ts";

const EMOJI = ["📞 ", "👋🏽 ", "🙏🏾 ", "👍🏻 ", "☎️ ", "✈️ ", "🦷 ", "💊 ", "📦 ", "👨‍👩‍👧 ", "🧳 ", "❤️", "🇵🇭 ", "🇳🇬 ", "🇮🇳 ", "🏴󠁧󠁢󠁳󠁣󠁴󠁿 ", "👩🏾‍⚕️ ", "🚚 "];

export class Scene {
  doc: Doc;
  ph: Phrases;
  parts = new Set<string>();
  private lastLine = -1;
  people: Person[] = [];
  region;
  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, nfd: boolean, readonly negOnly: boolean) {
    this.doc = new Doc(nfd);
    this.ph = PHRASES[loc.lang] as Phrases;
    this.region = plan(loc.id).region;
  }
  get lang(): string {
    return this.loc.lang;
  }
  lit(s: string): this {
    this.doc.lit(s);
    return this;
  }
  person(opts: { wordName?: boolean } = {}): Person {
    const p = makePerson(this.r, this.loc, opts);
    this.people.push(p);
    return p;
  }
  /** Appends a name; titles stay outside the span. */
  name(p: Person, style: NameStyle = "full", withTitle = false): this {
    const st = (this.lang === "el" || this.lang === "bg") && style === "full" && this.r.chance(0.3) ? "latin" : style;
    const t = title(p, this.lang);
    if ((withTitle || style === "surname") && t) this.lit(`${t} `);
    const v = renderName(p, st, this.lang, this.r);
    for (const part of nameParts(v)) this.parts.add(part);
    this.doc.ent("PERSON", v);
    return this;
  }
  emoji(p = 0.35): this {
    if (this.r.chance(p)) this.lit(this.r.pick(EMOJI));
    return this;
  }
  phoneOf(type?: "mobile" | "fixed"): Phone {
    return makePhone(this.r, this.loc.id, type);
  }
  /** A phone, sometimes glued to its label, re-grouped oddly, with an extension or a time after. */
  phone(ph?: Phone, o: { label?: string; tail?: boolean } = {}): this {
    let p = ph ?? this.phoneOf();
    if (this.r.chance(0.12)) p = oddGroups(this.r, p);
    if (o.label) this.lit(this.r.chance(0.3) ? o.label.replace(/[: ]+$/, "") + (this.r.chance(0.5) ? ":" : "") : o.label);
    this.doc.ent("PHONE", p.written);
    if (o.tail !== false) {
      const x = this.r.int(0, 9);
      if (x === 0) this.lit(` ${this.ph.ext} ${this.r.int(10, 499)}`);
      else if (x === 1) this.lit(" (").time().lit(")");
      else if (x === 2) this.lit(` ${this.ph.after} `).time();
    }
    return this;
  }
  twoPhones(a?: Phone, b?: Phone): this {
    this.phone(a ?? this.phoneOf("mobile"), { tail: false }).lit(` ${this.ph.or} `).phone(b ?? this.phoneOf());
    return this;
  }
  spokenPhone(): this {
    const p = this.phoneOf("mobile");
    this.doc.ent("PHONE", spoken(this.r, p.national));
    return this;
  }
  email(p: Person): this {
    this.doc.ent("EMAIL", p.email);
    return this;
  }
  bizEmail(): this {
    const latin: Record<Biz, string> = { dental: "usmivka-dent", airline: "aigaio-wings", pharmacy: "apteka-zdrave", removals: "hermes-moving" };
    const folded = V.asciiFold(this.ph.biz[this.biz].name.split(" ").slice(-2).join("")).slice(0, 18);
    const slug = folded.length >= 4 ? folded : latin[this.biz];
    this.doc.ent("EMAIL", `${this.r.pick(["info", "bookings", "claims", "help", "care", "ops"])}@${slug}.${this.loc.tld}`);
    return this;
  }
  ref(): this {
    const x = bizRef(this.r, this.biz, this.region);
    this.doc.neg(x.kind, x.value);
    return this;
  }
  date(): this {
    this.doc.neg("date", this.loc.date(this.r, someDate(this.r)));
    return this;
  }
  time(): this {
    this.doc.neg("time", this.loc.time(this.r));
    return this;
  }
  amount(): this {
    this.doc.neg("amount", this.loc.amount(this.r));
    return this;
  }
  /** One of the business's sentences with its slots filled by negatives. */
  line(i?: number): this {
    const lines = this.ph.biz[this.biz].lines;
    let n = i ?? this.r.int(0, lines.length - 1);
    if (i === undefined && n === this.lastLine) n = (n + 1) % lines.length;
    this.lastLine = n;
    const s = lines[n % lines.length] as string;
    const re = /\{(ref|date|time|amount)\}/g;
    let last = 0;
    for (const m of s.matchAll(re)) {
      this.lit(s.slice(last, m.index));
      this[m[1] as "ref" | "date" | "time" | "amount"]();
      last = (m.index ?? 0) + m[0].length;
    }
    return this.lit(s.slice(last));
  }
  /** A sentence using a name-word as a plain word (a name-word negative). */
  wordPhrase(word?: string): this {
    const ws = wordList(this.lang);
    if (!ws.length) return this;
    const hit = word ? ws.find((w) => w[0] === word) : undefined;
    this.doc.marked((hit ?? this.r.pick(ws))[1]);
    return this;
  }
  nationalId(): this {
    const x = nationalId(this.r, this.loc.id);
    if (!x.value) return this;
    const v = safe(this.r, this.region, () => nationalId(this.r, this.loc.id));
    this.doc.neg(v.kind, v.value);
    return this;
  }
}

export { V, spoken };
