// More Polish and Swedish templates: refunds (card or IBAN), forwarded complaints with the sender's IP, a card read
// out on a call, and a lookalike or two in each.
import type { Kind } from "./pack.ts"

export const MORE_PL: Record<Kind, string[]> = {
  chat: [`{clock} {c.first}: dzień dobry jeszcze raz 🙂 ws. {ref}: {issue}
{clock} {a.first}: Dzień dobry! Zwrot {amount} jest zatwierdzony. Na jakie konto?
{clock} {c.first}: {payiban}
{clock} {c.first}: i dla informacji {badpay}
{clock} {a.first}: Dziękuję, zanotowane. Potwierdzenie pójdzie na {c.email} {emo}`],
  note: [`Zlecono zwrot: {amount} za {ref}. Klient {c.lastcomma}, tel. {c.phone}. Dane do płatności: {pay}. Ostatnie logowanie z {ip} ({browser}). {a.init}`],
  callback: [`Oddzwonić {date}: {c.full} ({c.phone2}) ws. zwrotu {amount} ({ref}). Karta w systemie: {masked}, ważna do {expiry}. Dzwonić przed {time}. {a.first}`],
  email: [`---------- Przekazana wiadomość ---------
Od: {c.full} <{c.email}>
Data: {date}
Temat: reklamacja

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first}, przejmiesz to? Klient prosi o telefon pod {c.phone}. Dzięki, {a.first}`],
  summary: [`Zwrot {date}: {c.full}, sprawa {ref}. Kwota {amount} na {pay}. Zatwierdził(a) {t.full}. Ostatnie logowanie klienta z {ip6} ({browser}).`],
  transcript: [`[{off}] KONSULTANT: {sayok} poproszę numer karty
[{off}] KLIENT: {um} to jest {card} ważna do {expiry}
[{off}] KONSULTANT: dziękuję a imię i nazwisko na karcie
[{off}] KLIENT: {c.lc}
[{off}] KONSULTANT: a numer do kontaktu
[{off}] KLIENT: {c.said}
[{off}] KONSULTANT: świetnie {amount} pobrane numer sprawy to {ref}`],
}

export const MORE_SV: Record<Kind, string[]> = {
  chat: [`{clock} {c.first}: hej igen 🙂 ang. {ref}: {issue}
{clock} {a.first}: Hej {c.first}! Återbetalningen på {amount} är godkänd. Till vilket konto?
{clock} {c.first}: {payiban}
{clock} {c.first}: och bara så ni vet {badpay}
{clock} {a.first}: Tack, noterat. Bekräftelsen går till {c.email} {emo}`],
  note: [`Återbetalning begärd: {amount} för {ref}. Kund {c.lastcomma}, tel. {c.phone}. Betaluppgifter: {pay}. Senaste inloggning från {ip} ({browser}). {a.init}`],
  callback: [`Ring upp {date}: {c.full} ({c.phone2}) ang. återbetalning {amount} ({ref}). Kort i systemet: {masked}, giltigt till {expiry}. Ring före {time}. {a.first}`],
  email: [`---------- Vidarebefordrat meddelande ---------
Från: {c.full} <{c.email}>
Datum: {date}
Ämne: klagomål

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first}, kan du ta den här? Kunden vill bli uppringd på {c.phone}. Tack, {a.first}`],
  summary: [`Återbetalning {date}: {c.full}, ärende {ref}. Belopp {amount} till {pay}. Godkänd av {t.full}. Kundens senaste inloggning från {ip6} ({browser}).`],
  transcript: [`[{off}] HANDLÄGGARE: {sayok} då behöver jag kortnumret
[{off}] KUND: {um} det är {card} giltigt till {expiry}
[{off}] HANDLÄGGARE: tack och namnet på kortet
[{off}] KUND: {c.lc}
[{off}] HANDLÄGGARE: och ett nummer att nå dig på
[{off}] KUND: {c.said}
[{off}] HANDLÄGGARE: toppen {amount} är dragna din referens är {ref}`],
}
