/** Node refuses to send a request line with spaces or control characters: percent-encode those. */
export function stripUnsendable(text: string): string {
  return text.replace(/[\u0000-\u0020\u007f-\u{10ffff}#]/gu, percentEncode)
}

/** encodeURIComponent, except that lone surrogates go out as UTF-8 replacement bytes instead of throwing. */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9\-_.!~*'()]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`
    )
    .join("")
}
