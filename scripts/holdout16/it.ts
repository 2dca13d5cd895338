// Italian.
import { FOREIGN } from "./phones.ts"
import { t } from "./render.ts"
import { type Template, tpl } from "./template.ts"

export const IT: Template[] = [
  tpl("chat", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`Operatore ${c.P(a.first)}: Ciao, come posso aiutarti?
Utente: salve, sono ${c.P(p.full)}, mio figlio ha fatto acquisti in-app per ${c.n.amount()} senza permesso
Operatore ${c.P(a.first)}: Mi dispiace. Mi indichi il numero d'ordine Apple?
Utente: ${c.n.receipt()}, ID giocatore ${c.n.player()}
Operatore ${c.P(a.first)}: Vedo un accesso da ${c.ip()} alle ${c.n.time()}, era lei?
Operatore ${c.P(a.first)}: Grazie ${c.P(p.first)}, ho inoltrato la richiesta di rimborso.`
  }),
  tpl("email", "tickets", (c) => {
    const p = c.person(), a = c.person()
    return t`Oggetto: Biglietti non ricevuti – ordine ${c.n.order()}

Buongiorno,
ho acquistato 3 biglietti per il concerto del ${c.n.date()} a ${c.n.word("Florence")}... anzi a Firenze, ma non ho ricevuto nulla. Posti ${c.n.seat()}.
Potete contattarmi al ${c.tel("IT")} o a ${c.mail(p)}.
Cordiali saluti,
${c.P(p.full)}

> Il ${c.n.date()} ${c.P(a.full)} ha scritto:
> Gentile sig.ra ${c.P(p.last)}, i biglietti vengono emessi 48 ore prima dell'evento.`
  }),
  tpl("note", "cars", (c) => {
    const p = c.person()
    return t`Tagliando – cliente ${c.P(p.full)} – targa ${c.n.plate("IT")} – telaio ${c.n.vin()} – percorrenza ${c.n.odo("km")} – prossimo ${c.n.date()}. Noleggio lungo termine contratto ${c.n.lease()}, RID su ${c.iban("IT")}. Cell. ${c.tel("IT", "nat-compact")}.`
  }),
  tpl("summary", "parking", (c) => {
    const p = c.person()
    return t`Riepilogo chiamata (assistente IA)
Il sig. ${c.P(p.last)} (${c.P(p.full)}) contesta il verbale ${c.n.pcn()} del ${c.n.date()} alle ${c.n.time()}, stallo ${c.n.bay()}, veicolo ${c.n.plate("IT")}. Dichiara di avere il permesso ZTL ${c.n.permit()}.
Recapiti: ${c.tel("IT", "intl")}, ${c.mail(p)}. Importo sanzione ${c.n.amount()}.`
  }),
  tpl("chat", "cars", (c) => {
    const p = c.person(), f = c.r.pick(FOREIGN)
    return t`Cliente: buongiorno vorrei prenotare un test drive della nuova ${c.n.word("Aurora")} ✨
Agente: Certo! Nome e recapito?
Cliente: ${c.P(p.full)}, ${c.tel(f, c.r.pick(["intl", "00"]))} (sono all'estero fino al ${c.n.date()})
Agente: Perfetto ${c.P(p.first)}, le propongo ${c.n.date()} alle ${c.n.time()}.`
  }),
  tpl("json", "tickets", (c) => {
    const p = c.person()
    return t`{"ordine":"${c.n.order()}","evento":"${c.n.event()}","titolare":"${c.P(p.full)}","email":"${c.mail(p)}","telefono":"${c.tel("IT", "e164")}","posto":"${c.n.seat()}","barcode":"${c.n.barcode()}","totale":"${c.n.amount()}"}`
  }),
  tpl("review", "game", (c) => {
    const p = c.person()
    return t`${c.P(p.first)} ⭐: "Abbonamento disdetto ma addebitato ${c.n.amount()} sulla carta ${c.n.badCard()}" 
Risposta dello sviluppatore: Ciao ${c.P(p.first)}, il numero che hai scritto non è una carta valida; scrivici a ${c.role("assistenza", "giochipixel.it")} indicando l'ID ${c.n.player()}.`
  }),
  tpl("email", "parking", (c) => {
    const p = c.person()
    return t`Oggetto: Richiesta permesso residenti ${c.n.permit()}
Allego libretto del veicolo ${c.n.plate("IT")}. Pagamento del contrassegno (${c.n.amount()}) con carta ${c.card()}. Il vecchio IBAN ${c.n.badIban("IT")} indicato nel modulo è errato.
${c.P(p.full)} – ${c.tel("IT", "national")}`
  }),
  tpl("note", "tickets", (c) => t`Evento ${c.n.event()}, ordine ${c.n.order()}, posto ${c.n.seat()}, barcode ${c.n.barcode()}, totale ${c.n.amount()}, data ${c.n.date()}. IBAN del rimborso ${c.n.badIban("IT")} respinto (CIN/controllo errato).`),
]
