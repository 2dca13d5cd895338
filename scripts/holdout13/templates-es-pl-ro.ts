// Spanish, Polish and Romanian templates.
import type { Template } from './templates-en'

export const ES: readonly Template[] = [
  ['reset-call', 'agente: soporte informático buenos días le atiende {afirst|lc}\nllamante: hola soy {full|lc} no puedo entrar en {product}\nagente: me da su número de empleado\nllamante: {n:employee-id}\nagente: el código de un solo uso es {n:one-time-code}'],
  ['incident', 'Incidencia {n:ticket} del {n:date} {n:time}\nSolicitante: {full} ({email})\nSede: {street}, {town}\nEquipo {n:asset-tag}, n.º de serie {n:serial-number}, MAC {n:mac-address}\nIP {ip4}, servidor {n:hostname}, puerto {n:port}\nAsignada a {cfull}'],
  ['chat', 'Asistente virtual: ¡Hola! ¿En qué puedo ayudarle?\nUsuario: mi nómina está mal 😩\nAsistente virtual: Le paso con Nóminas. Referencia {n:ticket}.\n{afirst}: Hola {first}, veo un descuento de {n:amount} en el n.º de nómina {n:payroll-number}. Envíeme el parte de horas a {remail}.\n{first}: Vale, gracias.'],
  ['payslip', 'Asunto: nómina de {month}\n\nHola,\n\nfaltan las horas extra del {n:date} (centro de coste {n:cost-centre}). Por favor, ingresen el sueldo en {iban}.\n\nSaludos,\n{full}\nTel. {phone}'],
  ['leave', 'Estimada Sra. {mlast}:\n\nmi solicitud de vacaciones del {n:date} al {n:date} solo muestra {n} días. El fichaje con la tarjeta {n:badge} indica {x} minutos más.\n\nUn saludo,\n{full}'],
  ['onboarding', 'Incorporación de {full} el {n:date}\nN.º empleado: {n:employee-id}\nResponsable: {mfull} ({memail})\nPortátil {n:asset-tag}, tarjeta {n:badge}, extensión {n:extension}\nMóvil: {phonei}'],
  ['email', 'Hola Sr. {last}:\n\nsu petición {n:ticket} está resuelta ({product} {n:version}).\n\nAtentamente,\n{afull}\nSoporte TI, {company}\nTel. {phonei} ext. {x}\nMóvil {phone}\n{aemail}'],
  ['alert', '[CRÍTICO] {n:hostname} ({ip4}) no responde en el puerto {n:port} desde las {n:time} del {n:date}. Guardia: {afull}, {phone}'],
  ['csv', 'n_empleado,nombre,email,telefono,centro_coste\n{n:employee-id},{full},{email},{phone},{n:cost-centre}\n{n:employee-id},{cfull},{cemail},{phonex},{n:cost-centre}'],
  ['payslip', 'Transferencia devuelta: IBAN {n:iban-checksum} con dígitos de control erróneos, importe {n:amount}. Tarjeta {n:luhn-invalid} rechazada. Caso {n:ticket}.'],
  ['payslip', 'Nota de gastos {n:ticket}: {full} pagó el hotel en {town} con la tarjeta corporativa {card} ({n:amount}). Reembolso a {ibanx}, aprobador {mfull}.'],
  ['chat', '{afirst}: Hola {first}, su tarjeta corporativa {card} fue rechazada a las {n:time}. ¿Es correcto el número?\n{first}: sí, y mi nueva cuenta desde {month}: {iban}'],
]

