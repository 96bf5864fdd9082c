/** Mermaid's pie chart (GitHub renders it); slices beyond `maxSlices` are summed as "Others". */
export function mermaidPie(
  title: string,
  slices: readonly { readonly label: string; readonly value: number }[],
  maxSlices = 8,
): string {
  const nonZero = slices.filter((s) => s.value > 0);
  const shown = nonZero.slice(0, maxSlices);
  const rest = nonZero.slice(maxSlices).reduce((sum, s) => sum + s.value, 0);
  const lines = ['```mermaid', 'pie showData', `    title ${title}`];
  for (const s of shown) lines.push(`    "${s.label.replace(/"/g, "'")}" : ${s.value}`);
  if (rest > 0) lines.push(`    "Others" : ${rest}`);
  lines.push('```');
  return lines.join('\n');
}
