// Shows an ISO date in the UI language's calendar style: Thai `15 ก.ค. 2567` (BE), English `15 Jul 2024`.

export function formatDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const locale = language === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A period as `15 ก.ค. 2567` (one day) or `1 Jan 2025 – 31 Oct 2025`; empty when it has no start. */
export function formatPeriod(start: string | undefined, end: string | undefined, language: string): string {
  if (!start) return '';
  const s = formatDate(start, language);
  const e = formatDate(end ?? start, language);
  return s === e ? s : `${s} – ${e}`;
}
