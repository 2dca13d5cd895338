// A text's facts (people, phones, business numbers, extras) and the pieces they are written as.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Rng } from './prng.ts';
import type { Locale } from './locales.ts';
import { regionsOfLang } from './locales.ts';
import { makePerson, type Person } from './names.ts';
import { makePhone, phoneForm, spoken } from './phones.ts';
import { ent, neg, type Piece } from './render.ts';
import type { BizWords, Phrases } from './phrases-a.ts';
import * as V from './values.ts';
import * as N from './negs.ts';
import { nationalId } from './ids.ts';

export type Kind = 'form' | 'sms' | 'chat' | 'summary' | 'note' | 'email' | 'csv' | 'json' | 'transcript' | 'voicemail' | 'ticket' | 'log' | 'table' | 'yaml';
export const KINDS: Kind[] = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table', 'yaml'];

export interface Ctx {
  rng: Rng;
  loc: Locale;
  ph: Phrases;
  biz: N.Biz;
  bw: BizWords;
  kind: Kind;
  emoji: boolean;
  persons: Person[];
  domains: string[];
}

const EMOJI = ['📞 ', '👍🏽 ', '🙏🏾 ', '👩🏽‍⚕️ ', '👨🏻‍🔧 ', '☎️ ', '❤️ ', '🇵🇰 ', '🇰🇪 ', '🇹🇹 ', '🇩🇪 ', '🇨🇱 ', '🇺🇦 ', '👋🏼 ', '🔌 ', '🚗 ', '✉️ ', '🧑🏿‍🤝‍🧑🏻 '];
export function emo(ctx: Ctx, p = 0.5): string {
  return ctx.emoji && ctx.rng.chance(p) ? ctx.rng.pick(EMOJI) : '';
}

export function newPerson(ctx: Ctx): Person {
  for (;;) {
    const p = makePerson(ctx.rng, ctx.loc.pools);
    if (!ctx.persons.some((q) => q.given === p.given || q.family === p.family)) {
      ctx.persons.push(p);
      return p;
    }
  }
}

export type NameStyle = 'full' | 'given' | 'caps' | 'lower' | 'title' | 'family';
const TITLES: Record<string, [string, string]> = {
  en: ['Mr ', 'Mrs '], de: ['Herr ', 'Frau '], nl: ['meneer ', 'mevrouw '], es: ['Sr. ', 'Sra. '], fr: ['M. ', 'Mme '],
  it: ['Sig. ', 'Sig.ra '], pl: ['Pan ', 'Pani '], cs: ['pan ', 'paní '], pt: ['Sr. ', 'Dona '], hr: ['g. ', 'gđa '], sr: ['g. ', 'gđa '],
  mt: ['Sur ', 'Sinjura '], uk: ['пан ', 'пані '], ro: ['dl. ', 'dna '],
};

export function nameStyle(ctx: Ctx): NameStyle {
  const lowerOk = ['sms', 'note', 'transcript', 'chat'].includes(ctx.kind);
  const r = ctx.rng.next();
  if (lowerOk && r < 0.3) return 'lower';
  if (r < 0.55) return 'full';
  if (r < 0.72) return 'given';
  if (r < 0.85 && TITLES[ctx.loc.lang]) return 'title';
  return 'full';
}

/** The person as written; a title stays outside the span. */
export function nameP(ctx: Ctx, p: Person, style: NameStyle = nameStyle(ctx)): Piece[] {
  switch (style) {
    case 'given': return [ent('PERSON', p.given)];
    case 'family': return [ent('PERSON', p.family)];
    case 'lower': return [ent('PERSON', ctx.rng.chance(0.5) ? p.given.toLowerCase() : `${p.given} ${p.family}`.toLowerCase())];
    case 'caps': return [ent('PERSON', `${p.family.toUpperCase()} ${p.given}`)];
    case 'title': {
      const t = TITLES[ctx.loc.lang];
      if (!t) return [ent('PERSON', `${p.given} ${p.family}`)];
      const useDr = ctx.biz === 'clinic' && ctx.rng.chance(0.3);
      return [useDr ? 'Dr ' : p.female ? t[1] : t[0], ent('PERSON', ctx.rng.chance(0.6) ? p.family : `${p.given} ${p.family}`)];
    }
    default: return [ent('PERSON', `${p.given} ${p.family}`)];
  }
}

export function phoneP(ctx: Ctx, mobile?: boolean): Piece {
  const ph = makePhone(ctx.rng, ctx.loc, mobile);
  if (ctx.kind === 'transcript' && ctx.loc.lang === 'en' && ctx.rng.chance(0.65)) return ent('PHONE', spoken(ctx.rng, ph));
  return ent('PHONE', phoneForm(ctx.rng, ph));
}

export function emailP(ctx: Ctx, p: Person): Piece {
  return ent('EMAIL', V.email(ctx.rng, p.given, p.family, ctx.domains));
}

/** True when the value could be read as a valid phone of one of the language's regions. */
export function phoneLike(s: string, ctx: Ctx): boolean {
  return regionsOfLang(ctx.loc.lang).some((r) => parsePhoneNumberFromString(s, r)?.isValid() === true);
}

