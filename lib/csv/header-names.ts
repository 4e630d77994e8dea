/**
 * Header names per column role, compared after headerKey(); earlier entries win when a file has several.
 * Sources: Apollo, HubSpot, Salesforce, Sales Navigator exporters (Evaboot, Phantombuster), Lemlist, plain Excel lists.
 */
export const HEADER_NAMES = {
  linkedinUrl: [
    "linkedinurl", "linkedinprofileurl", "personlinkedinurl", "linkedinprofile", "linkedin", "linkedinpublicurl",
    "linkedinpublicprofileurl", "publicprofileurl", "linkedinprofilelink", "linkedinlink", "linkedinbio", "liurl",
    "liprofileurl", "contactlinkedinurl", "defaultprofileurl", "profileurl", "profilelink", "publicurl",
    "salesnavigatorurl", "salesnavigatorprofileurl", "leadurl",
  ],
  personId: ["personid", "clodurapersonid", "cloduraid", "clodurapid", "pid"],
  firstName: ["firstname", "first", "givenname", "forename", "prenom", "vorname", "nombre"],
  lastName: ["lastname", "last", "surname", "familyname", "nom", "nachname", "apellido", "apellidos"],
  fullName: ["fullname", "name", "contactname", "personname", "leadname", "contact", "nomcomplet"],
  company: [
    "company", "companyname", "organization", "organisation", "organizationname", "org", "orgname", "accountname", "account",
    "currentcompany", "employer", "societe", "entreprise", "firma", "unternehmen", "empresa",
  ],
} as const satisfies Record<string, readonly string[]>;

export type HeaderRole = keyof typeof HEADER_NAMES;

/** "Person Linkedin Url", "person_linkedin_url" and "Prénom" → "personlinkedinurl", …, "prenom". */
export function headerKey(header: string): string {
  return header.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}
