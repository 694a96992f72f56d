import { type DependencyList, useCallback, useEffect, useState } from "react";
import type { ApiProblem, ApiResult } from "./client";

export type Resource<T> = {
  data: T | null;
  etag: string | null;
  error: ApiProblem | null;
  loading: boolean;
  reload: () => Promise<void>;
  set: (data: T, etag?: string | null) => void;
};

/** Loads one API resource; `reload` fetches it again, `set` replaces it after a write. */
export function useResource<T>(
  load: () => Promise<ApiResult<T>>,
  deps: DependencyList,
): Resource<T> {
  const [state, setState] = useState<{
    data: T | null;
    etag: string | null;
    error: ApiProblem | null;
    loading: boolean;
  }>({ data: null, etag: null, error: null, loading: true });
  const run = useCallback(async () => {
    setState((s) => ({ ...s, loading: true }));
    try {
      const r = await load();
      setState({ data: r.data, etag: r.etag, error: null, loading: false });
    } catch (err) {
      setState((s) => ({ ...s, error: err as ApiProblem, loading: false }));
    }
  }, deps);

  useEffect(() => {
    void run();
  }, [run]);

  const set = useCallback((data: T, etag: string | null = null) => {
    setState({ data, etag, error: null, loading: false });
  }, []);

  return { ...state, reload: run, set };
}
