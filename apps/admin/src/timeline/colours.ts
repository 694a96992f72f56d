// Fills for the timeline's bars, with the legend's words. Dark enough for 3:1 against white.

/** By the kind's area (`diplomacy.recognition` → diplomacy). */
export const AREA_COLOURS: Record<string, string> = {
  diplomacy: "#1d4ed8",
  politics: "#7e22ce",
  conflict: "#c2410c",
  economy: "#047857",
  disaster: "#a16207",
  law: "#be185d",
};
const OTHER = "#475569";

export const STATUS_COLOURS: Record<string, string> = {
  draft: "#64748b",
  in_review: "#b45309",
  published: "#15803d",
  retracted: "#b91c1c",
};

export type ColourBy = "kind" | "status";

export function areaOf(kind: string): string {
  return kind.split(".")[0] ?? kind;
}

export function colourOf(by: ColourBy, e: { kind: string; status: string }): string {
  return by === "kind"
    ? (AREA_COLOURS[areaOf(e.kind)] ?? OTHER)
    : (STATUS_COLOURS[e.status] ?? OTHER);
}
