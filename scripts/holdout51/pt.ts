// Portuguese (Portugal): chat, nota, pedido de contacto, e-mail com citação, resumo da chamada, transcrição.
import type { Pack } from "./pack.ts"

export const PT: Pack = {
  lang: "pt",
  titles: { f: ["Sra.", "D.", "senhora"], m: ["Sr.", "senhor"] },
  phrases: {
    paycard: ["cartão {card}, validade {expiry}", "o cartão é {card} ({expiry})"],
    payiban: ["IBAN {iban}", "reembolso para o IBAN {iban}", "a minha conta: IBAN {iban}"],
    badcard: ["o cartão {luhnbad} foi recusado", "com o {luhnbad} o pagamento não passou"],
    badiban: ["o IBAN {ibanbad} não é válido segundo o banco", "IBAN {ibanbad} rejeitado (erro ao copiar?)"],
    hi: ["Olá", "Bom dia", "Boa tarde", "Boas"],
    bye: ["Cumprimentos", "Obrigado", "Com os melhores cumprimentos", "Atenciosamente"],
    um: ["hum", "pronto", "portanto"],
    sayok: ["ok", "certo", "muito bem", "sim"],
    nw: ["Foi tudo de [[name-word:graça]], não paga nada.", "Uma [[name-word:vitória]] para a equipa, obrigado.", "A entrega foi feita de [[name-word:graça]].", "Falta [[name-word:luz]] na loja de momento.", "A capa também existe em [[name-word:rosa]] claro."],
  },
  biz: {
    sleep: {
      longline: ["Contrato de crédito {long}"],
      item: ["colchão", "estrado", "topper"],
      issue: ["o colchão devia chegar a {date} e não veio ninguém, encomenda {ref}", "o topper da encomenda {ref} chegou com a capa rasgada", "quero devolver o colchão dentro das 100 noites de experiência, encomenda {ref}", "cobraram-me {amount} duas vezes, encomenda {ref}", "o meu contrato de crédito {long} mostra um saldo errado"],
      nissue: ["entrega {ref} de {date} falhada", "devolução 100 noites, {ref}, recolha por marcar", "capa danificada, ref. {n.mattress-sku}", "cobrança dupla {amount} em {ref}", "crédito {long}: saldo errado"],
      sissue: ["o colchão nunca chegou era para vir a {dsaid}", "quero devolver o colchão é muito duro", "a capa veio rasgada"],
      fix: ["entrega remarcada para {date2} entre as {time} e as {time2}", "devolução {n.trial-return} criada, a transportadora vai ligar", "capa nova ({n.mattress-sku}) enviada, seguimento {track}", "a cobrança duplicada de {amount} será devolvida em {dur}"],
      visit: ["a entrega", "a recolha"],
      ops: ["rota 3 cancelada, entregas desde {ts} adiadas; {n.mattress-sku} esgotado até {date2}"],
    },
    physio: {
      longline: ["Autorização do seguro {long}"],
      item: ["consulta", "avaliação", "massagem desportiva"],
      issue: ["preciso de mudar a minha consulta de {date}, ref. {ref}", "cobraram-me {amount} por uma sessão desmarcada", "o seguro pede o número de autorização {long} na fatura", "o joelho está pior desde a última sessão", "o link do plano de exercícios {n.exercise-plan} não abre"],
      nissue: ["remarcar consulta {ref} de {date}", "taxa de falta {amount} contestada", "autorização {long} a juntar à {n.physio-invoice}", "dor após sessão, fisioterapeuta liga", "plano {n.exercise-plan} reenviado"],
      sissue: ["preciso de mudar a consulta de {dsaid}", "o ombro está pior que antes", "o seguro quer um número na fatura"],
      fix: ["consulta mudada para {date2} às {time} com {t.first}", "taxa de falta anulada", "fatura {n.physio-invoice} refeita com a autorização", "revisão de {mins} marcada com {t.full}"],
      visit: ["a consulta", "a sessão"],
      ops: ["sala 2 fechada a {date2}, sessões mudadas; plano {n.exercise-plan} atualizado"],
    },
    windows: {
      longline: ["Certificado de garantia {long}"],
      item: ["porta de correr", "porta de entrada", "janela em PVC"],
      issue: ["os instaladores deixaram uma folga na porta de correr, orçamento {ref}", "há condensação entre os vidros da janela da cozinha", "preciso de mudar a medição {n.survey-ref}", "o puxador da porta de entrada partiu, garantia {long}", "o meu sinal de {amount} não aparece no orçamento {ref}"],
      nissue: ["vidro duplo embaciado, garantia {long}", "medição {n.survey-ref} a remarcar", "corrente de ar após instalação, {ref}", "sinal {amount} não lançado em {ref}", "medida {n.frame-size} errada"],
      sissue: ["há vapor entre os vidros", "os instaladores deixaram um buraco junto à porta", "o puxador partiu-se"],
      fix: ["visita técnica a {date2} entre as {time} e as {time2}", "vidro novo {n.frame-size} encomendado, prazo {dur}", "medição com {t.first} a {date2}", "sinal de {amount} lançado no orçamento {ref}"],
      visit: ["a medição", "a instalação"],
      ops: ["atraso do fornecedor de vidro de {dur}, medidas {n.frame-size} afetadas desde {ts}"],
    },
    dry: {
      longline: ["Cartão de cliente {long}"],
      item: ["fato", "vestido de noiva", "edredão"],
      issue: ["o fato voltou com a nódoa, talão {ref}", "não encontro o talão do vestido", "falta um botão no casaco, talão {ref}", "a bainha das calças ficou 2 cm curta", "preciso do edredão antes de {date}"],
      nissue: ["cartão de cliente {long} sem pontos", "nódoa não saiu, {ref}", "talão perdido, peça no cabide {n.rack-slot}", "botão em falta, {ref}", "bainha curta, refazer", "urgente para {date}, conta empresa {n.corporate-account}"],
      sissue: ["a nódoa ainda lá está", "perdi o talão", "falta um botão no casaco"],
      fix: ["volta a ser limpo sem custo, pronto a {date2}", "está no cabide {n.rack-slot}, pronto a levantar", "{t.first} refaz a bainha até {date2}", "creditamos {amount} na conta {n.corporate-account}"],
      visit: ["o levantamento", "a prova"],
      ops: ["prensa 2 avariada desde {ts}, cabide {n.rack-slot} cheio, levantamentos para {date2}"],
    },
  },
  kinds: {
    chat: [
      `{clock} {a.first}: Olá! Fala {a.first}, da {brand}, {emo} Em que posso ajudar?
{clock} Cliente: olá, {issue}
{clock} {a.first}: Lamento! Pode dar-me o seu nome e telemóvel?
{clock} Cliente: {c.lc}, {c.phone}
{clock} {a.first}: Obrigado, {c.first}. {^fix}.
{clock} Cliente: ok obrigado {emo}`,
      `[{date} {clock}] {c.full}: {hi} {emo} {issue}
[{date} {clock}] {brand}: Olá {c.first}, fala {a.first}. Pode enviar o seu email e código postal?
[{date} {clock}] {c.full}: {c.email} e {post}
[{date} {clock}] {brand}: Obrigado! {^fix}. {nw}`,
      `Chat · {brand} · IP {ip} · {browser}
{clock} Visitante: olá posso pagar o resto de {ref} aqui? {amount}
{clock} {a.full}: Por segurança não escreva dados bancários no chat, vou enviar um link de pagamento.
{clock} Visitante: tarde demais 🙈 {pay}
{clock} {a.full}: Sem problema, já está ocultado. O link vai para {c.email}.
{clock} Visitante: obrigado, sou {c.first}. se não atender, {p.first} no {p.phone}`,
    ],
    note: [
      `{date} {time} {a.init}: ligou {c.full} por {nissue}. Verificado (data de nasc. {dob}, CP {post}). {^fix}. Ligar de volta para {c.phone}. {nw}`,
      `Processo {case} | {brand} | {date}
Cliente: {c.lastcomma}
Email: {c.email}
Tel.: {c.phone} / fixo {c.land}
Morada: Rua do Carmo {house}, {post}
Motivo: {nissue}
Ação: {^fix}
Reembolso para: {iban}
{longline}
{badpay}
Assistente: {a.first}`,
      `{ts} conta bloqueada: {c.full} ({c.email}), 5 tentativas falhadas de {ip} e {ip6}, app {ver}. Link de reposição enviado, válido {mins}. {a.init}`,
    ],
    callback: [
      `PEDIDO DE CONTACTO {date} {time}
Nome: {c.titlefull}
Contacto: {c.phone} (telemóvel) ou {c.land} depois das {time2}
Assunto: {nissue}
Ref.: {ref}
{longline}
Registado por: {a.first}`,
      `ligar {c.g:à|ao} {c.title} no {c.phone} antes das {time} — {nissue}. Pode atender {p.first}. Mensagem deixada a {date}. {a.first}`,
      `Contacto para {t.full} (central {bizphone}): {c.full} pede que liguem por causa de {nissue}. Sem resposta no {c.phone} às {time}, tentar de novo a {date}.`,
    ],
    email: [
      `Assunto: RE: Encomenda {ref}

{hi} {a.first},

{issue}. Estou à espera desde {date} e já começa a ser demais.

Podem ligar-me para o {c.phone}? Estou em casa depois das {time}.

{bye}
{c.full}

A {date2}, {a.full} <{a.email}> escreveu:
> Olá {c.first},
> Obrigado pela mensagem. {^fix}.
> Cumprimentos,
> {a.first} | {brand} | {bizphone} | {role}`,
      `{c.g:Cara|Caro} {c.title},

Na sequência do seu contacto confirmamos: {fix}.

A sua referência é {ref}. Para qualquer dúvida responda a este email ou ligue {bizphone}.

{nw}

Com os melhores cumprimentos,
{a.full}
Apoio ao cliente, {brand}
{a.email}`,
      `De: {c.full} <{c.email}>
Para: {role2}
Assunto: reembolso {ref}

Olá,

{issue}. Por favor reembolsem para:
{pay}

Tel. {c.phone}

{c.first}`,
    ],
    summary: [
      `Resumo da chamada {date} {time}, duração {mins}
Cliente: {c.full} ({c.phone})
Assistente: {a.full}
Motivo: {nissue}
Resultado: {^fix}
Confirmação enviada para {c.email} (cc {role}). Processo {case}.`,
      `Resumo IA ({ver})
• {^c.titlefull} liga por causa de {ref}.
• Problema: {nissue}.
• Solução: {^fix}.
• Contacto: {c.email}, {c.phone2}`,
      `{^c.titlefull} ligou a {date}: {issue}. Combinado: {fix}. {^badpay}. Contacto: {c.email} ou {c.phone}. {nw}`,
    ],
    transcript: [
      `[{off}] ASSISTENTE: {brandlc} bom dia fala {a.lcfirst} em que posso ajudar
[{off}] CLIENTE: sim bom dia {um} é {c.lc} {um} {sissue}
[{off}] ASSISTENTE: {sayok} para que número posso ligar
[{off}] CLIENTE: para o {c.said}
[{off}] ASSISTENTE: obrigado então {fix}
[{off}] CLIENTE: ótimo obrigado adeus`,
      `Correio de voz · de {c.phone} · {date} {time} · transcrito
"olá é {c.lcfirst} {um} ligo por causa d{visit} de {dsaid} {um} podem ligar-me para o {c.said} obrigado"`,
      `Orador 1: {brandlc} fala {a.lcfirst}
Orador 2: sim {um} ligo por causa de {c.lc} sou {p.lcfirst}
Orador 1: {sayok} qual é o assunto
Orador 2: {sissue}
Orador 1: {c.lcfirst} pode ligar-nos para o {bizphone}
Orador 2: {sayok} ou liguem-me para o {p.said}`,
    ],
  },
  bare: {
    chat: [`{clock} Visitante: entregam em {post}?
{clock} Assistente: Sim, normalmente em {dur}. O envio custa {amount}.
{clock} Visitante: obrigado {emo}`],
    note: [`Nota operacional {date}: {ops}. {nw}`],
    callback: [`Fila de contactos {date}: 6 pendentes, o mais antigo das {time}. Muitas perguntas sobre prazos ({dur}).`],
    email: [`Assunto: O seu processo {case}

Obrigado por contactar a {brand}. Respondemos em {dur}. Tenha à mão a referência {ref}.`],
    summary: [`Resumo {date}: o cliente não deu o nome, pergunta geral sobre preços ({amount}) e prazos ({dur}). Sem ação.`],
    transcript: [`[{off}] IVR: bem-vindo à {brandlc}
[{off}] CLIENTE: {um} horário
[{off}] IVR: estamos abertos a partir das {time} aguarde por favor`],
  },
}
