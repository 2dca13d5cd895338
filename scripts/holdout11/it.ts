// Italian: all four businesses.
import type { Ctx } from "./ctx.ts"
import { T, type Template } from "./render.ts"

export const IT: Template<Ctx>[] = [
  {
    kind: "sms", biz: "dental", make: (c) => {
      const a = c.person()
      return T`Studio Dentistico Sorriso: gentile ${c.first(a)}, le ricordiamo l'appuntamento del ${c.date()} ${c.time()}. Per disdire chiami lo ${c.phone()}. Rif. ${c.ref()}`
    },
  },
  {
    kind: "call", biz: "optician", make: (c) => {
      const a = c.person(), g = c.person()
      return T`operatore: ottica chiaravista buongiorno sono ${c.first(g)}
cliente: buongiorno sono ${c.lower(a)} volevo spostare il controllo della vista
operatore: mi lascia un numero
cliente: ${c.phone(false)}
operatore: va bene il ${c.date()} alle ${c.time()} il costo è ${c.money()}`
    },
  },
  {
    kind: "email", biz: "gym", make: (c) => {
      const a = c.person()
      return T`Oggetto: Sospensione abbonamento n. ${c.member()}
Buongiorno,
sono ${c.full(a)} e chiedo la sospensione dell'abbonamento dal ${c.date()}. L'addebito di ${c.money()} avviene sull'IBAN ${c.iban("IT")}; nella vostra lettera compare ${c.badIban("IT")}, che è errato.
Armadietto ${c.locker()}. Codice fiscale ${c.taxId()}.
Cordiali saluti,
${c.full(a)}
${c.email(a)} · ${c.phone()}`
    },
  },
  {
    kind: "chat", biz: "dental", make: (c) => {
      const a = c.person()
      return T`Bot: Ciao! Come ti chiami?
Utente: ${c.emoji()}${c.full(a)}
Bot: Grazie ${c.first(a)}. Quando vuoi venire?
Utente: il ${c.date()} dopo le ${c.time()}, di pomeriggio sono più ${c.word("serena")} 😅
Bot: Prenotato, codice ${c.ref()}. Conferma inviata a ${c.email(a)}.
(log: connessione da ${c.ip()})`
    },
  },
  {
    kind: "admissions", biz: "university", make: (c) => {
      const a = c.person()
      return T`Oggetto: Domanda di ammissione ${c.applicant()} – ${c.course()}
Gentile Ufficio Ammissioni,
mi chiamo ${c.full(a)}, voto di laurea ${c.grade()}. Allego:
- carta_identita.pdf
- piano_studi_${c.last(a)}.pdf
Matricola precedente ${c.student()}. Recapito ${c.phone()} oppure ${c.foreign()}.
Distinti saluti,
${c.first(a)} ${c.last(a)}`
    },
  },
  {
    kind: "crm", biz: "gym", make: (c) => {
      const head = `n_socio\tcognome\tnome\tcellulare\temail\tquota\tsospeso_fino\n`
      const rows = [c.person(), c.person()].map((p) => T`${c.member()}\t${c.last(p)}\t${c.first(p)}\t${c.phone()}\t${c.email(p)}\t${c.money()}\t${c.date()}\n`)
      return [head, ...rows.flat()]
    },
  },
  {
    kind: "wrap", biz: "university", make: (c) => {
      const a = c.person(), g = c.person()
      return T`Nota chiamata: ${c.full(a)} (ex alunno) conferma donazione di ${c.money()} con carta ${c.card()}, scad. ${c.date()}. Aula ${c.room()} per la cerimonia. Gestito da ${c.first(g)}.`
    },
  },
]

export const IT_REFS: Template<Ctx>[] = [
  {
    kind: "email", biz: "university", make: (c) => T`Oggetto: Iscrizioni ${c.course()}
Le iscrizioni chiudono il ${c.date()} alle ${c.time()}. Aula ${c.room()}. Tassa ${c.money()}. Punteggio minimo ${c.grade()}. L'IBAN ${c.badIban("IT")} indicato nel bando è errato: attendere la rettifica.`,
  },
]
