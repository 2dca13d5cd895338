// Polish.
import { FOREIGN } from "./phones.ts"
import { t } from "./render.ts"
import { type Template, tpl } from "./template.ts"

export const PL: Template[] = [
  tpl("chat", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`Konsultant ${c.P(a.first)}: Dzień dobry, w czym mogę pomóc?
Gracz: hej, kupiłem przepustkę sezonową za ${c.n.amount()} i nic nie dostałem 😤
Konsultant ${c.P(a.first)}: Proszę o numer zamówienia i ID gracza.
Gracz: ${c.n.receipt()}, ${c.n.player()}. Nazywam się ${c.P(p.full)}
Konsultant ${c.P(a.first)}: Dziękuję, Panie ${c.P(p.first)}. Zwrot w ciągu 5 dni.`
  }),
  tpl("email", "cars", (c) => {
    const p = c.person(), s = c.person()
    return t`Temat: Umowa leasingu ${c.n.lease()} – zwrot pojazdu

Szanowny Panie ${c.P(s.last)},
przesyłam dane do rozliczenia: pojazd ${c.n.plate("PL")}, VIN ${c.n.vin()}, przebieg ${c.n.odo("km")}. PESEL ${c.n.pesel()} (wymagany w umowie).
Proszę o zwrot kaucji na konto ${c.iban("PL")}.
Z poważaniem
${c.P(p.full)}
tel. ${c.tel("PL")}`
  }),
  tpl("note", "parking", (c) => {
    const p = c.person()
    return t`Odwołanie od opłaty dodatkowej ${c.n.pcn()} z ${c.n.date()}, godz. ${c.n.time()}, strefa ${c.n.bay()}. Wnioskodawca: ${c.P(p.full)}, PESEL ${c.n.pesel()}, nr rej. ${c.n.plate("PL")}. Abonament mieszkańca ${c.n.permit()} ważny. Kontakt: ${c.mail(p)}, ${c.tel("PL", "national")}.`
  }),
  tpl("summary", "tickets", (c) => {
    const p = c.person(), q = c.person()
    return t`Podsumowanie rozmowy (AI)
Klient ${c.P(p.full)} chce przekazać bilet na wydarzenie ${c.n.event()} (${c.n.date()}) osobie ${c.P(q.full)}, e-mail ${c.mail(q)}.
Zamówienie ${c.n.order()}, miejsce ${c.n.seat()}. Klient podał też kartę ${c.card()} do dopłaty ${c.n.amount()}.`
  }),
  tpl("chat", "cars", (c) => {
    const p = c.person(), f = c.r.pick(FOREIGN)
    return t`Klient: dzień dobry, chcę umówić jazdę próbną 🚙
Doradca: Oczywiście. Imię, nazwisko i telefon?
Klient: ${c.P(p.full)}, ${c.tel(c.r.chance(0.5) ? "PL" : f, "intl")}
Doradca: Dziękuję. Termin ${c.n.date()} o ${c.n.time()} pasuje?`
  }),
  tpl("csv", "parking", (c) => {
    const ps = [c.person(), c.person(), c.person()]
    return t`abonament;imie_nazwisko;nr_rej;pesel;telefon
${ps.flatMap((p, i) => [c.n.permit(), ";", c.P(p.full), ";", c.n.plate("PL"), ";", c.n.pesel(), ";", c.tel("PL", c.r.pick(["national", "e164", "nat-compact"])), i < 2 ? "\n" : ""])}`
  }),
  tpl("review", "tickets", (c) => {
    const p = c.person()
    return t`${c.P(p.first)}: „Aplikacja nie pokazuje kodu biletu ${c.n.barcode()}, wersja ${c.n.version()}” ⭐
Odpowiedź: Dzień dobry ${c.P(p.first)}, prosimy o kontakt: ${c.role("pomoc", "biletomat.pl")}. Błędny numer rachunku ${c.n.badIban("PL")} z potwierdzenia proszę zignorować.`
  }),
  tpl("email", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`Temat: Re: Zwrot za subskrypcję

Dzień dobry, nadal czekam na zwrot ${c.n.amount()} (transakcja ${c.n.txn()}).
${c.P(p.full)}

> W dniu ${c.n.date()} ${c.P(a.full)} napisał(a):
> Pani/Panie ${c.P(p.last)}, logowania z adresu ${c.ip()} zablokowaliśmy.`
  }),
  tpl("note", "parking", (c) => t`Opłata ${c.n.pcn()}, ${c.n.plate("PL")}, strefa ${c.n.bay()}, ${c.n.date()} ${c.n.time()}, ${c.n.amount()}. PESEL ${c.n.pesel()} w systemie, konto ${c.n.badIban("PL")} – błąd sumy kontrolnej.`),
]
