// Portuguese (Portugal and Brazil): all four businesses.
import type { Ctx } from "./ctx.ts"
import { T, type Template } from "./render.ts"

/** Portugal pays by IBAN; Brazil by a PIX key, here the payer's e-mail. */
const payTo = (c: Ctx, p: { first: string; last: string }) => (c.loc.id === "pt-PT" ? T`IBAN ${c.iban("PT")}` : T`chave PIX ${c.email(p)}`)

export const PT: Template<Ctx>[] = [
  {
    kind: "sms", biz: "optician", make: (c) => {
      const a = c.person()
      return T`Óptica Boa Vista: Olá ${c.first(a)}, o seu exame está marcado para ${c.date()} às ${c.time()}. Para desmarcar ligue ${c.phone()}. Ref ${c.ref()}`
    },
  },
  {
    kind: "email", biz: "gym", make: (c) => {
      const a = c.person()
      return T`Assunto: Congelamento da inscrição ${c.member()}
Olá,
Chamo-me ${c.full(a)} e peço o congelamento da minha inscrição a partir de ${c.date()}. A mensalidade de ${c.money()} é paga por ${payTo(c, a)}. Cacifo ${c.locker()}.
Contacto: ${c.phone()}
Obrigado,
${c.first(a)}`
    },
  },
  {
    kind: "chat", biz: "dental", make: (c) => {
      const a = c.person(), g = c.person()
      return T`Paciente: bom dia ${c.emoji()}queria marcar uma consulta
Assistente ${c.first(g)}: Claro! Nome completo?
Paciente: ${c.full(a)}
Assistente ${c.first(g)}: Temos ${c.date()} às ${c.time()}, gabinete ${c.room()}.
Paciente: pode ser. o meu email é ${c.email(a)}
Assistente ${c.first(g)}: Marcado, referência ${c.ref()}.
[sessão iniciada de ${c.ip()}]`
    },
  },
  {
    kind: "call", biz: "gym", make: (c) => {
      const a = c.person()
      return T`atendente: academia bom dia
cliente: oi aqui é ${c.lower(a)} meu número de sócio é ${c.member()}
atendente: pois não
cliente: cobraram ${c.money()} duas vezes no cartão ${c.card()}
atendente: vou estornar até ${c.date()} confirmo pelo ${c.phone(false)}`
    },
  },
  {
    kind: "admissions", biz: "university", make: (c) => {
      const a = c.person()
      return T`Assunto: Candidatura ${c.applicant()} – ${c.course()}
Exmos. Senhores,
O meu nome é ${c.full(a)}, média ${c.grade()}. Em anexo:
- documento_identificacao.pdf
- historico_${c.last(a)}.pdf
${c.loc.id === "pt-PT" ? "NIF" : "CPF"}: ${c.taxId()}. Telefone ${c.phone()} ou ${c.foreign()}.
Com os melhores cumprimentos,
${c.full(a)}`
    },
  },
  {
    kind: "complaint", biz: "dental", make: (c) => {
      const a = c.person()
      return T`Livro de reclamações (eletrónico)
Nome: ${c.full(a)}
Email: ${c.email(a)}
Telemóvel: ${c.phone()}
Fatura: ${c.invoice()}
Descrição: cobraram-me ${c.money()} por uma consulta desmarcada a ${c.date()}. Devolvam para ${payTo(c, a)}. Na receção disseram que remarcar era de ${c.word("graça")}, mas não foi.`
    },
  },
  {
    kind: "letter", biz: "university", make: (c) => {
      const a = c.person(), d = c.person()
      return T`Caro ${c.first(a)},
Agradecemos o seu donativo de ${c.money()} de ${c.date()} ao fundo de bolsas. Cartão registado: ${c.card()}. Um cartão anterior (${c.badCard()}) foi recusado.
Cumprimentos,
Prof. ${c.full(d)}
${c.roleEmail("antigos.alunos", "uboavista.pt")}`
    },
  },
]

export const PT_REFS: Template<Ctx>[] = [
  {
    kind: "sms", biz: "dental", make: (c) => T`${c.emoji()}Clínica Sorriso: a consulta ${c.ref()} de ${c.date()} às ${c.time()} foi desmarcada. Valor em dívida ${c.money()}. Fatura ${c.invoice()}.`,
  },
]
