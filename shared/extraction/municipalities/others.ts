// Municipalities other than Stockholm: name forms, case-number styles, own offices, and the bodies
// whose official names differ from how lists print them (district and area committees by era,
// companies with a short form). Bodies not listed keep their printed name.
import type { Municipality } from './municipality.ts';

const COMMON_OFFICES = ['kommunledningskontoret', 'kommunkontoret', 'kommunstyrelsens förvaltning'];

export const GOTEBORG: Municipality = {
  name: 'Göteborgs Stad',
  nameForms: [/\bGöteborgs [Ss]tad\b/u, /\bGÖTEBORGS STAD\b/u],
  signingPlace: 'Göteborg',
  dnrStyles: [/\b\d{4}\/\d{2}\b/u],
  offices: ['stadsledningskontoret', 'stadskansliet'],
  bodies: [
    { name: 'Göteborgs Stads pensionärsråd', type: 'rad', aliases: ['pensionärsrådet'] },
    { name: 'Göteborgs Spårvägar AB', type: 'bolag', aliases: ['göteborgs spårvägar', 'spårvägen'] },
    { name: 'Förvaltnings AB Framtiden', type: 'bolag', aliases: ['framtiden', 'framtiden ab'] },
    { name: 'Göteborg Energi AB', type: 'bolag', aliases: ['göteborg energi'] },
  ],
  // 2011–2020: ten stadsdelsnämnder, named head first (`Stadsdelsnämnden Angered`)
  districts: [
    'Angered',
    'Östra Göteborg',
    'Örgryte-Härlanda',
    'Centrum',
    'Majorna-Linné',
    'Askim-Frölunda-Högsbo',
    'Västra Göteborg',
    'Västra Hisingen',
    'Lundby',
    'Norra Hisingen',
  ].map((area) => ({ names: [area], body: `Stadsdelsnämnden ${area}`, from: 2011, to: 2020 })),
  areaNameForm: 'definite-head-first',
};

export const MALMO: Municipality = {
  name: 'Malmö stad',
  nameForms: [/\bMalmö stad\b/u, /\bMALMÖ STAD\b/u],
  signingPlace: 'Malmö',
  dnrStyles: [/\b[A-Z]{2,4}-\d{4}-\d{1,6}\b/u],
  offices: ['stadskontoret'],
  bodies: [
    { name: 'MKB Fastighets AB', type: 'bolag', aliases: ['mkb', 'mkb fastighets ab'] },
    { name: 'Malmö Leveransservice AB', type: 'bolag', aliases: ['malmö leveransservice'] },
  ],
  // 2013–2020: five stadsområdesnämnder (`Stadsområdesnämnd Norr`)
  districts: ['Norr', 'Söder', 'Öster', 'Väster', 'Innerstaden'].map((area) => ({
    names: [area],
    body: `Stadsområdesnämnd ${area}`,
    from: 2013,
    to: 2020,
  })),
  areaNameForm: 'indefinite-head-first',
};

export const UPPSALA: Municipality = {
  name: 'Uppsala kommun',
  nameForms: [/\bUppsala kommun\b/u, /\bUPPSALA KOMMUN\b/u],
  signingPlace: 'Uppsala',
  dnrStyles: [/\bKSN-\d{4}-\d{1,6}\b/u],
  offices: [...COMMON_OFFICES],
  bodies: [
    { name: 'Utbildningsnämnden', type: 'namnd', aliases: ['ubn'] },
    { name: 'Kommunala pensionärsrådet', type: 'rad', aliases: ['kpr'] },
    { name: 'Kommunala tillgänglighetsrådet', type: 'rad', aliases: ['ktr'] },
    { name: 'Skolfastigheter i Uppsala AB', type: 'bolag', aliases: ['skolfastigheter'] },
    { name: 'Uppsalahem AB', type: 'bolag', aliases: ['uppsalahem'] },
    { name: 'Uppsala stadshus AB', type: 'bolag', aliases: ['stadshus ab'] },
  ],
  areaNameForm: 'genitive-first',
};

export const HUDDINGE: Municipality = {
  name: 'Huddinge kommun',
  nameForms: [/\bHuddinge kommun\b/u, /\bHUDDINGE KOMMUN\b/u],
  signingPlace: 'Huddinge',
  dnrStyles: [/\bKS-\d{4}\/\d{1,6}(?:\.\d+)?\b/u],
  offices: ['kommunstyrelsens förvaltning', 'kommunledningsförvaltningen'],
  bodies: [
    { name: 'Södertörns brandförsvarsförbund', type: 'extern', aliases: ['sbff'] },
    { name: 'Huge Fastigheter AB', type: 'bolag', aliases: ['huge', 'huge fastigheter'] },
  ],
  areaNameForm: 'genitive-first',
};

