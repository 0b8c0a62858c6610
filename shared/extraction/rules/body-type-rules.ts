// How a body's name is built → its body type, for bodies outside a municipality's register. First
// match wins, so a district committee is caught before the generic committee, and a company before
// an office (`Stockholms Stads Parkerings AB`).
import type { BodyType } from '../../model/case-record.ts';
import type { LabelRule } from './rule.ts';

export const BODY_TYPE_RULES: readonly LabelRule<BodyType>[] = [
  {
    pattern: /stadsdelsnämnd|stadsområdesnämnd|kommundelsnämnd|områdesnämnd|stadsdelsfullmäktige/iu,
    label: 'stadsdelsnamnd',
    gloss: 'district committee',
  },
  {
    pattern: /(?<![\p{L}\d])AB(?![\p{L}\d])|aktiebolag|(?<![\p{L}])bolag(?:et)?$/u,
    label: 'bolag',
    gloss: 'limited company',
  },
  {
    pattern:
      /(?:pensionärs|funktionshinder|handikapp|funktionsnedsättnings|tillgänglighets|ungdoms|senior|brukar)råd(?:et)?(?![\p{L}])|(?<![\p{L}])råd(?:et)?\s+för(?![\p{L}])|^\p{L}+\s+rådet$|(?<![\p{L}])rådet$/iu,
    label: 'rad',
    gloss: 'advisory council',
  },
  {
    // a region's or a municipality's own boards: `Sjukhusstyrelse Kryh`, `Skånes universitetssjukvårdsstyrelse`,
    // `Programnämnd social välfärd` (not the county board, Länsstyrelsen)
    pattern:
      /^(?!Länsstyrelse)\p{L}[\p{L}-]*(?:styrelse|nämnd)(?:\s+\p{L}+){1,3}$|^(?!Länsstyrelse)\p{L}+s\s+\p{L}*styrelse$/u,
    label: 'namnd',
    gloss: 'a board or committee named with a qualifier',
  },
  {
    // `Nämnden för vård och omsorg`, `Styrelsen för Hallands sjukhus`: a committee named for its remit
    pattern: /^(?:Nämnden|Styrelsen|Utskottet|Beredningen)\s+för\s/u,
    label: 'namnd',
    gloss: 'a committee named for its remit',
  },
  {
    // `Förvaltningen för utbildning, kultur och fritid`, `Sektor lärande`: an administration named for its remit
    pattern: /^(?:Förvaltningen|Kontoret)\s+för\s|^Sektor(?:n)?\s+\p{Ll}/u,
    label: 'kontor',
    gloss: 'an administration named for its remit',
  },
  {
    pattern:
      /^(?:Länsstyrelsen|Polis|Region(?![\p{L}])|Landstinget|Regionen|Trafikverket|Migrationsverket|Försäkringskassan|Arbetsförmedlingen|Kriminalvården|Tullverket|Storstockholms|Västtrafik|Skolverket|Socialstyrelsen|Boverket)|verket$|myndigheten(?![\p{L}])|universitet|högskola|förbund(?:et)?$|förening(?:en)?(?![\p{L}])|organisation|(?:mission|armén|kyrkan|klubben|främjandet|kretsen|företagarna)$|^Svensk(?:a)?\s/iu,
    label: 'extern',
    gloss: 'state authority, region or organisation',
  },
  {
    pattern:
      /kontoret$|kontor$|förvaltningen$|förvaltning$|(?<![\p{L}])förvaltning för(?![\p{L}])|kansliet$|stadskontoret|enheten$|avdelningen$|sektionen$/iu,
    label: 'kontor',
    gloss: 'office / administration, or a unit of one (`ekonomienheten`)',
  },
  {
    pattern: /nämnden$|nämnd$|styrelsen$|beredningen$|fullmäktige$|utskottet$|nämnd\s+\p{Lu}/iu,
    label: 'namnd',
    gloss: 'committee',
  },
];
