// A built-in country gazetteer (ISO 3166-1) plus the organizations and groups news copy names
// most. Each row: code | name | aliases | demonyms | Wikidata QID | capitals used as metonyms.
// QIDs are given only where they are certain; an editor can link the rest. Names that are
// ordinary English words or first names (Chad, Jordan, Georgia, Turkey, Niger) only match
// capitalized, like every entry (see actors.ts).
import type { ActorKind } from "@factline/domain";

/** A gazetteer entry. */
export type GazetteerEntry = {
  key: string;
  name: string;
  kind: ActorKind;
  iso3166: string | null;
  wikidata: string | null;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
};

const COUNTRIES = `
AD|Andorra||Andorran||Andorra la Vella
AE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Q878|Abu Dhabi
AF|Afghanistan|Islamic Emirate of Afghanistan|Afghan;Afghans|Q889|Kabul
AG|Antigua and Barbuda||||
AI|Anguilla||||
AL|Albania||Albanian|Q222|Tirana
AM|Armenia||Armenian|Q399|Yerevan
AO|Angola||Angolan|Q916|Luanda
AQ|Antarctica||||
AR|Argentina||Argentine;Argentinian|Q414|Buenos Aires
AS|American Samoa||||
AT|Austria||Austrian|Q40|Vienna
AU|Australia||Australian|Q408|Canberra
AW|Aruba||||
AX|Åland Islands||||
AZ|Azerbaijan||Azerbaijani|Q227|Baku
BA|Bosnia and Herzegovina|Bosnia|Bosnian|Q225|Sarajevo
BB|Barbados||||
BD|Bangladesh||Bangladeshi|Q902|Dhaka
BE|Belgium||Belgian|Q31|
BF|Burkina Faso||Burkinabe||Ouagadougou
BG|Bulgaria||Bulgarian|Q219|Sofia
BH|Bahrain||Bahraini|Q398|Manama
BI|Burundi||Burundian||
BJ|Benin||Beninese||
BL|Saint Barthélemy||||
BM|Bermuda||||
BN|Brunei||||
BO|Bolivia||Bolivian|Q750|La Paz
BQ|Caribbean Netherlands|Bonaire|||
BR|Brazil||Brazilian|Q155|Brasília
BS|Bahamas|The Bahamas|Bahamian||
BT|Bhutan||Bhutanese||
BV|Bouvet Island||||
BW|Botswana||||
BY|Belarus||Belarusian|Q184|Minsk
BZ|Belize||||
CA|Canada||Canadian|Q16|Ottawa
CC|Cocos (Keeling) Islands||||
CD|Democratic Republic of the Congo|DR Congo;DRC|Congolese|Q974|Kinshasa
CF|Central African Republic||||Bangui
CG|Republic of the Congo|Congo-Brazzaville|||Brazzaville
CH|Switzerland||Swiss|Q39|Bern
CI|Côte d'Ivoire|Ivory Coast|Ivorian||
CK|Cook Islands||||
CL|Chile||Chilean|Q298|Santiago
CM|Cameroon||Cameroonian||Yaoundé
CN|China|People's Republic of China;PRC|Chinese|Q148|Beijing
CO|Colombia||Colombian|Q739|Bogotá
CR|Costa Rica||Costa Rican|Q800|
CU|Cuba||Cuban|Q241|Havana
CV|Cabo Verde|Cape Verde|||
CW|Curaçao||||
CX|Christmas Island||||
CY|Cyprus||Cypriot|Q229|Nicosia
CZ|Czechia|Czech Republic|Czech|Q213|Prague
DE|Germany||German;Germans|Q183|Berlin
DJ|Djibouti||||
DK|Denmark||Danish|Q35|Copenhagen
DM|Dominica||||
DO|Dominican Republic||Dominican|Q786|Santo Domingo
DZ|Algeria||Algerian|Q262|Algiers
EC|Ecuador||Ecuadorian|Q736|Quito
EE|Estonia||Estonian|Q191|Tallinn
EG|Egypt||Egyptian|Q79|Cairo
EH|Western Sahara||||
ER|Eritrea||Eritrean|Q986|Asmara
ES|Spain||Spanish|Q29|Madrid
ET|Ethiopia||Ethiopian|Q115|Addis Ababa
FI|Finland||Finnish|Q33|Helsinki
FJ|Fiji||Fijian||
FK|Falkland Islands|Falklands|||
FM|Micronesia||||
FO|Faroe Islands||||
FR|France||French|Q142|Paris
GA|Gabon||Gabonese||
GB|United Kingdom|UK;U.K.;Britain;Great Britain|British|Q145|London
GD|Grenada||||
GE|Georgia||Georgian|Q230|Tbilisi
GF|French Guiana||||
GG|Guernsey||||
GH|Ghana||Ghanaian|Q117|Accra
GI|Gibraltar||||
GL|Greenland||||
GM|Gambia|The Gambia|Gambian||
GN|Guinea||Guinean||Conakry
GP|Guadeloupe||||
GQ|Equatorial Guinea||||
GR|Greece||Greek|Q41|Athens
GS|South Georgia and the South Sandwich Islands||||
GT|Guatemala||Guatemalan|Q774|
GU|Guam||||
GW|Guinea-Bissau||||
GY|Guyana||Guyanese||
HK|Hong Kong||||
HM|Heard Island and McDonald Islands||||
HN|Honduras||Honduran|Q783|Tegucigalpa
HR|Croatia||Croatian|Q224|Zagreb
HT|Haiti||Haitian|Q790|Port-au-Prince
HU|Hungary||Hungarian|Q28|Budapest
ID|Indonesia||Indonesian|Q252|Jakarta
IE|Ireland||Irish|Q27|Dublin
IL|Israel||Israeli|Q801|Jerusalem
IM|Isle of Man||||
IN|India||Indian|Q668|New Delhi
IO|British Indian Ocean Territory||||
IQ|Iraq||Iraqi|Q796|Baghdad
IR|Iran|Islamic Republic of Iran|Iranian|Q794|Tehran
IS|Iceland||Icelandic|Q189|Reykjavík
IT|Italy||Italian|Q38|Rome
JE|Jersey||||
JM|Jamaica||Jamaican|Q766|Kingston
JO|Jordan||Jordanian|Q810|Amman
JP|Japan||Japanese|Q17|Tokyo
KE|Kenya||Kenyan|Q114|Nairobi
KG|Kyrgyzstan||Kyrgyz|Q813|Bishkek
KH|Cambodia||Cambodian|Q424|Phnom Penh
KI|Kiribati||||
KM|Comoros||||
KN|Saint Kitts and Nevis||||
KP|North Korea|DPRK|North Korean|Q423|Pyongyang
KR|South Korea|Republic of Korea|South Korean|Q884|Seoul
KW|Kuwait||Kuwaiti|Q817|Kuwait City
KY|Cayman Islands||||
KZ|Kazakhstan||Kazakh|Q232|Astana
LA|Laos||Laotian|Q819|Vientiane
LB|Lebanon||Lebanese|Q822|Beirut
LC|Saint Lucia||||
LI|Liechtenstein||||
LK|Sri Lanka||Sri Lankan|Q854|Colombo
LR|Liberia||Liberian||Monrovia
LS|Lesotho||||
LT|Lithuania||Lithuanian|Q37|Vilnius
LU|Luxembourg||Luxembourgish|Q32|
LV|Latvia||Latvian|Q211|Riga
LY|Libya||Libyan|Q1016|Tripoli
MA|Morocco||Moroccan|Q1028|Rabat
MC|Monaco||||
MD|Moldova||Moldovan|Q217|Chișinău
ME|Montenegro||Montenegrin|Q236|Podgorica
MF|Saint Martin||||
MG|Madagascar||Malagasy||Antananarivo
MH|Marshall Islands||||
MK|North Macedonia|Macedonia|Macedonian|Q221|Skopje
ML|Mali||Malian|Q912|Bamako
MM|Myanmar|Burma|Burmese|Q836|Naypyidaw
MN|Mongolia||Mongolian|Q711|Ulaanbaatar
MO|Macao|Macau|||
MP|Northern Mariana Islands||||
MQ|Martinique||||
MR|Mauritania||Mauritanian||Nouakchott
MS|Montserrat||||
MT|Malta||Maltese|Q233|Valletta
MU|Mauritius||Mauritian||
MV|Maldives||Maldivian||
MW|Malawi||Malawian||Lilongwe
MX|Mexico||Mexican|Q96|Mexico City
MY|Malaysia||Malaysian|Q833|Kuala Lumpur
MZ|Mozambique||Mozambican|Q1029|Maputo
NA|Namibia||Namibian||Windhoek
NC|New Caledonia||||
NE|Niger||Nigerien|Q1032|Niamey
NF|Norfolk Island||||
NG|Nigeria||Nigerian|Q1033|Abuja
NI|Nicaragua||Nicaraguan|Q811|Managua
NL|Netherlands|The Netherlands;Holland|Dutch|Q55|Amsterdam;The Hague
NO|Norway||Norwegian|Q20|Oslo
NP|Nepal||Nepali;Nepalese|Q837|Kathmandu
NR|Nauru||||
NU|Niue||||
NZ|New Zealand||New Zealander|Q664|Wellington
OM|Oman||Omani|Q842|Muscat
PA|Panama||Panamanian|Q804|
PE|Peru||Peruvian|Q419|Lima
PF|French Polynesia||||
PG|Papua New Guinea||||Port Moresby
PH|Philippines|The Philippines|Filipino;Philippine|Q928|Manila
PK|Pakistan||Pakistani|Q843|Islamabad
PL|Poland||Polish|Q36|Warsaw
PM|Saint Pierre and Miquelon||||
PN|Pitcairn Islands||||
PR|Puerto Rico||Puerto Rican||San Juan
PS|Palestine|State of Palestine;Palestinian territories|Palestinian;Palestinians|Q219060|Ramallah
PT|Portugal||Portuguese|Q45|Lisbon
PW|Palau||||
PY|Paraguay||Paraguayan|Q733|Asunción
QA|Qatar||Qatari|Q846|Doha
RE|Réunion||||
RO|Romania||Romanian|Q218|Bucharest
RS|Serbia||Serbian|Q403|Belgrade
RU|Russia|Russian Federation|Russian;Russians|Q159|Moscow;Kremlin
RW|Rwanda||Rwandan|Q1037|Kigali
SA|Saudi Arabia|Saudi;KSA|Saudi;Saudis|Q851|Riyadh
SB|Solomon Islands||||
SC|Seychelles||||
SD|Sudan||Sudanese|Q1049|Khartoum
SE|Sweden||Swedish|Q34|Stockholm
SG|Singapore||Singaporean|Q334|
SH|Saint Helena||||
SI|Slovenia||Slovenian|Q215|Ljubljana
SJ|Svalbard and Jan Mayen||||
SK|Slovakia||Slovak|Q214|Bratislava
SL|Sierra Leone||||Freetown
SM|San Marino||||
SN|Senegal||Senegalese|Q1041|Dakar
SO|Somalia||Somali|Q1045|Mogadishu
SR|Suriname||||Paramaribo
SS|South Sudan||South Sudanese|Q958|Juba
ST|São Tomé and Príncipe||||
SV|El Salvador||Salvadoran|Q792|San Salvador
SX|Sint Maarten||||
SY|Syria|Syrian Arab Republic|Syrian|Q858|Damascus
SZ|Eswatini|Swaziland|||
TC|Turks and Caicos Islands||||
TD|Chad||Chadian|Q657|N'Djamena
TF|French Southern Territories||||
TG|Togo||Togolese||Lomé
TH|Thailand||Thai|Q869|Bangkok
TJ|Tajikistan||Tajik|Q863|Dushanbe
TK|Tokelau||||
TL|Timor-Leste|East Timor|||Dili
TM|Turkmenistan||Turkmen|Q874|Ashgabat
TN|Tunisia||Tunisian|Q948|Tunis
TO|Tonga||||
TR|Türkiye|Turkey|Turkish|Q43|Ankara
TT|Trinidad and Tobago||||
TV|Tuvalu||||
TW|Taiwan||Taiwanese|Q865|Taipei
TZ|Tanzania||Tanzanian|Q924|Dodoma
UA|Ukraine||Ukrainian;Ukrainians|Q212|Kyiv;Kiev
UG|Uganda||Ugandan|Q1036|Kampala
UM|United States Minor Outlying Islands||||
US|United States|U.S.;US;USA;U.S.A.;United States of America;America|American;Americans|Q30|Washington
UY|Uruguay||Uruguayan|Q77|Montevideo
UZ|Uzbekistan||Uzbek|Q265|Tashkent
VA|Vatican City|Holy See;Vatican|||
VC|Saint Vincent and the Grenadines||||
VE|Venezuela||Venezuelan|Q717|Caracas
VG|British Virgin Islands||||
VI|U.S. Virgin Islands||||
VN|Vietnam|Viet Nam|Vietnamese|Q881|Hanoi
VU|Vanuatu||||
WF|Wallis and Futuna||||
WS|Samoa||Samoan||
YE|Yemen||Yemeni|Q805|Sanaa
YT|Mayotte||||
ZA|South Africa||South African|Q258|Pretoria
ZM|Zambia||Zambian||Lusaka
ZW|Zimbabwe||Zimbabwean|Q954|Harare
`;

