import { batches } from "@/db/schema";

/** The columns `batchLabel` names a batch by, as one nested field of a select. */
export const batchNamingColumns = { name: batches.name, fileName: batches.fileName, source: batches.source, pastedSummary: batches.pastedSummary };
