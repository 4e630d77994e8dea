/** A cell that can name a person: a LinkedIn address, or a personId's digits (with our export's guard quote). */
export const PERSON_CELL = /linkedin\.|^\s*'?\d{6,25}\s*$/i;
