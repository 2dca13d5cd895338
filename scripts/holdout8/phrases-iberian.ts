// Holdout 8 corpus: Spanish and Portuguese phrases (BR and PT share most).
import type { Phrases } from './locale.ts'

export const ES: Phrases = {
  hi: 'Hola', agent: 'Agente', customer: 'Cliente', bye: ['Saludos cordiales,', 'Un saludo,', 'Atentamente,', 'Gracias,'],
  thanks: ['muchas gracias 🙏', 'perfecto, gracias!', 'vale 👍'], fillers: ['eh', 'o sea', 'pues', 'este', 'vale'],
  myName: ['me llamo {name}', 'soy {name}', 'mi nombre es {name}'],
  reach: ['pueden llamarme al {phone}', 'mi móvil es el {phone}', 'llámenme al {phone}'],
  mailMe: ['mi correo es {email}', 'envíenlo a {email}'], card: ['número de tarjeta {card}', 'pagué con la tarjeta {card}'], iban: ['devuélvanlo al IBAN {iban}', 'mi cuenta: {iban}'],
  third: ['{name2} de atención al cliente me dijo que estaba resuelto', 'mi marido {name2} hizo la reserva', 'el paquete lo firmó {name2}'],
  airline: ['necesito cambiar la reserva {ref} del {date} al {date2}, vuelo {flight}, asiento {seat}', 'mi maleta no llegó en el {flight}, etiqueta {bag}, billete {tkt}', 'me dieron un bono {voucher} de {amount} en vez del reembolso'],
  shop: ['el pedido {order} tenía que llegar el {date} y el seguimiento {track} no se mueve', 'devolví el pedido {order} el {date} y no me han devuelto {amount}', 'el código {voucher} no funciona'],
  utility: ['la lectura es incorrecta, el contador {meter} marca {kwh} y no {kwh2}', 'me mudo el {date}, CUPS {supply}, nuevo código postal {postcode}', 'la factura de {amount} del contrato {acct} es demasiado alta'],
  neg: ['la tarjeta {badcard} está bloqueada', 'el IBAN {badiban} fue rechazado', 'la {luz} se cortó el {date2}', 'tengo {dolores} de cabeza con esto', 'el {sol} dañó el paquete'],
  disclaimer: 'Este mensaje es confidencial. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.',
  summary: 'Resumen de la llamada (generado por IA)', next: 'Próximos pasos',
  form: { name: 'Nombre', email: 'Correo electrónico', phone: 'Teléfono', msg: 'Mensaje', topic: 'Motivo' },
}

export const PT: Phrases = {
  hi: 'Olá', agent: 'Atendente', customer: 'Cliente', bye: ['Atenciosamente,', 'Com os melhores cumprimentos,', 'Abraço,', 'Obrigado,'],
  thanks: ['muito obrigada 🙏', 'valeu! 👍', 'perfeito, obrigado 😊'], fillers: ['é', 'tipo', 'né', 'então', 'pronto'],
  myName: ['meu nome é {name}', 'aqui é {name}', 'chamo-me {name}', 'sou {name}'],
  reach: ['podem me ligar no {phone}', 'o meu telemóvel é {phone}', 'meu celular é {phone}', 'liguem para {phone}'],
  mailMe: ['meu e-mail é {email}', 'enviem para {email}'], card: ['cartão número {card}', 'paguei com o cartão {card}'], iban: ['reembolso para o IBAN {iban}', 'minha conta: {iban}'],
  third: ['{name2} do atendimento disse que estava resolvido', 'minha esposa {name2} fez a reserva', 'a encomenda foi recebida por {name2}'],
  airline: ['preciso alterar a reserva {ref} de {date} para {date2}, voo {flight}, assento {seat}', 'a minha mala não chegou no voo {flight}, etiqueta {bag}, bilhete {tkt}', 'recebi um voucher {voucher} de {amount}'],
  shop: ['o pedido {order} era para chegar em {date} e o rastreio {track} não anda', 'devolvi a encomenda {order} em {date} e não recebi {amount}', 'o cupom {voucher} não funcionou'],
  utility: ['a leitura está errada, o contador {meter} marca {kwh} e não {kwh2}', 'vou mudar de casa em {date}, instalação {supply}, novo CEP {postcode}', 'a fatura de {amount} da conta {acct} veio muito alta'],
  neg: ['o cartão {badcard} foi bloqueado', 'o IBAN {badiban} foi recusado', 'a conta de {luz} subiu para {amount2}', 'comprei uma {Mercedes} usada, não tem a ver', 'a cor é {rosa}'],
  disclaimer: 'Esta mensagem é confidencial. Se a recebeu por engano, avise o remetente e apague-a.',
  summary: 'Resumo da chamada (gerado por IA)', next: 'Próximos passos',
  form: { name: 'Nome', email: 'E-mail', phone: 'Telefone', msg: 'Mensagem', topic: 'Assunto' },
}
