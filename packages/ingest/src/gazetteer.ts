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
BE|Belgium||Belgian|Q31|Brussels
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

/** Every built-in entry: all ISO 3166-1 countries and territories, then groups. */
export const GAZETTEER: readonly GazetteerEntry[] = [...parseCountries(), ...GROUPS];

/** Looks up a country by ISO code. */
export function countryByCode(code: string): GazetteerEntry | undefined {
  return GAZETTEER.find((e) => e.iso3166 === code);
}
