// Spanish (Spain).
import { FOREIGN } from "./phones.ts"
import { t } from "./render.ts"
import { type Template, tpl } from "./template.ts"

export const ES: Template[] = [
  tpl("chat", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`${c.P(a.first)} (Soporte): ¡Hola! Soy ${c.P(a.first)}, ¿en qué te ayudo?
Jugador: hola, compré el pack de 500 gemas por ${c.n.amount()} y no me ha llegado 😡
${c.P(a.first)} (Soporte): Vaya, lo siento. ¿Me pasas el número de pedido de Google Play?
Jugador: ${c.n.receipt()}. Mi ID de jugador es ${c.n.player()}, me llamo ${c.P(p.full)}
${c.P(a.first)} (Soporte): Veo un acceso desde ${c.ip()} el ${c.n.date()}, ¿eras tú?
Jugador: sí
${c.P(a.first)} (Soporte): Gracias, ${c.P(p.first)}. Te devolvemos el importe en 3-5 días.`
  }),
  tpl("email", "tickets", (c) => {
    const p = c.person(), a = c.person(), h = c.person()
    return t`Asunto: Cambio de titular de entradas – pedido ${c.n.order()}

Buenos días:
No puedo ir al concierto del ${c.n.date()} y quiero transferir mis dos entradas (${c.n.seat()}) a mi hermana, ${c.P(h.full)}. Su correo es ${c.mail(h)}.
Un saludo,
${c.P(p.full)}
Tel. ${c.tel("ES")}

> El ${c.n.date()}, ${c.P(a.full)} <${c.role("atencion", "entradasya.es")}> escribió:
> Hola ${c.P(p.first)}, para transferir entradas necesitamos el nombre completo del nuevo titular.`
  }),
  tpl("note", "cars", (c) => {
    const p = c.person()
    return t`Prueba de conducción ${c.n.date()} ${c.n.time()} – cliente ${c.P(p.full)} – matrícula de su coche actual ${c.n.plate("ES")} (tasación), ${c.n.odo("km")}. Interesado en renting 48 meses, cuota ${c.n.amount()}. Domiciliar en ${c.iban("ES")}. Llamar al ${c.tel("ES", "national")}.`
  }),
  tpl("summary", "parking", (c) => {
    const p = c.person()
    return t`Resumen de la llamada (asistente IA)
- Ciudadano: ${c.P(p.full)}.
- Motivo: recurso contra la denuncia ${c.n.pcn()} del ${c.n.date()}, zona ${c.n.bay()} (zona verde), vehículo ${c.n.plate("ES")}.
- Alega que el tique se pagó por la app a las ${c.n.time()} (operación ${c.n.txn()}).
- Se le indica presentar el recurso por escrito; se envía formulario a ${c.mail(p)}.
- Teléfono de contacto: ${c.tel("ES", c.r.pick(["intl", "national"]))}.`
  }),
  tpl("chat", "tickets", (c) => {
    const p = c.person(), f = c.r.pick(FOREIGN)
    return t`Cliente: buenas, he pagado dos veces las entradas del ${c.n.word("Sky")} Fest en el ${c.n.word("Victoria")} Hall 🙏
Agente: ¿Con qué tarjeta pagaste?
Cliente: esta ${c.card()} , también me cobraron ${c.n.amount()} en el extracto con la ref ${c.n.badCard()}
Agente: Gracias. ¿Un teléfono para avisarte? Veo un prefijo extranjero en la cuenta.
Cliente: sí, vivo fuera: ${c.tel(f, c.r.pick(["intl", "00"]))}. Soy ${c.P(p.first)}`
  }),
  tpl("csv", "cars", (c) => {
    const ps = [c.person(), c.person(), c.person()]
    return t`nombre,teléfono,email,matrícula,bastidor,km
${ps.flatMap((p, i) => [c.P(p.full), ",", c.tel("ES", c.r.pick(["national", "e164", "nat-compact"])), ",", c.mail(p), ",", c.n.plate("ES"), ",", c.n.vin(), ",", c.n.odo("km"), i < 2 ? "\n" : ""])}`
  }),
  tpl("email", "parking", (c) => {
    const p = c.person()
    return t`Asunto: Solicitud de tarjeta de residente

Adjunto la documentación para el distintivo de residente (expediente ${c.n.permit()}). Vivo en la calle ${c.n.word("Victoria")} ${c.r.int(1, 90)}, Madrid. Vehículo: ${c.n.plate("ES")}. Pago de la tasa (${c.n.amount()}) desde la cuenta ${c.iban("ES")}; la cuenta antigua ${c.n.badIban("ES")} ya no existe.
Atentamente, ${c.P(p.full)} · ${c.mail(p)}`
  }),
  tpl("review", "game", (c) => {
    const p = c.person(), d = c.person()
    return t`⭐⭐ ${c.P(p.first)} ${c.P(p.last)}: "La suscripción se renovó sola el ${c.n.date()} y me cobraron ${c.n.amount()}."
Respuesta del desarrollador: Hola ${c.P(p.first)}, sentimos las molestias. Escríbenos a ${c.role("soporte", "pixelarena.es")} con el ID ${c.n.player()} y lo revisamos. Un saludo, ${c.P(d.first)}.`
  }),
  tpl("note", "parking", (c) => t`Denuncia ${c.n.pcn()}, matrícula ${c.n.plate("ES")}, zona ${c.n.bay()}, ${c.n.date()} ${c.n.time()}. Importe ${c.n.amount()}. Ref. bancaria ${c.n.badIban("ES")} devuelta por error de control.`),
]
