// Line shapes that structure a council document: section headings, the lines of a header block that
// are metadata rather than the case heading, and the lines that end a decision proposal.

/** A heading line that starts a new section (whole line). */
export const SECTION_HEADING_RE =
  /^(?:Ärendet|Ärendets beredning|Beredning|Bakgrund|Sammanfattning|Beskrivning av ärendet|Mina synpunkter|Våra synpunkter|Föredragning|Förslag till beslut|Förvaltningens förslag till beslut|Kontorets förslag till beslut|Beslutsunderlag|Beslutsplanering|Ekonomiska konsekvenser|Bilaga|Bilagor|Remissammanställning|Yttranden|Yrkanden|Propositionsordning(?: och omröstning)?|Omröstning|Votering|Beslut|Reservation|Reservationer|Särskilt uttalande|Särskilda uttalanden|Ersättaryttrande|Protokollsanteckning|Kommunstyrelsens förslag|Beslutet delges|Beslutet skickas till|Övervägande|Överväganden|Bedömning|Analys|Konsekvenser|Juridiska konsekvenser|Slutsats|Remissvar|Remissinstanser|Remissinstansernas synpunkter|Synpunkter|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*(?:s)? (?:synpunkter|bedömning|överväganden|ställningstagande))$/u;

/** Headings after which a body's own opinion (not a consultation summary) follows. */
export const OPINION_HEADING_RE =
  /^(?:Mina synpunkter|Våra synpunkter|Föredragning|Övervägande|Överväganden|Bedömning|Analys|Slutsats|Synpunkter|Ekonomiska konsekvenser|Bilaga|Bilagor|Reservation|Särskilt uttalande|Förslag till beslut|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*(?:s)? (?:synpunkter|bedömning|överväganden|ställningstagande))$/u;

/** Header-block lines that are metadata, not the case heading. */
export const HEADER_META_LINE_RES: readonly RegExp[] = [
  /^Bilaga\s+\d+(?:[:.]\d+)?\s+till\b/u,
  /^(?:Handläggare|HANDLÄGGARE|Vår referens|VÅR REFERENS|Er referens|Datum|DATUM|Till|Dnr|DNR|Diarienr|DIARIENR|Diarienummer|Sida|SIDA|Ärende|Kopia till|Beslutsinstans|Telefon|Tel\.?|E-post|Epost|Mobil|Utfärdat|Utskriftsdatum)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
  /^[A-ZÀ-ÖØ-Þ]{2,}(?:\s+[A-ZÀ-ÖØ-Þ]{2,})+\b/u,
  /Tjänsteutlåtande|TJÄNSTEUTLÅTANDE|Tjänsteskrivelse|TJÄNSTESKRIVELSE/u,
  /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+ (?:stad|kommun)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
  /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+, [a-zß-öø-ÿ]+$/u,
  /^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]*s )?(?:stadsdelsförvaltning|Stadsledningskontoret|Stadskontoret|Kommunledningskontoret|Kommunstyrelsens förvaltning|Avdelningen|Enheten)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
  /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]*(?:förvaltning(?:en)?|kontoret)(?:\s+Avdelningen\b.*)?$/u,
  /^(?:Kommunstyrelsen|Kommunfullmäktige|Borgarrådsberedningen|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*(?:s)? ?(?:stadsdels)?nämnd(?:en)?)$/u,
  /^[\d\s.,:;()/–-]*$/u,
];

/** A line that ends a proposal (the next part of the document starts). */
export const DECISION_STOP_RE =
  /^(?:Föredragande\b|Kommunstyrelsen beslutar för egen del|Borgarrådsberedningen beslutar för egen del|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]* beslutar (?:för egen del|därutöver)|Reservation\b|Särskilt uttalande\b|Ersättaryttrande\b|Yttranden\b|Beslutsunderlag\b|Sammanfattning\b|Ärendet\b|Bakgrund\b|Stockholm den\b|På [A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+ vägnar|Jag föreslår\b|Handläggare\b)/u;