// Organizations and armed groups; `key` is stable so events and claims can refer to it.
const GROUPS: GazetteerEntry[] = [
  {
    key: "group:taliban",
    name: "Taliban",
    kind: "group",
    iso3166: null,
    wikidata: "Q42934",
    aliases: ["Taliban", "Islamic Emirate"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "group:isis",
    name: "Islamic State",
    kind: "group",
    iso3166: null,
    wikidata: "Q2429253",
    aliases: ["ISIS", "ISIL", "IS-K", "ISIS-K", "Daesh", "Islamic State"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "group:al-qaeda",
    name: "Al-Qaeda",
    kind: "group",
    iso3166: null,
    wikidata: "Q34490",
    aliases: ["Al-Qaeda", "al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:nato",
    name: "NATO",
    kind: "organization",
    iso3166: null,
    wikidata: "Q7184",
    aliases: ["NATO", "North Atlantic Treaty Organization"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:un",
    name: "United Nations",
    kind: "organization",
    iso3166: null,
    wikidata: "Q1065",
    aliases: ["UN", "U.N.", "United Nations"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:eu",
    name: "European Union",
    kind: "organization",
    iso3166: null,
    wikidata: "Q458",
    aliases: ["EU", "E.U.", "European Union"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:hamas",
    name: "Hamas",
    kind: "group",
    iso3166: null,
    wikidata: null,
    aliases: ["Hamas"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:hezbollah",
    name: "Hezbollah",
    kind: "group",
    iso3166: null,
    wikidata: null,
    aliases: ["Hezbollah", "Hizbullah"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:sco",
    name: "Shanghai Cooperation Organisation",
    kind: "organization",
    iso3166: null,
    wikidata: null,
    aliases: ["SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:who",
    name: "World Health Organization",
    kind: "organization",
    iso3166: null,
    wikidata: null,
    aliases: ["World Health Organization", "WHO"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:imf",
    name: "International Monetary Fund",
    kind: "organization",
    iso3166: null,
    wikidata: null,
    aliases: ["IMF", "International Monetary Fund"],
    demonyms: [],
    capitals: [],
  },
  {
    key: "org:african-union",
    name: "African Union",
    kind: "organization",
    iso3166: null,
    wikidata: null,
    aliases: ["African Union"],
    demonyms: [],
    capitals: [],
  },
];

const list = (s: string | undefined) => (s ? s.split(";").filter(Boolean) : []);

// The same countries in es, fr, pt, de and it: names (added as aliases), demonyms (lowercase in
// those languages, so they match lowercase) and capitals used as metonyms. Row: code | names |
// demonyms | capitals. Countries news copy names most; others match by their English name.
const COUNTRY_NAMES = `
RU|Rusia;Russie;Rússia;Russland;Federación de Rusia;Fédération de Russie|ruso;rusa;rusos;rusas;russe;russes;russo;russa;russos;russas;russi;russisch;russische;russischen;russischer;russisches;Russen|Moscú;Moscou;Moskau;Mosca;Kreml;Cremlino
UA|Ucrania;Ucrânia;Ucraina|ucraniano;ucraniana;ucranianos;ucranianas;ukrainien;ukrainienne;ukrainiens;ukrainiennes;ucraino;ucraina;ucraini;ucraine;ukrainisch;ukrainische;ukrainischen;ukrainischer|Kiew;Kiev;Kyiv;Kiev;Kíev
US|Usa;Estados Unidos;EE.UU.;EEUU;EUA;États-Unis;Etats-Unis;Vereinigte Staaten;Stati Uniti|estadounidense;estadounidenses;norteamericano;norteamericana;norte-americano;norte-americana;américain;américaine;américains;americano;americana;americani;amerikanisch;amerikanische;amerikanischen;US-amerikanische;statunitense;statunitensi|Casa Blanca;Maison Blanche;Maison-Blanche;Casa Branca;Weißes Haus;Casa Bianca;White House
CN|Chine;Cina|chino;china;chinos;chinois;chinoise;chinês;chinesa;chinesisch;chinesische;chinesischen;cinese;cinesi|Pekín;Pékin;Pequim;Peking;Pechino
DE|Alemania;Allemagne;Alemanha;Deutschland;Germania|alemán;alemana;alemanes;allemand;allemande;allemands;alemão;alemã;tedesco;tedesca;tedeschi;deutsch;deutsche;deutschen;deutscher|Berlín;Berlim;Berlino
FR|Francia;França;Frankreich|francés;francesa;franceses;français;française;francês;francesa;francese;francesi;französisch;französische;französischen|París;Parigi;Élysée;Elysée
IT|Italia;Italie;Itália;Italien|italiano;italiana;italianos;italien;italienne;italiani;italienisch;italienische|Roma;Rom
ES|España;Espagne;Espanha;Spanien;Spagna|español;española;españoles;espagnol;espagnole;espanhol;espanhola;spagnolo;spagnola;spanisch;spanische|Madri
GB|Reino Unido;Royaume-Uni;Großbritannien;Regno Unito;Gran Bretaña;Grande-Bretagne|británico;británica;britannique;britânico;britannico;britisch;britische|Londres;Londra
IL|Israël;Israele|israelí;israelíes;israélien;israélienne;israéliens;israelense;israelenses;israeliano;israeliana;israeliani;israelisch;israelische;israelischen|Jerusalén;Jérusalem;Jerusalém;Gerusalemme
IR|Irán;Irã|iraní;iraníes;iranien;iranienne;iraniano;iraniana;iraniani;iranisch;iranische|Teherán;Téhéran;Teerã;Teheran
LB|Líbano;Liban;Libanon;Libano|libanés;libanesa;libanais;libanaise;libanês;libanese;libanesi;libanesisch;libanesische|Beirut;Beyrouth;Beirute
PS|Palestina;Palästina|palestino;palestina;palestinos;palestinien;palestinienne;palestiniens;palestiniano;palestinese;palestinesi;palästinensisch;palästinensische;Palästinenser|
BR|Brasil;Brésil;Brasilien;Brasile|brasileño;brasileña;brasileños;brésilien;brésilienne;brasileiro;brasileira;brasileiros;brasiliano;brasiliana;brasilianisch;brasilianische|Brasilia;Planalto
MX|México;Mexique;Mexiko;Messico|mexicano;mexicana;mexicanos;mexicain;mexicaine;messicano;mexikanisch;mexikanische|Ciudad de México
VE|Venezuela|venezolano;venezolana;venezolanos;vénézuélien;venezuelano;venezuelana;venezolanisch|
CO|Colombie;Colômbia;Kolumbien|colombiano;colombiana;colombianos;colombien;colombienne;kolumbianisch|Bogota
PL|Polonia;Pologne;Polônia;Polónia;Polen|polaco;polaca;polonais;polonaise;polonês;polaco;polacco;polacca;polnisch;polnische;polnischem;polnischen|Varsovia;Varsovie;Varsóvia;Warschau;Varsavia
TR|Turquía;Turquie;Turquia;Türkei;Turchia|turco;turca;turcos;turc;turque;turchi;türkisch;türkische|Ankara
SY|Siria;Syrie;Síria;Syrien|sirio;siria;sirios;syrien;syrienne;sírio;siriano;siriana;syrisch;syrische|Damasco;Damas;Damaskus
IQ|Irak;Iraque|iraquí;irakien;iraquiano;iracheno;irakisch|Bagdad
AF|Afganistán;Afeganistão;Afghanistan|afgano;afgana;afganos;afghan;afghane;afegão;afegã;afghano;afghana;afghanisch;afghanische|Kabul;Kaboul;Cabul
JP|Japón;Japon;Japão;Giappone|japonés;japonesa;japonais;japonaise;japonês;giapponese;japanisch;japanische|Tokio;Tóquio
IN|Inde;Índia;Indien|indio;india;indien;indienne;indiano;indiana;indisch;indische|Nueva Delhi;New Delhi;Nova Deli;Neu-Delhi;Nuova Delhi
EG|Egipto;Égypte;Egito;Ägypten;Egitto|egipcio;égyptien;egípcio;egiziano;ägyptisch|El Cairo;Le Caire;Cairo;Kairo;Il Cairo
SA|Arabia Saudita;Arabia Saudí;Arabie saoudite;Arábia Saudita;Saudi-Arabien|saudí;saoudien;saudita;saudisch|Riad;Riyad;Riade
QA|Catar;Qatar;Katar|catarí;qatari;qatarien;catariano;katarisch|Doha
BE|Bélgica;Belgique;Belgien;Belgio|belga;belge;belgisch|
HU|Hungría;Hongrie;Hungria;Ungarn;Ungheria|húngaro;hongrois;ungherese;ungarisch|Budapest
MZ|Moçambique;Mozambique;Mosambik|mozambiqueño;mozambicain;moçambicano;moçambicana;mozambicano;mosambikanisch|Maputo
TN|Túnez;Tunisie;Tunísia;Tunesien|tunecino;tunisien;tunisienne;tunisiano;tunisino;tunesisch;tunesischen|Tunis;Túnez;Tunes;Tunisi
ET|Etiopía;Éthiopie;Etiópia;Äthiopien;Etiopia|etíope;éthiopien;etiope;äthiopisch|Adís Abeba;Addis-Abeba;Adis Abeba
KP|Corea del Norte;Corée du Nord;Coreia do Norte;Nordkorea;Corea del Nord|norcoreano;nord-coréen;norte-coreano;nordcoreano;nordkoreanisch|Pionyang;Pyongyang
KR|Corea del Sur;Corée du Sud;Coreia do Sul;Südkorea;Corea del Sud|surcoreano;sud-coréen;sul-coreano;sudcoreano;südkoreanisch|Seúl;Séoul;Seul
BY|Bielorrusia;Biélorussie;Bielorrússia;Belarus;Weißrussland;Bielorussia|bielorruso;biélorusse;bielorrusso;bielorusso;belarussisch|Minsk
GR|Grecia;Grèce;Grécia;Griechenland|griego;grec;grecque;grego;greco;griechisch|Atenas;Athènes;Athen;Atene
CH|Suiza;Suisse;Suíça;Schweiz;Svizzera|suizo;suisse;suíço;svizzero;schweizerisch|Berna
AT|Autriche;Áustria;Österreich|austriaco;autrichien;austríaco;österreichisch|Viena;Vienne;Wien
NL|Países Bajos;Pays-Bas;Países Baixos;Niederlande;Paesi Bassi;Holanda|neerlandés;néerlandais;holandês;olandese;niederländisch|La Haya;La Haye;Haia;Den Haag;L'Aia
PT|Portugal;Portogallo|portugués;portuguesa;portugais;portugaise;português;portoghese;portugiesisch|Lisboa;Lisbonne;Lissabon;Lisbona
AR|Argentine;Argentinien|argentino;argentina;argentinos;argentin;argentine;argentinisch|
`;

// Supranational bodies in each language's spelling (names added as aliases).
const BODY_NAMES = `
org:eu|UE;Ue;Unión Europea;Union européenne;União Europeia;Unione europea;Unione Europea;Europäische Union;Vingt-Sept;Veintisiete;Ventisette|Bruselas;Bruxelles;Bruxelas;Brüssel;Brussels
org:un|ONU;Onu;Naciones Unidas;Nations unies;Nations Unies;Nações Unidas;Nazioni Unite;Vereinte Nationen;Vereinten Nationen;UNO|
org:nato|OTAN;Nato;Alianza Atlántica;Alliance atlantique|
org:who|OMS;Organización Mundial de la Salud;Organisation mondiale de la santé;Organização Mundial da Saúde;Organizzazione mondiale della sanità;Weltgesundheitsorganisation|
org:imf|FMI;IWF;Fondo Monetario Internacional;Fonds monétaire international;Fundo Monetário Internacional;Fondo monetario internazionale;Internationaler Währungsfonds|
org:african-union|AU;Unión Africana;Union africaine;União Africana;Unione africana;Afrikanische Union|
org:hezbollah|Hisbollah;Hezbolá;Hizbulá;Hizbollah;Hezbollah|
`;

const MORE_BODIES: GazetteerEntry[] = [
  [
    "org:unsc",
    "UN Security Council",
    "Q37470",
    "Security Council;UN Security Council;Consejo de Seguridad;Conseil de sécurité;Conselho de Segurança;Consiglio di sicurezza;Sicherheitsrat;UN-Sicherheitsrat;Weltsicherheitsrat",
  ],
  [
    "org:ecowas",
    "ECOWAS",
    "Q161549",
    "ECOWAS;CEDEAO;Economic Community of West African States;Comunidad Económica de los Estados de África Occidental;Communauté économique des États de l'Afrique de l'Ouest",
  ],
  [
    "org:iaea",
    "International Atomic Energy Agency",
    "Q25236",
    "IAEA;OIEA;AIEA;IAEO;International Atomic Energy Agency;Organismo Internacional de Energía Atómica;Agence internationale de l'énergie atomique;Agência Internacional de Energia Atómica;Agenzia internazionale per l'energia atomica;Internationale Atomenergiebehörde",
  ],
  ["org:asean", "ASEAN", "Q7768", "ASEAN;Association of Southeast Asian Nations"],
  ["org:opec", "OPEC", "Q7795", "OPEC;OPEP;Organization of the Petroleum Exporting Countries"],
  [
    "org:world-bank",
    "World Bank",
    "Q7164",
    "World Bank;Banco Mundial;Banque mondiale;Banca mondiale;Weltbank",
  ],
  [
    "org:icc",
    "International Criminal Court",
    "Q47488",
    "International Criminal Court;ICC;Corte Penal Internacional;Cour pénale internationale;Tribunal Penal Internacional;Corte penale internazionale;Internationaler Strafgerichtshof;IStGH",
  ],
  ["org:osce", "OSCE", "Q81299", "OSCE;OSZE"],
  [
    "org:european-commission",
    "European Commission",
    "Q8880",
    "European Commission;Comisión Europea;Commission européenne;Comissão Europeia;Commissione europea;Commissione Europea;EU-Kommission;Europäische Kommission",
  ],
  [
    "org:oas",
    "Organization of American States",
    "Q123759",
    "OAS;OEA;Organization of American States;Organización de los Estados Americanos",
  ],
  ["org:mercosur", "Mercosur", "Q19130", "Mercosur;Mercosul"],
  ["org:g7", "G7", "Q1764511", "G7"],
  ["org:g20", "G20", "Q19771", "G20"],
].map(([key, name, wikidata, aliases]) => ({
  key: key as string,
  name: name as string,
  kind: "organization" as const,
  iso3166: null,
  wikidata: wikidata as string,
  aliases: list(aliases),
  demonyms: [],
  capitals: [],
}));

function parseCountries(): GazetteerEntry[] {
  return COUNTRIES.trim()
    .split("\n")
    .map((line) => {
      const [code, name, aliases, demonyms, qid, capitals] = line.split("|");
      return {
        key: `country:${code}`,
        name: name as string,
        kind: "country" as const,
        iso3166: code as string,
        wikidata: qid || null,
        aliases: list(aliases),
        demonyms: list(demonyms),
        capitals: list(capitals),
      };
    });
}

// Spanish, Portuguese and Italian adjectives agree with their noun: a demonym listed in one form
// ("venezolano") also stands in the others ("venezolanas" autoridades, "venezolani").
function inflected(demonyms: string[]): string[] {
  const out = new Set(demonyms);
  for (const d of demonyms) {
    if (!/^\p{Ll}{3,}o$/u.test(d)) continue;
    const stem = d.slice(0, -1);
    for (const end of ["a", "os", "as", "i", "e"]) out.add(stem + end);
  }
  return [...out];
}

// Adds each language's names, demonyms and capitals to the entries they belong to.
function withLanguages(entries: GazetteerEntry[]): GazetteerEntry[] {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  for (const line of COUNTRY_NAMES.trim().split("\n")) {
    const [code, names, demonyms, capitals] = line.split("|");
    const e = byKey.get(`country:${code}`);
    if (!e) continue;
    e.aliases.push(...list(names).filter((n) => n !== e.name));
    e.demonyms.push(...inflected(list(demonyms)));
    e.capitals.push(...list(capitals));
  }
  for (const line of BODY_NAMES.trim().split("\n")) {
    const [key, names, capitals] = line.split("|");
    const e = byKey.get(key as string);
    if (!e) continue;
    e.aliases.push(...list(names));
    e.capitals.push(...list(capitals));
  }
  return entries;
}

/** Every built-in entry: all ISO 3166-1 countries and territories, then groups and bodies. */
export const GAZETTEER: readonly GazetteerEntry[] = withLanguages([
  ...parseCountries(),
  ...GROUPS.map((g) => ({ ...g, aliases: [...g.aliases] })),
  ...MORE_BODIES,
]);

/** Looks up a country by ISO code. */
export function countryByCode(code: string): GazetteerEntry | undefined {
  return GAZETTEER.find((e) => e.iso3166 === code);
}
