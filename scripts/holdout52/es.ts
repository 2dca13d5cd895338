// The Spanish pack (es-ES).
import type { Pack } from "./pack.ts"

export const ES: Pack = {
  lang: "es",
  templates: {
    chat: [
      `
Transcripción del chat · {biz} · {date}
IP del visitante: {ip} · {browser}
[{clock}] {a.given} ({biz}): Hola, le atiende {a.given}. ¿En qué puedo ayudarle?
[{clock}] {c.given}: hola, es sobre {what}. {issue}
[{clock}] {a.given} ({biz}): Lo siento. ¿Me da su nombre y un teléfono de contacto?
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Gracias, {c.title}. Veo su expediente: {r1}. {fix}
[{clock}] {c.given}: perfecto, ¿me mandáis la confirmación a {email}?
[{clock}] {a.given} ({biz}): Enviada. ¡Que tenga buen día!`,
      `
[{clock}] Agente: Bienvenido a {biz}, soy {a.given}.
[{clock}] Cliente: Hola, me dijeron que me devolvéis {amount} por {n1}
[{clock}] Agente: Correcto. ¿A qué cuenta lo hacemos?
[{clock}] Cliente: {iban}
[{clock}] Cliente: perdona, mejor a esta otra que es la de mi pareja: {ibanx}
[{clock}] Agente: Anotado. ¿Titular?
[{clock}] Cliente: {p}
[{clock}] Agente: Gracias. Tarda unos {dur}. Dudas: {bizline}.`,
      `
[{wadate}, {clock}] {c}: Hola, ¿es {biz}? {issue}
[{wadate}, {clock}] {biz}: Hola {c.given}, soy {a.given} 👋 ¿Tiene el número de la pegatina ({ld})?
[{wadate}, {clock}] {c}: {nd}
[{wadate}, {clock}] {biz}: ¡Gracias! {fix} {k}, de nuestro equipo, le llamará al {phone}.
[{wadate}, {clock}] {c}: vale, gracias. tengo unos [[name-word:dolores]] de espalda, que llame después de comer porfa`,
    ],
    sms: [
      `{biz}: Hola {c.given}, su cita del {date} entre las {time} y las {time2} está confirmada. Ref. {n1}. Dudas: {bizline}`,
      `Hola, soy {c}, por favor llamadme por lo de {n1} al {phone} a partir de las {time}. Gracias!`,
      `{!jewel}Hola {c.title}, soy {k.given} de {biz}. Estoy en el portal {house} pero no encuentro aparcamiento. ¿Me llama al {kphone}?`,
    ],
    note: [
      `
Caso {case} | {biz}
Cliente: {c.crm}
F. nac.: {dob} | CP: {post}
Tel.: {phone} / {land}
Email: {email}
Ref.: {r1}; {r2}
Nota ({a.initial}, {date}): {issue} {fix}
Asignado a: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – llamada entrante de {c.caps} por {n1}. {issue} Confirma f. nac. {dob}. {fix} Pide que le llamen al {phone.intl} después de las {time2}. Pasado a {k.given} (planificación).`,
      `
Bloqueo del área de clientes – {c} ({email})
{ts} inicio de sesión fallido x5 desde {ip4}
{ts2} inicio de sesión fallido desde {ip6}
Llamado al {phone}: solo la segunda dirección es suya. Restablecido por {a.given}; {k.given} revisa {ip4}. App {ver}.`,
    ],
    callback: [
      `
SOLICITUD DE LLAMADA
Nombre: {c.tfull}
Teléfono: {phone}
Mejor momento: {date}, a partir de las {time}
Asunto: {r1} – {issue}
Tomada por: {a.given} | para: {k}
?{^rd}`,
      `Llamar a {c.crm} {phone} por {n1} – quiere hablar solo con {k.given}, no antes de las {time}. {|Buzón de voz.|No contesta x2.}`,
      `Devolver la llamada a {c.title} en el {phone}, o que hable con {a.given} en el {aline} {ext}. Es sobre {what}. {fix}`,
    ],
    email: [
      `
Asunto: RE: Su pedido {n1}

Hola {a.given}:

Gracias por la respuesta. {issue} ¿Me podéis llamar al {phone} antes de las {time}? El {date} no estoy.

Un saludo,
{c}
{phone.nat}

El {date2}, {a} <{amail}> escribió:
> {c.dear}:
> Gracias por contactar con {biz}. {fix}
> Atentamente,
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Asunto: Reembolso {n1}

Buenos días:

Cancelé {what} el {date} y me prometieron un reembolso de {amount}. Por favor, hacedlo a:
{refund}
Titular: {c}

El IBAN {ibanbad} que puse en el primer correo estaba mal.
Cualquier duda: {phone}

Saludos,
{c.given}`,
      `
---------- Mensaje reenviado ---------
De: {c} <{email}>
Fecha: {date}, {time}
Asunto: Reclamación {n1}
Para: {role}
X-Originating-IP: [{ip4}]

{issue} Ya me han pasado dos veces entre {q.given} y su oficina.
Espero una llamada al {phone} antes del {date2}.
{c}

{k.given}, ¿te encargas tú? Gracias, {a.given}`,
    ],
    summary: [
      `
Resumen de la llamada (automático)
• Llamante: {c}
• Agente: {a}
• Motivo: {issue}
• Resultado: {fix}
• Seguimiento: {k.given} llamará al {phone} antes del {date}
• Referencias: {r1}, {r2}{%50|, {rd}}`,
      `
Reembolso – {date}
Cliente: {c.crm} | {email}
Pago: tarjeta {masked}, {amount}
Reembolso: {amount2} a {refund}
Aprobado por: {k} (jefe de equipo)
Motivo: {issue}
?Nota: el IBAN {ibanbad} del formulario no era válido (dígitos de control).`,
      `
Llamada {case} – {date} {time} – {mins}
Entrante desde {phone.intl}. Nombre deletreado: {c.spell}, ref. {r1}.
Tarjeta acabada en {masked}; la tarjeta nueva {luhnbad} fue rechazada y después se aceptó {card} (cad. {exp}).
{fix} Siguiente: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] agente: {~biz} buenos días, le atiende {a.lgiven}
[00:00:05] cliente: sí hola eh soy {c.lower}, llamo por {~what}
[00:00:11] agente: ¿me deletrea el apellido?
[00:00:14] cliente: {c.lspell}
[00:00:20] agente: gracias, ¿y un teléfono de contacto?
[00:00:23] cliente: {phone.said}
[00:00:33] agente: ¿fecha de nacimiento?
[00:00:35] cliente: {sdob}
[00:00:40] cliente: {~issue}
[00:00:52] agente: vale. {~fix}`,
      `
hablante 1: {~biz}, le atiende {a.lgiven}
hablante 2: hola, llamo de parte de {c.lower}, yo soy {p.lower}
hablante 1: ¿está {c.lgiven} con usted? necesito su permiso
hablante 2: sí, un momento... {c.lgiven} dice que sí
hablante 1: muy bien, ¿qué ocurre?
hablante 2: {~issue}
hablante 1: ¿el mejor número para llamarle?
hablante 2: {phone2.said}`,
      `
agente: {~biz} cobros, le atiende {a.lgiven}
cliente: hola quería pagar {|la señal|el resto} de {n1}
agente: claro, son {amount}, dígame el número de la tarjeta cuando quiera
cliente: vale es el {card}
agente: ¿y la caducidad?
cliente: {exp}
agente: gracias, ya está. el recibo va a... ¿sigue siendo {email}?
cliente: sí eso es
agente: perfecto, que vaya bien {c.lower}`,
    ],
    voicemail: [
      `
Mensaje de voz de {phone.intl} · {date} {time}
«hola soy {c.lower} por lo de {n1} eh {~issue} llámenme al {phone.said} gracias adiós»`,
      `
Nuevo mensaje de voz (transcrito)
De: {c} <{phone}>
«sí hola, mensaje para {a.lgiven}... soy otra vez {c.lgiven}... la factura es de {amount} y eso no es lo que hablamos... estoy en el {land.said} o en el correo {email}»`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: Nuestro equipo atiende de lunes a viernes de {time} a {time2}. Espera actual: unos {mins}.
[{clock}] Visitante: vale gracias, es que se fue la [[name-word:luz]] y no podía llamar`],
    sms: [`{!jewel}{biz}: vamos de camino, llegada sobre las {time}. Ref. {n1}.`, `{biz}: hemos recibido el pago de {amount} de {n1}, tarjeta {masked}. ¡Gracias!`],
    note: [`Nota de operaciones {date}: furgoneta 3 en el taller, trabajos {n1} y {n3} pasan al {date2}. Piezas {track} llegan antes de las {time}. App {ver} instalada.`],
    callback: [`Cola de llamadas {date} {time}: 9 pendientes, la más antigua desde hace {mins}. Prioridad: {r1}, {r2}.`],
    email: [`Gracias por escribir a {biz}. La oficina está cerrada hasta el {date}. Indique {r1} en su respuesta.`],
    summary: [`Resumen diario {date}: 166 llamadas, duración media {mins}, reembolsos {amount}. Caso {case} escalado.`],
    transcript: [`ivr: bienvenido a {~biz}. le atendemos de {time} a {time2}. pulse uno para citas.`],
    voicemail: [`Mensaje de voz (número oculto) · {date} {time}
«...¿hola? ... es por lo de {n1}... llamaré más tarde»`],
  },
  biz: {
    stair: {
      what: ["la silla salvaescaleras", "el salvaescaleras curvo", "la silla de la escalera del sótano", "el elevador de bañera"],
      issue: ["La app no acepta el número de serie {nd} de la placa bajo el asiento.", "La silla se para a mitad de la escalera y pita tres veces.", "El asiento ya no gira arriba.", "El mando del piso de arriba ha dejado de funcionar.", "Hay que alargar el raíl antes de que mi madre salga del hospital el {date3}.", "La luz de la batería parpadea aunque ha estado cargando toda la noche."],
      fix: ["Medición programada: raíl actual {nspec}, la ampliación se presupuesta aparte.", "Mando de repuesto enviado hoy, seguimiento {track}.", "Técnico programado: limpiar contactos de carga y probar el sensor del reposapiés.", "Palanca de repuesto pedida, se monta en la próxima visita.", "Se guía al cliente con la llave y el reset, la silla vuelve a funcionar.", "Medición para alargar el raíl, presupuesto a continuación.", "Baterías en garantía, sale un par nuevo hoy."],
      labels: ["pedido", "raíl", "visita de mantenimiento", "n.º de serie"],
    },
    cater: {
      what: ["el bufé para 80 personas", "el pedido de canapés", "la comida de la oficina", "la comida del bautizo", "el menú de la jubilación"],
      issue: ["Mi banco muestra la señal con {nd}, pero su factura lleva otro número.", "Necesitamos 74 cubiertos en vez de 60 y dos principales veganos.", "Una invitada tiene alergia grave a los frutos secos y lo quiero por escrito en el pedido.", "La comida caliente llegó templada y faltaba la bandeja de postres.", "¿Podemos pasar la degustación a una tarde entre semana?", "Me cobraron dos veces la señal de {amount} en la tarjeta."],
      fix: ["Menú {nspec} confirmado con cocina, alérgenos indicados.", "Cubiertos actualizados y cocina avisada, nueva factura a continuación.", "Alergia anotada en el pedido y en la hoja del evento.", "Reembolso parcial de {small} aprobado por los postres.", "Degustación movida al {date3} a las {time3}; el chef confirma.", "Señal duplicada anulada, se verá en {dur}."],
      labels: ["reserva", "código de menú", "degustación", "ref. de señal"],
    },
    cool: {
      what: ["el aire acondicionado", "el split del dormitorio", "el cassette de la oficina", "la unidad exterior"],
      issue: ["Registré la garantía por internet y me dieron {nd}, pero nunca llegó el correo.", "La unidad interior gotea por la pared.", "En modo frío echa aire caliente y sale E6.", "La unidad exterior vibra por la noche y los vecinos se quejan.", "El mando marca el filtro aunque ya lo limpiamos.", "La [[name-word:luz]] verde de la unidad parpadea sin parar.", "El {date3} no vino nadie a la revisión y me cogí el día libre."],
      fix: ["Motor de ventilador pedido para el {nspec}.", "Mando de repuesto enviado, seguimiento {track}.", "Desagüe desatascado y bomba de condensados probada.", "El técnico revisa la presión del gas; registro de gases fluorados actualizado.", "Pedidos los amortiguadores para la unidad exterior.", "Aviso de filtro reiniciado en remoto.", "Visita fallida registrada como reclamación, desplazamiento de {small} anulado."],
      labels: ["contrato de mantenimiento", "modelo", "registro F-gas", "n.º de registro de garantía"],
    },
    jewel: {
      what: ["el anillo de compromiso", "el broche antiguo", "la pulsera de plata", "el sello", "el collar de perlas"],
      issue: ["El seguro me ha dado el número de siniestro {nd} y necesita su tasación.", "Una garra del anillo de compromiso está suelta y la piedra se mueve.", "El grabado de la pulsera lleva las iniciales mal.", "Quiero pasar el anillo de la talla 12 a la 15.", "El cierre del collar se abre solo.", "Necesito una tasación para el seguro después del robo."],
      fix: ["Grabado repetido sin coste, prueba {nspec} enviada para aprobar.", "Joya devuelta por envío asegurado, seguimiento {track}.", "Garras repasadas y piedra revisada.", "Grabado repetido sin coste, nueva prueba enviada para aprobar.", "Cambio de talla en el taller, listo en {dur}.", "Cierre nuevo puesto y pieza limpiada.", "Cita para la tasación, el certificado llega en {dur}."],
      labels: ["sobre de reparación", "prueba de grabado", "certificado de tasación", "n.º de siniestro"],
    },
  },
  words: { ext: ["ext.", "extensión"], routing: "entidad", account: "cuenta", branch: "oficina" },
}
