// Portuguese (Portugal).
import { FOREIGN } from "./phones.ts"
import { t } from "./render.ts"
import { type Template, tpl } from "./template.ts"

export const PT: Template[] = [
  tpl("chat", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`Assistente ${c.P(a.first)}: Olá! Em que posso ajudar?
Cliente: olá, sou o ${c.P(p.full)}. Perdi o acesso à conta do jogo, o email antigo era ${c.mail(p)} 😞
Assistente ${c.P(a.first)}: Consegue indicar o ID de jogador ou o número da última compra?
Cliente: ID ${c.n.player()}, compra ${c.n.receipt()} de ${c.n.amount()}
Assistente ${c.P(a.first)}: Obrigado. O último acesso foi a partir do IP ${c.ip()} em ${c.n.date()}. Enviámos um link de recuperação.`
  }),
  tpl("email", "cars", (c) => {
    const p = c.person(), s = c.person()
    return t`Assunto: Fim do contrato de aluguer operacional ${c.n.lease()}

Caro Sr. ${c.P(s.last)},
Na inspeção de fim de contrato (${c.n.date()}) da viatura ${c.n.plate("PT")}, com ${c.n.odo("km")}, foram apontados danos no valor de ${c.n.amount()}. Não concordo com a avaliação.
Peço que o reembolso da caução seja feito para o IBAN ${c.iban("PT")}.
Cumprimentos,
${c.P(p.full)}
${c.tel("PT", c.r.pick(["national", "intl"]))}`
  }),
  tpl("note", "tickets", (c) => {
    const p = c.person(), q = c.person()
    return t`Revenda bilhetes – enc. ${c.n.order()} – evento ${c.n.event()} (${c.n.date()}, ${c.n.time()}). Vendedor ${c.P(p.full)} → comprador ${c.P(q.full)} (${c.mail(q)}). Lugares ${c.n.seat()}. Novos códigos ${c.n.barcode()}. Reembolso ${c.n.amount()} ao vendedor.`
  }),
  tpl("summary", "parking", (c) => {
    const p = c.person()
    return t`Resumo automático da chamada
Munícipe ${c.P(p.full)} pede dístico de residente para a zona ${c.n.bay()}; pedido ${c.n.permit()}. Viatura ${c.n.plate("PT")}.
Contestou também a contraordenação ${c.n.pcn()} de ${c.n.date()}. Contacto: ${c.tel("PT")}, ${c.mail(p)}.`
  }),
  tpl("chat", "tickets", (c) => {
    const p = c.person(), f = c.r.pick(FOREIGN)
    return t`👤 Cliente: boa tarde, comprei bilhetes para o festival ${c.n.word("Summer")} Vibes e o pagamento falhou mas o cartão foi debitado
🎧 Apoio: Lamentamos! Qual o número da encomenda?
👤 Cliente: ${c.n.order()}. Cartão ${c.card()}
🎧 Apoio: Obrigado. Deixe um contacto, por favor.
👤 Cliente: ${c.tel(f, c.r.pick(["intl", "00"]))} (estou emigrado) – ${c.P(p.first)}`
  }),
  tpl("csv", "game", (c) => {
    const ps = [c.person(), c.person(), c.person()]
    return t`jogador;nome;email;ip;valor
${ps.flatMap((p, i) => [c.n.player(), ";", c.P(p.full), ";", c.mail(p), ";", c.ip(), ";", c.n.amount(), i < 2 ? "\n" : ""])}`
  }),
  tpl("sms", "cars", (c) => {
    const p = c.person()
    return t`${c.P(p.first)}, a revisão da sua viatura ${c.n.plate("PT")} está marcada para ${c.n.date()} às ${c.n.time()}. Para remarcar ligue ${c.tel("PT", "national")}. Stand Atlântico`
  }),
  tpl("review", "parking", (c) => {
    const p = c.person()
    return t`★★★☆☆ ${c.P(p.full)}: "A app cobrou ${c.n.amount()} por ${c.r.int(2, 5)} horas na zona ${c.n.bay()}, mas só estive 1 hora."
Resposta: Olá ${c.P(p.first)}, obrigado pelo feedback. Envie a referência ${c.n.txn()} para ${c.role("apoio", "estacionar.pt")} e analisamos.`
  }),
  tpl("note", "cars", (c) => t`Contrato ${c.n.lease()}, matrícula ${c.n.plate("PT")}, ${c.n.odo("km")}, VIN ${c.n.vin()}. Revisão ${c.n.date()} às ${c.n.time()}. A ref. ${c.n.badCard()} no talão não é um cartão.`),
]