export const SOLNA: Municipality = {
  name: 'Solna stad',
  nameForms: [/\bSolna stad\b/u, /\bSOLNA STAD\b/u],
  signingPlace: 'Solna',
  dnrStyles: [/\bKS\/\d{4}:\d{1,5}\b/u],
  offices: ['stadsledningskontoret'],
  bodies: [{ name: 'Signalisten i Solna AB', type: 'bolag', aliases: ['signalisten'] }],
  areaNameForm: 'genitive-first',
};

export const NACKA: Municipality = {
  name: 'Nacka kommun',
  nameForms: [/\bNacka kommun\b/u, /\bNACKA KOMMUN\b/u],
  signingPlace: 'Nacka',
  dnrStyles: [/\bKFKS \d{4}\/\d{1,5}\b/u],
  offices: ['stadsledningskontoret', ...COMMON_OFFICES],
  bodies: [
    { name: 'Nacka vatten och avfall AB', type: 'bolag', aliases: ['nacka vatten och avfall'] },
    { name: 'Nacka stadshus AB', type: 'bolag' },
  ],
  areaNameForm: 'genitive-first',
};

export const SOLLENTUNA: Municipality = {
  name: 'Sollentuna kommun',
  nameForms: [/\bSollentuna kommun\b/u, /\bSOLLENTUNA KOMMUN\b/u],
  signingPlace: 'Sollentuna',
  dnrStyles: [/\b\d{4}\/\d{4} KS-\d+\b/u],
  offices: [...COMMON_OFFICES],
  bodies: [{ name: 'Sollentunahem AB', type: 'bolag', aliases: ['sollentunahem'] }],
  areaNameForm: 'genitive-first',
};

export const LUND: Municipality = {
  name: 'Lunds kommun',
  nameForms: [/\bLunds kommun\b/u, /\bLUNDS KOMMUN\b/u],
  signingPlace: 'Lund',
  dnrStyles: [/\bKS \d{4}\/\d{1,5}\b/u],
  offices: ['kommunkontoret'],
  bodies: [
    { name: 'Lunds Kommuns Fastighets AB', type: 'bolag', aliases: ['lkf'] },
    { name: 'Lunds Renhållningsverk', type: 'kontor', aliases: ['lrv'] },
  ],
  // 2007–2018: the two school boards by area (`Barn- och skolnämnd Lunds stad`)
  districts: [
    { names: ['Lunds stad'], body: 'Barn- och skolnämnd Lunds stad', from: 2007, to: 2018 },
    { names: ['Lunds öster'], body: 'Barn- och skolnämnd Lunds öster', from: 2007, to: 2018 },
  ],
  areaNameForm: 'indefinite-head-first',
};

export const UMEA: Municipality = {
  name: 'Umeå kommun',
  nameForms: [/\bUmeå kommun\b/u, /\bUMEÅ KOMMUN\b/u],
  signingPlace: 'Umeå',
  dnrStyles: [/\bKS-\d{4}-\d{1,6}\b/u],
  offices: ['stadsledningskontoret', ...COMMON_OFFICES],
  bodies: [{ name: 'Rådet för funktionshinderfrågor', type: 'rad', aliases: ['funktionshinderrådet'] }],
  areaNameForm: 'genitive-first',
};

/** Municipalities known by their name forms only (no bodies yet), for the municipality field. */
export const NAME_ONLY: readonly Municipality[] = [
  ['Västerås stad', 'Västerås'],
  ['Örebro kommun', 'Örebro'],
  ['Linköpings kommun', 'Linköping'],
  ['Helsingborgs stad', 'Helsingborg'],
  ['Norrköpings kommun', 'Norrköping'],
  ['Jönköpings kommun', 'Jönköping'],
  ['Sundbybergs stad', 'Sundbyberg'],
  ['Lidingö stad', 'Lidingö'],
  ['Täby kommun', 'Täby'],
  ['Södertälje kommun', 'Södertälje'],
  ['Botkyrka kommun', 'Botkyrka'],
  ['Haninge kommun', 'Haninge'],
  ['Järfälla kommun', 'Järfälla'],
  ['Gävle kommun', 'Gävle'],
  ['Karlstads kommun', 'Karlstad'],
  ['Växjö kommun', 'Växjö'],
  ['Borås stad', 'Borås'],
  ['Eskilstuna kommun', 'Eskilstuna'],
  ['Luleå kommun', 'Luleå'],
  ['Trollhättans stad', 'Trollhättan'],
  ['Landskrona stad', 'Landskrona'],
  ['Vaxholms stad', 'Vaxholm'],
].map(([name = '', place = '']) => ({
  name,
  nameForms: [new RegExp(`\\b${name}\\b`, 'u'), new RegExp(`\\b${name.toUpperCase()}\\b`, 'u')],
  signingPlace: place,
  offices: [...COMMON_OFFICES, 'stadskontoret', 'stadsledningskontoret'],
  bodies: [],
  areaNameForm: 'genitive-first' as const,
}));
