// es-ES texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_2 = [
  t("chat", `[21:10] Tú: hola el repartidor se ha ido con mi pedido 😡
[21:11] ComidaYa – {{PERSON|Iker}}: ¡Lo siento mucho! ¿Número de pedido?
[21:11] Tú: {{neg:order-number|CY-7720931}}, a nombre de {{PERSON|Begoña Urrutia}}
[21:12] ComidaYa – {{PERSON|Iker}}: Te devolvemos los {{neg:amount|23,80 €}}. El repartidor, {{PERSON|Kevin}}, dice que nadie abrió. ¿Tu móvil sigue siendo el {{PHONE|688 214 709}}?
[21:13] Tú: si`),
  t("transcript", `agente: hacienda atención telefónica buenas tardes le atiende {{PERSON|mercedes}}
contribuyente: hola llamo por la declaración de la renta me llamo {{PERSON|josé antonio}} {{PERSON|vázquez}}
agente: muy bien don {{PERSON|josé antonio}} me da un teléfono por si se corta
contribuyente: {{PHONE|seis seis cero, doce, treinta y cuatro, cincuenta y seis}}
agente: gracias la devolución de {{neg:amount|318 euros}} está en trámite`),
  t("note", `Gimnasio – socio {{PERSON|Rubén Aguirre}} pide baja por lesión. Presenta informe médico de la Dra. {{PERSON|Salazar}}. Cuota {{neg:amount|39,90 €}} congelada hasta {{neg:date|30/11}}. Tel {{PHONE|+34 634 118 902}}.`),
  t("sms", `Hotel Costa Azul: Estimado/a {{PERSON|Nerea}}, su reserva {{neg:booking-ref|CA-55213}} del {{neg:date|4 de julio}} está confirmada. Para cambios: {{PHONE|965 42 18 30}}.`),
  t("ticket", `Ticket {{neg:ticket-number|TEL-449102}} – fibra lenta
Cliente: {{PERSON|Fernández de la Cruz, Rocío}}
Router: {{IP_ADDRESS|192.168.1.1}} / IPv6 {{IP_ADDRESS|2001:db8:a0::12}}
Firmware {{neg:version|3.4.0}}
Comentario ({{PERSON|Hugo}}): se cambia el canal wifi, cliente conforme.`),
  t("email", `Asunto: Devolución tarjeta – fraude

Hola {{PERSON|Irene}},

Como hablamos, la tarjeta que me clonaron era la {{CARD|6500 1482 9301 7736}}. La anterior que le dije por error, {{neg:luhn-invalid|6500 1482 9301 7737}}, no existe.

Gracias,
{{PERSON|Óscar Belmonte}}
{{EMAIL|oscar.belmonte@example.org}}`),
]
