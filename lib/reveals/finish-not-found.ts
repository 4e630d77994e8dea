import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals } from "@/db/schema";
import { countRevealOutcome } from "@/lib/credits/count-reveal-outcome";
import { announceFreed, freePartnerListsOf } from "./free-attached";
import { refreshPersonSearch } from "./people-search";
import type { RevealState, TRACK_NOT_FOUND } from "./state-machine";

/**
 * Clodura's 404 "No result found" (to the match request, or to track): the reveal is answered, with no number and no
 * charge. It counts as answered in the rollups, or the team's found rate (and every expected cost) would read high.
 * From track, it is marked `TRACK_NOT_FOUND`: the webhook may still bring the real answer.
 */
export function finishNotFound(db: Db, revealId: string, from: RevealState[], now: number, errorCode: typeof TRACK_NOT_FOUND | null = null): boolean {
  const { finished, freed } = db.transaction(
    () => {
      const finished = db
        .update(reveals)
        .set({ state: "not_found", completedAt: new Date(now), updatedAt: new Date(now), leaseOwner: null, leaseUntil: null, errorCode, errorMessage: null })
        .where(and(eq(reveals.id, revealId), inArray(reveals.state, from)))
        .returning({ requestedBy: reveals.requestedBy, viaPartners: reveals.viaPartners, contactId: reveals.contactId })
        .get();
      if (finished) {
        countRevealOutcome(db, { userId: finished.requestedBy, viaPartners: finished.viaPartners, at: new Date(now), providers: [], charge: null });
        // An answered person is on People, so findable there by their profile, like any other answer.
        refreshPersonSearch(db, finished.contactId);
      }
      // Lists asking partners that waited on this Clodura-alone reveal were not answered by it: they go on by themselves.
      const freed = finished && !finished.viaPartners ? freePartnerListsOf(db, revealId, now) : [];
      return { finished: finished !== undefined, freed };
    },
    { behavior: "immediate" },
  );
  announceFreed(freed);
  return finished;
}
