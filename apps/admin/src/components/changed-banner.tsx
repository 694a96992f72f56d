import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { adminApi } from "../api/admin";
import { keys } from "../api/query-client";

/** How often an open edit screen asks the admin change feed for writes. */
const POLL_MS = 3_000;

type Newer = { version: number; at: string; userId: string | null };

/**
 * The newest write to one record that is newer than `version` (the version on screen), or null.
 * Polls /admin/api/changes with a cursor, only while the tab is visible, so an editor learns of
 * a colleague's save before their own meets a 412.
 */
export function useNewerVersion(
  type: "event" | "claim",
  id: string,
  version: number,
): Newer | null {
  const cursor = useRef<string | undefined>(undefined);
  const newest = useRef<Newer | null>(null);
  const query = useQuery({
    queryKey: keys.changes(type, id),
    queryFn: async () => {
      const r = await adminApi.changes(cursor.current);
      cursor.current = r.data.last ?? cursor.current;
      for (const c of r.data.data)
        if (c.type === type && c.recordId === id && c.version > (newest.current?.version ?? 0))
          newest.current = { version: c.version, at: c.at, userId: c.userId };
      return newest.current;
    },
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
    gcTime: 0,
  });
  const seen = query.data ?? null;
  return seen && seen.version > version ? seen : null;
}

/**
 * The "changed since you opened it" banner of the event and claim screens. Reloading shows the
 * colleague's version and starts the forms over from it; the editor may also keep typing and
 * meet the usual 412 comparison on save.
 */
export function ChangedBanner(props: {
  noun: "event" | "claim";
  id: string;
  version: number;
  onReload: () => void;
}) {
  const newer = useNewerVersion(props.noun, props.id, props.version);
  if (!newer) return null;
  return (
    <div className="stale changed-banner" role="status" data-testid="changed-banner">
      <p>
        <strong>This {props.noun} changed since you opened it</strong>: version {newer.version} was
        saved at {new Date(newer.at).toLocaleTimeString()}. You are looking at version{" "}
        {props.version}; saving now would meet the newer version.
      </p>
      <button type="button" className="secondary" onClick={props.onReload}>
        Load version {newer.version} (discard my unsaved changes)
      </button>
    </div>
  );
}
