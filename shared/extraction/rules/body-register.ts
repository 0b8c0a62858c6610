// The one register of Stockholm's bodies (nämnder, stadsdelsnämnder incl. historical ones, kontor,
// bolag, råd): printed forms → official name and body type, with years of validity where a body was
// renamed. Bodies not listed here get their printed name and a type from BODY_TYPE_RULES.
import type { BodyType } from '../../model/case-record.ts';
import type { LabelRule } from './rule.ts';

export interface RegisteredBody {
  /** Official name, capitalised. */
  name: string;
  type: BodyType;
  /** Other printed forms (lower-case), e.g. a shorthand used in remiss lists. */
  aliases?: readonly string[];
  /** First and last year the name was in use, when the body was renamed or merged. */
  from?: number;
  to?: number;
}

/** A stadsdelsområde: its printed district name(s) and the nämnd's official name. */
export interface District {
  /** District names as printed in grouped lists (`Farsta`, `Enskede-Årsta-Vantör`). */
  names: readonly string[];
  body: string;
  from?: number;
  to?: number;
}

export const STOCKHOLM_DISTRICTS: readonly District[] = [
  { names: ['Bromma'], body: 'Bromma stadsdelsnämnd' },
  { names: ['Enskede-Årsta-Vantör'], body: 'Enskede-Årsta-Vantörs stadsdelsnämnd', from: 2007 },
  { names: ['Farsta'], body: 'Farsta stadsdelsnämnd' },
  { names: ['Hägersten-Älvsjö'], body: 'Hägersten-Älvsjö stadsdelsnämnd', from: 2020 },
  { names: ['Hässelby-Vällingby'], body: 'Hässelby-Vällingby stadsdelsnämnd' },
  { names: ['Kungsholmen'], body: 'Kungsholmens stadsdelsnämnd' },
  { names: ['Norrmalm'], body: 'Norrmalms stadsdelsnämnd' },
  { names: ['Rinkeby-Kista'], body: 'Rinkeby-Kista stadsdelsnämnd', from: 2007 },
  { names: ['Skarpnäck'], body: 'Skarpnäcks stadsdelsnämnd' },
  { names: ['Skärholmen'], body: 'Skärholmens stadsdelsnämnd' },
  { names: ['Spånga-Tensta'], body: 'Spånga-Tensta stadsdelsnämnd' },
  { names: ['Södermalm'], body: 'Södermalms stadsdelsnämnd', from: 2007 },
  { names: ['Östermalm'], body: 'Östermalms stadsdelsnämnd' },
  // 2007–2019: Hägersten-Liljeholmen and Älvsjö, merged into Hägersten-Älvsjö in 2020
  { names: ['Hägersten-Liljeholmen'], body: 'Hägersten-Liljeholmens stadsdelsnämnd', from: 2007, to: 2019 },
  { names: ['Älvsjö'], body: 'Älvsjö stadsdelsnämnd', to: 2019 },
  // 1997–2006: the eighteen districts before the 2007 mergers
  { names: ['Kista'], body: 'Kista stadsdelsnämnd', to: 2006 },
  { names: ['Rinkeby'], body: 'Rinkeby stadsdelsnämnd', to: 2006 },
  { names: ['Katarina-Sofia'], body: 'Katarina-Sofia stadsdelsnämnd', to: 2006 },
  { names: ['Maria-Gamla stan'], body: 'Maria-Gamla stans stadsdelsnämnd', to: 2006 },
  { names: ['Hägersten'], body: 'Hägerstens stadsdelsnämnd', to: 2006 },
  { names: ['Liljeholmen'], body: 'Liljeholmens stadsdelsnämnd', to: 2006 },
  { names: ['Enskede-Årsta', 'Enskede'], body: 'Enskede-Årsta stadsdelsnämnd', to: 2006 },
  { names: ['Vantör'], body: 'Vantörs stadsdelsnämnd', to: 2006 },
];

