// A third batch of texts in the non-English locales, written one by one after the first 143: voicemail summaries,
// short notes, a few chats.
import { mk } from "./mk.ts"

const de = mk("de-DE")
const at = mk("de-AT")
const fr = mk("fr-FR")
const ch = mk("fr-CH")
const nl = mk("nl-NL")
const be = mk("nl-BE")
const es = mk("es-ES")
const pt = mk("pt-PT")
const it = mk("it-IT")
const pl = mk("pl-PL")

export const DE_DE_3 = [
  de("summary", `Mailbox-Zusammenfassung Pfotenschutz, {{neg:time|08:12}}: Anruferin bittet um Rückruf wegen Kündigung, Vertrag {{neg:contract-number|PS-V-220914}}. Nummer {{PHONE|0911 3820 4471}}. Beitrag zuletzt {{neg:amount|19,80 €}}.`),
  de("email", `Betreff: Hausverwaltung Elbblick – Nebenkostenabrechnung

Sehr geehrte Mieterinnen und Mieter,
die Abrechnung 2025 liegt bei. Nachzahlungen bis {{neg:date|31.01.2027}} auf das Konto der Verwaltung. Rückfragen an {{EMAIL|nebenkosten@elbblick.example}} oder {{PHONE|040 3861 2290}}.
Ihre Hausverwaltung`),
]

export const DE_AT_3 = [
  at("chat", `Solar Steiermark
Kunde: Guten Morgen, der Zähler zeigt 0 kWh 🤔
Technik: Servus! Bitte Seriennummer vom Zähler.
Kunde: {{neg:serial-number|AT-ZM-4471-9920}}
Technik: Danke, Kollege ruft an von {{PHONE|0316 281 447}}.`),
]

export const FR_FR_3 = [
  fr("chat", `Lingua Franca – chat
Vous : bonjour, ma fille veut passer le TOEIC en mai
Conseiller : Bonjour ! Prochaine session le {{neg:date|17 mai}}, {{neg:amount|135 €}}. Son e-mail ?
Vous : {{EMAIL|manon.petit@example.net}} 🙂 et mon numéro {{PHONE|06 33 48 21 07}}`),
  fr("summary", `Résumé de messagerie – Mont-de-Piété, {{neg:time|9h05}} : un client demande si son prêt {{neg:contract-number|MP 2210 087}} peut être prolongé. Rappeler au {{PHONE|01 43 29 71 18}}.`),
]

export const FR_CH_3 = [
  ch("chat", `Club des Vins du Valais
Membre : bonjour, je déménage à Sion, nouvelle adresse {{neg:postcode|1950}}
{{PERSON|Loïc}} : Merci, c'est noté ! Nouveau numéro aussi ?
Membre : oui {{PHONE|027 322 18 40}}`),
]

export const NL_NL_3 = [
  nl("chat", `Wijnclub Druif & Co
U: hoi, kan ik de box van januari overslaan?
{{PERSON|Daan}}: Zeker! Geregeld. Volgende box {{neg:date|6 februari}}, {{neg:amount|€ 44,95}}.
U: top, bel me gerust op {{PHONE|06 1845 2297}} als er iets is`),
  nl("email", `Onderwerp: pandjeshuis – verlenging

Goedendag,
Graag verleng ik mijn lening (bon {{neg:reference|LM 44 2018}}). Ik betaal de rente van {{neg:amount|€ 18,40}} vandaag. U kunt mij bereiken op {{PHONE|010 414 2290}}.
Met vriendelijke groet,
{{PERSON|Hendrik Mulder}}`),
]

export const NL_BE_3 = [
  be("summary", `Samenvatting voicemail – Taalhuis Gent: een cursist vraagt of de les van {{neg:date|16 december}} doorgaat. Terugbellen op {{PHONE|09 223 41 77}} na {{neg:time|17u}}.`),
]

export const ES_ES_3 = [
  es("email", `Asunto: Administración de Fincas Goya – derrama

Estimados vecinos:
La derrama aprobada de {{neg:amount|320 €}} por vivienda se cargará el {{neg:date|15 de enero}}. Dudas: {{PHONE|91 431 20 87}} o {{EMAIL|administracion@fincasgoya.example}}.
Un saludo`),
  es("transcript", `AGENTE: Bodega Club, buenas tardes.
CLIENTA: hola, quería darme de baja del club
AGENTE: Vaya. ¿Un teléfono de contacto?
CLIENTA: {{PHONE|seis seis uno, tres cero cuatro, ocho ocho dos}}
AGENTE: {{PHONE|seis seis uno, tres cero cuatro, ocho ocho dos}}. Baja efectiva el {{neg:date|31 de diciembre}}.`),
]

export const PT_PT_3 = [
  pt("email", `Assunto: Clube de vinhos – morada nova

Olá,
Mudei-me para Coimbra ({{neg:postcode|3000-214}}). Podem enviar a caixa de janeiro para lá? Telemóvel {{PHONE|965 203 418}}.
Obrigada`),
]

export const IT_IT_3 = [
  it("chat", `Banco Pegni Firenze
Tu: buongiorno, posso rinnovare la polizza di pegno online?
{{PERSON|Lorenzo}}: Buongiorno! Sì, con il numero polizza e {{neg:amount|€ 34,20}} di interessi. Per info {{PHONE|055 239 8841}} 😊`),
  it("summary", `Riepilogo segreteria – Rivendi Biglietti, {{neg:time|18:40}}: una cliente chiede il rimborso per l'evento annullato del {{neg:date|7 dicembre}}. Richiamare al {{PHONE|349 602 1873}} o scrivere a {{EMAIL|giovanna.r@example.com}}.`),
]

export const PL_PL_3 = [
  pl("chat", `Szkoła Językowa Lingwista
Ty: dzień dobry, czy są jeszcze miejsca na kurs niemieckiego?
{{PERSON|Magda}}: Tak! Start {{neg:date|12 stycznia}}, cena {{neg:amount|890 zł}}. Proszę o e-mail 🙂
Ty: {{EMAIL|ola.kwiatek@example.org}}`),
  pl("summary", `Podsumowanie – Zarządca Osiedle Zielone: mieszkaniec zgłosił zalanie piwnicy. Hydraulik oddzwoni z {{PHONE|12 411 27 80}}. Numer zgłoszenia {{neg:ticket-number|OZ-2291}}.`),
]
