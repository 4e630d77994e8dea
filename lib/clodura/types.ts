/** What one provider in the waterfall said about one person. Unknown providers and number kinds are kept. */
export type ProviderStatus = "found" | "notFound" | "Insufficient Credits" | (string & {});

export type PhoneNumber = {
  raw: string; // exactly as Clodura sent it
  e164: string | null; // normalised with libphonenumber-js, null when it cannot be parsed
  /** For reading: "+1 213 555 0186". Absent on numbers stored before it existed, and when e164 is null. */
  international?: string;
  type: string; // "mobile", "direct", "office", … (whatever key / type Clodura used)
};

export type ProviderOutcome = {
  provider: string; // "Clodura", "Findymail", "partner" (Standard form source), or any unknown name
  status: ProviderStatus;
  numbers: PhoneNumber[];
  position: number; // order in the payload, 0-based (the first "found" in payload order is the one charged)
};

/** A completed result, from either webhook form, the track endpoint, or an immediate match response. */
export type RevealResult = {
  form: "standard" | "multi";
  trackingId: string | null;
  personId: string | null; // always a string: 19-digit ids exceed 2^53
  firstName: string | null;
  lastName: string | null;
  providers: ProviderOutcome[];
};

/** How a failed Clodura call should be handled by the dispatcher. */
export type CloduraFailure =
  // 429, 5xx, timeout, network. `mayHaveArrived`: the request may have reached Clodura (it timed out waiting for the
  // answer, or a gateway gave up on it), so Clodura may charge for it and call its webhook.
  | { kind: "retry"; status: number | null; retryAfterMs: number | null; message: string; mayHaveArrived?: boolean }
  | { kind: "invalid"; status: 400 | 422; message: string } // fail the reveal with the reason
  | { kind: "not_found"; status: 404; message: string } // complete as not found
  | { kind: "pause"; status: 401 | 402 | 403; message: string }; // pause the queue, tell admins
