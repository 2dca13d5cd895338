// Spanish-speaking callers in the US, often switching between Spanish and English.
import type { Template } from "./template.ts"

export const ES_US: Template[] = [
  ["call", "agente: gracias por llamar a la farmacia, habla {agent_lc}\ncliente: hola sí mire soy {full_lc}, quiero hacer un refill de mi receta {rx}\nagente: ok, ¿me da su date of birth?\ncliente: {date}\nagente: y un teléfono\ncliente: {phone} {emoji}"],
  ["sms", "Hola {first} 👋 su receta #{rx} está lista en {street}. Total {amount}. Para delivery llame al {tollfree}. Reply STOP to cancel."],
  ["note", "Llamada en español. La Sra. {last} pide cita en el DMV para renovar licencia {dl}. Dio su número de seguro social {ssn_dash} y teléfono {phone}. Cita: {date}, {time}."],
  ["interpreter", "INTÉRPRETE: Buenos días, le habla el intérprete {agent}, número {ticket}.\nCALLER: Buenos días, yo soy {full}, llamo por los food stamps, my case number is {case}.\nINTÉRPRETE: She says her name is {full} and her case number is {case}.\nAGENT ({other_first}): What is her social?\nCALLER: Es {ssn_space}."],
  ["webform", "Formulario de contacto — Servicios 311\nNombre: {full}\nCorreo: {email}\nTeléfono: {phone}\nCódigo postal: {zip}\nMensaje: hay basura acumulada en {street} desde el {date}. Gracias 🙏🏻\nIP: {ipv4}"],
  ["email", "Asunto: RE: su pedido {ticket}\n\nHola {agent}, no me llegó la medicina, mi hija {other_first} estuvo en casa todo el día. Pueden llamarme al {phone} o al celular de México {phone_abroad}.\n\nSaludos,\n{full}\n\n> El {date}, RxCare <{email_role}> escribió:\n> Su entrega llegará entre {time} y {time}."],
  ["callback", "Devolver llamada: {full} — {phone_intl} — tema: beneficios de {w:June}? no, de junio — preferencia: español — agente {agent}"],
  ["letter", "Estimados señores:\n\nMe llamo {full} y vivo en {street}, {town}. Quiero quejarme porque cobraron {amount} a mi tarjeta {card} dos veces. Mi número de miembro es {member}.\n\nAtentamente,\n{full}\nTel. {phone}"],
  ["review", "Revisión de calidad: agente {agent_full} atendió a {full} en español el {date}. Bien: verificó solo los últimos cuatro del social ({last4}). Mal: no ofreció intérprete para el esposo, {other}."],
  ["call", "cliente: sí, es que my kid {other_first_lc} is sick y necesito el antibiótico hoy\nagente: ok señora, ¿cuál es el número de la receta?\ncliente: {rx}\nagente: perfecto, NDC {ndc}, amoxicilina. ¿Pago con la tarjeta que termina en {last4}?\ncliente: no, use esta: {card}"],
  ["ivr", "IVR: Para español, oprima 2.\nDTMF: 2\nIVR: Ingrese su número de seguro social de nueve dígitos.\nDTMF: {ssn_bare}\nIVR: Gracias. Su caso {case} está en revisión. Llame al {vanity}."],
  ["note", "{emoji} Sr. {last} llamó 3 veces por el recibo de agua del {date}, monto {amount}, medidor {meter}. Quiere que le escriban a {email}. Trabaja con {company}."],
  ["sms", "DMV: {first_lc}, su cita es el {date} a las {time} en la oficina de {town}. Traiga su licencia {dl}. Placa {plate}. Info: {tollfree}"],
  ["email", "De: {email}\nPara: {email_role}\n\nbuenas tardes, mi nombre es {full}, les escribo porque el IBAN de España que me dieron para el reembolso {iban_bad} no funciona. El correcto es {iban}. gracias\n{first}"],
  ["webform", "Solicitud de beneficios (Medicaid)\nNombre completo: {full}\nSSN: {ssn}\nMiembros del hogar: 3\nIngreso mensual: {amount}\nTeléfono: {phone}\nCorreo: {email}\nSesión: {ipv6}"],
  ["sms", "Farmacia RxCare: su receta {rx} (NDC {ndc}) está lista. Total {amount}. Abierto hasta las {time}. {w:Chase} Pharmacy Card no aceptada."],
]
