import { type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { ApiProblem, ApiResult } from "./client";
import { invalidateAfterWrite } from "./query-client";

export type Resource<T> = {
  data: T | null;
  etag: string | null;
  error: ApiProblem | null;
  loading: boolean;
  reload: () => Promise<void>;
  set: (data: T, etag?: string | null) => void;
};

/**
 * One API resource through the query cache. `reload` fetches it again; `set` stores what a
 * write answered and marks the lists it may appear in as stale. A `pinned` resource (the record
 * an edit form holds) is never refetched on its own, so its fields and version do not change
 * under the editor; the change banner says when a colleague saved a newer version.
 */
export function useResource<T>(
  key: QueryKey,
  load: () => Promise<ApiResult<T>>,
  options: { pinned?: boolean } = {},
): Resource<T> {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: key,
    queryFn: load,
    ...(options.pinned ? { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false } : {}),
  });
  const hash = JSON.stringify(key);
  const set = useCallback(
    (data: T, etag: string | null = null) => {
      client.setQueryData<ApiResult<T>>(key, { data, etag, status: 200 });
      void invalidateAfterWrite(client);
    },
    [client, hash],
  );
  const reload = useCallback(async () => {
    await query.refetch();
  }, [query.refetch]);
  return {
    data: query.data?.data ?? null,
    etag: query.data?.etag ?? null,
    error: (query.error as ApiProblem | null) ?? null,
    loading: query.isFetching,
    reload,
    set,
  };
}

/** For writes whose answer is not a resource on screen: marks every list they may change stale. */
export function useAfterWrite(): () => void {
  const client = useQueryClient();
  return useCallback(() => void invalidateAfterWrite(client), [client]);
}
