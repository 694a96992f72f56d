/**
 * What a detail loader found: the record, a redirect when it was merged into another (public
 * reads answer 308), or nothing (404).
 */
export type Lookup<T> =
  | { status: "found"; record: T }
  | { status: "merged"; mergedInto: string }
  | { status: "missing" };

/** Whether a row is the public loser of a merge. */
export function mergedTarget(
  row: { mergedInto: string | null } | undefined,
  visibility: "public" | "all",
): string | null {
  return visibility === "public" && row?.mergedInto ? row.mergedInto : null;
}
