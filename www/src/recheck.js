// Checking pasted text again: the new result takes the place of the last pasted one and
// carries that one's counts, so the card can say 「上次 错误 2 → 现在 0」. (Files dropped again
// are matched up by the batch overview; pasted text has no name to match on.)

// The newest checked paste, which a new paste check will replace.
function lastPasted(entries) {
  return entries.find((e) => e.paste && e.report);
}

// Takes the replaced entry out of the list and keeps its counts on the new one.
function replacePasted(entries, entry) {
  const index = entries.indexOf(entry.replaces);
  if (index >= 0) entries.splice(index, 1);
  entry.previous = entry.replaces.report.summary;
  entry.replaces = null;
}
