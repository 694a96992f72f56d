import { TimelineView } from "../timeline/timeline-view";

/** Every event on one time axis. */
export function TimelinePage() {
  return (
    <>
      <h1>Timeline</h1>
      <TimelineView />
    </>
  );
}
