/** What every template returns: one subject and the same message as HTML and plain text. */
export type RenderedMessage = { subject: string; html: string; text: string }

export type TemplateData = Record<string, unknown>

export type NotificationTemplate = (data: TemplateData) => RenderedMessage

/** A value from the notification data as display text ("" when absent). */
export function field(data: TemplateData, name: string): string {
  const value = data[name]
  if (value === undefined || value === null) {
    return ""
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value)
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/**
 * Builds the three parts from paragraphs of plain text, so the HTML and text versions
 * always say the same thing. Paragraph text is escaped; `link` becomes an anchor.
 */
export function message(
  subject: string,
  paragraphs: string[],
  link?: { label: string; url: string }
): RenderedMessage {
  const lines = paragraphs.filter(Boolean)
  const htmlParagraphs = lines.map((line) => `<p>${escapeHtml(line)}</p>`)
  const textLines = [...lines]
  if (link?.url) {
    htmlParagraphs.push(
      `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`
    )
    textLines.push(`${link.label}: ${link.url}`)
  }
  return {
    subject,
    html: htmlParagraphs.join("\n"),
    text: textLines.join("\n\n"),
  }
}
