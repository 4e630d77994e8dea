/** The person on row `i`: every 33rd row repeats an earlier person; ~2% Sales Navigator URLs, a third on uk. with tracking. */
function personOf(i: number): { person: number; url: string } {
  const person = i % 33 === 32 ? i - 7 : i;
  const url =
    i % 50 === 49
      ? `https://www.linkedin.com/sales/lead/ACwAAA${i},NAME_SEARCH`
      : i % 3 === 0
        ? `http://uk.linkedin.com/in/person-${person}?trk=public_profile`
        : `https://www.linkedin.com/in/person-${person}/`;
  return { person, url };
}

const csvFile = (header: string[], rows: number, row: (i: number) => string[]): string => {
  const lines = [header.join(",")];
  for (let i = 0; i < rows; i += 1) lines.push(row(i).join(","));
  return `${lines.join("\r\n")}\r\n`;
};

/** A synthetic Apollo-style export of the 8 columns a reveal can use: quoted fields with commas, ~3% repeats. */
export function generateApolloExport(rows: number): string {
  const header = ["First Name", "Last Name", "Title", "Company", "Email", "Person Linkedin Url", "City", "Company Phone"];
  return csvFile(header, rows, (i) => {
    const { person, url } = personOf(i);
    return [`Alex${person}`, `Smith${person}`, `"VP Sales, EMEA"`, `"Acme ${person % 977}, Inc."`, `alex${person}@example.com`, `"${url}"`, "London", "+44 20 7946 0000"];
  });
}

const FULL_WIDTH_HEADER = [
  "First Name", "Last Name", "Title", "Company", "Company Name for Emails", "Email", "Email Status", "Email Confidence", "Seniority",
  "Departments", "Contact Owner", "First Phone", "Work Direct Phone", "Home Phone", "Mobile Phone", "Corporate Phone", "Other Phone",
  "Stage", "Lists", "Last Contacted", "Account Owner", "# Employees", "Industry", "Keywords", "Person Linkedin Url", "Website",
  "Company Linkedin Url", "Facebook Url", "Twitter Url", "City", "State", "Country", "Company Address", "Company City", "Company State",
  "Company Country", "Company Phone", "SEO Description", "Technologies", "Annual Revenue", "Total Funding", "Latest Funding",
  "Latest Funding Amount", "Last Raised At", "Email Sent", "Email Open", "Email Bounced", "Replied", "Demoed",
  "Number of Retail Locations", "Apollo Contact Id", "Apollo Account Id",
];

/**
 * The same people as a whole Apollo export: all 52 columns, with the long company description, keywords and technology
 * cells that make a real export about 1 KB a row (this file is 97 MB at 100,000 rows).
 */
export function generateFullWidthApolloExport(rows: number): string {
  return csvFile(FULL_WIDTH_HEADER, rows, (i) => {
    const { person, url } = personOf(i);
    const c = person % 977;
    return [
      `Alex${person}`, `Smith${person}`, `"VP Sales, EMEA"`, `"Acme ${c}, Inc."`, `Acme ${c}`, `alex${person}@acme${c}.com`, "Verified", "", "VP",
      "Sales", "sdr@example.com", "+44 20 7946 0000", "", "", "", "+44 20 7946 0001", "", "Cold", `"Q4 list, EMEA"`, "", "owner@example.com",
      "250", "computer software", `"saas, b2b, sales intelligence, crm, data enrichment, lead generation, prospecting, outbound, pipeline ${c}"`,
      `"${url}"`, `http://www.acme${c}.com`, `http://www.linkedin.com/company/acme-${c}`, `https://facebook.com/acme${c}`,
      `https://twitter.com/acme${c}`, "London", "England", "United Kingdom", `"1 Main Street, London, EC1A 1AA, United Kingdom"`, "London",
      "England", "United Kingdom", "+44 20 7946 0000",
      `"Acme ${c} builds software that helps sales teams find and reach the right buyers at the right time, with data and workflow in one place."`,
      `"Salesforce, HubSpot, Google Analytics, Slack, Zoom, AWS, Intercom, Segment, Stripe, Zendesk"`, "25000000", "12000000", "Series B",
      "8000000", "2023-04-01", "false", "false", "false", "false", "false", "", `66f1c0a5e2b4${String(person).padStart(12, "0")}`,
      `5f9a${String(c).padStart(20, "0")}`,
    ];
  });
}
