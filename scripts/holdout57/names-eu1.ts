// Names of six European locales (Finland Swedish, Nynorsk, Monaco, San Marino, Liechtenstein, Moldova) in groups by
// origin. A family written `male|female` has a form per gender.
import type { Group } from "./names-en.ts"

const W = (s: string) => s.split(", ")
const G = (m: string, f: string, fam: string): Group => ({ m: W(m), f: W(f), fam: W(fam) })

export const NAMES_EU1: Record<string, Group[]> = {
  "sv-FI": [
    G("Mikael, Patrik, Joakim, Sten", "Linnéa, Annika, Solveig, Ebba", "Lindqvist, Holmström, Sjöblom, Åkerman, Strand, Björk, Sund"),
    G("Fredrik, Anders, Mats, Sten", "Ulrika, Fanny, Johanna, Maja", "Westerlund, Nyberg, Forsman, Eklund, Granqvist, Söderström"),
    G("Jukka, Ville, Antti", "Aino, Kaisa, Sanna", "Virtanen, Korhonen, Mäkinen, Heikkilä"),
    G("Ahmed, Abdirisak, Yusuf", "Hamdi, Faduma, Ifrah", "Mohamud, Jama, Abdullahi"),
  ],
  "nn-NO": [
    G("Dag, Eirik, Sindre, Torstein", "Ingrid, Sigrid, Ragnhild, Synnøve", "Haug, Vik, Myklebust, Solheim, Nesheim, Hjelmeland"),
    G("Øyvind, Knut, Bjarte, Gaute", "Kari, Marit, Gunnhild, Tone", "Tveit, Hauge, Eide, Sandal, Rønneberg, Vik, Bakke"),
    G("Nils Mathis, Aslak, Mikkel", "Ellen Marie, Máret, Inga", "Bongo, Hætta, Gaup, Somby"),
    G("Paweł, Krzysztof, Tomasz", "Agnieszka, Joanna, Ewelina", "Nowak, Wójcik, Mazur"),
    G("Merhawi, Tesfay, Dawit", "Senait, Helen, Luwam", "Tesfamariam, Gebremedhin, Woldu"),
  ],
  "fr-MC": [
    G("Louis, Jean-Baptiste, Stéphane, Frédéric", "Charlotte, Pauline, Stéphanie, Mélanie", "Boisson, Médecin, Blanchi, Notari, Grinda, Crovetto, Gastaud, Campora"),
    G("Lorenzo, Matteo, Davide", "Giulia, Chiara, Federica", "Ferrero, Cavallero, Sciolla, Bellando"),
    G("Pierre-André, Olivier, Thibaut", "Caroline, Hélène, Sophie", "Passeron, Palmaro, Pastor, Médecin"),
    G("João, Rui, Nuno", "Inês, Sónia, Filipa", "Ferreira, Carvalho, Tavares"),
  ],
  "it-SM": [
    G("Marino, Loris, Mirco, Nicola, Simone", "Rossella, Manuela, Mara, Marina, Katia", "Gasperoni, Giardi, Valentini, Ceccoli, Belluzzi, Stefanelli, Felici, Bianchi"),
    G("Andrea, Denis, Federico, Leo", "Elisa, Federica, Sabrina", "Casali, Righi, Zonzini, Muccioli, Mularoni, Santi, Podeschi"),
    G("Giacomo, Romano, Davide", "Lucia, Arianna, Giorgia", "Fabbri, Zavoli, Gridelli, Cenni"),
    G("Matías, Santiago, Facundo", "Florencia, Agustina, Camila", "Gasperoni, Terenzi, Ugolini"),
    G("Andriy, Vasyl, Oleh", "Halyna, Oksana, Iryna", "Melnyk, Bondarenko, Tkachuk"),
  ],
  "de-LI": [
    G("Patrik, Manfred, Thomas, Elias", "Sandra, Manuela, Bettina, Corinne", "Büchel, Frick, Marxer, Hasler, Matt, Kind, Ritter, Wohlwend"),
    G("Rainer, Florian, Marco, Jürgen", "Nadine, Michèle, Jasmin, Lea", "Batliner, Ospelt, Schädler, Oehri, Kieber, Gstöhl, Matt"),
    G("Reto, Urs, Beat", "Regula, Barbara, Corina", "Gassner, Sprenger, Eberle, Nigg, Kind"),
    G("Arben, Valon, Besart", "Shqipe, Valentina, Albana", "Krasniqi, Berisha, Gashi"),
    G("Murat, Emre, Kerem", "Elif, Derya, Aylin", "Yıldız, Şahin, Aydın"),
  ],
  "ro-MD": [
    G("Ion, Vasile, Nicolae, Andrei, Mihai", "Maria, Elena, Doina, Viorica, Speranța", "Rusu, Ceban, Ciobanu, Lungu, Cojocaru, Negru, Crăciun"),
    G("Sergiu, Vadim, Iurie, Dorin", "Natalia, Tatiana, Liliana, Lilia", "Botnaru, Rotaru, Bivol, Cazacu, Moraru, Țurcan, Negru, Vulpe"),
    G("Octavian, Eugen, Victor", "Cristina, Ecaterina, Speranța", "Roșca, Melnic, Guțu, Plămădeală, Crăciun"),
    G("Fiodor, Dmitri, Piotr", "Ludmila, Svetlana, Zinaida", "Topal, Uzun, Caraman, Chiosea"),
    G("Serghei, Vladimir, Oleg", "Irina, Galina, Larisa", "Tkaciuk, Bondarenco, Kravciuc"),
  ],
}
export const NAME_WORDS_EU1: Record<string, string[]> = {
  "sv-FI": ["sund", "strand", "sten"], "nn-NO": ["haug", "bakke", "vik"], "fr-MC": ["boisson", "médecin", "blanchi"],
  "it-SM": ["felici", "bianchi", "santi"], "de-LI": ["matt", "kind", "ritter"], "ro-MD": ["negru", "vulpe", "crăciun"],
}
