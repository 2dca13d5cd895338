// What one text says, then the same facts as prose sentences or as record fields.
import type { Person } from './names.ts';
import { NAME_WORD_PHRASES } from './names.ts';
import { neg, tpl, type Piece } from './render.ts';
import { fill } from './prng.ts';
import { bizNumP, dateP, emailP, emo, extras, nameP, newPerson, phoneP, safeNeg, timeP, type Ctx, type Extra } from './facts.ts';

export interface Plan {
  negOnly: boolean;
  cust?: Person;
  custPhones: Piece[];
  custEmail?: Piece;
  staff?: Person;
  rel?: Person;
  relPhone?: Piece;
  tech?: Person;
  techPhone?: Piece;
  bizNums: [string, Piece][];
  extras: Extra[];
  date: Piece;
  time: Piece;
  nameWord?: Piece[];
  portIn?: [Piece, Piece];
  issue: string;
}

const PORT_IN: Record<string, string> = {
  en: 'Port-in request', de: 'Rufnummernmitnahme', nl: 'Nummerbehoud', sv: 'Nummerflytt', fi: 'Numeronsiirto', es: 'Portabilidad',
  fr: 'Portabilité', it: 'Portabilità', pl: 'Przeniesienie numeru', cs: 'Přenesení čísla', pt: 'Portabilidade', et: 'Numbriliikuvus',
  hr: 'Prijenos broja', sr: 'Prenos broja', mt: 'Portabbiltà tan-numru', uk: 'Перенесення номера', ro: 'Portare număr',
};

const extWord = (ctx: Ctx) => (ctx.loc.lang === 'en' && ctx.rng.chance(0.35) ? 'x' : ctx.ph.ext);

