import { sentAgainWords } from "./sent-again-words";

const reveals = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "reveal" : "reveals"}`;

/**
 * What a batch's retryable failures cost so far, said honestly: a request Clodura never accepted was not charged, but
 * one it accepted and never answered may have been (Clodura charges when a provider finds a number).
 */
export function failureNotice(failures: number, unanswered: number): string {
  const erroring = failures - unanswered;
  if (unanswered === 0) {
    return `${reveals(failures)} failed because Clodura kept erroring. Nothing was charged for ${failures === 1 ? "it" : "them"}; another try often works.`;
  }
  const mayHaveCharged = `Clodura may still have charged for any it found before going quiet, so another try can cost twice; a manager sees any difference in the balance check on Credits.`;
  if (erroring === 0) return `${reveals(unanswered)} failed because Clodura never sent a result. ${mayHaveCharged}`;
  return `${reveals(failures)} failed: Clodura kept erroring on ${erroring.toLocaleString("en")} (nothing charged) and never sent a result for ${unanswered.toLocaleString("en")}. ${mayHaveCharged}`;
}

/** What a batch's unfinished reveals are and whether sending them again can work yet (not while sending is paused). */
export function unfinishedNotice(unfinished: number, paused: boolean): string {
  const them = unfinished === 1 ? "it" : "them";
  return (
    `${reveals(unfinished)} ${unfinished === 1 ? "was" : "were"} cut short when Clodura's account ran out of credits, before every provider was asked. ` +
    `Nothing was charged for ${them}. ${paused ? "Sending is paused: a new batch waits until an admin adds credits and resumes it." : `Send ${them} again now that credits are back.`}`
  );
}

/**
 * Failures Clodura rejected as invalid, said beside an offer to send failures again: the list's "2 failed" counts them,
 * and the offer does not cover them.
 */
export function rejectedNotice(rejected: number): string {
  const one = rejected === 1;
  return (
    `${rejected.toLocaleString("en")} more failed because Clodura rejected ${one ? "it" : "them"} as invalid (HTTP 400 or 422): not sent again, since another try ` +
    `would fail the same way. ${one ? "Its row says" : "Their rows say"} why; correct the profile, then paste it again.`
  );
}

/** What a send-again button covers, by kind: "Send the 1 failed and 1 unfinished again in a new batch". */
export function resendAction(failed: number, unfinished: number): string {
  return `Send the ${sentAgainWords({ people: failed + unfinished, failed, unfinished, cancelled: 0 })} again in a new batch`;
}

/** People a teammate sent again from this list whose reveal in their list ended without an answer, and what to do. */
export function unansweredElsewhereNotice(people: number): string {
  const who = sentAgainWords({ people, failed: 0, unfinished: 0, cancelled: 0 });
  return `${who} sent again in a teammate's list got no answer there: that list was stopped or rejected, or Clodura kept failing. Nothing was charged for them; send them again from here.`;
}

/** "Send the 2 people again in a new batch". */
export function resendPeopleAction(people: number): string {
  return `Send the ${sentAgainWords({ people, failed: 0, unfinished: 0, cancelled: 0 })} again in a new batch`;
}
