// Spanish, Italian and Polish texts of holdout69 (es-ES, it-IT, pl-PL), written one by one: hilos de correo con
// "El … escribió:", "Il giorno … ha scritto:", "W dniu … napisał(a):", forwarded headers, signatures, chat exports,
// CRM rows, call summaries and ticket histories.
import { mk } from "./mk.ts"

const es = mk("es-ES")
const it = mk("it-IT")
const pl = mk("pl-PL")

export const ES_ES = [
  es("email", `Hola {{PERSON|Maite}}:

Te reenvío lo que nos manda el cliente.

Un saludo,
{{PERSON|Sergio Abellán Ruiz}}
Responsable de Atención al Cliente | Aguas del Turia
Tel. directo: {{PHONE|963 418 207}} · Móvil: {{PHONE|622 540 318}}
Este mensaje es confidencial.

El mar, 4 mar 2025 a las 12:03, {{PERSON|Rocío Bermúdez}} (<{{EMAIL|rocio.bermudez@correo.example}}>) escribió:
> Me habéis cobrado {{neg:amount|58,30 €}} de más. Mi cuenta es {{IBAN|ES59 0182 2370 4002 0159 3847}}.`),
  es("chat", `[05/03/25, 17:20] {{PERSON|Íñigo Larrañaga}}: buenas, quiero cambiar la tarifa del móvil
[05/03/25, 17:21] Asistente virtual: Te paso con un agente.
[05/03/25, 17:24] {{PERSON|Lucía}} (agente): Hola {{PERSON|Íñigo}}, ¿qué número es?
[05/03/25, 17:24] {{PERSON|Íñigo Larrañaga}}: {{PHONE|688 215 904}}
[05/03/25, 17:26] {{PERSON|Lucía}} (agente): Listo, tarifa de {{neg:amount|15 €}} desde el {{neg:date|1 de abril}}.`),
  es("note", `Nombre;Teléfono;Email;Motivo
{{PERSON|Carmen Villalobos}};{{PHONE|915 337 482}};{{EMAIL|cvillalobos@example.es.example}};baja del seguro {{neg:policy-number|SH-2210457}}
{{PERSON|Ahmed El Idrissi}};{{PHONE|+34 644 182 039}};;cambio de domicilio, CP {{neg:postcode|28045}}`),
  es("summary", `Resumen de llamada – {{neg:date|6 de marzo}}
Cliente: Sra. {{PERSON|Encarnación Robles}}
Motivo: avería de la caldera, parte {{neg:case-number|AV-558120}}
Dicta su móvil: {{PHONE|seis cuatro nueve, dos uno tres, ocho siete cinco}} — anotado {{PHONE|seis cuatro nueve, dos uno tres, ocho siete cinco}}.
Técnico el {{neg:date|10 de marzo}} a las {{neg:time|9:00}}. Agente: {{PERSON|Raúl Ginés}}.`),
  es("email", `De: {{PERSON|Joaquín Sáez Prieto}} <{{EMAIL|jsaezprieto@example.com}}>
Enviado: lunes, 3 de marzo de 2025 9:41
Para: Reservas <{{EMAIL|reservas@hotelmirador.example}}>
Asunto: Reserva {{neg:booking-ref|MRD8K2}}

Buenos días, pago la señal con la tarjeta {{CARD|4547 2036 9981 5025}}. Antes os di {{neg:luhn-invalid|4547 2036 9981 5021}}, que era errónea.
Mi teléfono: {{PHONE|954 217 630}}.`),
  es("ticket", `Incidencia {{neg:ticket-number|INC-77310}}
04/03 {{PERSON|Nerea Otxoa}}: cliente {{PERSON|Baltasar Fuentes}}, router {{IP_ADDRESS|192.168.15.1}}, IP pública {{IP_ADDRESS|203.0.113.88}}
04/03 {{PERSON|Nerea Otxoa}}: firmware {{neg:version|1.9.6}}, llamado al {{PHONE|976 402 118}}
05/03 {{PERSON|Álvaro Mena}}: cerrada`),
  es("chat", `{{PERSON|Paula Segarra}}  12:40
¿alguien ha llamado a {{PERSON|Remedios Lara}}? pide devolución de {{neg:amount|249 €}}
{{PERSON|Diego Navas}}  12:42
yo, le he dejado mensaje en el {{PHONE|671 093 284}}`),
  es("note", `**Cliente:** {{PERSON|Xabier Etxeberria}}
**Tarjeta:** {{neg:masked-card|**** 7713}}
**IBAN:** {{IBAN|ES96 2085 0103 9506 3012 4478}}
**Nota:** cargo duplicado de {{neg:amount|72,00 €}} el {{neg:date|27/02/2025}}`),
  es("transcript", `AGENTE: Seguros Alba, le atiende {{PERSON|Marta}}.
CLIENTE: Hola, soy {{PERSON|Fermín Cuadrado}}, llamo por un parte del coche.
AGENTE: ¿Me da un teléfono de contacto?
CLIENTE: Sí, {{PHONE|nueve uno siete, cuatro cuatro dos, cero ocho uno}}.
AGENTE: {{PHONE|nueve uno siete, cuatro cuatro dos, cero ocho uno}}, perfecto. El perito le llamará el {{neg:date|11 de marzo}}.`),
  es("summary", `Resumen automático
- Cliente: {{PERSON|Lorena Cifuentes}}
- Tema: portabilidad de fibra, pedido {{neg:order-number|PD-4410285}}
- Contacto: {{PHONE|633 728 105}}, {{EMAIL|lorena.cifu@example.net}}
- Agente: {{PERSON|Héctor}}`),
]

