import { ApiError } from "./api-error";

type Range = { type: string; q: number; specificity: number };

function parseAccept(header: string): Range[] {
  return header
    .split(",")
    .map((part) => {
      const [type = "", ...params] = part.trim().split(";");
      let q = 1;
      for (const p of params) {
        const [k, v] = p.trim().split("=");
        if (k?.toLowerCase() === "q") q = Number.isFinite(Number(v)) ? Number(v) : 0;
      }
      const t = type.trim().toLowerCase();
      const specificity = t === "*/*" ? 0 : t.endsWith("/*") ? 1 : 2;
      return { type: t, q, specificity };
    })
    .filter((r) => r.type.length > 0);
}

function matches(range: string, type: string): boolean {
  if (range === "*/*") return true;
  if (range.endsWith("/*")) return type.startsWith(range.slice(0, -1));
  return range === type;
}

/**
 * The offered media type the client prefers (RFC 9110 §12.5.1: q-values, the most specific
 * matching range decides), or null when none is acceptable. No Accept header means the first.
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | null {
  if (!accept || accept.trim() === "") return offered[0] ?? null;
  const ranges = parseAccept(accept);
  let best: { type: string; q: number } | null = null;
  for (const type of offered) {
    const range = ranges
      .filter((r) => matches(r.type, type))
      .sort((a, b) => b.specificity - a.specificity)[0];
    if (!range || range.q <= 0) continue;
    if (!best || range.q > best.q) best = { type, q: range.q };
  }
  return best?.type ?? null;
}

/** `negotiate`, or a 406 problem listing what can be produced. */
export function negotiateOrThrow(accept: string | undefined, offered: readonly string[]): string {
  const type = negotiate(accept, offered);
  if (!type) {
    throw new ApiError("not_acceptable", `This resource is available as ${offered.join(", ")}`, {
      errors: [{ path: "header.accept", message: `must accept one of ${offered.join(", ")}` }],
    });
  }
  return type;
}
