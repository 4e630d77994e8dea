import type { NormalisedPerson, UnsupportedKind } from "./types";

const PROFILE_HINT = "a linkedin.com/in/… profile URL";

const REASONS: Record<UnsupportedKind, string> = {
  sales_navigator: `Sales Navigator URLs are not supported: open the lead in Sales Navigator, choose “View LinkedIn profile”, and paste that linkedin.com/in/… URL.`,
  recruiter: `LinkedIn Recruiter URLs are not supported: open the candidate's public LinkedIn profile and paste that linkedin.com/in/… URL.`,
  pub: `This is an old-style /pub/ profile URL: open it in your browser and paste the current linkedin.com/in/… URL it leads to.`,
  short_link: `lnkd.in short links are not supported: open the link and paste the linkedin.com/in/… profile URL it leads to.`,
  company: `This is a LinkedIn company, school or showcase page, not a person: paste the person's linkedin.com/in/… profile URL instead.`,
  not_linkedin: `This is not a LinkedIn URL: paste ${PROFILE_HINT} or a Clodura personId.`,
  not_profile: `This LinkedIn page is not a person's profile: open the person's profile and paste its linkedin.com/in/… URL.`,
  malformed: `This is neither a LinkedIn profile URL nor a Clodura personId: paste a URL like https://www.linkedin.com/in/jane-doe/ or a 19-digit personId.`,
};

/** A refusal with the standard sentence for its kind, or a more specific one. */
export function refuse(kind: UnsupportedKind, reason: string = REASONS[kind]): NormalisedPerson {
  return { ok: false, kind, reason };
}
