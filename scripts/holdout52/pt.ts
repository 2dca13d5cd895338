// The Portuguese pack (pt-PT).
import type { Pack } from "./pack.ts"

export const PT: Pack = {
  lang: "pt",
  templates: {
    chat: [
      `
Transcrição do chat · {biz} · {date}
IP do visitante: {ip} · {browser}
[{clock}] {a.given} ({biz}): Boa tarde, fala com {a.given}. Em que posso ajudar?
[{clock}] {c.given}: olá, é sobre {what}. {issue}
[{clock}] {a.given} ({biz}): Lamento. Pode indicar o seu nome e um contacto?
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Obrigado, {c.title}. Tenho aqui o seu processo: {r1}. {fix}
[{clock}] {c.given}: ótimo, podem enviar a confirmação para {email}?
[{clock}] {a.given} ({biz}): Enviada. Bom dia!`,
      `
[{clock}] Assistente: Bem-vindo à {biz}, sou {a.given}.
[{clock}] Cliente: Olá, disseram-me que me devolvem {amount} de {n1}
[{clock}] Assistente: Exato. Para que conta fazemos a transferência?
[{clock}] Cliente: {iban}
[{clock}] Cliente: espere, antes para esta, é a de {p.given}: {ibanx}
[{clock}] Assistente: Anotado. Titular?
[{clock}] Cliente: {p}
[{clock}] Assistente: Obrigado. Demora cerca de {dur}. Dúvidas: {bizline}.`,
      `
[{wadate}, {clock}] {c}: Olá, é da {biz}? {issue}
[{wadate}, {clock}] {biz}: Olá {c.given}, fala {a.given} 👋 Tem o número do autocolante ({ld})?
[{wadate}, {clock}] {c}: {nd}
[{wadate}, {clock}] {biz}: Obrigado! {fix} {k}, da nossa equipa, liga-lhe para o {phone}.
[{wadate}, {clock}] {c}: obrigado, e a visita é de [[name-word:graça]] ou paga-se?`,
    ],
    sms: [
      `{biz}: Olá {c.given}, a sua marcação de {date} entre as {time} e as {time2} está confirmada. Ref. {n1}. Dúvidas: {bizline}`,
      `Olá, sou {c}, liguem-me por favor por causa de {n1} para o {phone} depois das {time}. Obg`,
      `{!jewel}Bom dia {c.title}, fala {k.given} da {biz}. Estou à porta do n.º {house} mas não tenho onde estacionar. Pode ligar-me para o {kphone}?`,
    ],
    note: [
      `
Processo {case} | {biz}
Cliente: {c.crm}
Data de nasc.: {dob} | CP: {post}
Tel.: {phone} / {land}
Email: {email}
Ref.: {r1}; {r2}
Nota ({a.initial}, {date}): {issue} {fix}
Atribuído a: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – chamada recebida de {c.caps} sobre {n1}. {issue} Confirmou data de nasc. {dob}. {fix} Pede contacto para {phone.intl} depois das {time2}. Passado a {k.given} (agendamento).`,
      `
Bloqueio da área de cliente – {c} ({email})
{ts} login falhado x5 a partir de {ip4}
{ts2} login falhado a partir de {ip6}
Cliente contactado no {phone}: só o segundo endereço é do cliente. Reposto por {a.given}; {k.given} verifica {ip4}. App {ver}.`,
    ],
    callback: [
      `
PEDIDO DE CONTACTO
Nome: {c.tfull}
Número: {phone}
Melhor hora: {date}, depois das {time}
Assunto: {r1} – {issue}
Registado por: {a.given} | para: {k}
?{^rd}`,
      `Ligar a {c.crm} {phone} sobre {n1} – só quer falar com {k.given}, não antes das {time}. {|Deixada mensagem.|Não atende x2.}`,
      `Devolver chamada – {c.title}, {phone}; se não atender, falar com {a.given} pelo {aline} {ext}. Sobre {what}. {fix}`,
    ],
    email: [
      `
Assunto: RE: A sua encomenda {n1}

Olá {a.given},

Obrigado pela resposta rápida. {issue} Podem ligar-me para o {phone} antes das {time}? No dia {date} não estou.

Cumprimentos,
{c}
{phone.nat}

Em {date2}, {a} <{amail}> escreveu:
> {c.dear},
> Obrigado por contactar a {biz}. {fix}
> Com os melhores cumprimentos,
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Assunto: Reembolso {n1}

Bom dia,

Cancelei {what} a {date} e prometeram-me um reembolso de {amount}. Por favor transfiram para:
{refund}
Titular: {c}

O IBAN {ibanbad} do meu primeiro email estava errado.
Qualquer dúvida: {phone}

Cumprimentos,
{c.given}`,
      `
---------- Mensagem reencaminhada ---------
De: {c} <{email}>
Data: {date}, {time}
Assunto: Reclamação {n1}
Para: {role}
X-Originating-IP: [{ip4}]

{issue} Já me passaram duas vezes entre {q.given} e o vosso escritório.
Aguardo uma chamada para o {phone} até {date2}.
{c}

{k.given}, podes tratar disto? Obrigado, {a.given}`,
    ],
    summary: [
      `
Resumo da chamada (automático)
• Cliente: {c}
• Assistente: {a}
• Motivo: {issue}
• Resultado: {fix}
• Seguimento: {k.given} liga para o {phone} até {date}
• Referências: {r1}, {r2}{%50|, {rd}}`,
      `
Reembolso – {date}
Cliente: {c.crm} | {email}
Pagamento: cartão {masked}, {amount}
Reembolso: {amount2} para {refund}
Aprovado por: {k} (chefe de equipa)
Motivo: {issue}
?Nota: o IBAN {ibanbad} do formulário era inválido (dígitos de controlo).`,
      `
Chamada {case} – {date} {time} – {mins}
Recebida de {phone.intl}. Nome soletrado: {c.spell}, ref. {r1}.
Cartão terminado em {masked}; o cartão novo {luhnbad} foi recusado e depois aceite o {card} (val. {exp}).
{fix} Seguinte: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] assistente: {~biz} boa tarde, fala {a.lgiven}
[00:00:05] cliente: sim olá hum é {c.lower}, ligo por causa de {~what}
[00:00:11] assistente: pode soletrar o apelido
[00:00:14] cliente: {c.lspell}
[00:00:20] assistente: obrigado, e um contacto
[00:00:23] cliente: {phone.said}
[00:00:33] assistente: e a data de nascimento
[00:00:35] cliente: {sdob}
[00:00:40] cliente: {~issue}
[00:00:52] assistente: muito bem. {~fix}`,
      `
orador 1: {~biz}, fala {a.lgiven}
orador 2: olá, ligo em nome de {c.lower}, sou {p.lower}
orador 1: {c.lgiven} está aí consigo? preciso da autorização
orador 2: sim, um momento... {c.lgiven} diz que sim
orador 1: muito bem. o que se passa
orador 2: {~issue}
orador 1: qual o melhor número para ligarmos
orador 2: {phone2.said}`,
      `
assistente: {~biz} pagamentos, fala {a.lgiven}
cliente: olá queria pagar {|o sinal|o restante} de {n1}
assistente: claro, são {amount}, diga-me o número do cartão
cliente: então é {card}
assistente: e a validade
cliente: {exp}
assistente: obrigado, já passou. o recibo vai para... continua a ser {email}
cliente: sim é isso
assistente: ótimo, bom dia {c.lower}`,
    ],
    voicemail: [
      `
Mensagem de voz de {phone.intl} · {date} {time}
"olá é {c.lower} sobre {n1} hum {~issue} liguem-me para o {phone.said} obrigado adeus"`,
      `
Nova mensagem de voz (transcrita)
De: {c} <{phone}>
"sim bom dia, mensagem para {a.lgiven}... é outra vez {c.lgiven}... a fatura veio de {amount} e não foi isso que combinámos... estou no {land.said} ou no email {email}"`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: A nossa equipa está disponível de segunda a sexta das {time} às {time2}. Espera atual: cerca de {mins}.
[{clock}] Visitante: ok obrigado, e o orçamento é de [[name-word:graça]]?`],
    sms: [`{!jewel}{biz}: estamos a caminho, chegada por volta das {time}. Ref. {n1}.`, `{biz}: recebemos o pagamento de {amount} de {n1}, cartão {masked}. Obrigado!`],
    note: [`Nota operacional {date}: carrinha 3 na oficina, serviços {n1} e {n3} passam para {date2}. Peças {track} chegam até às {time}. App {ver} instalada.`],
    callback: [`Fila de contactos {date} {time}: 9 pendentes, o mais antigo há {mins}. Prioridade: {r1}, {r2}.`],
    email: [`Obrigado por contactar a {biz}. O escritório está fechado até {date}. Indique {r1} na resposta.`],
    summary: [`Resumo do dia {date}: 148 chamadas, duração média {mins}, reembolsos {amount}. Processo {case} escalado.`],
    transcript: [`ivr: bem-vindo à {~biz}. estamos disponíveis das {time} às {time2}. prima um para marcações.`],
    voicemail: [`Mensagem de voz (número privado) · {date} {time}
"...estou? ... é sobre {n1}... ligo mais tarde"`],
  },
  biz: {
    stair: {
      what: ["a cadeira elevatória", "o elevador de escada em curva", "a cadeira da escada da cave", "o elevador de banheira"],
      issue: ["A app não aceita o número de série {nd} da placa debaixo do assento.", "A cadeira para a meio da escada e apita três vezes.", "O assento já não roda lá em cima.", "O comando do andar de cima deixou de funcionar.", "É preciso prolongar o carril antes de a minha mãe sair do hospital a {date3}.", "A luz da bateria pisca mesmo depois de uma noite a carregar."],
      fix: ["Medição marcada: carril atual {nspec}, prolongamento orçamentado à parte.", "Comando de substituição enviado hoje, seguimento {track}.", "Técnico agendado: limpar contactos de carga e testar o sensor do apoio de pés.", "Alavanca nova encomendada, montagem na próxima visita.", "Cliente guiado com a chave e o reset, a cadeira voltou a andar.", "Medição para prolongar o carril, orçamento a seguir.", "Baterias na garantia, segue um par novo hoje."],
      labels: ["encomenda", "carril", "visita de manutenção", "n.º de série"],
    },
    cater: {
      what: ["o bufete para 80 pessoas", "a encomenda de salgadinhos", "o almoço no escritório", "o almoço do batizado", "o menu da festa de reforma"],
      issue: ["O banco mostra o sinal com {nd}, mas a vossa fatura tem outro número.", "Precisamos de 74 lugares em vez de 60 e dois pratos veganos.", "Uma convidada tem alergia grave a frutos secos e quero isso escrito na encomenda.", "A comida quente chegou morna e faltou o tabuleiro de sobremesas.", "Podemos passar a prova para um fim de tarde durante a semana?", "O sinal de {amount} foi cobrado duas vezes no meu cartão."],
      fix: ["Menu {nspec} confirmado com a cozinha, alergénios indicados.", "Número atualizado e cozinha avisada, nova fatura a seguir.", "Alergia registada na encomenda e na ficha do evento.", "Reembolso parcial de {small} aprovado pelas sobremesas.", "Prova passada para {date3} às {time3}; o chef confirma.", "Sinal duplicado anulado, visível em {dur}."],
      labels: ["reserva", "código de menu", "prova", "ref. do sinal"],
    },
    cool: {
      what: ["o ar condicionado", "o split do quarto", "a cassete do escritório", "a unidade exterior"],
      issue: ["Registei a garantia online e recebi {nd}, mas o email de confirmação nunca chegou.", "A unidade interior pinga pela parede.", "Em frio deita ar quente e aparece E6.", "A unidade exterior faz barulho à noite e os vizinhos queixam-se.", "O comando mostra o filtro mesmo depois de o limparmos.", "A [[name-word:luz]] verde da unidade pisca sem parar.", "No dia {date3} ninguém apareceu para a manutenção e eu tirei o dia."],
      fix: ["Motor do ventilador encomendado para o {nspec}.", "Comando de substituição enviado, seguimento {track}.", "Esgoto de condensados desentupido, bomba testada.", "O técnico verifica a pressão do gás; registo de gases fluorados atualizado.", "Apoios antivibráticos encomendados para a unidade exterior.", "Aviso do filtro reposto à distância.", "Visita falhada registada como reclamação, deslocação de {small} anulada."],
      labels: ["contrato de manutenção", "modelo", "registo F-gas", "n.º de registo da garantia"],
    },
    jewel: {
      what: ["o anel de noivado", "a pregadeira antiga", "a pulseira de prata", "o anel de sinete", "o colar de pérolas"],
      issue: ["A seguradora deu-me o número de sinistro {nd} e precisa da vossa avaliação.", "Uma garra do anel de noivado está solta e a pedra mexe.", "A gravação da pulseira tem as iniciais erradas.", "Queria passar o anel do tamanho 12 para o 15.", "O fecho do colar abre sozinho.", "Preciso de uma avaliação para o seguro depois do assalto."],
      fix: ["Gravação refeita sem custo, prova {nspec} enviada para aprovação.", "Peça devolvida por correio registado, seguimento {track}.", "Garras reapertadas e pedra verificada.", "Gravação refeita sem custo, nova prova enviada para aprovação.", "Ajuste de tamanho na oficina, pronto em {dur}.", "Fecho novo colocado e peça limpa.", "Avaliação marcada, certificado segue em {dur}."],
      labels: ["envelope de reparação", "prova de gravação", "certificado de avaliação", "n.º de sinistro"],
    },
  },
  words: { ext: ["ext.", "extensão"], routing: "código do banco", account: "conta", branch: "balcão" },
}
