import { readBodyList } from '../shared/extraction/consultations/body-grammar.ts';
const reg = new Set(['stockholm vatten och avfall ab']);
const cases = [
  'trafiknämnden, idrottsnämnden, miljö- och hälsoskyddsnämnden, stadsdelsnämnderna Bromma, Järva, Norra innerstaden, Skärholmen och Södermalm samt Svenska Kennelklubben.',
  'stadsledningskontoret, socialtjänst- och arbetsmarknadsnämnden, utbildningsnämnden, stadsdelsnämnderna Bromma, Enskede-Årsta-Vantör, Farsta, Hässelby-Vällingby, Rinkeby-Kista, Skärholmen, Spånga-Tensta och Södermalm, Stockholms Stadshus AB samt Arbetsförmedlingen. Remissen skickades',
  'trafiknämnden, stadsbyggnadsnämnden, miljö- och hälsoskyddsnämnden, stadsdelsnämnderna Kista, Hässelby-Vällingby, Skarpnäck och Vantör, Stockholms Stadshus AB (Stockholms Stads Parkerings AB), Stockholms läns landsting och kommunstyrelsens handikappråd.',
  'Cykelfrämjandet, Stockholmskretsen, som tillstyrker samtliga förslag.',
  'barn- och skolnämnderna Lunds stad och Lunds öster, utbildningsnämnden, servicenämnden och miljönämnden.',
  'trafiknämnden, tre stadsdelsnämnder, Göteborgs Stads pensionärsråd och Göteborgs Spårvägar AB.',
  'Farsta, Norrmalms och Östermalms stadsdelsnämnder samt kulturnämnden',
  'arbetsmarknads-, kultur- och fritidsnämnden och Stockholm Vatten och Avfall AB samt även till Friluftsfrämjandet, region Stockholm',
  'social- och äldreomsorgsförvaltningen och natur- och byggnadsförvaltningen.',
  'föreningen Hundvänner på Söder, som tillstyrker motionen.',
  'fem nämnder, som har lämnat olika besked.',
  'byggnadsnämnden, socialnämnden, omvårdnadsnämnden, barn- och utbildningsnämnden, Signalisten och kommunala handikapprådet. Remisstiden',
];
for (const c of cases) console.log(JSON.stringify(readBodyList(c, (l) => reg.has(l))));
