import { type ClaimStatus, nextStates } from "@factline/domain";
import { useRef, useState } from "react";
import { adminApi } from "../api/admin";
import { ApiProblem } from "../api/client";
import type { Claim } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { linkFor } from "../pages/queue";
import { navigate } from "../router";
import { useUser } from "../session";
import { useShortcuts } from "./use-shortcuts";

const APPROVALS: ClaimStatus[] = ["reviewed", "published"];

/**
 * A claim reviewed from the keyboard: `a` takes the approval step open to this user, `r` sends a
 * claim in review back to unreviewed, `j`/`k` open the next/previous queue item. The outcome is
 * said in a message that takes focus, so focus is never left on a button that disappeared.
 */
export function ClaimKeys({ claim, onChanged }: { claim: Claim; onChanged: (c: Claim) => void }) {
  const user = useUser();
  const queue = useResource(keys.queue(), () => adminApi.queue());
  const [message, setMessage] = useState<string | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const busy = useRef(false);

  const say = (text: string) => {
    setMessage(text);
    // After React has rendered the message.
    requestAnimationFrame(() => said.current?.focus());
  };

  const open = nextStates("claim", claim.status, user.role, {
    actorId: user.id,
    authorId: claim.createdBy ?? null,
    hasReview: claim.review != null,
  });

  async function move(to: ClaimStatus, done: string) {
    if (busy.current) return;
    busy.current = true;
    try {
      const r = await adminApi.transition("claim", claim.id, to, claim.version);
      onChanged(r.data as Claim);
      say(`${done}: the claim is now ${to.replace("_", " ")}. Press j for the next item.`);
    } catch (err) {
      say(
        err instanceof ApiProblem && err.status === 412
          ? "Not changed: someone changed this claim since you opened it; reload first."
          : `Not changed: ${(err as Error).message}`,
      );
    } finally {
      busy.current = false;
    }
  }

  const items = queue.data?.data ?? [];
  const here = items.findIndex((i) => i.recordType === "claim" && i.id === claim.id);
  // Where this claim stood in the queue; once approved it leaves the queue and the next item
  // moves up into its place.
  const lastHere = useRef(-1);
  if (here !== -1) lastHere.current = here;
  const go = (by: number) => {
    const from = lastHere.current;
    const at = here !== -1 ? here + by : from === -1 ? 0 : by > 0 ? from : from - 1;
    const item = items[at];
    if (item) navigate(linkFor(item));
    else say(by > 0 ? "That was the last item in the queue." : "This is the first item.");
  };

  useShortcuts({
    a: () => {
      const to = open.find((s) => APPROVALS.includes(s));
      if (to) void move(to, "Approved");
      else
        say(
          claim.review == null && claim.status === "in_review"
            ? "Cannot approve yet: record a verdict first."
            : `No approval is open to you (${user.role}) from ${claim.status.replace("_", " ")}.`,
        );
    },
    r: () => {
      if (open.includes("unreviewed")) void move("unreviewed", "Rejected");
      else say("Only a claim in review can be sent back.");
    },
    j: () => go(1),
    k: () => go(-1),
  });

  return (
    <p
      ref={said}
      tabIndex={-1}
      role="status"
      className={message ? "keyboard-outcome" : "visually-hidden"}
      data-testid="keyboard-outcome"
    >
      {message ?? "Keyboard: a approve, r reject, j/k next/previous in the queue, ? shortcuts."}
    </p>
  );
}
