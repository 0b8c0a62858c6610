// Line shapes that structure a council document: section headings, the lines of a header block that
// are metadata rather than the case heading, and the lines that end a decision proposal.

/** A heading line that starts a new section (whole line). */
export const SECTION_HEADING_RE =
  /^(?:Ärendet|Ärendebeskrivning|Sammanfattning av ärendet|Handlingar i ärendet|Beslutsförslag|Ärendets beredning|Beredning|Bakgrund|Sammanfattning|Beskrivning av ärendet|Mina synpunkter|Våra synpunkter|Föredragning|(?:Förvaltningens |Kontorets )?[Ff]örslag till beslut(?: (?:i|till|för) \p{L}+)?|Beslutsunderlag|Beslutsplanering|Ekonomiska konsekvenser|Bilaga|Bilagor|Remissammanställning|Yttranden|Yrkanden|Propositionsordning(?: och omröstning)?|Omröstning|Votering|Beslut|Reservation|Reservationer|Särskilt uttalande|Särskilda uttalanden|Ersättaryttrande|Protokollsanteckning|Kommunstyrelsens förslag|Beslutet delges|Beslutet skickas till|Övervägande|Överväganden|Bedömning|Analys|Konsekvenser|Juridiska konsekvenser|Slutsats|Remissvar|Remissinstanser|Remissinstansernas synpunkter|Synpunkter|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*(?:s)? (?:synpunkter|bedömning|överväganden|ställningstagande))$/u;

/** Headings after which a body's own opinion (not a consultation summary) follows. */
export const OPINION_HEADING_RE =
  /^(?:Mina synpunkter|Våra synpunkter|Föredragning|Övervägande|Överväganden|Bedömning|Analys|Slutsats|Synpunkter|Ekonomiska konsekvenser|Bilaga|Bilagor|Reservation|Särskilt uttalande|Förslag till beslut|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*(?:s)? (?:synpunkter|bedömning|överväganden|ställningstagande))$/u;

/** Header-block lines that are metadata, not the case heading. */
export const HEADER_META_LINE_RES: readonly RegExp[] = [
  /^Bilaga\s+\d+(?:[:.]\d+)?\s+till\b/u,
  /^(?:Handläggare|HANDLÄGGARE|Mottagare|Vår referens|VÅR REFERENS|Er referens|Datum|DATUM|Till|Dnr|DNR|Diarienr|DIARIENR|Diarienummer|Sida|SIDA|Ärende|Kopia till|Beslutsinstans|Telefon|Tel\.?|E-post|Epost|Mobil|Utfärdat|Utskriftsdatum)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
  /^[A-ZÀ-ÖØ-Þ]{2,}(?:\s+[A-ZÀ-ÖØ-Þ]{2,})+\b/u,
  /Tjänsteutlåtande|TJÄNSTEUTLÅTANDE|Tjänsteskrivelse|TJÄNSTESKRIVELSE/u,
  /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+ (?:stad|kommun)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
  // a contact line: `Nils Hedberg, utredare`, `Emir Hodžić, utredare, 08-530 610 00`
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}, \p{Ll}+(?: \p{Ll}+)*(?:,? (?:tfn |tel\.? |telefon )?[\d +-]{6,})?$/u,
  // the meeting the document goes to, a council item number, the date of a protocol it is attached to
  /^(?:Sammanträde|Sammanträdesdatum|Ärendenummer|Ärendenr|Ärendenr\.|Ärende nr|Handlingar)(?![\p{L}\d])/u,
  /^den \d{1,2} \p{L}+ \d{4}(?![\p{L}\d])/u,
  // the document's kind alone on its line
  /^(?:Protokoll|Sammanträdesprotokoll|Protokollsutdrag|Yttrande|Remissvar|Kallelse|Föredragningslista|Skrivelse)$/iu,
  // the addressee: `Regionstyrelsen`, `KOMMUNSTYRELSEN`, `Kommunstyrelsens arbetsutskott`
  /^(?:\p{L}[\p{L}-]*(?:styrelsen|fullmäktige|beredningen|nämnden)|\p{L}[\p{L}-]*s arbetsutskott)$/iu,
  /^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]*s )?(?:stadsdelsförvaltning|Stadsledningskontoret|Stadskontoret|Kommunledningskontoret|Kommunstyrelsens förvaltning|Avdelningen|Enheten)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
  /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]*(?:förvaltning(?:en)?|kontoret)(?:\s+Avdelningen\b.*)?$/u,
  /^(?:Kommunstyrelsen|Kommunfullmäktige|Borgarrådsberedningen|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*(?:s)? ?(?:stadsdels)?nämnd(?:en)?)$/u,
  /^[\d\s.,:;()/–-]*$/u,
  // a letter's addressee block: `Kulturdepartementet`, `103 33 Stockholm`, `Ert diarienummer Ku2022/01082`
  /(?:^|\s)\d{3}\s\d{2}\s+\p{Lu}\p{Ll}+/u,
  /(?:^|\s)(?:Ert|Er|Vårt|Vår)\s+(?:diarienummer|dnr|beteckning|referens|datum)(?![\p{L}])/iu,
  /^\p{Lu}\p{Ll}+departementet$/u,
  // a Stockholm rotel on its own line, and a short label with its value (`Remittent: …`, `Svar senast: …`)
  /^Rotel\s+[IVX]{1,5}$/u,
  /^(?:Remisstid|Svarstid|Sista svarsdag|Svar senast)(?![\p{L}])/u,
  /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}:\s+\S/u,
];

