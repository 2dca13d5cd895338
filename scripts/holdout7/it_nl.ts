// Italian and Dutch templates.
import { join, N, x } from "./build"
import type { Template } from "./types"

export const IT: Template[] = [
  {
    kind: "fraud-call",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const a = g.person("m")
      return join([
        x`Operatore ${g.P(a.first)}: Banca Adriatica, ufficio antifrode, buongiorno.`,
        x`Cliente: buongiorno sono ${g.P(c.full)}, vedo un addebito di ${g.amount()} del ${g.date()} che non ho fatto, la carta è ${g.card()}`,
        x`Operatore: blocco subito la carta. Il conto ${g.account()} resta attivo. La richiamo al ${g.phone()}?`,
        x`Cliente: sì, oppure scriva a ${g.email(c)}`,
      ])
    },
  },
  {
    kind: "claim-form",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      const t = g.person()
      return x`Denuncia di sinistro (incollata dal modulo)
Numero polizza: ${g.policy()}
Numero sinistro: ${g.claim()}
Contraente: ${g.title(c)} ${g.surname(c)}
Data: ${g.date()} ore ${g.time()}
Luogo: ${N("street", g.r.pick(["via Giuseppe Verdi", "corso Garibaldi", "piazza Dante"]))} ${g.r.int(1, 99)}, ${g.postcode()} ${g.town()}
Testimone: ${g.P(t.full)}, cell. ${g.phone()}
IBAN per il rimborso: ${g.iban()}
Importo stimato: ${g.amount()}`
    },
  },
  {
    kind: "porting",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      return x`${g.emo()}ciao sono ${g.P(c.first.toLowerCase())}, vorrei la portabilità del ${g.phone()} entro il ${g.date()}. codice migrazione ${g.ref()}, nuova sim ${g.iccid()}, offerta ${g.gb()} a ${g.price()} al mese. grazie! ${g.email(c)}`
    },
  },
  {
    kind: "dd-mandate",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      return x`Mandato SDD — addebito diretto
Intestatario del conto: ${g.P(c.full)}
IBAN: ${g.iban()}   BIC: ${g.bic()}
Codice cliente: ${g.account()}
Nota operatore: l'IBAN precedente ${g.badIban()} non supera il controllo, richiesto nuovo mandato. Prima rata ${g.amount()} il ${g.date()}.`
    },
  },
  {
    kind: "escalation",
    biz: "insurer",
    f: (g) => {
      const a = g.person()
      const b = g.person()
      return x`x ${g.P(b.first)}: il cliente ${g.P(g.person("m").full)} (sinistro ${g.claim()}) ha chiamato 3 volte, ${g.P(a.full)} aveva promesso un ricontatto entro le ${g.time()}. Numero alternativo ${g.phone()}. Ultimo accesso all'area clienti da ${g.ip()}. Grazie, ${g.P(a.first)}`
    },
  },
  {
    kind: "authority-letter",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const f = g.person("m")
      return x`Io ${c.f ? "sottoscritta" : "sottoscritto"} ${g.P(c.full)} delego mio figlio ${g.P(`${f.first} ${c.last}`)} a parlare a mio nome per il conto ${g.account()}. Recapito: ${g.phone()}, ${g.email({ ...f, last: c.last })}.
${g.town()}, ${g.date()} — firma: ${g.P(c.full)}`
    },
  },
]

export const NL: Template[] = [
  {
    kind: "bot-handoff",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return join([
        x`Chatbot: Hoi! Waar kan ik je mee helpen?`,
        x`Klant: mijn pas ${g.masked()} is geblokkeerd, er is ${g.amount()} afgeschreven op ${g.date()}`,
        x`Chatbot: Ik verbind je door met een medewerker.`,
        x`[${g.time()}] ${g.P(a.first)} neemt het gesprek over`,
        x`${g.P(a.first)}: Goedemiddag ${g.P(c.first)}, ik zie een inlog vanaf ${g.ip()}. Was jij dat?`,
        x`Klant: ${g.emo()}nee! bel me op ${g.phone()}`,
      ])
    },
  },
  {
    kind: "claim-form",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`Schadeformulier (geplakt)
Polisnummer: ${g.policy()}
Schadenummer: ${g.claim()}
Verzekerde: ${g.title(c)} ${g.surname(c)}
Datum: ${g.date()}, ${g.time()}
Adres: ${N("street", g.r.pick(["Willem de Zwijgerlaan", "Anne Frankstraat", "Rembrandtplein"]))} ${g.r.int(1, 200)}, ${g.postcode()} ${g.town()}
Telefoon: ${g.phone()}
Uitkeren op IBAN ${g.iban()}
Schatting: ${g.amount()}`
    },
  },
  {
    kind: "sim-swap",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return x`Notitie ${g.date()}: simswap voor ${g.P(c.full)} (klantnr ${g.account()}), nummer ${g.phone()}. Oude ICCID ${g.iccid()}, nieuwe ${g.iccid()}. IMEI toestel ${g.imei()}. Bundel ${g.gb()} blijft ${g.price()} per maand. Legitimatie gecontroleerd door ${g.P(a.full)}.`
    },
  },
  {
    kind: "complaint-email",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return x`Van: ${g.email(c)}
Onderwerp: RE: klacht ${g.ref()}

Beste ${g.P(a.first)},

Ik heb nog steeds geen internet sinds ${g.date()}. Bel me terug op ${g.phone()}.

Met vriendelijke groet,
${g.P(c.full)}

> Op ${g.date()} schreef ${g.P(a.full)}:
> Beste ${g.title(c)} ${g.surname(c)}, we onderzoeken uw klacht.`
    },
  },
  {
    kind: "dd-mandate",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`Machtiging doorlopende SEPA-incasso
Naam: ${g.P(c.full)}
IBAN: ${g.iban()}  BIC: ${g.bic()}
Kenmerk machtiging: ${g.ref()}
Let op: ${g.badIban()} klopt niet (controlegetal), klant heeft nieuw IBAN opgegeven.
Premie ${g.amount()} per maand vanaf ${g.date()}. Handtekening: ${g.P(c.full)}`
    },
  },
  {
    kind: "fraud-call",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      return x`spraak-naar-tekst: ja hallo met ${g.P(c.full.toLowerCase())} ik ben gebeld door iemand van de bank zogenaamd vanaf ${g.foreignPhone()} en ik heb mijn pasnummer ${g.card()} gegeven ... er is ${g.amount()} weg`
    },
  },
]