/** Dates and times are known by their own shape; every other lookalike must not read as a valid phone. */
export const DATE_KINDS = new Set(['date', 'time', 'timestamp']);

/** A negative whose value is rerolled until it is no labeled type by accident. */
export function safeNeg(ctx: Ctx, kind: string, gen: () => string): Piece {
  for (let i = 0; i < 60; i++) {
    const v = gen();
    const d = v.replace(/[\s-]/g, '');
    if (!DATE_KINDS.has(kind) && phoneLike(v, ctx)) continue;
    if (/^\d{13,19}$/.test(d) && V.luhnOk(d) && kind !== 'card-luhn-fail') continue;
    if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(d) && V.ibanOk(d)) continue;
    return neg(kind, v);
  }
  throw new Error(`retry: no safe ${kind}`);
}

const BIZ_KIND: Record<string, string[]> = {
  isp: ['account', 'order', 'line-id', 'router-serial'], car: ['member-id', 'session', 'charger', 'plate'],
  charity: ['donor-id', 'gift-aid', 'registration', 'shift'], clinic: ['accession', 'referral', 'sample-barcode', 'slot'],
};

export function bizNumP(ctx: Ctx, idx: number): [string, Piece] {
  const label = ctx.bw.labels[idx] as string;
  const kind = `${ctx.biz}-${(BIZ_KIND[ctx.biz] as string[])[idx]}`;
  return [label, safeNeg(ctx, kind, () => N.bizNumber(ctx.rng, ctx.biz, idx, ctx.loc).value)];
}

export interface Extra {
  key: string;
  piece: Piece;
}

/** Optional labeled values and lookalikes for this text. */
export function extras(ctx: Ctx, negOnly: boolean): Extra[] {
  const { rng, loc, ph } = ctx;
  const out: Extra[] = [];
  const us = loc.region === 'US';
  const uk = loc.region === 'GB';
  if (!negOnly) {
    if (rng.chance(0.09)) out.push({ key: ph.L.card, piece: ent('CARD', V.card(rng)) });
    if (loc.iban && rng.chance(0.16)) out.push({ key: ph.L.iban, piece: ent('IBAN', V.iban(rng, loc.iban)) });
    if (us && rng.chance(0.85)) out.push({ key: rng.pick(['SSN', 'Social Security no.', 'SSN']), piece: ent('US_SSN', V.ssn(rng)) });
    if (uk && rng.chance(0.9)) out.push({ key: rng.pick(['NI number', 'National Insurance no.', 'NINO']), piece: ent('UK_NINO', V.nino(rng)) });
    const pIp = ctx.biz === 'isp' ? 0.3 : 0.07;
    if (rng.chance(ctx.kind === 'log' ? pIp + 0.4 : pIp)) out.push({ key: ph.L.ip, piece: ent('IP_ADDRESS', V.ip(rng)) });
  }
  if (loc.idKind !== 'none' && rng.chance(0.4)) {
    out.push({ key: ph.L.id, piece: safeNeg(ctx, `nid-${loc.idKind}`, () => nationalId(rng, loc.idKind) as string) });
  }
  if (rng.chance(negOnly ? 0.25 : 0.06)) out.push({ key: ph.L.card, piece: safeNeg(ctx, 'card-luhn-fail', () => V.badCard(rng)) });
  if (loc.iban && rng.chance(negOnly ? 0.3 : 0.12)) out.push({ key: ph.L.iban, piece: safeNeg(ctx, 'iban-bad-check', () => V.iban(rng, loc.iban as string, true)) });
  if (us && rng.chance(0.3)) out.push({ key: 'SSN', piece: safeNeg(ctx, 'ssn-invalid', () => V.badSsn(rng)) });
  if (uk && rng.chance(0.3)) out.push({ key: 'NI number', piece: safeNeg(ctx, 'nino-invalid', () => V.badNino(rng)) });
  if (ctx.biz === 'isp' && rng.chance(0.45)) out.push({ key: 'MAC', piece: safeNeg(ctx, 'mac', () => N.mac(rng)) });
  if ((ctx.biz === 'isp' || ctx.biz === 'car') && rng.chance(0.25)) out.push({ key: 'Firmware', piece: safeNeg(ctx, 'version', () => N.version(rng)) });
  if (ctx.biz === 'car' && rng.chance(0.5)) out.push({ key: 'kWh', piece: safeNeg(ctx, 'energy', () => N.energy(rng, loc)) });
  if (ctx.biz === 'clinic' && rng.chance(0.6)) {
    const [name, v] = N.labValue(rng, loc);
    out.push({ key: name, piece: safeNeg(ctx, 'lab-value', () => v) });
  }
  if (rng.chance(0.35)) out.push({ key: ph.L.amount, piece: safeNeg(ctx, 'amount', () => N.amount(rng, loc)) });
  return rng.shuffle(out);
}

export function dateP(ctx: Ctx): Piece {
  return safeNeg(ctx, 'date', () => N.date(ctx.rng, ctx.loc));
}
export function timeP(ctx: Ctx): Piece {
  return safeNeg(ctx, 'time', () => N.time(ctx.rng, ctx.loc));
}
export function stampP(ctx: Ctx): Piece {
  return safeNeg(ctx, 'timestamp', () => N.timestamp(ctx.rng));
}
