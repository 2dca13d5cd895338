// Swiss Italian (Ticino: Lugano, Bellinzona, Locarno): a mortgage broker, a wedding venue (grotto,
// villa sul lago), the town's services line (rifiuti, posteggi, imposte) and a language school.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const IT: Template[] = [
  { kind: 'form', make: (g: G): Piece => {
    const c = g.who('ticino')
    return r`RICHIESTA IPOTECA – Consulenza Ipotecaria Ceresio SA
Cognome e nome: ${P.caps(c)}
N. AVS: ${g.n.ahv()}
Natel: ${g.ph('CH', g.pick(['nat', 'intl', 'intl00']))}
E-mail: ${g.mail(c, g.pick(['bluewin.ch', 'ticino.com', 'gmail.com']))}
Conto: ${g.iban('CH')}
Importo: ${g.n.amount('CHF', 400000, 1500000)}
Inviato il ${g.n.date('dot')} alle ${g.n.time('24')} da ${g.ip()} ${g.emo()}`
  } },
  { kind: 'sms', make: (g) => {
    const c = g.who('ticino')
    return r`${g.emo()} ciao ${P.lowerGiven(c)}, Villa Gelsomino conferma l'aperitivo di nozze il ${g.n.date('dot')} alle ${g.n.time('24')}. acconto ${g.n.amount('CHF', 2000, 8000)}. info ${g.ph('CH', 'nat')}`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('ticino'), a = g.who('ticino')
    return r`${P.full(c)}: buongiorno, il bidone della carta non è stato vuotato ${g.emo()}
${P.full(a)} (Città di Lugano, servizi): Buongiorno ${P.given(c)}, in che via?
${P.full(c)}: vicino a ${g.mark()}, mi chiami al ${g.ph('CH', g.pick(['nat', 'intl']))}
${P.full(a)}: Segnalazione ${g.ref('service-request', 'SEG-XXXXXX')} aperta, le scrivo anche a ${g.mail(c, 'bluewin.ch')}.`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('ticino'), a = g.who('ticino')
    return r`Riassunto chiamata (IA): ${P.full(c)} ha chiesto il contrassegno posteggio per residenti ${g.emo()}. Tassa ${g.n.amount('CHF', 50, 400)} pagata con carta ${g.card(g.pick(['visa', 'mc', 'maestro']))}. Targa ${g.ref('vehicle-reg', 'TI XXXXXX')}. Richiamare al ${g.ph('CH', 'intl')}. Operatrice: ${P.full(a)}.`
  } },
  { kind: 'email', make: (g) => {
    const c = g.who('ticino'), co = g.who('ticino')
    return r`Oggetto: R: Corso di tedesco B1 – iscrizione

Gentile ${P.full(c)},
la sua iscrizione al corso ${g.ref('course-code', 'TED-B1-XX')} (martedì, ${g.n.time('24')}) è confermata. La quota di ${g.n.amount('CHF', 400, 1200)} va versata su ${g.iban('CH')}. ${g.emo()}

Cordiali saluti
${P.full(co)}, Scuola di Lingue Bellinzona
${g.ph('CH', 'nat')} | ${g.mail(co, 'linguebellinzona.ch')}

> Il ${g.n.date('dot')} ${P.full(c)} ha scritto:
> Posso pagare a rate?`
  } },
  { kind: 'csv', nfd: true, make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 3; i++) {
      const c = g.who('ticino')
      rows.push(r`\n${g.ref('booking-ref', 'NOZ-XXXX')};${P.full(c)};${g.ph('CH', g.pick(['intl', 'nat', 'natcompact']))};${g.mail(c, 'gmail.com')};${g.n.date('dot')}`)
    }
    return r`prenotazione;nome;telefono;email;data${rows}`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('ticino')
    return r`{"evento":"richiesta.ipoteca","cliente":{"nome":"${P.full(c)}","natel":"${g.ph('CH', 'intlcompact')}","email":"${g.mail(c, 'ticino.com')}"},"chiamante_estero":"${g.ph(g.pick(['FR', 'DE', 'AU']), 'intl')}","ip":"${g.ip(true)}","versione":"${g.n.version()}"}`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('ticino'), a = g.who('ticino')
    return r`operatore: comune di locarno sono ${P.lowerGiven(a)}
chiamante: buongiorno sono ${P.lower(c)} chiamo per le imposte ${g.emo()}
operatore: un numero per richiamarla
chiamante: ${g.ph('CH', 'spoken')}`
  } },
  { kind: 'note', make: (g) => {
    const c = g.who('ticino')
    return r`nota ${g.n.date('dot')}: ${P.caps(c)} vuole rinnovare ipoteca fissa, tasso ${g.ref('rate', '[1-2].XX%')} ${g.emo()}. tel ${g.ph('CH', 'natcompact')}. carta ${g.card()} per spese dossier.`
  } },
  { kind: 'note', make: (g) => r`promemoria ${g.n.date('dot')} ${g.emo()}: pratica ${g.ref('application-ref', 'IPO-2026-XXXX')} in attesa di stima; AVS ${g.n.ahv()}; IBAN ${g.n.ibanBad('CH')} con cifre di controllo errate; carta ${g.n.luhn()} rifiutata; rata ${g.n.amount('CHF', 900, 4000)} il ${g.n.date('dot')}. Sala ${g.n.word('Rose')} prenotata.` },
]
