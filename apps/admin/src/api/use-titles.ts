import { useQueries } from "@tanstack/react-query";
import type { ApiResult } from "./client";
import { keys } from "./query-client";

/**
 * Titles for records a page refers to by id only (conflicts name events, evidence names
 * sources), one cached query per id so every page shares them; an id that cannot be read stays
 * as its id.
 */
export function useTitles(
  ids: readonly string[],
  load: (id: string) => Promise<ApiResult<{ title: string } | { name: string }>>,
): Record<string, string> {
  const distinct = [...new Set(ids)].sort();
  const results = useQueries({
    queries: distinct.map((id) => ({
      queryKey: keys.title(id.split("_")[0] ?? "", id),
      queryFn: () =>
        load(id)
          .then((r) => ("title" in r.data ? r.data.title : r.data.name))
          .catch(() => id),
      staleTime: 60_000,
    })),
  });
  const out: Record<string, string> = {};
  distinct.forEach((id, i) => {
    const title = results[i]?.data;
    if (title !== undefined) out[id] = title;
  });
  return out;
}