export const PL: readonly Template[] = [
  ['reset-call', 'konsultant: service desk dzień dobry mówi {afirst|lc}\ndzwoniący: dzień dobry tu {full|lc} zablokowało mi konto w {product}\nkonsultant: poproszę numer pracownika\ndzwoniący: {n:employee-id}\nkonsultant: kod jednorazowy to {n:one-time-code}'],
  ['incident', 'Zgłoszenie {n:ticket} z {n:date} {n:time}\nZgłaszający: {full} ({email})\nLokalizacja: {street}, {town}\nSprzęt {n:asset-tag}, nr seryjny {n:serial-number}, MAC {n:mac-address}\nIP {ip4}, host {n:hostname}, port {n:port}\nPrzypisane: {cfull}'],
  ['chat', 'Wirtualny asystent: W czym mogę pomóc?\nUżytkownik: zły pasek płacowy\nWirtualny asystent: Przełączam do działu płac. Numer {n:ticket}.\n{afirst}: Dzień dobry {first}, widzę potrącenie {n:amount} przy numerze płacowym {n:payroll-number}. Proszę przesłać kartę czasu pracy na {remail}.\n{first}: Dobrze, dziękuję 🙏'],
  ['payslip', 'Temat: wypłata za {month}\n\nDzień dobry,\n\nbrakuje nadgodzin z {n:date} (MPK {n:cost-centre}). Proszę o przelew na rachunek {iban}.\n\nPozdrawiam,\n{full}\ntel. {phone}'],
  ['leave', 'Szanowna Pani {mlast},\n\nwniosek urlopowy {n:date} - {n:date} pokazuje tylko {n} dni. Karta {n:badge} rejestruje {x} minut nadgodzin.\n\nZ poważaniem,\n{full}'],
  ['onboarding', 'Wdrożenie: {full}, start {n:date}\nNr pracownika: {n:employee-id}\nPrzełożony: {mfull} ({memail})\nLaptop {n:asset-tag}, identyfikator {n:badge}, wewn. {n:extension}\nKomórka: {phonei}'],
  ['email', 'Dzień dobry Panie {last},\n\nzgłoszenie {n:ticket} zostało rozwiązane ({product} {n:version}).\n\nPozdrawiam,\n{afull}\nService Desk, {company}\ntel. {phonei} wew. {x}\nkom. {phone}\n{aemail}'],
  ['alert', '{emoji}[KRYTYCZNY] {n:hostname} ({ip6}) nie odpowiada na porcie {n:port} od {n:time}, {n:date}. Dyżur: {afull}, {phone}'],
  ['csv', 'nr_prac;imie_nazwisko;email;telefon;mpk\n{n:employee-id};{full};{email};{phone};{n:cost-centre}\n{n:employee-id};{cfull};{cemail};{phonex};{n:cost-centre}'],
  ['payslip', 'Zwrot przelewu: IBAN {n:iban-checksum} ma błędne cyfry kontrolne, kwota {n:amount}. Karta {n:luhn-invalid} odrzucona. Sprawa {n:ticket}.'],
  ['payslip', 'Rozliczenie delegacji {n:ticket}: {full} zapłacił za hotel w {town} kartą służbową {card} ({n:amount}). Zwrot na {ibanx}, akceptuje {mfull}.'],
  ['chat', '{afirst}: Dzień dobry {first}, karta służbowa {card} została odrzucona o {n:time}. Czy numer się zgadza?\n{first}: tak, a nowy rachunek od {month}: {iban}'],
]

export const RO: readonly Template[] = [
  ['reset-call', 'operator: service desk bună ziua sunt {afirst|lc}\napelant: bună ziua aici {full|lc} nu mă pot loga în {product}\noperator: marca dumneavoastră vă rog\napelant: {n:employee-id}\noperator: codul unic este {n:one-time-code}'],
  ['incident', 'Incident {n:ticket} din {n:date} {n:time}\nSolicitant: {full} ({email})\nLocație: {street}, {town}\nEchipament {n:asset-tag}, serie {n:serial-number}, MAC {n:mac-address}\nIP {ip4}, server {n:hostname}, port {n:port}\nAlocat lui {cfull}'],
  ['chat', 'Asistent virtual: Cu ce vă pot ajuta?\nUtilizator: fluturaș de salariu greșit\nAsistent virtual: Vă transfer la Salarizare. Referință {n:ticket}.\n{afirst}: Bună ziua {first}, văd o reținere de {n:amount} la numărul de salarizare {n:payroll-number}. Trimiteți pontajul la {remail}.\n{first}: Mulțumesc! 👍🏽'],
  ['payslip', 'Subiect: salariul pe {month}\n\nBună ziua,\n\nlipsesc orele suplimentare din {n:date} (centru de cost {n:cost-centre}). Vă rog virați salariul în contul {iban}.\n\nCu stimă,\n{full}\nTel. {phone}'],
  ['leave', 'Stimată doamnă {mlast},\n\ncererea de concediu {n:date} - {n:date} arată doar {n} zile. Ecusonul {n:badge} arată {x} minute în plus.\n\nCu stimă,\n{full}'],
  ['onboarding', 'Angajare: {full}, început {n:date}\nMarcă: {n:employee-id}\nManager: {mfull} ({memail})\nLaptop {n:asset-tag}, ecuson {n:badge}, interior {n:extension}\nMobil: {phonei}'],
  ['email', 'Bună ziua domnule {last},\n\nsolicitarea {n:ticket} a fost rezolvată ({product} {n:version}).\n\nCu stimă,\n{afull}\nSuport IT, {company}\nTel. {phonei} int. {x}\nMobil {phone}\n{aemail}'],
  ['alert', '[CRITIC] {n:hostname} ({ip4}) nu răspunde pe portul {n:port} din {n:date} {n:time}. De gardă: {afull}, {phone}'],
  ['csv', 'marca,nume,email,telefon,centru_cost\n{n:employee-id},{full},{email},{phone},{n:cost-centre}\n{n:employee-id},{cfull},{cemail},{phonex},{n:cost-centre}'],
  ['payslip', 'Transfer returnat: IBAN {n:iban-checksum} cu cifre de control greșite, suma {n:amount}. Cardul {n:luhn-invalid} respins. Dosar {n:ticket}.'],
  ['payslip', 'Decont {n:ticket}: {full} a plătit hotelul din {town} cu cardul de firmă {card} ({n:amount}). Rambursare în {ibanx}, aprobator {mfull}.'],
  ['chat', '{afirst}: Bună ziua {first}, cardul de firmă {card} a fost respins la {n:time}. Numărul este corect?\n{first}: da, iar contul nou din {month}: {iban}'],
]
