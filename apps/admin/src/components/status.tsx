import type { ApiProblem } from "../api/client";

const LABELS: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  retracted: "Retracted",
  unreviewed: "Unreviewed",
  reviewed: "Reviewed",
  active: "Active",
};

/** A record's workflow status as a labelled badge. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{LABELS[status] ?? status}</span>;
}

/** Shows "Loading…", a failed load, or nothing. */
export function LoadState({ loading, error }: { loading: boolean; error: ApiProblem | null }) {
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error.status === 404 ? "Not found." : `Could not load: ${error.message}`}
      </p>
    );
  }
  if (loading)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  return null;
}

/** Formats an ISO timestamp for people, in their locale. */
export function when(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
