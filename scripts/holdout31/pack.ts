// What a language gives the skeletons: short phrases and sentences with
// placeholders (see render.ts `fill`). Persons: {p1} full, {g1} given, {s1}
// surname, {t1} title; p1 customer, p2 their relative, p3/p4 staff.
// Phones {ph1}-{ph3}, {phx1} with extension, {pht1} with a time after, {phs1}
// spoken. {em1}/{em3} person e-mails, {bem} the business's. Negatives: {chip}
// {pol} {claim} {plate} {agr} {vin} {meter} {read} {acct} {supply} {sid} {app}
// {ucas} {room} {date} {date2} {time} {ts} {amt} {amt2} {ver} {badcard}
// {badiban} {badssn} {badnino} {natid} {pet} {biz}; {w:Word} a name-word.
export type Biz = "vet" | "car" | "util" | "uni"
export const BIZ: Biz[] = ["vet", "car", "util", "uni"]

export interface BizText {
  names: string[]
  domain: string
  /** Sentences about the case, with persons and negatives. */
  lines: string[]
  /** Sentences with negatives only (for negatives-only texts). */
  neg: string[]
  subject: string[]
}

export interface Labels {
  name: string
  phone: string
  mobile: string
  email: string
  notes: string
  status: string
  subject: string
  customer: string
  staff: string
  date: string
  amount: string
  card: string
  iban: string
  id: string
  priority: string
  ref: string
}

export interface Pack {
  or: string
  ext: string[]
  titles: { f: string[]; m: string[] }
  greet: string[]
  sign: string[]
  callMe: string[]
  reach: string[]
  orLine: string[]
  extLine: string[]
  timeLine: string[]
  mailMe: string[]
  vm: string[]
  vmBack: string[]
  tr: { agent: string; caller: string; open: string[]; askNum: string[]; give: string[]; askName: string[]; close: string[] }
  lab: Labels
  /** Sentences using a name-word as an ordinary word: {w:Hope}. */
  words: string[]
  pay: { card: string[]; iban: string[]; badcard: string[]; badiban: string[] }
  /** Lower-case, hurried note lines (lower-case names): {lg1}, {lg2}. */
  low: string[]
  status: string[]
  biz: Record<Biz, BizText>
}
