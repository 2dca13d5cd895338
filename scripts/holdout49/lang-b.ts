// Language packs (2 of 2): Portuguese, Spanish, German, Italian, Polish, Czech, Swedish, French.
import type { Pack } from "./lang-a.ts"

export const PT: Pack = {
  digits: "zero um dois três quatro cinco seis sete oito nove",
  hi: "Olá", thanks: "Obrigado", dear: "Caro/Cara", regards: "Com os melhores cumprimentos",
  callback: "por favor liguem-me para o {phone}", mail: "o meu e-mail é {email}", ref: "é sobre o {ref}",
  refund: "o reembolso deve ir para {iban}", card: "podem cobrar no meu cartão {card}", declined: "o cartão {bad} foi recusado",
  badIban: "o IBAN {bad} deu inválido", when: "em {date} às {time}", total: "total {amount}",
  masked: "pago com o cartão {masked}, validade {exp}",
  words: [["com {w} de que se resolva", "esperança"], ["acabou a {w} lá em casa", "luz"], ["foi uma {w} para nós", "vitória"]],
  caller: "Chamador", agent: "Atendente", reason: "Motivo", next: "Próximo passo", summary: "Resumo da chamada",
  status: "Atualização de estado", noPii: "Sem dados de clientes.", vm: "Nova mensagem de voz de",
}
export const ES: Pack = {
  digits: "cero uno dos tres cuatro cinco seis siete ocho nueve",
  hi: "Hola", thanks: "Gracias", dear: "Estimado/Estimada", regards: "Saludos cordiales",
  callback: "por favor llámenme al {phone}", mail: "mi correo es {email}", ref: "es por el {ref}",
  refund: "el reembolso a la cuenta {iban}", card: "pueden cobrar a mi tarjeta {card}", declined: "la tarjeta {bad} fue rechazada",
  badIban: "el IBAN {bad} salió inválido", when: "el {date} a las {time}", total: "total {amount}",
  masked: "pagado con tarjeta {masked}, vence {exp}",
  words: [["con la {w} de que se arregle", "esperanza"], ["queremos {w} y tranquilidad", "paz"], ["se cortó la {w} en la casa", "luz"]],
  caller: "Llamante", agent: "Agente", reason: "Motivo", next: "Siguiente paso", summary: "Resumen de la llamada",
  status: "Actualización de estado", noPii: "Sin datos de clientes.", vm: "Nuevo mensaje de voz de",
}
export const DE: Pack = {
  digits: "null eins zwei drei vier fünf sechs sieben acht neun",
  hi: "Hallo", thanks: "Danke", dear: "Sehr geehrte/r", regards: "Mit freundlichen Grüßen",
  callback: "bitte rufen Sie mich unter {phone} zurück", mail: "meine E-Mail ist {email}", ref: "es geht um {ref}",
  refund: "bitte die Erstattung auf {iban}", card: "Sie können meine Karte {card} belasten", declined: "die Karte {bad} wurde abgelehnt",
  badIban: "die IBAN {bad} war ungültig", when: "am {date} um {time}", total: "gesamt {amount}",
  masked: "bezahlt mit Karte {masked}, gültig bis {exp}",
  words: [["die Lage ist {w}", "ernst"], ["ganz {w} gesagt", "frank"], ["wir wandern in der {w}", "heide"]],
  caller: "Anrufer", agent: "Agent", reason: "Anliegen", next: "Nächster Schritt", summary: "Gesprächszusammenfassung",
  status: "Statusmeldung", noPii: "Keine Kundendaten.", vm: "Neue Sprachnachricht von",
}
export const IT: Pack = {
  digits: "zero uno due tre quattro cinque sei sette otto nove",
  hi: "Buongiorno", thanks: "Grazie", dear: "Gentile", regards: "Cordiali saluti",
  callback: "per favore richiamatemi al {phone}", mail: "la mia email è {email}", ref: "riguarda il {ref}",
  refund: "il rimborso sul conto {iban}", card: "potete addebitare sulla carta {card}", declined: "la carta {bad} è stata rifiutata",
  badIban: "l'IBAN {bad} risulta non valido", when: "il {date} alle {time}", total: "totale {amount}",
  masked: "pagato con carta {masked}, scadenza {exp}",
  words: [["con la {w} che si risolva", "speranza"], ["che {w} rivederla", "gioia"], ["una giornata {w}", "serena"]],
  caller: "Chiamante", agent: "Operatore", reason: "Motivo", next: "Prossimo passo", summary: "Riepilogo chiamata",
  status: "Aggiornamento di stato", noPii: "Nessun dato cliente.", vm: "Nuovo messaggio vocale da",
}
export const PL: Pack = {
  digits: "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
  hi: "Dzień dobry", thanks: "Dziękuję", dear: "Szanowny Panie/Szanowna Pani", regards: "Z poważaniem",
  callback: "proszę o telefon pod numer {phone}", mail: "mój e-mail to {email}", ref: "chodzi o {ref}",
  refund: "zwrot proszę przelać na {iban}", card: "można obciążyć moją kartę {card}", declined: "karta {bad} została odrzucona",
  badIban: "IBAN {bad} okazał się nieprawidłowy", when: "{date} o {time}", total: "razem {amount}",
  masked: "zapłacono kartą {masked}, ważna do {exp}",
  words: [["to była prawdziwa {w}", "wiktoria"], ["w ogrodzie kwitnie {w}", "róża"]],
  caller: "Dzwoniący", agent: "Konsultant", reason: "Powód", next: "Następny krok", summary: "Podsumowanie rozmowy",
  status: "Aktualizacja statusu", noPii: "Brak danych klientów.", vm: "Nowa wiadomość głosowa od",
}
export const CS: Pack = {
  digits: "nula jedna dvě tři čtyři pět šest sedm osm devět",
  hi: "Dobrý den", thanks: "Děkuji", dear: "Vážený pane/Vážená paní", regards: "S pozdravem",
  callback: "prosím zavolejte mi na {phone}", mail: "můj e-mail je {email}", ref: "jde o {ref}",
  refund: "vrácení peněz prosím na {iban}", card: "můžete strhnout z karty {card}", declined: "karta {bad} byla zamítnuta",
  badIban: "IBAN {bad} vyšel neplatný", when: "{date} v {time}", total: "celkem {amount}",
  masked: "placeno kartou {masked}, platnost {exp}",
  words: [["je tu {w}, že se to vyřeší", "naděje"], ["{w} vítězům", "sláva"]],
  caller: "Volající", agent: "Operátor", reason: "Důvod", next: "Další krok", summary: "Shrnutí hovoru",
  status: "Stavová zpráva", noPii: "Žádné údaje o zákaznících.", vm: "Nová hlasová zpráva od",
}
export const SV: Pack = {
  digits: "noll ett två tre fyra fem sex sju åtta nio",
  hi: "Hej", thanks: "Tack", dear: "Hej", regards: "Vänliga hälsningar",
  callback: "ring mig gärna på {phone}", mail: "min e-post är {email}", ref: "det gäller {ref}",
  refund: "återbetalningen till {iban}", card: "ni kan dra från mitt kort {card}", declined: "kortet {bad} nekades",
  badIban: "IBAN {bad} var ogiltigt", when: "den {date} kl. {time}", total: "totalt {amount}",
  masked: "betalt med kort {masked}, giltigt till {exp}",
  words: [["vi tog en {w} genom skogen", "stig"], ["{w} och värme hela veckan", "sol"], ["det finns en {w} att lösa det", "vilja"]],
  caller: "Uppringare", agent: "Handläggare", reason: "Ärende", next: "Nästa steg", summary: "Samtalssammanfattning",
  status: "Statusmeddelande", noPii: "Inga kunduppgifter.", vm: "Nytt röstmeddelande från",
}
export const FR: Pack = {
  digits: "zéro un deux trois quatre cinq six sept huit neuf",
  hi: "Bonjour", thanks: "Merci", dear: "Madame, Monsieur", regards: "Cordialement",
  callback: "merci de me rappeler au {phone}", mail: "mon e-mail est {email}", ref: "c'est au sujet de {ref}",
  refund: "le remboursement sur {iban}", card: "vous pouvez débiter ma carte {card}", declined: "la carte {bad} a été refusée",
  badIban: "l'IBAN {bad} est revenu invalide", when: "le {date} à {time}", total: "total {amount}",
  masked: "payé par carte {masked}, expire {exp}",
  words: [["une {w} rouge sur la table", "rose"], ["une eau bien {w}", "claire"], ["avec {w} sur la route", "prudence"]],
  caller: "Appelant", agent: "Conseiller", reason: "Motif", next: "Étape suivante", summary: "Résumé d'appel",
  status: "Point de situation", noPii: "Aucune donnée client.", vm: "Nouveau message vocal de",
}
