// Spanish (Spain): chat, nota, solicitud de llamada, correo con cita, resumen de llamada, transcripción.
import type { Pack } from "./pack.ts"

export const ES: Pack = {
  lang: "es",
  titles: { f: ["Sra.", "señora", "doña"], m: ["Sr.", "señor", "don"] },
  phrases: {
    paycard: ["tarjeta {card}, caduca {expiry}", "la tarjeta es {card} ({expiry})"],
    payiban: ["IBAN {iban}", "devolución al IBAN {iban}", "mi cuenta: IBAN {iban}"],
    badcard: ["la tarjeta {luhnbad} fue rechazada", "con la {luhnbad} no pasó el pago"],
    badiban: ["el IBAN {ibanbad} no es válido según el banco", "IBAN {ibanbad} rechazado (¿error al copiarlo?)"],
    hi: ["Hola", "Buenas", "Buenos días", "Buenas tardes"],
    bye: ["Un saludo", "Saludos", "Gracias de antemano", "Atentamente"],
    um: ["eh", "esto", "pues"],
    sayok: ["vale", "perfecto", "de acuerdo", "sí"],
    nw: ["No tenemos [[name-word:luz]] en la tienda esta mañana.", "El [[name-word:pilar]] de la entrada está recién pintado.", "Con [[name-word:dolores]] de espalda es normal al principio.", "Había [[name-word:rocío]] en el cristal por la mañana.", "Qué [[name-word:consuelo]], gracias."],
  },
  biz: {
    sleep: {
      longline: ["Contrato de financiación {long}"],
      item: ["colchón", "canapé", "topper"],
      issue: ["el colchón tenía que llegar el {date} y no vino nadie, pedido {ref}", "el topper del pedido {ref} llegó con la funda rota", "quiero devolver el colchón dentro de las 100 noches de prueba, pedido {ref}", "me habéis cobrado {amount} dos veces, pedido {ref}", "mi contrato de financiación {long} muestra un saldo incorrecto"],
      nissue: ["entrega {ref} del {date} fallida", "devolución prueba 100 noches, {ref}, recogida pendiente", "funda dañada, ref. {n.mattress-sku}", "cobro doble {amount} en {ref}", "financiación {long}: saldo erróneo"],
      sissue: ["el colchón no llegó tenía que venir el {dsaid}", "quiero devolver el colchón es muy duro", "la funda vino rota"],
      fix: ["entrega reprogramada para el {date2} entre las {time} y las {time2}", "devolución {n.trial-return} creada, le llamará el transportista", "funda nueva ({n.mattress-sku}) enviada, seguimiento {track}", "el cobro duplicado de {amount} se devolverá en {dur}"],
      visit: ["la entrega", "la recogida"],
      ops: ["ruta 3 cancelada, entregas desde {ts} aplazadas; {n.mattress-sku} sin stock hasta el {date2}"],
    },
    physio: {
      longline: ["Autorización del seguro {long}"],
      item: ["cita", "valoración", "masaje deportivo"],
      issue: ["tengo que cambiar mi cita del {date}, ref. {ref}", "me habéis cobrado {amount} por una sesión cancelada", "el seguro necesita el número de autorización {long} en la factura", "la rodilla está peor desde la última sesión", "el enlace de la tabla de ejercicios {n.exercise-plan} no funciona"],
      nissue: ["cambiar cita {ref} del {date}", "penalización {amount} reclamada", "autorización {long} en factura {n.physio-invoice}", "dolor tras sesión, llamar fisio", "tabla {n.exercise-plan} reenviada"],
      sissue: ["tengo que cambiar la cita del {dsaid}", "el hombro está peor que antes", "el seguro pide un número en la factura"],
      fix: ["cita movida al {date2} a las {time} con {t.first}", "penalización anulada", "factura {n.physio-invoice} rehecha con la autorización", "revisión de {mins} reservada con {t.full}"],
      visit: ["la cita", "la sesión"],
      ops: ["sala 2 cerrada el {date2}, sesiones movidas; tabla {n.exercise-plan} actualizada"],
    },
    windows: {
      longline: ["Certificado de garantía {long}"],
      item: ["puerta corredera", "puerta de entrada", "ventana de PVC"],
      issue: ["los instaladores dejaron un hueco junto a la corredera, presupuesto {ref}", "hay condensación entre los cristales de la ventana de la cocina", "tengo que cambiar la medición {n.survey-ref}", "se rompió la manilla de la puerta de entrada, garantía {long}", "mi señal de {amount} no aparece en el presupuesto {ref}"],
      nissue: ["doble acristalamiento empañado, garantía {long}", "medición {n.survey-ref} a cambiar", "corriente de aire tras instalación, {ref}", "señal {amount} no aplicada a {ref}", "medida {n.frame-size} errónea"],
      sissue: ["hay vaho entre los cristales", "los instaladores dejaron un hueco en la puerta", "se ha roto la manilla"],
      fix: ["visita técnica el {date2} entre las {time} y las {time2}", "pedido un vidrio nuevo {n.frame-size}, plazo {dur}", "medición con {t.first} el {date2}", "señal de {amount} aplicada al presupuesto {ref}"],
      visit: ["la medición", "la instalación"],
      ops: ["retraso del proveedor de vidrio de {dur}, medidas {n.frame-size} afectadas desde {ts}"],
    },
    dry: {
      longline: ["Tarjeta de fidelidad {long}"],
      item: ["traje", "vestido de novia", "edredón"],
      issue: ["el traje volvió con la mancha, ticket {ref}", "no encuentro el ticket del vestido", "a mi chaqueta le falta un botón, ticket {ref}", "el bajo del pantalón quedó 2 cm corto", "necesito el edredón antes del {date}"],
      nissue: ["tarjeta de fidelidad {long} sin sellar", "mancha sin quitar, {ref}", "ticket perdido, prenda en barra {n.rack-slot}", "falta botón, {ref}", "bajo corto, rehacer", "urgente para el {date}, cuenta empresa {n.corporate-account}"],
      sissue: ["la mancha sigue ahí", "he perdido el ticket", "le falta un botón a la chaqueta"],
      fix: ["se vuelve a limpiar sin coste, listo el {date2}", "está en la barra {n.rack-slot}, listo para recoger", "{t.first} rehace el bajo para el {date2}", "abonamos {amount} en la cuenta {n.corporate-account}"],
      visit: ["la recogida", "la prueba"],
      ops: ["plancha 2 averiada desde {ts}, barra {n.rack-slot} llena, recogidas al {date2}"],
    },
  },
  kinds: {
    chat: [
      `{clock} {a.first}: ¡Hola! Te atiende {a.first} de {brand} {emo} ¿En qué te puedo ayudar?
{clock} Cliente: hola, {issue}
{clock} {a.first}: ¡Lo siento! ¿Me dices tu nombre y tu teléfono?
{clock} Cliente: {c.lc}, {c.phone}
{clock} {a.first}: Gracias, {c.first}. {^fix}.
{clock} Cliente: vale gracias {emo}`,
      `[{date} {clock}] {c.full}: {hi} {emo} {issue}
[{date} {clock}] {brand}: Hola {c.first}, soy {a.first}. ¿Me pasas tu email y código postal?
[{date} {clock}] {c.full}: {c.email} y {post}
[{date} {clock}] {brand}: ¡Gracias! {^fix}. {nw}`,
      `Chat · {brand} · IP {ip} · {browser}
{clock} Visitante: hola puedo pagar lo que falta de {ref} por aquí? {amount}
{clock} {a.full}: Por seguridad no escribas datos bancarios en el chat, te mando un enlace de pago.
{clock} Visitante: tarde 🙈 {pay}
{clock} {a.full}: Sin problema, ya está enmascarado. El enlace va a {c.email}.
{clock} Visitante: gracias, soy {c.first}. si no contesto, {p.first} al {p.phone}`,
    ],
    note: [
      `{date} {time} {a.init}: llama {c.full} por {nissue}. Verificado (fecha nac. {dob}, CP {post}). {^fix}. Devolver llamada al {c.phone}. {nw}`,
      `Caso {case} | {brand} | {date}
Cliente: {c.lastcomma}
Email: {c.email}
Tel.: {c.phone} / fijo {c.land}
Dirección: C/ Mayor {house}, {post}
Motivo: {nissue}
Acción: {^fix}
Devolución a: {iban}
{longline}
{badpay}
Agente: {a.first}`,
      `{ts} cuenta bloqueada: {c.full} ({c.email}), 5 intentos fallidos desde {ip} y {ip6}, app {ver}. Enlace de reinicio enviado, válido {mins}. {a.init}`,
    ],
    callback: [
      `SOLICITUD DE LLAMADA {date} {time}
Nombre: {c.titlefull}
Contacto: {c.phone} (móvil) o {c.land} después de las {time2}
Asunto: {nissue}
Ref.: {ref}
{longline}
Recogida por: {a.first}`,
      `llamar a {c.title} al {c.phone} antes de las {time} — {nissue}. Puede contestar {p.first}. Mensaje dejado el {date}. {a.first}`,
      `Llamada para {t.full} (centralita {bizphone}): {c.full} pide que le llamen por {nissue}. No contesta en el {c.phone} a las {time}, reintentar el {date}.`,
    ],
    email: [
      `Asunto: RE: Pedido {ref}

{hi} {a.first}:

{issue}. Llevo esperando desde el {date} y ya me estoy cansando.

¿Me podéis llamar al {c.phone}? Estoy en casa a partir de las {time}.

{bye}
{c.full}

El {date2}, {a.full} <{a.email}> escribió:
> Hola {c.first}:
> Gracias por escribirnos. {^fix}.
> Un saludo,
> {a.first} | {brand} | {bizphone} | {role}`,
      `{c.g:Estimada|Estimado} {c.title}:

Tras su llamada de hoy le confirmamos: {fix}.

Su referencia es {ref}. Para cualquier duda responda a este correo o llame al {bizphone}.

{nw}

Atentamente,
{a.full}
Atención al cliente, {brand}
{a.email}`,
      `De: {c.full} <{c.email}>
Para: {role2}
Asunto: reembolso {ref}

Hola:

{issue}. Por favor devolvedlo a:
{pay}

Tel. {c.phone}

{c.first}`,
    ],
    summary: [
      `Resumen de llamada {date} {time}, duración {mins}
Llamante: {c.full} ({c.phone})
Agente: {a.full}
Motivo: {nissue}
Resultado: {^fix}
Confirmación enviada a {c.email} (cc {role}). Caso {case}.`,
      `Resumen IA ({ver})
• {^c.titlefull} llama por {ref}.
• Problema: {nissue}.
• Solución: {^fix}.
• Contacto: {c.email}, {c.phone2}`,
      `{^c.titlefull} llamó el {date}: {issue}. Acordado: {fix}. {^badpay}. Contacto: {c.email} o {c.phone}. {nw}`,
    ],
    transcript: [
      `[{off}] AGENTE: {brandlc} buenos días le atiende {a.lcfirst} en qué puedo ayudarle
[{off}] LLAMANTE: sí hola {um} soy {c.lc} {um} {sissue}
[{off}] AGENTE: {sayok} en qué número le puedo localizar
[{off}] LLAMANTE: en el {c.said}
[{off}] AGENTE: gracias entonces {fix}
[{off}] LLAMANTE: genial gracias adiós`,
      `Buzón de voz · de {c.phone} · {date} {time} · transcrito
"hola soy {c.lcfirst} {um} llamo por {visit} del {dsaid} {um} me podéis llamar al {c.said} gracias"`,
      `Hablante 1: {brandlc} le atiende {a.lcfirst}
Hablante 2: sí {um} llamo de parte de {c.lc} soy {p.lcfirst}
Hablante 1: {sayok} de qué se trata
Hablante 2: {sissue}
Hablante 1: que {c.lcfirst} nos llame al {bizphone}
Hablante 2: {sayok} o llámeme a mí al {p.said}`,
    ],
  },
  bare: {
    chat: [`{clock} Visitante: ¿enviáis a {post}?
{clock} Agente: Sí, normalmente en {dur}. El envío cuesta {amount}.
{clock} Visitante: gracias {emo}`],
    note: [`Nota de operaciones {date}: {ops}. {nw}`],
    callback: [`Cola de llamadas {date}: 6 pendientes, la más antigua de las {time}. Muchas preguntas sobre plazos ({dur}).`],
    email: [`Asunto: Su caso {case}

Gracias por contactar con {brand}. Respondemos en {dur}. Tenga a mano su referencia {ref}.`],
    summary: [`Resumen {date}: el llamante no dio su nombre, consulta general sobre precios ({amount}) y plazos ({dur}). Sin acción.`],
    transcript: [`[{off}] IVR: bienvenido a {brandlc}
[{off}] LLAMANTE: {um} horario
[{off}] IVR: abrimos a partir de las {time} no cuelgue por favor`],
  },
}
