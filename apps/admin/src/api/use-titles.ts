import { useEffect, useState } from "react";
import type { ApiResult } from "./client";

/**
 * Titles for records a page refers to by id only (conflicts name events, evidence names
 * sources), fetched once per distinct id; an id that cannot be read stays as its id.
 */
export function useTitles(
  ids: readonly string[],
  load: (id: string) => Promise<ApiResult<{ title: string } | { name: string }>>,
): Record<string, string> {
  const [titles, setTitles] = useState<Record<string, string>>({});
  const key = [...new Set(ids)].sort().join(",");
  useEffect(() => {
    if (!key) return;
    let live = true;
    Promise.all(
      key.split(",").map((id) =>
        load(id)
          .then((r) => [id, "title" in r.data ? r.data.title : r.data.name] as const)
          .catch(() => [id, id] as const),
      ),
    ).then((pairs) => {
      if (live) setTitles(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return titles;
}
