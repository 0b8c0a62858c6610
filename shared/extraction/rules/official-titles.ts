// Job titles printed under or beside a signature (`Stadsdelsdirektör`, `Avdelningschef`), lower-case.
// They separate side-by-side signatures and are never part of a signatory's name.
// Any `…direktör` or `…chef` (`Socialdirektör`, `Miljöchef`) counts as a title.

export const OFFICIAL_TITLE_RE =
  /^(?:stadsdirektör|biträdande stadsdirektör|kommundirektör|biträdande kommundirektör|stadsdelsdirektör|förvaltningsdirektör|förvaltningschef|kontorschef|avdelningschef|enhetschef|direktör|chef|verksamhetschef|socialdirektör|stadsbyggnadsdirektör|miljödirektör|ekonomichef|personalchef|kanslichef|stadsjurist|kommunjurist|utredare|handläggare|sekreterare|nämndsekreterare|ordförande|vice ordförande|justerare|justerande|protokollförare|sektionschef|gatudirektör|planchef|bygglovschef|skoldirektör|utbildningsdirektör|äldreomsorgsdirektör|kulturdirektör|idrottsdirektör|fastighetsdirektör|trafikdirektör|exploateringsdirektör|stadsledningsdirektör|[a-zß-öø-ÿ]+direktör|[a-zß-öø-ÿ]+chef|t\.f\. [A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+|tf [A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+)$/iu;

export function isOfficialTitle(word: string): boolean {
  return OFFICIAL_TITLE_RE.test(word.trim());
}
