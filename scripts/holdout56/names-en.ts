// Given and family names of the six English locales, of many origins. A family entry `A|B` is the man's and the
// woman's form. `words` are names in these lists that the texts also use as ordinary words (`name-word`).
/** `ties`: given names that take their family names from a small set (`Tuan,Linh:Nguyen,Tran;…`); tied families go to them only. */
export interface NameSet { m: string; f: string; fam: string; words: string; familyFirst?: boolean; ties?: string }
const S = (x: NameSet) => x

export const NAMES_EN: Record<string, NameSet> = {
  "en-US": S({
    ties: "Tuan,Linh,Bao,Mai:Nguyen,Tran,Xiong,Vang;Abdirahman,Fatima:Abdi,Hassan",
    m: "James,Marcus,Tuan,Abdirahman,Diego,Ezekiel,Kai,Nathaniel,Xavier,DeShawn,Wyatt,Chase,Frank,Tenzin,Bao",
    f: "Ashley,Maribel,Linh,Fatima,Destiny,Shoshana,Kalani,Brianna,Yesenia,Mai,Joy,Faith,Kateri,Tiffany",
    fam: "Nguyen,Xiong,Vang,Begay,Yazzie,Washington,Kowalczyk,Esposito,Gutierrez,Alvarado,Dela Cruz,Bautista,Abdi,Hassan,O'Connell,Goldberg,Tran,Mahoney",
    words: "chase,frank,joy,faith",
  }),
  "en-GB": S({
    ties: "Tariq,Shahid,Nusrat,Shirin,Mohammed:Rahman,Begum,Uddin,Chowdhury;Priya:Patel",
    m: "Ciaran,Oisin,Rhys,Tariq,Shahid,Leroy,Callum,Jago,Frank,Miles,Declan,Kieran,Mohammed",
    f: "Aoife,Niamh,Shirin,Nusrat,Marcia,Bethan,Tegan,Dawn,Roisin,Morwenna,Keira,Priya",
    fam: "McCann,Quinn,Hughes,Rahman,Begum,Uddin,Chowdhury,Campbell,Tremayne,Penhaligon,Okafor,Kowalski,Evans,Patel,Pryce,Doherty,Devlin,Baptiste",
    words: "frank,miles,dawn",
  }),
  "en-GH": S({
    ties: "Ibrahim:Issahaku",
    m: "Kwame,Kofi,Yaw,Kwabena,Kojo,Ebo,Selasi,Nii,Ibrahim,Delali,Fiifi,Kwesi",
    f: "Akosua,Ama,Abena,Efua,Adwoa,Akua,Comfort,Patience,Mercy,Gifty,Esi,Dzifa",
    fam: "Mensah,Owusu,Boateng,Asante,Agyeman,Quaye,Tetteh,Adjei,Addo,Amoah,Ofori,Darko,Osei,Kpodo,Lamptey,Agbeko,Issahaku",
    words: "comfort,patience,mercy",
  }),
  "en-KE": S({
    ties: "Hassan:Mohamed,Juma",
    m: "Kamau,Otieno,Kiprop,Wafula,Mutua,Brian,Kevin,Omondi,Hassan,Njoroge,Ochieng,Baraka",
    f: "Wanjiru,Njeri,Achieng,Chebet,Muthoni,Wanjiku,Faith,Mercy,Charity,Nafula,Zawadi,Akinyi",
    fam: "Odhiambo,Mwangi,Wekesa,Kiprono,Chege,Ndungu,Wambua,Onyango,Barasa,Kariuki,Maina,Juma,Koech,Nyambura,Mohamed,Kimani",
    words: "faith,mercy,charity",
  }),
  "en-JM": S({
    m: "Delroy,Tyrone,Devon,Andre,Omar,Kemar,Leighton,Winston,Shane,Fitzroy,Garfield,Dwayne",
    f: "Shanice,Kerry-Ann,Tanisha,Nadine,Simone,Shelly,Ashanti,Tamara,Marcia,Latoya,Joy,Sophia",
    fam: "Campbell,Brown,Williams,Thompson,Grant,Reid,McKenzie,Chin,Mahfood,Henry,Clarke,Bailey,Lewis,Morgan,Issa,Samuels",
    words: "grant,brown,joy",
  }),
  "en-HK": S({
    ties: "Maricel,Rowena:Santos,Dizon;Gurpreet:Singh",
    m: "Jacky,Kenny,Sunny,Ka Ho,Chi Keung,Siu Ming,Wing Kit,Gurpreet,Hoi Lam,Raymond",
    f: "Winnie,Joyce,Michelle,Ka Yan,Mei Ling,Wing Sze,Hoi Yan,Maricel,Rowena,Joy,Cheryl",
    fam: "Chan,Wong,Lee,Cheung,Lau,Lam,Ho,Leung,Ng,Tsang,Yip,Kwok,Santos,Dizon,Singh,Fong",
    words: "sunny,joy",
    familyFirst: true,
  }),
}