export const IT_IT = [
  it("email", `Gentile {{PERSON|Ilaria}},

come da accordi, l'addebito partirà dal {{neg:date|01/04/2025}}.

Cordiali saluti,
{{PERSON|Massimo Ferraresi}}
Ufficio Clienti – Acque Brianza S.p.A.
Tel. {{PHONE|039 238 4471}} | Cell. {{PHONE|347 820 1593}}
Le informazioni contenute in questa e-mail sono riservate.

Il giorno mar 4 mar 2025 alle ore 10:12 {{PERSON|Ilaria Pozzobon}} <{{EMAIL|ilaria.pozzobon@example.it.example}}> ha scritto:
> Vi invio il mio IBAN: {{IBAN|IT16 K030 6909 6061 0000 0148 213}}`),
  it("chat", `[05/03/25, 08:55] {{PERSON|Gennaro Esposito}}: buongiorno, la bolletta di febbraio è di {{neg:amount|212 €}}, troppo alta
[05/03/25, 08:57] {{PERSON|Chiara}} (operatrice): Buongiorno signor {{PERSON|Esposito}}, verifico subito.
[05/03/25, 09:01] {{PERSON|Chiara}} (operatrice): C'è una lettura stimata. Mi lascia un recapito?
[05/03/25, 09:01] {{PERSON|Gennaro Esposito}}: {{PHONE|081 552 7390}}`),
  it("note", `Cliente | Telefono | Email | Note
{{PERSON|Federica Lombardo}} | {{PHONE|02 4817 3390}} | {{EMAIL|f.lombardo@example.com}} | disdetta dal {{neg:date|31/03/2025}}
{{PERSON|Alessio Marchetti}} | {{PHONE|+39 333 614 2870}} | | rimborso {{neg:amount|35,50 €}}`),
  it("summary", `Riepilogo chiamata ({{neg:date|06/03/2025}})
Il signor {{PERSON|Vittorio Saccani}} chiama per il contratto gas {{neg:contract-number|GAS-3381047}}. Detta il numero: {{PHONE|tre tre nove, quattro uno due, sette sette otto zero}} — registrato {{PHONE|tre tre nove, quattro uno due, sette sette otto zero}}. Operatrice: {{PERSON|Daniela Rinaldi}}.`),
  it("email", `Da: {{PERSON|Rosaria Cuccu}} <{{EMAIL|rosaria.cuccu@example.org}}>
Inviato: lunedì 3 marzo 2025 17:05
A: Assistenza <{{EMAIL|assistenza@telcomare.example}}>
Oggetto: Carta rifiutata

Salve, la carta {{CARD|5231 9047 6612 8303}} viene rifiutata. Prima avevo inserito {{neg:luhn-invalid|5231 9047 6612 8301}} per errore. Numero: {{PHONE|070 652 1184}}.`),
  it("ticket", `Ticket {{neg:ticket-number|TK-99412}}
03/03 {{PERSON|Matteo Galli}}: utente {{PERSON|Samanta Bortolotti}}, PC {{IP_ADDRESS|10.12.4.88}}, stampante non raggiungibile
03/03 {{PERSON|Matteo Galli}}: driver {{neg:version|5.0.3}}, richiamata al {{PHONE|051 634 2217}}
04/03 {{PERSON|Matteo Galli}}: chiuso`),
  it("chat", `{{PERSON|Lorenzo Pace}}  15:20
qualcuno richiama {{PERSON|Giuseppina Arcuri}}? vuole cambiare l'IBAN a {{IBAN|IT78 L030 6901 7880 0000 0729 164}}
{{PERSON|Elisa Mancuso}}  15:22
fatto, al {{PHONE|320 771 4852}}`),
  it("note", `**Cliente:** {{PERSON|Tommaso De Santis}}
**Cellulare:** {{PHONE|366 205 9147}}
**IBAN vecchio (errato):** {{neg:iban-checksum|IT12 L030 6901 7880 0000 0729 164}}
- richiamare alle {{neg:time|16:30}}, CAP {{neg:postcode|00153}}`),
  it("transcript", `OPERATORE: Assicurazioni Serenità, sono {{PERSON|Fabio}}.
CLIENTE: Buongiorno, {{PERSON|Agnese Tomasi}}, chiamo per la polizza {{neg:policy-number|POL-4470291}}.
OPERATORE: Un recapito?
CLIENTE: {{PHONE|0461 983 205}}.
OPERATORE: Il premio di {{neg:amount|480 €}} scade il {{neg:date|15 marzo}}.`),
  it("summary", `Riepilogo automatico
• Cliente: {{PERSON|Nicolò Ferrante}}
• Motivo: portabilità numero {{PHONE|348 117 6024}}
• Email: {{EMAIL|nicolo.ferrante@example.net}}
• Operatore: {{PERSON|Sabrina}}`),
]