export function nameWordPieces(phrase: string): Piece[] {
  const out: Piece[] = [];
  const re = /\[([^\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
    if (m.index > last) out.push(phrase.slice(last, m.index));
    out.push(neg('name-word', m[1] as string));
    last = re.lastIndex;
  }
  if (last < phrase.length) out.push(phrase.slice(last));
  return out;
}

export function makePlan(ctx: Ctx, negOnly: boolean): Plan {
  const { rng } = ctx;
  const more = ctx.bw.more ?? [];
  const issue = more.length > 0 && rng.chance(0.5) ? rng.pick(more) : ctx.bw.issue;
  const plan: Plan = { negOnly, custPhones: [], bizNums: [], extras: [], date: dateP(ctx), time: timeP(ctx), issue };
  const idxs = rng.shuffle([0, 1, 2, 3]).slice(0, rng.int(1, 3));
  plan.bizNums = idxs.sort().map((i) => bizNumP(ctx, i));
  plan.extras = extras(ctx, negOnly);
  const phrases = NAME_WORD_PHRASES[ctx.loc.lang] ?? [];
  if (phrases.length > 0 && rng.chance(negOnly ? 0.6 : 0.3)) plan.nameWord = nameWordPieces(rng.pick(phrases));
  if (negOnly) return plan;
  if (ctx.biz === 'isp' && rng.chance(0.35)) plan.portIn = [phoneP(ctx), safeNeg(ctx, 'isp-port-in', () => fill(rng, rng.pick(['PORT-######', 'PI/2025/#####', 'NP-####-####'])))];
  plan.cust = newPerson(ctx);
  plan.custPhones.push(phoneP(ctx));
  if (rng.chance(0.3)) plan.custPhones.push(phoneP(ctx, false));
  if (rng.chance(0.45)) plan.custEmail = emailP(ctx, plan.cust);
  if (rng.chance(0.85)) plan.staff = newPerson(ctx);
  if (rng.chance(0.4)) {
    plan.rel = newPerson(ctx);
    plan.relPhone = phoneP(ctx);
  }
  if (rng.chance(0.45)) {
    plan.tech = newPerson(ctx);
    plan.techPhone = phoneP(ctx);
  }
  return plan;
}

/** The facts as sentences (for prose kinds). Each sentence is a list of pieces. */
export function sentences(ctx: Ctx, plan: Plan): Piece[][] {
  const { ph, rng } = ctx;
  const head: Piece[][] = [];
  const body: Piece[][] = [];
  if (plan.cust && rng.chance(0.85)) head.push(tpl(ph.hi, { name: [emo(ctx, 0.3), ...nameP(ctx, plan.cust)] }));
  head.push([plan.issue]);
  for (const [label, p] of plan.bizNums) body.push([`${label} `, p, '.']);
  if (plan.cust) {
    const [p1, p2] = plan.custPhones as [Piece, Piece | undefined];
    const name = nameP(ctx, plan.cust);
    const reach = rng.chance(0.5) && ph.reachAlt ? rng.pick(ph.reachAlt) : ph.reach;
    if (p2) body.push(tpl(ph.two, { phone: [emo(ctx), p1], phone2: p2 }));
    else if (rng.chance(0.4)) body.push(tpl(ph.callback, { name, phone: [emo(ctx), p1], time: plan.time }));
    else if (rng.chance(0.2)) body.push([`${ph.L.phone} `, emo(ctx), p1, ` ${extWord(ctx)} ${rng.int(10, 499)}`]);
    else body.push(tpl(reach, { name, phone: [emo(ctx), p1] }));
    if (plan.custEmail) body.push(tpl(ph.emailIs, { email: plan.custEmail }));
  }
  if (rng.chance(0.75)) body.push(tpl(ph.appt, { date: plan.date, time: plan.time }));
  else body.push([`${ph.L.date}: `, plan.date, '.']);
  for (const e of plan.extras) body.push([`${e.key}: `, e.piece, '.']);
  if (plan.rel && plan.relPhone) body.push(tpl(ph.emergency, { name: [emo(ctx), ...nameP(ctx, plan.rel)], phone: plan.relPhone }));
  if (plan.tech && plan.techPhone) body.push(bizPersonPhone(ctx, plan.tech, plan.techPhone));
  if (plan.nameWord) body.push(plan.nameWord);
  if (plan.portIn) body.push([`${PORT_IN[ctx.loc.lang] ?? 'Port-in'}: `, emo(ctx), plan.portIn[0], ', ref. ', plan.portIn[1], '.']);
  const tail: Piece[][] = [];
  if (plan.staff) tail.push(tpl(ph.thanks, { name: [emo(ctx, 0.3), ...nameP(ctx, plan.staff, 'given')] }));
  return [...head, ...rng.shuffle(body), ...tail];
}

/** A business's noun opens the sentence and a real phone of a person follows it. */
function bizPersonPhone(ctx: Ctx, who: Person, phone: Piece): Piece[] {
  const { rng, bw, ph } = ctx;
  const r = rng.next();
  if (r < 0.45) return tpl(ph.bizAsk, { biz: bw.noun, name: nameP(ctx, who, rng.chance(0.6) ? 'given' : 'full'), phone });
  if (r < 0.75) return [`${bw.noun} `, ...nameP(ctx, who, rng.chance(0.5) ? 'given' : 'full'), ' ', phone];
  return [`${bw.noun}, `, ...nameP(ctx, who, 'title'), ': ', phone];
}

/** The facts as key/value fields (for record kinds). */
export function fields(ctx: Ctx, plan: Plan): [string, Piece[]][] {
  const { ph, rng } = ctx;
  const out: [string, Piece[]][] = [];
  if (plan.cust) out.push([ph.L.name, nameP(ctx, plan.cust, rng.pick(['full', 'full', 'caps', 'full']))]);
  plan.custPhones.forEach((p, i) => {
    const tail: Piece[] = rng.chance(0.12) ? [` ${extWord(ctx)} ${rng.int(10, 499)}`] : [];
    out.push([i === 0 ? ph.L.phone : `${ph.L.phone} 2`, [emo(ctx, 0.3), p, ...tail]]);
  });
  if (plan.custEmail) out.push([ph.L.email, [plan.custEmail]]);
  for (const [label, p] of plan.bizNums) out.push([label, [p]]);
  out.push([ph.L.date, [plan.date]]);
  if (rng.chance(0.5)) out.push([ph.L.time, [plan.time]]);
  for (const e of plan.extras) out.push([e.key, [e.piece]]);
  if (plan.portIn) {
    const label = PORT_IN[ctx.loc.lang] ?? 'Port-in';
    out.push([label, [plan.portIn[0]]], [`${label} ref.`, [plan.portIn[1]]]);
  }
  if (plan.rel && plan.relPhone) {
    out.push([`${ph.L.name} (SOS)`, nameP(ctx, plan.rel, 'full')]);
    out.push([`${ph.L.phone} (SOS)`, [plan.relPhone]]);
  }
  if (plan.staff) out.push([ph.L.agent, nameP(ctx, plan.staff, rng.chance(0.5) ? 'given' : 'full')]);
  const note: Piece[] = [];
  if (plan.tech && plan.techPhone) note.push(...bizPersonPhone(ctx, plan.tech, plan.techPhone));
  else note.push(plan.issue);
  if (plan.nameWord) note.push(' ', ...plan.nameWord);
  out.push([ph.L.note, note]);
  return out;
}
