/** An e-mail as accounts are keyed by it: trimmed, lower case (sign-in, accounts, `db:admin`). */
export const normalEmail = (email: string) => email.trim().toLowerCase();

/** Whether a normalised e-mail has the shape name@domain.tld. */
export const isEmail = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
