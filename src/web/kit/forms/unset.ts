/**
 * A field left out of the body because nothing was chosen or typed (an empty select, date or
 * amount), so the schema says what the server says of a missing field ("Fältet måste fyllas i.")
 * rather than that '' is no id, no date or no number. Only a form that passed its validation is
 * sent, so what is sent never holds it: typed `never`, it stands in for any field's type.
 */
export const missing = undefined as never;

/** An empty choice or date as a missing field (see `missing`); anything else as it is. */
export const unset = <T extends string>(value: T | ''): T => (value === '' ? missing : value);
