// Czech.
import { FOREIGN } from "./phones.ts"
import { t } from "./render.ts"
import { type Template, tpl } from "./template.ts"

export const CS: Template[] = [
  tpl("chat", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`Podpora (${c.P(a.first)}): Dobrý den, jak vám mohu pomoci?
Hráč: čau, nemůžu se přihlásit, účet ${c.n.player()}, e-mail ${c.mail(p)} 🙁
Podpora (${c.P(a.first)}): Poslední přihlášení z IP ${c.ip()} dne ${c.n.date()}. Jste to vy?
Hráč: ne, já jsem ${c.P(p.full)} z Brna
Podpora (${c.P(a.first)}): Účet jsme zablokovali, posíláme odkaz pro obnovu.`
  }),
  tpl("email", "cars", (c) => {
    const p = c.person()
    return t`Předmět: Ukončení operativního leasingu ${c.n.lease()}

Dobrý den,
vozidlo ${c.n.plate("CZ")} (VIN ${c.n.vin()}, stav tachometru ${c.n.odo("km")}) vrátím ${c.n.date()}. Rodné číslo ${c.n.rc()} je uvedeno ve smlouvě. Kauci prosím vraťte na účet ${c.iban("CZ")}.
S pozdravem
${c.P(p.full)}, tel. ${c.tel("CZ")}`
  }),
  tpl("note", "parking", (c) => {
    const p = c.person()
    return t`Rezidentní parkovací oprávnění ${c.n.permit()} – zóna ${c.n.bay()} – žadatel ${c.P(p.full)}, r. č. ${c.n.rc()}, RZ ${c.n.plate("CZ")}. Poplatek ${c.n.amount()} zaplacen kartou ${c.card()}. Pokuta ${c.n.pcn()} z ${c.n.date()} zrušena.`
  }),
  tpl("summary", "tickets", (c) => {
    const p = c.person()
    return t`Shrnutí hovoru (AI asistent)
Zákazník: ${c.P(p.full)}
Požadavek: převod vstupenek na akci ${c.n.event()} dne ${c.n.date()} v ${c.n.time()}, objednávka ${c.n.order()}, místa ${c.n.seat()}.
Kontakt: ${c.tel("CZ", "intl")}, ${c.mail(p)}. Částka ${c.n.amount()}.`
  }),
  tpl("chat", "tickets", (c) => {
    const p = c.person(), f = c.r.pick(FOREIGN)
    return t`Zákazník: dobrý den, lístky na ${c.n.word("Sky")} Festival mi nepřišly 🎫
Operátor: Číslo objednávky prosím.
Zákazník: ${c.n.order()}, platil jsem kartou ${c.card()}
Operátor: Děkuji, pan/paní?
Zákazník: ${c.P(p.full)}, volat na ${c.tel(f, "intl")}`
  }),
  tpl("csv", "cars", (c) => {
    const ps = [c.person(), c.person(), c.person()]
    return t`jmeno,telefon,email,rz,km
${ps.flatMap((p, i) => [c.P(p.full), ",", c.tel("CZ", c.r.pick(["national", "e164", "intl"])), ",", c.mail(p), ",", c.n.plate("CZ"), ",", c.n.odo("km"), i < 2 ? "\n" : ""])}`
  }),
  tpl("review", "game", (c) => {
    const p = c.person()
    return t`${c.P(p.first)} ${c.P(p.last)} ★★: „Předplatné se obnovilo samo, ${c.n.amount()}!“
Odpověď vývojáře: Dobrý den, ${c.P(p.first)}, napište nám prosím na ${c.role("podpora", "hernistudio.cz")} s ID ${c.n.player()}. Číslo ${c.n.badIban("CZ")} na faktuře je chybné.`
  }),
  tpl("sms", "cars", (c) => {
    const p = c.person()
    return t`${c.P(p.first)}, připomínáme servisní prohlídku vozu ${c.n.plate("CZ")} dne ${c.n.date()}. Změna termínu: ${c.tel("CZ", "national")}. AutoCentrum`
  }),
  tpl("note", "game", (c) => t`Hráč ${c.n.player()}, transakce ${c.n.txn()}, verze ${c.n.version()}, ${c.n.amount()}, ${c.n.date()}; r. č. ${c.n.rc()} v profilu; číslo ${c.n.badCard()} není platná karta.`),
]
