// Brazilian Portuguese: a mortgage broker (correspondente bancário), a wedding venue, a language
// school and the city hall's services line (prefeitura: coleta, zona azul, IPTU).
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const PT: Template[] = [
  { kind: 'form', nfd: true, make: (g: G): Piece => {
    const c = g.who('brazil'), s = g.who('brazil')
    return r`FICHA DE PRÉ-ANÁLISE – FINANCIAMENTO IMOBILIÁRIO
Proponente: ${P.caps(c)}
Cônjuge: ${P.full(s)}
CPF: ${g.n.cpf()}
Celular: ${g.ph('BR', g.pick(['nat', 'intl', 'intldash']))}
E-mail: ${g.mail(c, g.pick(['gmail.com', 'uol.com.br', 'bol.com.br']))}
Valor do imóvel: ${g.n.amount('BRL', 250000, 900000)}  Entrada: ${g.n.amount('BRL', 50000, 180000)}
Conta para débito: ${g.iban('BR')}
Enviado em ${g.n.date('dmy')} às ${g.n.time('24')} – IP ${g.ip()} ${g.emo()}`
  } },
  { kind: 'sms', make: (g) => {
    const c = g.who('brazil')
    return r`${g.emo()} oi ${P.lowerGiven(c)}! aqui é do Espaço Jacarandá Eventos. a degustação do buffet ficou p/ ${g.n.date('dmy')} às ${g.n.time('h')}. qualquer coisa chama no zap ${g.ph('BR', 'nat')} 😉 contrato ${g.ref('contract-ref', 'JAC-2026-XXXX')}`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('brazil'), a = g.who('brazil')
    return r`[${g.n.time('24')}] ${P.full(c)}: boa tarde, queria remarcar a aula experimental de inglês do meu filho ${g.emo()}
[${g.n.time('24')}] ${P.full(a)} (Idiomas Vila Nova): Boa tarde! Qual o nome do aluno?
[${g.n.time('24')}] ${P.full(c)}: ${P.full(g.who('brazil'))}, turma ${g.ref('class-code', 'KIDS-[AB]X')}
[${g.n.time('24')}] ${P.full(a)}: Feito ✅ Mensalidade de ${g.n.amount('BRL', 300, 900)} vence dia ${g.int(5, 15)}. Seu e-mail ainda é ${g.mail(c, 'hotmail.com')}?
[${g.n.time('24')}] ${P.full(c)}: sim. e o celular novo é ${g.ph('BR', 'intl')}`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('brazil'), a = g.who('brazil')
    return r`Resumo da ligação (IA): ${P.full(c)} ligou para a Central 156 da prefeitura sobre coleta de entulho não realizada na rua ${g.mark()} ${g.emo()}. Protocolo ${g.ref('protocol', '2026XXXXXXXX')}. Também pediu segunda via do IPTU (inscrição ${g.ref('property-id', 'XXX.XXX.XXXX-X')}), valor ${g.n.amount('BRL', 400, 3000)}. Retorno pelo telefone ${g.ph('BR', g.pick(['nat', 'intl00']))}. Atendente: ${P.full(a)}.`
  } },
  { kind: 'note', make: (g) => {
    const c = g.who('brazil'), a = g.who('brazil')
    return r`obs atend. ${g.n.date('dmy')}: cliente ${P.lower(c)} quer portabilidade do financiamento, saldo ${g.n.amount('BRL', 80000, 400000)}, taxa atual ${g.ref('rate', '1X,[0-9]X% a.a.')}. pagou taxa de avaliação c/ cartão ${g.card(g.pick(['visa', 'mc', 'mc2']))}. cartão antigo ${g.n.luhn()} recusado. ${g.emo()} — ${P.given(a)}`
  } },
  { kind: 'email', make: (g) => {
    const c = g.who('brazil'), co = g.who('brazil'), f = g.who('brazil')
    return r`Assunto: RE: Orçamento casamento ${g.n.date('dmy')}

Olá ${P.given(c)}, tudo bem? ${g.emo()}
Segue o orçamento ${g.ref('quote-ref', 'ORC-XXXX/26')} para ${g.int(100, 300)} convidados: ${g.n.amount('BRL', 25000, 90000)}. O sinal pode ser pago por PIX ou transferência para ${g.iban('BR')}.

Abraços,
${P.full(co)}
Espaço Jacarandá Eventos | ${g.ph('BR', 'nat')} ramal ${g.int(20, 240)} | ${g.role('contato', 'espacojacaranda.com.br')}

Em ${g.n.date('dmy')}, ${P.full(c)} <${g.mail(c, 'gmail.com')}> escreveu:
> Minha mãe ${P.full(f)} vai ligar do exterior, do número ${g.ph(g.pick(['PT', 'US', 'DE']), 'intl')}.`
  } },
  { kind: 'csv', nfd: true, make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 3; i++) {
      const c = g.who('brazil')
      rows.push(r`\n${g.ref('student-id', 'AL-XXXXX')};${P.caps(c)};${g.ph('BR', g.pick(['intl', 'nat', 'intlcompact']))};${g.mail(c, g.pick(['gmail.com', 'yahoo.com.br']))};${g.ref('course-code', '[EI]NG-[AB][12]')};${g.n.amount('BRL', 250, 800)}`)
    }
    return r`matricula;nome;celular;email;curso;mensalidade${rows}`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('brazil')
    return r`{"evento":"lead.novo","origem":"site","recebido_em":"${g.n.stamp('-03:00')}","cliente":{"nome":"${P.full(c)}","cpf":"${g.n.cpf()}","email":"${g.mail(c, 'outlook.com')}","celular":"${g.ph('BR', 'intlcompact')}"},"produto":"home equity","valor":"${g.n.amount('BRL', 50000, 300000)}","ip":"${g.ip(true)}"}`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('brazil'), a = g.who('brazil')
    return r`atendente: central da prefeitura ${P.lowerGiven(a)} bom dia
munícipe: bom dia aqui é ${P.lower(c)} o caminhão do lixo não passou na minha rua ${g.emo()}
atendente: qual o telefone pra contato
munícipe: ${g.ph('BR', 'spoken')}
atendente: anotado o protocolo é ${g.ref('protocol', '2026 XXXX XXXX')}`
  } },
  { kind: 'note', make: (g) => r`pendências ${g.n.date('dmy')} ${g.emo()}: proposta ${g.ref('application-ref', 'PROP-XXXXXX')} aguardando avaliação; CPF ${g.n.cpf()} com restrição; conta ${g.n.ibanBad('BR')} com dígito inválido; cartão ${g.n.luhn()} recusado; parcela ${g.n.amount('BRL', 900, 4000)} vence ${g.n.date('dmy')} às ${g.n.time('h')}. sistema ${g.n.version()}` },
]
