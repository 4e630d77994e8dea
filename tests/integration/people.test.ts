import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportPeopleCsv } from "@/lib/reveals/export-people";
import { listPeople, parsePersonCursor } from "@/lib/reveals/list-people";
import { peopleQuerySchema, revealedByOf } from "@/lib/reveals/people-schemas";
import { setSetting } from "@/lib/settings/settings";
import { contactOf, providerRowsOf, revealRow } from "../support/inspect";
import { DAY_MS, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** Reveals these people for `user` through the sandbox, over HTTP, and returns their reveal ids in order. */
async function reveal(user: ReturnType<TestApp["createUser"]>, urls: string[], extra: Parameters<typeof entryFor>[1] = {}) {
  const created = submit(app.db, user, urls.map((url) => entryFor(url, extra)));
  await revealNow(app, created.revealIds);
  return created;
}

describe("the team's people directory", () => {
  it("lists every person the team has an answer for, newest first, with the numbers, who revealed them and when", async () => {
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const foundUrl = profileUrl("directory-found", { found: true });
    const missUrl = profileUrl("directory-miss", { found: false });
    const samBatch = await reveal(sam, [foundUrl], { company: "Acme Corp" });
    const jordanBatch = await reveal(jordan, [missUrl]);
    const [found] = samBatch.revealIds as [string];
    const [missed] = jordanBatch.revealIds as [string];

    const page = listPeople(app.db, jordan);
    expect(page.freshnessDays).toBe(90);
    expect(page.people.map((person) => person.revealId)).toEqual([missed, found]);
    const [jordansMiss, samsFind] = page.people;
    expect(samsFind).toMatchObject({
      state: "found",
      revealedBy: sam.name,
      byYou: false,
      answeredAt: revealRow(app.db, found).completedAt!.getTime(),
      fresh: true,
      company: "Acme Corp",
      linkedinUrl: contactOf(app.db, found)!.linkedinUrl,
      // Jordan may not open Sam's list: the person is shown, the list is not linked.
      batchId: null,
    });
    const charged = providerRowsOf(app.db, found).find((row) => row.charged)!;
    expect(samsFind!.results[charged.provider]).toEqual({ status: "found", numbers: charged.numbers, charged: true });
    expect(jordansMiss).toMatchObject({ state: "not_found", revealedBy: jordan.name, byYou: true, batchId: jordanBatch.batchId });

    expect(listPeople(app.db, sam).people.map((person) => person.batchId)).toEqual([null, samBatch.batchId]);
    expect(listPeople(app.db, manager).people.map((person) => person.batchId)).toEqual([jordanBatch.batchId, samBatch.batchId]);
    expect(listPeople(app.db, jordan, { outcome: "found" }).people.map((person) => person.revealId)).toEqual([found]);
    expect(listPeople(app.db, jordan, { outcome: "not_found" }).people.map((person) => person.revealId)).toEqual([missed]);
  });

  it("shows a person once, by their latest answer: a ledger answer adds no row, a paid reveal again replaces the older one", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("directory-again", { found: true });
    const first = await reveal(sam, [url]);
    const fromLedger = submit(app.db, jordan, [entryFor(url)]);
    expect(fromLedger.cached).toBe(1);
    expect(listPeople(app.db, sam).people.map((person) => person.revealId)).toEqual(first.revealIds);

    const again = await reveal(jordan, [url], { revealAgain: true });
    expect(again.revealIds[0]).not.toBe(first.revealIds[0]);
    expect(listPeople(app.db, sam).people).toEqual([expect.objectContaining({ revealId: again.revealIds[0], revealedBy: jordan.name })]);
  });

  it("narrows to the people one teammate revealed, by their latest answer, with search, outcome and paging", async () => {
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const samFound = profileUrl("by-sam-found", { found: true });
    const samMiss = profileUrl("by-sam-miss", { found: false });
    const shared = profileUrl("by-shared", { found: true });
    const sams = await reveal(sam, [samFound, samMiss, shared], { company: "Sam's Accounts" });
    const jordans = await reveal(jordan, [profileUrl("by-jordan", { found: true })]);
    const ids = (query: Parameters<typeof listPeople>[2]) => listPeople(app.db, manager, query).people.map((person) => person.revealId);

    expect(new Set(ids({ revealedBy: sam.id }))).toEqual(new Set(sams.revealIds));
    expect(ids({ revealedBy: jordan.id })).toEqual(jordans.revealIds);
    expect(ids({ revealedBy: manager.id })).toEqual([]);
    expect(ids({ revealedBy: sam.id, outcome: "not_found" })).toEqual([sams.revealIds[1]]);
    expect(new Set(ids({ revealedBy: sam.id, search: "sam's acc" }))).toEqual(new Set(sams.revealIds));
    expect(ids({ revealedBy: jordan.id, search: "sam's acc" })).toEqual([]);

    // Jordan pays to reveal the shared person again: the person now counts as Jordan's, not Sam's.
    const again = await reveal(jordan, [shared], { revealAgain: true });
    expect(ids({ revealedBy: sam.id })).not.toContain(sams.revealIds[2]);
    expect(ids({ revealedBy: sam.id })).toHaveLength(2);
    expect(ids({ revealedBy: jordan.id })).toEqual([again.revealIds[0], ...jordans.revealIds]);

    // Page by page through one person's answers, each once.
    const first = listPeople(app.db, manager, { revealedBy: sam.id, limit: 1 });
    const second = listPeople(app.db, manager, { revealedBy: sam.id, limit: 1, before: parsePersonCursor(first.next!)! });
    expect([...first.people, ...second.people].map((person) => person.revealId).sort()).toEqual([sams.revealIds[0], sams.revealIds[1]].sort());

    const csv = await new Response(exportPeopleCsv(app.db, manager, { revealedBy: jordan.id }).body).text();
    expect(csv.trim().split("\r\n")).toHaveLength(3); // the header and Jordan's two people
    expect(revealedByOf("me", sam.id)).toBe(sam.id);
    expect(peopleQuerySchema.safeParse({ by: "x".repeat(65) }).error?.issues[0]?.message).toBe("by is 'me' or a user id.");
  });

  it("finds people by part of a name, company or URL, by personId, and by the digits of a number however it is typed", async () => {
    const sdr = app.createUser("sdr");
    const [janeUrl, otherUrl] = [profileUrl("jane-directory", { found: true }), profileUrl("omar-directory", { found: true })];
    const { revealIds } = await reveal(sdr, [janeUrl, otherUrl]);
    const [jane, omar] = revealIds as [string, string];
    await reveal(sdr, [profileUrl("percent-directory", { found: false })], { company: "100% Growth_Co" });
    const found = (search: string) => listPeople(app.db, sdr, { search }).people.map((person) => person.revealId);

    expect(contactOf(app.db, jane)).toMatchObject({ firstName: "Jane", lastName: "Directory" });
    expect(found("jane dir")).toEqual([jane]);
    expect(found("JANE")).toEqual([jane]);
    expect(found("omar-directory")).toEqual([omar]);
    // A profile URL in any of its forms finds that profile, and only it.
    expect(found(`${janeUrl.replace("https://www.", "").replace(/\/$/, "")}?trk=public_profile`)).toEqual([jane]);
    // Under 3 characters the full-text index cannot help; the search still answers, by reading newest first.
    expect(found("ja")).toEqual(expect.arrayContaining([jane]));
    expect(found("qz")).toEqual([]);
    expect(found("nobody at all")).toEqual([]);
    // % and _ match themselves, not any text.
    expect(found("100%")).toHaveLength(1);
    expect(found("%")).toHaveLength(1);
    expect(found("growth_co")).toHaveLength(1);
    expect(found("100_")).toEqual([]); // as a wildcard, _ would match the %

    const number = providerRowsOf(app.db, jane).find((row) => row.charged)!.numbers[0]!;
    const national = number.e164!.slice(-10);
    expect(found(national)).toEqual([jane]);
    expect(found(`(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`)).toEqual([jane]);
    expect(found(number.e164!)).toEqual([jane]);
    // An international prefix typed as 00, a national trunk 0, the UK's "(0)": none is part of the number.
    expect(found(`00${number.e164!.slice(1)}`)).toEqual([jane]);
    expect(found(`0${national}`)).toEqual([jane]);
    expect(found(`${number.e164!.slice(0, -10)} (0)${national}`)).toEqual([jane]);
    expect(found("0000000")).toEqual([]);

    // A later list that brings the company of someone already answered makes them findable by it.
    expect(found("Globex")).toEqual([]);
    submit(app.db, sdr, [entryFor(otherUrl, { company: "Globex Corporation" })]);
    expect(found("Globex")).toEqual([omar]);

    const personId = contactOf(app.db, omar)!.personId;
    expect(personId).toMatch(/^\d+$/);
    expect(found(personId!)).toEqual([omar]);

    // Case folds beyond ASCII on both paths: the index (3+ characters) and the newest-first read (under 3).
    const [lukasz] = (await reveal(sdr, [profileUrl("łukasz-ćwik", { found: false })])).revealIds as [string];
    expect(contactOf(app.db, lukasz)).toMatchObject({ firstName: "Łukasz", lastName: "Ćwik" });
    expect(found("ŁUKASZ ć")).toEqual([lukasz]);
    expect(found("łu")).toEqual([lukasz]);
    expect(found("ćw")).toEqual([lukasz]);
    // Accents need not be typed, on both paths: "cwik" finds Ćwik, and "lukasz" Łukasz (Ł has no accent to drop).
    expect(found("cwik")).toEqual([lukasz]);
    expect(found("cw")).toEqual([lukasz]);
    expect(found("lukasz cwik")).toEqual([lukasz]);
    expect(found("lu")).toEqual([lukasz]);
    // A team this small fits the window a short search reads: it searched everyone, and says nothing more.
    expect(listPeople(app.db, sdr, { search: "łu" }).searchedNewest).toBeNull();
    // A bigger team: a short search reads only the newest answers, and says how many.
    expect(listPeople(app.db, sdr, { search: "łu", shortSearchWindow: 1 })).toMatchObject({ people: [expect.objectContaining({ revealId: lukasz })], searchedNewest: 1 });
    expect(listPeople(app.db, sdr, { search: "ja", shortSearchWindow: 1 })).toMatchObject({ people: [], searchedNewest: 1 });
    // German typed without its umlaut finds the umlaut, spelled out or left off, on both paths; other words as before.
    const [muller] = (await reveal(sdr, [profileUrl("jürgen-müller", { found: true })])).revealIds as [string];
    expect(contactOf(app.db, muller)).toMatchObject({ lastName: "Müller" });
    for (const typed of ["mueller", "Muller", "müller", "juergen mueller", "ue"]) expect(found(typed), typed).toEqual([muller]);
    expect(found("muel")).toEqual([muller]);
  });

  it("reads control characters in a search as spaces (a NUL made the full-text index throw)", async () => {
    const sdr = app.createUser("sdr");
    const url = profileUrl("people-nul", { found: true });
    await revealNow(app, submit(app.db, sdr, [entryFor(url, { firstName: "Nula", lastName: "Byte", company: "Zeroth Labs" })]).revealIds);
    for (const search of ["Zeroth\u0000", "Zer\u0000oth", "\u0000", "Zeroth\tLabs"]) {
      expect(() => listPeople(app.db, sdr, { search }), JSON.stringify(search)).not.toThrow();
    }
    expect(listPeople(app.db, sdr, { search: "Zeroth\u0000" }).people).toHaveLength(1);
    expect(listPeople(app.db, sdr, { search: "Zeroth\tLabs" }).people).toHaveLength(1);
  });

  it("marks answers older than the freshness window: a new list would pay for them again", async () => {
    const sdr = app.createUser("sdr");
    const { revealIds } = await reveal(sdr, [profileUrl("directory-stale", { found: true })]);
    const answeredAt = revealRow(app.db, revealIds[0]!).completedAt!.getTime();
    expect(listPeople(app.db, sdr, {}, answeredAt + 89 * DAY_MS).people[0]!.fresh).toBe(true);
    expect(listPeople(app.db, sdr, {}, answeredAt + 91 * DAY_MS).people[0]!.fresh).toBe(false);
    setSetting(app.db, "freshnessDays", 30);
    expect(listPeople(app.db, sdr, {}, answeredAt + 31 * DAY_MS)).toMatchObject({ freshnessDays: 30, people: [expect.objectContaining({ fresh: false })] });
  });

  it("pages newest first with a cursor, each person once, and refuses a cursor it did not make", async () => {
    const sdr = app.createUser("sdr");
    const urls = Array.from({ length: 5 }, (_, i) => profileUrl(`directory-page-${i}`, { found: i % 2 === 0 }));
    await reveal(sdr, urls);
    const seen: string[] = [];
    let before: string | null | undefined;
    do {
      const page = listPeople(app.db, sdr, { limit: 2, before: before ? parsePersonCursor(before)! : undefined });
      seen.push(...page.people.map((person) => person.revealId));
      before = page.next;
    } while (before);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toEqual(listPeople(app.db, sdr).people.map((person) => person.revealId));

    expect(parsePersonCursor("not-a-cursor")).toBeNull();
    expect(peopleQuerySchema.safeParse({ outcome: "cached" }).error?.issues[0]?.message).toBe("outcome is all, found or not_found.");
    expect(peopleQuerySchema.safeParse({ limit: "500" }).error?.issues[0]?.message).toBe("Ask for at most 100 people at a time.");
  });
});

