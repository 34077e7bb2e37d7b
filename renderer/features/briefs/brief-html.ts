// A brief as one standalone HTML file: the rendered brief and its stylesheet inlined, no script, nothing remote.

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page's own style rules, so the file looks as the preview does (fonts fall back to the reader's system Thai font). */
function inlineStyles(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) if (!rule.cssText.startsWith('@font-face')) rules.push(rule.cssText);
    } catch {
      // A sheet we cannot read is left out.
    }
  }
  return rules.join('\n');
}

export function briefHtml(title: string, articleHtml: string): string {
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${inlineStyles()}</style>
</head>
<body class="print-body">
${articleHtml}
</body>
</html>
`;
}