/** The label of the case officer or contact on its own (`Handläggare`, `Kontaktperson:`), its name beside or below it. */
export const CONTACT_LABEL_RE =
  /^(?:Handläggare|HANDLÄGGARE|Kontaktperson|Vår handläggare|Föredragande tjänsteman)\s*:?$/u;

/** A line that ends a proposal (the next part of the document starts). */
export const DECISION_STOP_RE =
  /^(?:Föredragande\b|Kommunstyrelsen beslutar för egen del|Borgarrådsberedningen beslutar för egen del|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*s beslut för egen del|Beslut för egen del|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]* beslutar (?:för egen del|därutöver)|Reservation\b|Särskilt uttalande\b|Ersättaryttrande\b|Yttranden\b|Beslutsunderlag\b|Sammanfattning\b|Ärendet\b|Bakgrund\b|Stockholm den\b|På [A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+ vägnar|Jag föreslår\b|Handläggare\b)/u;

/** Headings that open the detailed compilation of the answers (a Remissammanställning). */
export const COMPILATION_HEADING_RE =
  /^(?:\d{1,2}[.)]?\s+)?(?:Remissammanställning|Sammanställning av (?:remissvar(?:en)?|remissyttranden(?:a)?|yttranden(?:a)?|inkomna yttranden)|Remissinstansernas (?:yttranden|synpunkter|svar)|Inkomna (?:remiss)?(?:yttranden|remissvar|svar|synpunkter)|Remissvar(?:en)?|Yttranden|Sammanfattning av (?:remissvaren|remissyttrandena|yttrandena|inkomna synpunkter)|Synpunkter från remissinstanserna|Remissinstanser(?:na)?)$/u;

/** Headings of the part where the answers are summarised (the remiss list usually opens it). */
export const SUMMARY_HEADING_RE =
  /^(?:Beredning|Ärendets beredning|Remissförfarande|Remissbehandling|Remiss)$/u;

/**
 * Headings after which the author speaks for itself — its opinion, the decision, dissents,
 * attachments — so no consulted body's answer follows.
 */
export const OWN_HEADING_RE =
  /^(?:Mina synpunkter|Våra synpunkter|Föredragandens synpunkter|Övervägande|Överväganden|Bedömning|Analys|Slutsats|Slutsatser|Synpunkter|Ekonomiska konsekvenser|Barnets bästa|Barnkonsekvensanalys|Konsekvenser|Juridiska konsekvenser|Förslag till beslut|Beslut|Beslutet delges|Beslutet skickas till|Beslut expedieras till|Beslutsgång|Yrkanden|Propositionsordning(?: och omröstning)?|Omröstning|Votering|Reservation(?:er)?|Särskilt (?:uttalande|yttrande)|Särskilda (?:uttalanden|yttranden)|Ersättaryttrande|Protokollsanteckning|Kommunstyrelsens förslag(?: till kommunfullmäktige)?|Bilagor?|Beslutsplanering|Bedömning ur .+|\p{Lu}[\p{L}-]*(?: (?:\p{Lu}[\p{L}-]*|\p{Ll}+s)){0,2}(?:s)? (?:synpunkter|bedömning|överväganden|ställningstagande|kommentarer|slutsatser|förslag till beslut|yttrande)(?: i (?:detalj|korthet|sammandrag))?)$/u;

/** Headings of a decision list (`Beslutsunderlag`): its lines name documents, not answers. */
export const UNDERLAG_HEADING_RE =
  /^(?:Beslutsunderlag|Handlingar i ärendet|Underlag|Bilagor?|Ärendets handlingar)$/u;
