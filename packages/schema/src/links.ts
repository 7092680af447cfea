/** Whether `text` is an http(s) address, as evidence links must be. */
export const isLink = (text: string) => /^https?:\/\/\S+$/i.test(text);

/** Evidence links as typed or pasted into one cell: separated by spaces, commas or new lines. */
export const parseLinks = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The first of `links` that is not an http(s) address, if any. */
export const firstNonLink = (links: readonly string[]) => links.find((link) => !isLink(link));