export const PL_PL = [
  pl("email", `Dzień dobry Pani {{PERSON|Agato}},

przesyłam korektę faktury.

Z poważaniem
{{PERSON|Krzysztof Zalewski}}
Specjalista ds. rozliczeń | Wodociągi Mazowieckie
tel. {{PHONE|22 581 44 07}} | kom. {{PHONE|601 382 945}}

W dniu 4.03.2025 o 13:40 {{PERSON|Agata Sobczak}} <{{EMAIL|agata.sobczak@example.pl.example}}> napisała:
> Proszę o zwrot {{neg:amount|84,50 zł}} na konto {{IBAN|PL90 1090 2590 0000 0001 4432 7781}}.`),
  pl("chat", `[05.03.2025, 19:02] {{PERSON|Bartosz Kamiński}}: dzień dobry, nie działa mi internet
[05.03.2025, 19:03] Wirtualny asystent: Łączę z konsultantem.
[05.03.2025, 19:06] {{PERSON|Marta}} (konsultantka): Dzień dobry Panie {{PERSON|Bartoszu}}, widzę awarię w rejonie {{neg:postcode|30-215}}.
[05.03.2025, 19:07] {{PERSON|Bartosz Kamiński}}: proszę o SMS na {{PHONE|512 407 836}}`),
  pl("note", `Klient;Telefon;E-mail;Uwagi
{{PERSON|Zofia Wróblewska}};{{PHONE|+48 695 218 307}};{{EMAIL|z.wroblewska@example.com}};rata {{neg:amount|199 zł}}
{{PERSON|Grzegorz Nowicki}};{{PHONE|58 341 72 90}};;reklamacja {{neg:case-number|RK-2025-0412}}`),
  pl("summary", `Podsumowanie rozmowy ({{neg:date|06.03.2025}})
Dzwoniła Pani {{PERSON|Halina Dudek}} w sprawie umowy {{neg:contract-number|UM-5540218}}. Podała numer: {{PHONE|pięćset jeden, trzysta dwadzieścia cztery, siedemset osiemnaście}} — zapisano {{PHONE|pięćset jeden, trzysta dwadzieścia cztery, siedemset osiemnaście}}. Konsultant: {{PERSON|Paweł Sikora}}.`),
  pl("email", `Od: {{PERSON|Michał Górecki}} <{{EMAIL|michal.gorecki@example.net}}>
Wysłano: poniedziałek, 3 marca 2025 10:15
Do: Obsługa klienta <{{EMAIL|bok@sklep-domowy.example}}>
Temat: Zamówienie {{neg:order-number|ZM-8841207}}

Płaciłem kartą {{CARD|5573 4120 8896 0318}}, a pieniądze zeszły dwa razy. Tel. {{PHONE|725 190 463}}.`),
  pl("ticket", `Zgłoszenie {{neg:ticket-number|ZG-30118}}
04.03 {{PERSON|Tomasz Lis}}: klientka {{PERSON|Ewelina Krawczyk}}, router {{IP_ADDRESS|2001:db8:77::1}}, tel. {{PHONE|784 602 319}}
04.03 {{PERSON|Tomasz Lis}}: oprogramowanie {{neg:version|2.0.11}}
05.03 {{PERSON|Tomasz Lis}}: zamknięte`),
  pl("chat", `{{PERSON|Joanna Mazur}}  10:14
kto oddzwoni do Pana {{PERSON|Wiśniewskiego}}? chce zmienić konto na {{IBAN|PL03 1140 2004 0000 3102 7718 5520}}
{{PERSON|Kamil Jabłoński}}  10:16
ja, numer {{PHONE|606 417 298}}`),
  pl("note", `**Klient:** {{PERSON|Dorota Pawlak}}
**Karta:** {{neg:masked-card|**** 9904}}
**Stare konto (błędne):** {{neg:iban-checksum|PL10 1140 2004 0000 3102 7718 5520}}
- oddzwonić o {{neg:time|15:00}}`),
  pl("transcript", `KONSULTANT: Ubezpieczenia Wisła, {{PERSON|Adam}}, słucham.
KLIENT: Dzień dobry, {{PERSON|Renata Kołodziej}}, chodzi o polisę {{neg:policy-number|PZ-6612047}}.
KONSULTANT: Numer kontaktowy?
KLIENT: {{PHONE|12 633 48 21}}.
KONSULTANT: Składka {{neg:amount|620 zł}} do {{neg:date|20.03.2025}}.`),
  pl("summary", `Podsumowanie automatyczne
• Klient: {{PERSON|Łukasz Wojciechowski}}
• Temat: przeniesienie numeru {{PHONE|533 810 274}}
• E-mail: {{EMAIL|l.wojciechowski@example.org}}
• Konsultant: {{PERSON|Iwona}}`),
]
