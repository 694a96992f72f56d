// The words just before a date that say it is not when something happened: the date of a
// document ("the statement of 18 August", "Pressemitteilung vom"), the start of a span ("since
// 24 February", "depuis le", "seit dem") or its end ("until", "jusqu'au", "bis zum"). Per
// language, as data; each pattern is tested against the 40 characters before the date.

/** The frame patterns of one language. */
export type DateFrames = { doc: RegExp; since: RegExp; until: RegExp };

const L = "[A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF]";
// Ends the text: the frame word must be the last word before the date (after an article or
// "the"/"el"/"le" and the like).
const tail = (words: string, joiners = "") =>
  new RegExp(`(?<!${L})(?:${words})(?:\\s+(?:${joiners || "\\u0000"}))*[\\s,:(]*$`, "i");

export const DATE_FRAMES: Record<string, DateFrames> = {
  en: {
    doc: tail(
      "published|updated|posted|statement|press release|release|report|letter|decree|communiqu[ée]|declaration|briefing|bulletin|edition|issue|dated",
      "of|on|from|dated",
    ),
    since: tail("since|from", "the"),
    until: tail("until|till|through|by|before|deadline", "the"),
  },
  es: {
    doc: tail(
      "publicado|publicada|actualizado|actualizada|comunicado|nota|informe|carta|decreto|declaraci[oó]n|declaraciones|resoluci[oó]n|bolet[ií]n|edici[oó]n|fechad[oa]",
      "el|del|de|la",
    ),
    since: tail("desde", "el|la"),
    until: tail("hasta|antes", "el|la|del|de"),
  },
  fr: {
    doc: tail(
      "publi[ée]e?|mis à jour|mise à jour|communiqu[ée]|note|rapport|lettre|d[ée]cret|d[ée]claration|d[ée]clarations|point de presse|bulletin|[ée]dition|arr[êe]t[ée]|dat[ée]e?",
      "le|du|de|la",
    ),
    since: tail("depuis|à partir", "le|la|du"),
    until: tail("jusqu['’]|jusqu['’]au|avant", "le|la|au"),
  },
  pt: {
    doc: tail(
      "publicado|publicada|atualizado|atualizada|comunicado|nota|relat[oó]rio|carta|decreto|declara[çc][ãa]o|resolu[çc][ãa]o|boletim|edi[çc][ãa]o|datad[oa]",
      "em|de|do|da",
    ),
    since: tail("desde", "o|a"),
    until: tail("at[ée]|antes", "o|a|de|do|da"),
  },
  de: {
    doc: tail(
      "ver[öo]ffentlicht|aktualisiert|stand|pressemitteilung|mitteilung|erkl[äa]rung|bericht|schreiben|brief|beschluss|verordnung|ausgabe|datiert",
      "am|vom|von|dem",
    ),
    since: tail("seit|ab", "dem|am|der"),
    until: tail("bis|vor", "zum|zur|am|dem"),
  },
  it: {
    doc: tail(
      "pubblicato|pubblicata|aggiornato|aggiornata|comunicato|nota|rapporto|lettera|decreto|dichiarazione|dichiarazioni|bollettino|edizione|datat[oa]",
      "il|del|dello|della|l['’]",
    ),
    since: tail("dal|dall['’]|da|a partire dal", "il"),
    until: tail("fino al|fino a|entro il|entro|prima del", "il"),
  },
  el: {
    doc: tail("δημοσιεύθηκε|δημοσίευση|ενημερώθηκε|ανακοίνωση|δήλωση|έκθεση|επιστολή"),
    since: tail("από", "τις|την|το"),
    until: tail("έως|μέχρι", "τις|την|το"),
  },
};
