// Prose kinds: sms, chat, summary, note, email, transcript, voicemail, ticket.
import { Builder, ent, type Piece } from './render.ts';
import { emailP, nameP, phoneP, timeP, type Ctx } from './facts.ts';
import { sentences, type Plan } from './plan.ts';
import * as V from './values.ts';

const BIZ_DOMAIN: Record<string, string> = { isp: 'netwave-support.net', car: 'voltpool.app', charity: 'kindredaid.org', clinic: 'meridian-imaging.health' };
const BIZ_NAME: Record<string, string> = { isp: 'Netwave', car: 'VoltPool', charity: 'Kindred Aid', clinic: 'Meridian Imaging' };

function join(b: Builder, ss: Piece[][], sep: string): void {
  ss.forEach((s, i) => {
    if (i > 0) b.lit(sep);
    b.all(s);
  });
}

export function renderSms(b: Builder, ctx: Ctx, plan: Plan): void {
  if (ctx.rng.chance(0.4)) b.lit(`${BIZ_NAME[ctx.biz]}: `);
  join(b, sentences(ctx, plan), ' ');
}

export function renderChat(b: Builder, ctx: Ctx, plan: Plan): void {
  const ss = sentences(ctx, plan);
  let h = ctx.rng.int(8, 18);
  let m = ctx.rng.int(0, 40);
  ss.forEach((s, i) => {
    m += ctx.rng.int(0, 3);
    if (m > 59) { m -= 60; h++; }
    b.lit('[').add({ n: 'time', v: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` }).lit('] ');
    const who = i === ss.length - 1 || i % 2 === 1 ? plan.cust : plan.staff;
    if (who) b.all(nameP(ctx, who, ctx.rng.chance(0.5) ? 'given' : 'lower')).lit(': ');
    else b.lit(i % 2 === 0 ? `${ctx.ph.L.agent}: ` : `${ctx.ph.L.customer}: `);
    b.all(s).lit('\n');
  });
}

export function renderSummary(b: Builder, ctx: Ctx, plan: Plan): void {
  b.lit(`${BIZ_NAME[ctx.biz]} — ${ctx.ph.L.note} (`).add(plan.date).lit('):\n');
  join(b, sentences(ctx, plan), ' ');
}

export function renderNote(b: Builder, ctx: Ctx, plan: Plan): void {
  b.lit(`${ctx.ph.L.note.toUpperCase()}: `);
  join(b, sentences(ctx, plan), ctx.rng.pick([' ', ' ', '\n']));
  if (plan.cust && ctx.rng.chance(0.5)) b.lit(' — cb ').add(phoneP(ctx)).lit(' ').add(timeP(ctx));
}

export function renderEmail(b: Builder, ctx: Ctx, plan: Plan): void {
  const staffMail = plan.staff ? V.email(ctx.rng, plan.staff.given, plan.staff.family, [BIZ_DOMAIN[ctx.biz] as string]) : undefined;
  if (plan.staff && staffMail) b.lit('From: ').all(nameP(ctx, plan.staff, 'full')).lit(' <').add(ent('EMAIL', staffMail)).lit('>\n');
  else if (plan.negOnly) b.lit(`From: ${BIZ_NAME[ctx.biz]}\n`);
  else b.lit('From: ').add(ent('EMAIL', `noreply@${BIZ_DOMAIN[ctx.biz]}`)).lit('\n');
  if (plan.cust) b.lit('To: ').add(plan.custEmail ?? emailP(ctx, plan.cust)).lit('\n');
  b.lit(`${ctx.ph.L.subject}: ${plan.issue}\n\n`);
  join(b, sentences(ctx, plan), '\n');
  b.lit(`\n\n${ctx.ph.regards}\n`);
  if (plan.staff) b.all(nameP(ctx, plan.staff, 'full')).lit('\n');
  b.lit(BIZ_NAME[ctx.biz] as string);
}

export function renderTranscript(b: Builder, ctx: Ctx, plan: Plan): void {
  const ss = sentences(ctx, plan);
  ss.forEach((s, i) => {
    const label = i % 2 === 0 ? ctx.ph.L.agent : ctx.ph.L.customer;
    b.lit(`${label}: `).all(s).lit('\n');
  });
}

export function renderVoicemail(b: Builder, ctx: Ctx, plan: Plan): void {
  b.lit('Voicemail ').add(plan.date).lit(', ');
  if (plan.cust && ctx.rng.chance(0.6)) b.add(phoneP(ctx)).lit(' — ');
  b.lit('"');
  join(b, sentences(ctx, plan), ' ');
  b.lit('"');
}

export function renderTicket(b: Builder, ctx: Ctx, plan: Plan): void {
  b.lit(`#${ctx.rng.int(10000, 99999)} [${BIZ_NAME[ctx.biz]}] ${plan.issue}\n`);
  if (plan.cust) b.lit(`${ctx.ph.L.customer}: `).all(nameP(ctx, plan.cust, 'caps')).lit('\n');
  b.lit('---\n');
  join(b, sentences(ctx, plan), '\n');
}