export const STOCKHOLM_BODIES: readonly RegisteredBody[] = [
  { name: 'Kommunfullmäktige', type: 'namnd' },
  { name: 'Kommunstyrelsen', type: 'namnd' },
  { name: 'Borgarrådsberedningen', type: 'namnd' },
  { name: 'Stadsledningskontoret', type: 'kontor', aliases: ['stadsledningskontoret', 'slk'] },
  { name: 'Arbetsmarknadsnämnden', type: 'namnd' },
  { name: 'Exploateringsnämnden', type: 'namnd' },
  { name: 'Fastighetsnämnden', type: 'namnd' },
  { name: 'Förskolenämnden', type: 'namnd', from: 2019 },
  { name: 'Idrottsnämnden', type: 'namnd' },
  { name: 'Kulturnämnden', type: 'namnd' },
  { name: 'Kyrkogårdsnämnden', type: 'namnd' },
  { name: 'Miljö- och hälsoskyddsnämnden', type: 'namnd' },
  { name: 'Servicenämnden', type: 'namnd' },
  { name: 'Socialnämnden', type: 'namnd' },
  { name: 'Socialtjänst- och arbetsmarknadsnämnden', type: 'namnd', from: 2007, to: 2014 },
  { name: 'Stadsbyggnadsnämnden', type: 'namnd' },
  { name: 'Trafiknämnden', type: 'namnd', from: 2015 },
  {
    name: 'Trafik- och renhållningsnämnden',
    type: 'namnd',
    aliases: ['trafiknämnden'],
    from: 2007,
    to: 2014,
  },
  { name: 'Gatu- och fastighetsnämnden', type: 'namnd', to: 2006 },
  { name: 'Utbildningsnämnden', type: 'namnd' },
  { name: 'Valnämnden', type: 'namnd' },
  { name: 'Äldrenämnden', type: 'namnd' },
  { name: 'Överförmyndarnämnden', type: 'namnd' },
  { name: 'Revisorskollegiet', type: 'namnd' },
  {
    name: 'Kommunstyrelsens pensionärsråd',
    type: 'rad',
    aliases: ['pensionärsrådet', 'stadens pensionärsråd', 'stockholms stads pensionärsråd'],
  },
  {
    name: 'Kommunstyrelsens råd för funktionshinderfrågor',
    type: 'rad',
    aliases: [
      'funktionshinderrådet',
      'rådet för funktionshinderfrågor',
      'kommunstyrelsens funktionshinderråd',
    ],
  },
  { name: 'Stockholms Stadshus AB', type: 'bolag', aliases: ['stadshus ab'] },
  { name: 'AB Familjebostäder', type: 'bolag', aliases: ['familjebostäder', 'familjebostäder ab'] },
  { name: 'AB Stockholmshem', type: 'bolag', aliases: ['stockholmshem', 'stockholmshem ab'] },
  { name: 'AB Svenska Bostäder', type: 'bolag', aliases: ['svenska bostäder', 'svenska bostäder ab'] },
  { name: 'Micasa Fastigheter i Stockholm AB', type: 'bolag', aliases: ['micasa'] },
  { name: 'Skolfastigheter i Stockholm AB', type: 'bolag', aliases: ['sisab'] },
  { name: 'Stockholm Vatten AB', type: 'bolag', to: 2016 },
  { name: 'Stockholm Vatten och Avfall AB', type: 'bolag', from: 2017 },
  { name: 'Stockholms Hamn AB', type: 'bolag' },
  { name: 'Stokab AB', type: 'bolag', aliases: ['stokab'] },
  { name: 'Stockholm Business Region AB', type: 'bolag' },
  {
    name: 'Stockholms Stads Parkerings AB',
    type: 'bolag',
    aliases: ['stockholm parkering', 'stockholm parkering ab'],
  },
  { name: 'Stockholms Stads Bostadsförmedling AB', type: 'bolag', aliases: ['bostadsförmedlingen'] },
  { name: 'S:t Erik Markutveckling AB', type: 'bolag' },
  { name: 'Stockholms Stadsteater AB', type: 'bolag' },
];

/** Body type from how a name is built, for bodies outside the register. First match wins. */
export const BODY_TYPE_RULES: readonly LabelRule<BodyType>[] = [
  {
    pattern: /stadsdelsnämnd|stadsområdesnämnd|kommundelsnämnd|områdesnämnd/iu,
    label: 'stadsdelsnamnd',
    gloss: 'district committee',
  },
  { pattern: /\bAB\b|aktiebolag|\bbolag(?:et)?\b/u, label: 'bolag', gloss: 'limited company' },
  {
    pattern:
      /(?:pensionärs|funktionshinder|handikapp|funktionsnedsättnings|tillgänglighets|ungdoms)råd|\bråd(?:et)?\s+för\b|^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+rådet$|rådet$/iu,
    label: 'rad',
    gloss: 'advisory council',
  },
  {
    pattern:
      /^(?:Länsstyrelsen|Polis|Region\b|Landstinget|Regionen|Trafikverket|Migrationsverket|Försäkringskassan|Arbetsförmedlingen|Kriminalvården|Tullverket|Storstockholms)|verket$|myndigheten\b|universitet|högskola|förbund(?:et)?$|föreningen?$|organisation/iu,
    label: 'extern',
    gloss: 'state authority, region or organisation',
  },
  {
    pattern: /kontoret$|kontor$|förvaltningen$|förvaltning$|\bförvaltning för\b|kansliet$|stadskontoret/iu,
    label: 'kontor',
    gloss: 'office / administration',
  },
  {
    pattern: /nämnden$|nämnd$|styrelsen$|beredningen$|fullmäktige$|utskottet$/iu,
    label: 'namnd',
    gloss: 'committee',
  },
];
