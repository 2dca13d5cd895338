// es-ES texts, written one by one: funeraria, multas, app de aparcamiento, campings, mantenimiento de caldera, lotería,
// laboratorio dental, control de plagas, cerrajería.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_ES = [
  t("asr", `agente: funeraria san roque buenas tardes le atiende {{PERSON|rocío}}
cliente: hola sí mire es que ha fallecido mi padre esta mañana
agente: lo siento mucho me dice su nombre
cliente: {{PERSON|iñaki etxeberria}}
agente: y un teléfono de contacto
cliente: {{PHONE|seis uno dos, cuatro ocho tres, trescientos setenta y uno}}`),
  t("legacy", `MULTAS TRAFICO - CONSULTA   EXPTE {{neg:case-number|MT-2026-118204}}
TITULAR   {{PERSON|GARCIA MORENO, ASUNCION}}
MATRICULA {{neg:plate|4471 KRT}}
IMPORTE   {{neg:amount|200,00 EUR}}  REDUCIDO {{neg:amount|100,00 EUR}}
TELEFONO  {{PHONE|91 544 28 17}}`),
  t("sms", `aparcaYa: tu estacionamiento en zona azul termina a las {{neg:time|13:15}}. ampliar? responde SI. ayuda {{PHONE|910 77 43 21}}`),
  t("voicemail", `Mensaje de voz de {{PHONE|0034 633 41 80 27}} (0:35)
"Hola, soy {{PERSON|Lucía Benítez}}, tengo reservada una parcela en el camping Mar Azul del {{neg:date|1 de agosto}}, reserva {{neg:booking-ref|MA-50217}}, y quería saber si hay sombra. Llámame al {{PHONE|633 41 80 27}}. Gracias."`),
  t("ivr", `IVR caldera 2026-12-01 19:22:40 llamante={{PHONE|+34934418820}}
opcion=averia
cp={{neg:postcode|08014}}
nombre_asr="{{PERSON|jordi puigdemont serra}}" conf=0.59
cola=tecnicos_bcn`),
  t("email", `De: {{PERSON|Ana Sofía Quintero}} <{{EMAIL|anasofia.q@example.com}}>
Para: {{EMAIL|pedidos@laboratoriodentalsur.example}}
Asunto: Pedido {{neg:order-number|LDS-4412}}

Hola, la férula del paciente {{neg:reference|PX-220}} llegó rota. ¿Pueden reponerla antes del {{neg:date|12 de diciembre}}? Clínica: {{PHONE|954 21 88 03}}.
Pago por transferencia a {{IBAN|ES88 2100 0418 4845 0291 8374}}.
Saludos, {{PERSON|Ana Sofía}}`),
  t("asr", `[00:00:03] Agente: plagas fuera buenos días
[00:00:06] Cliente: hola tengo cucarachas en la cocina del bar
[00:00:10] Agente: vale su nombre
[00:00:11] Cliente: {{PERSON|wei zhang}}
[00:00:14] Agente: y el móvil
[00:00:16] Cliente: {{PHONE|seiscientos ochenta y uno, veintidós, cuarenta y cuatro, noventa}}`),
  t("note", `Cerrajería 24h: cliente {{PERSON|Milagros Ochoa}} sin llaves, portal calle Mayor 7. Pagó {{neg:amount|95 €}} con tarjeta; la primera {{neg:luhn-invalid|2223 8401 9275 5335}} fue rechazada, la segunda {{CARD|2223 8401 9275 5334}} ok. Tel {{PHONE|622 19 74 08}}.`),
  t("legacy", `LOTERIA - PREMIOS    REF {{neg:reference|LN 0042-7719}}
GANADOR   {{PERSON|FERNANDEZ RUIZ, CONSUELO}}
TELEFONO  {{PHONE|968 22 41 05}}
IMPORTE   {{neg:amount|2.500,00 EUR}}
CUENTA    {{IBAN|ES31 0049 1827 8233 0844 1562}}`),
  t("asr", `agente: para pagar la multa necesito la tarjeta
cliente: vale es {{CARD|tres siete ocho dos, cuatro cuatro uno cero nueve tres, ocho dos uno siete cuatro}}
agente: gracias señor {{PERSON|amrani}} queda pagado`),
  t("email", `Asunto: Devolución aparcamiento

Buenas, el {{neg:date|30 de noviembre}} me cobraron {{neg:amount|3,15 €}} dos veces. Mi cuenta es {{IBAN|PT50 0035 0012 0004 4182 7399 5}} (vivo en Oporto). En el formulario puse {{neg:iban-checksum|ES89 2100 0418 4845 0291 8374}} por error, ignórenlo.
{{PERSON|Tiago Rebelo}}`),
  t("sms", `hola soy {{PERSON|paz}} de la funeraria 🙏 el velatorio abre a las {{neg:time|16:00}}, sala 3. cualquier cosa {{PHONE|699 30 42 18}}`),
  t("voicemail", `Buzón – llamada de {{PHONE|952 60 17 33}}
"buenas soy {{PERSON|ramón gil}} del servicio técnico de calderas mañana no puedo ir el {{neg:date|miércoles 3 de diciembre}} le llamo para cambiar la cita"`),
]
