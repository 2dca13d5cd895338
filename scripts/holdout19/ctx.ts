// One language's generation context: its seeded Rng and short helpers the templates call.
import { Rng } from './rng.ts'
import { E, N, type Span } from './render.ts'
import { emailOf, person, P, type Person } from './names.ts'
import { card, iban, ip, nino, phone, ssn, type PhoneStyle } from './values.ts'
import { neg } from './lookalikes.ts'

const EMOJI = ['🇧🇷', '🇮🇪', '🇹🇷', '🇵🇱', '🇨🇿', '🇧🇪', '🇲🇽', '🇨🇭', '🇮🇳', '🇸🇬', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '💍', '👰🏽‍♀️', '🤵🏿', '💐', '🥂', '🏠', '🔑', '📚', '✏️', '🗑️', '🚮', '🅿️', '👋🏻', '👍🏾', '🙏🏼', '😊', '😅', '🎉', '👨‍👩‍👧‍👦', '🧑🏽‍🏫', '📞', '✅', '❤️', '🤞🏽', '💒']
// Words written decomposed (a base letter and a combining mark), per language of the text.
const MARKED: Record<string, string[]> = {
  en: ['Du\u0301n Laoghaire', 'Ty\u0302 Newydd', 'Ynys Mo\u0302n', 'Bro\u0302 Ddyfi', 'Cafe\u0301 Rua', 'Baile A\u0301tha Cliath', 'Na\u0301s na Ri\u0301'],
  pt: ['Sa\u0303o Paulo', 'Sa\u0303o Luis', 'Ribeira\u0303o Preto', 'Goia\u0302nia', 'Maranha\u0303o', 'Jacarepagua\u0301'],
  nl: ['Cafe\u0301 \'t Hoekske', 'Brasserie Rene\u0301', 'Pe\u0301ruwelz', 'Cafe\u0301 Den Turk'],
  cs: ['Plzen\u030c', 'Ostrava-Poruba\u0301', 'C\u030ceske\u0301 Bude\u030cjovice', 'Brno-Z\u030cabovr\u030cesky'],
  tr: ['C\u0327ankaya', 'U\u0308sku\u0308dar', 'Kadiko\u0308y', 'S\u0327is\u0327li'],
  pl: ['Gdan\u0301sk', 'Krako\u0301w-Nowa Huta', 'Z\u0307oliborz', 'S\u0301ro\u0301dmies\u0301cie'],
  es: ['Gra\u0300cia', 'Sant Marti\u0301', 'Sarria\u0300', 'Coyoaca\u0301n'],
  it: ['Citta\u0300 vecchia', 'Caffe\u0300 del Porto', 'Universita\u0300 della Svizzera italiana', 'Societa\u0300 Elettrica'],
}

export class G {
  readonly rng: Rng
  private readonly marks: string[]
  constructor(seed: string, lang = 'en') {
    this.rng = new Rng(seed)
    this.marks = MARKED[lang] ?? MARKED.en ?? []
  }
  pick<T>(xs: readonly T[]): T { return this.rng.pick(xs) }
  int(a: number, b: number): number { return this.rng.int(a, b) }
  chance(p: number): boolean { return this.rng.chance(p) }
  /** An emoji (astral, often a ZWJ or skin-tone sequence). */
  emo(): string { return this.pick(EMOJI) }
  /** A word written with a combining mark. */
  mark(): string { return this.pick(this.marks) }
  who(origin: string): Person { return person(this.rng, origin) }
  name(p: Person): Span { return P.full(p) }
  mail(p: Person, domain: string): Span { return emailOf(this.rng, p, domain) }
  role(local: string, domain: string): Span { return E('EMAIL', `${local}@${domain}`) }
  ph(country: string, style?: PhoneStyle): Span { return phone(this.rng, country, style) }
  card(brand?: string): Span { return card(this.rng, brand) }
  iban(cc: string, spaced?: boolean): Span { return iban(this.rng, cc, spaced) }
  ssn(sep?: string): Span { return ssn(this.rng, sep) }
  nino(spaced?: boolean): Span { return nino(this.rng, spaced) }
  ip(v6?: boolean): Span { return ip(this.rng, v6) }
  /** A code from a pattern: X digit, @ capital letter, [ab] or [0-4] one of, anything else literal. */
  code(pat: string): string {
    let out = ''
    for (let i = 0; i < pat.length; i++) {
      const c = pat[i] as string
      if (c === 'X') out += String(this.int(0, 9))
      else if (c === '@') out += String.fromCharCode(65 + this.int(0, 25))
      else if (c === '[') {
        const j = pat.indexOf(']', i)
        const body = pat.slice(i + 1, j)
        const set: string[] = []
        for (let k = 0; k < body.length; k++) {
          const a = body[k] as string, b = body[k + 2]
          if (body[k + 1] === '-' && b !== undefined) {
            for (let x = a.charCodeAt(0); x <= b.charCodeAt(0); x++) set.push(String.fromCharCode(x))
            k += 2
          } else set.push(a)
        }
        out += this.pick(set)
        i = j
      } else out += c
    }
    return out
  }
  ref(kind: string, pat: string): Span { return N(kind, this.code(pat)) }
  get n() {
    const r = this.rng
    return {
      date: (s: Parameters<typeof neg.date>[1]) => neg.date(r, s),
      time: (s: Parameters<typeof neg.time>[1]) => neg.time(r, s),
      amount: (c: string, lo?: number, hi?: number) => neg.amount(r, c, lo, hi),
      version: () => neg.version(r),
      stamp: (tz: string) => N('timestamp', `${neg.date(r, 'iso').v}T${neg.time(r, '24').v}:${String(r.int(0, 59)).padStart(2, '0')}${tz}`),
      luhn: () => neg.luhn(r),
      ibanBad: (cc: string) => neg.ibanBad(r, cc),
      ssnBad: () => neg.ssnBad(r),
      ninoBad: () => neg.ninoBad(r),
      word: (w: string) => neg.word(w),
      order: () => neg.order(r),
      tracking: () => neg.tracking(r),
      cpf: () => neg.cpf(r), nrn: () => neg.nrn(r), rc: () => neg.rc(r), tckn: () => neg.tckn(r),
      pesel: () => neg.pesel(r), dni: () => neg.dni(r), curp: () => neg.curp(r), ahv: () => neg.ahv(r),
      aadhaar: () => neg.aadhaar(r), pan: () => neg.pan(r), nric: () => neg.nric(r), ppsn: () => neg.ppsn(r),
      nhs: () => neg.nhs(r), ein: () => neg.ein(r),
    }
  }
}
export { P }
