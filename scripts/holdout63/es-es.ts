// es-ES texts: written one by one (clínica de reproducción asistida, transporte escolar, cines, pienso a domicilio,
// autoescuela, puntos de recarga, biblioteca, ferry con vehículo, seguro de decesos, taller de bicis).
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_ES = [
  t("chat", `Clínica FIV Mediterránea – Citas
[09:20] Tú: hola, necesito cambiar la cita de la transferencia
[09:21] {{PERSON|Nuria}} (Citas): ¡Buenos días! ¿Me dice su nombre completo?
[09:21] Tú: {{PERSON|Lucía Fernández Ortiz}}
[09:22] {{PERSON|Nuria}} (Citas): Gracias. Tengo el martes {{neg:date|15 de diciembre}} a las {{neg:time|10:40}} en la consulta 4.
[09:22] Tú: perfecto, mi móvil es el {{PHONE|622 48 19 07}}`),
  t("email", `Asunto: Ruta de autobús escolar – cambio de parada

Buenos días,

Mi hija {{PERSON|Martina}} (expediente {{neg:case-number|TE-2026-03318}}) usa la ruta {{neg:route-number|R-7}} del colegio. Nos hemos mudado al código postal {{neg:postcode|28044}} y necesitaríamos la parada de Carabanchel Alto.

Mi teléfono es el {{PHONE|91 508 43 27}} y el de mi marido {{PERSON|Rubén}} el {{PHONE|+34 655 218 904}}.

Un saludo,
{{PERSON|Pilar Domínguez}}`),
  t("sms", `CinesArena: Tu entrada para "Estreno" el {{neg:date|12/12}} a las {{neg:time|22:00}}, sala 3, fila F. Código {{neg:booking-ref|CA-7713-2204}}. Dudas: {{PHONE|910 83 47 12}}`),
  t("transcript", `AGENTE: Pienso en Casa, le atiende {{PERSON|Sergio}}.
CLIENTE: Hola, soy {{PERSON|Consuelo Marín}}, quería cambiar el saco de pienso del gato por el de esterilizados.
AGENTE: Claro, {{PERSON|Consuelo}}. ¿Me confirma un teléfono?
CLIENTE: {{PHONE|seiscientos setenta y siete, cuarenta y uno, noventa y dos, cero ocho}}
AGENTE: {{PHONE|677 41 92 08}}, perfecto. El próximo envío será de {{neg:amount|38,95 €}}.`),
  t("note", `Autoescuela Semáforo Verde: alumno {{PERSON|Adrián Pérez Gil}} suspende práctico 2ª vez. Reservado nuevo examen DGT {{neg:date|20/01/2027}}. Paga tasas {{neg:amount|94,05 €}}. Madre llama desde {{PHONE|954 22 81 36}}. Pide clases extra con {{PERSON|Paco}}.`),
  t("ticket", `RECARGA IBÉRICA – INCIDENCIA {{neg:ticket-number|INC-55190}}
Usuario: {{PERSON|Jordi Vilaró}}
Teléfono: {{PHONE|0034 93 318 47 20}}
Email: {{EMAIL|jvilaro@correu.example}}
Punto: {{neg:charger-id|RI-BCN-0882}}
Error: cargador no libera el conector
Cargo indebido: {{neg:amount|12,40 €}}`),
  t("chat", `Biblioteca Municipal – chat
Usuario: hola, se me ha caducado el carné
{{PERSON|Rocío}} (Biblioteca): ¡Hola! ¿Número de carné?
Usuario: {{neg:member-number|BM 0044 7182 6}}
{{PERSON|Rocío}} (Biblioteca): Renovado hasta {{neg:date|31/12/2027}}. Puede pasar a recoger la pegatina.`),
  t("email", `De: Navieras del Estrecho <{{EMAIL|reservas@navierasestrecho.example}}>
Para: {{PERSON|Hamid El Idrissi}}
Asunto: Confirmación reserva con vehículo {{neg:booking-ref|NE-ALG-44120}}

Estimado {{PERSON|Hamid}}:
Su reserva Algeciras–Tánger Med del {{neg:date|22 de diciembre}} para turismo con matrícula {{neg:plate|4471 KLB}} está confirmada. Importe {{neg:amount|238,00 €}}.
Atención al cliente: {{PHONE|956 63 27 10}}`),
  t("transcript", `agente seguros el descanso buenas tardes le atiende {{PERSON|amparo}}
cliente buenas tardes llamo porque ha fallecido mi padre {{PERSON|antonio ruiz}}
agente lo siento mucho me puede dar el número de póliza
cliente sí es {{neg:policy-number|DE 2033 1904 77}}
agente y un teléfono de contacto
cliente {{PHONE|seis cuatro nueve tres tres ocho uno dos cinco}}
agente gracias me llamo {{PERSON|amparo}} para cualquier cosa`),
  t("note", `Seguro decesos – cambio de cuenta de cobro de la póliza de {{PERSON|Francisca Heredia}}. Nueva cuenta {{IBAN|ES28 2100 0418 4944 1027 8391}}; la que dictó primero, {{neg:iban-checksum|ES29 2100 0418 4944 1027 8391}}, no valida. Tel. {{PHONE|958 27 40 16}}.`),
  t("sms", `Taller BiciLab: Hola {{PERSON|Iker}}, tu bici ya está lista. Total {{neg:amount|45 €}}. Horario hasta las {{neg:time|20:30}}. Si tienes dudas llama al {{PHONE|944 15 82 39}}.`),
  t("ticket", `BICILAB – ORDEN DE TRABAJO {{neg:order-number|BL-2026-0871}}
Cliente: {{PERSON|Etxeberria, Ane}}
Móvil: {{PHONE|688 301 442}}
Bicicleta: Orbea, nº cuadro {{neg:serial-number|OR 7718 22041}}
Pago: {{CARD|5359 0127 4418 2636}}`),
]