describe("exporting the directory", () => {
  it("writes the people the page shows, searched and filtered, with the best number guarded for a spreadsheet or plain for a CRM", async () => {
    const manager = app.createUser("manager");
    const sdr = app.createUser("sdr");
    const [foundUrl, missUrl] = [profileUrl("export-directory", { found: true }), profileUrl("export-miss", { found: false })];
    const { revealIds } = await reveal(sdr, [foundUrl, missUrl], { company: "=HYPERLINK(\"http://x\")" });
    const read = async (body: ReadableStream<Uint8Array>) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await new Response(body).arrayBuffer()));
    const answeredAt = revealRow(app.db, revealIds[0]!).completedAt!.getTime();

    const sheet = exportPeopleCsv(app.db, manager, { search: "export-directory", outcome: "all" }, "spreadsheet", answeredAt);
    // A narrowed file says so in its name; the whole directory's does not.
    const today = new Date(answeredAt).toISOString().slice(0, 10);
    expect(sheet.fileName).toBe(`reveal-desk-people-${today}-matching.csv`);
    expect(exportPeopleCsv(app.db, manager, {}, "spreadsheet", answeredAt).fileName).toBe(`reveal-desk-people-${today}.csv`);
    expect(exportPeopleCsv(app.db, manager, { outcome: "not_found", revealedBy: sdr.id }, "spreadsheet", answeredAt).fileName).toBe(`reveal-desk-people-${today}-no-number-by-${sdr.name.replace(" ", "-")}.csv`);
    const csv = await read(sheet.body);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...lines] = csv.slice(1).trim().split("\r\n");
    expect(header).toBe("First name,Last name,Company,LinkedIn URL,personId,Answer,Best number (E.164),Best number type,Best number provider,All numbers,Revealed by,Answered (UTC),Free to reuse until (UTC)");
    expect(lines).toHaveLength(1);
    const charged = providerRowsOf(app.db, revealIds[0]!).find((row) => row.charged)!;
    const best = charged.numbers.find((number) => number.type === "mobile") ?? charged.numbers[0]!;
    expect(lines[0]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[0]).toContain(`,found,'${best.e164},${best.type},${charged.provider},`);
    expect(lines[0]).toContain(`,${sdr.name},${new Date(answeredAt).toISOString().slice(0, 10)},${new Date(answeredAt + 90 * DAY_MS).toISOString().slice(0, 10)}`);

    const crm = exportPeopleCsv(app.db, manager, { outcome: "found" }, "crm", answeredAt + 91 * DAY_MS);
    expect(crm.fileName).toMatch(/-with-number-for-crm\.csv$/);
    const crmLines = (await read(crm.body)).trim().split("\r\n").slice(1);
    expect(crmLines).toHaveLength(1);
    expect(crmLines[0]).toContain(`,found,${best.e164},`);
    expect(crmLines[0]).toMatch(/,older than 90 days$/);

    // Days are the team's: at UTC+14 (Kiritimati, no daylight saving) they are those of the clock 14 hours ahead.
    setSetting(app.db, "timeZone", "Pacific/Kiritimati");
    const ahead = (at: number) => new Date(at + 14 * 3_600_000).toISOString().slice(0, 10);
    const zoned = exportPeopleCsv(app.db, manager, { search: "export-directory", outcome: "all" }, "spreadsheet", answeredAt);
    expect(zoned.fileName).toBe(`reveal-desk-people-${ahead(answeredAt)}-matching.csv`);
    const [zonedHeader, zonedLine] = (await read(zoned.body)).slice(1).trim().split("\r\n");
    expect(zonedHeader).toMatch(/,Answered \(Pacific\/Kiritimati\),Free to reuse until \(Pacific\/Kiritimati\)$/);
    expect(zonedLine).toMatch(new RegExp(`,${ahead(answeredAt)},${ahead(answeredAt + 90 * DAY_MS)}$`));
  });
});
