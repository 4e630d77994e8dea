/** A synthetic Apollo-style export: quoted fields with commas, ~3% duplicate people, ~2% Sales Navigator URLs. */
export function generateApolloExport(rows: number): string {
  const header = ["First Name", "Last Name", "Title", "Company", "Email", "Person Linkedin Url", "City", "Company Phone"];
  const lines = [header.join(",")];
  for (let i = 0; i < rows; i += 1) {
    const person = i % 33 === 32 ? i - 7 : i; // every 33rd row repeats an earlier person
    const url =
      i % 50 === 49
        ? `https://www.linkedin.com/sales/lead/ACwAAA${i},NAME_SEARCH`
        : i % 3 === 0
          ? `http://uk.linkedin.com/in/person-${person}?trk=public_profile`
          : `https://www.linkedin.com/in/person-${person}/`;
    lines.push(
      [`Alex${person}`, `Smith${person}`, `"VP Sales, EMEA"`, `"Acme ${person % 977}, Inc."`, `alex${person}@example.com`, `"${url}"`, "London", "+44 20 7946 0000"].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
