// Pictures of the analysis as hand-written SVG (no library): bars for counts, columns for a
// timeline. Labels go in through textContent, so text from the article stays text.

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Horizontal bars: `rows` = [{ label, value, type? }], largest first. `type` colours a bar like
 * the entity marks (CSS custom properties from style.css).
 */
export function barChart(rows, { title, width = 360, barHeight = 22, labelWidth = 96 } = {}) {
  const gap = 6;
  const height = Math.max(1, rows.length) * (barHeight + gap) + gap;
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'bars' });
  if (title) svg.append(svgEl('title', {}, title));
  const max = Math.max(1, ...rows.map((r) => r.value));
  const room = width - labelWidth - 40;
  rows.forEach((row, i) => {
    const y = gap + i * (barHeight + gap);
    const group = svgEl('g', row.type ? { 'data-type': row.type } : {});
    group.append(
      svgEl('text', { x: labelWidth - 6, y: y + barHeight * 0.7, 'text-anchor': 'end', class: 'label' }, clip(row.label, 8)),
      svgEl('rect', { x: labelWidth, y, width: Math.max(2, (row.value / max) * room), height: barHeight, rx: 3, class: 'bar' }),
      svgEl('text', { x: labelWidth + Math.max(2, (row.value / max) * room) + 5, y: y + barHeight * 0.7, class: 'count' }, String(row.value)),
    );
    svg.append(group);
  });
  return svg;
}

/**
 * The dates mentioned, counted per month (or per year when they span more than three years).
 * `values` are ISO strings ("2020-05-06", "2021-06", "2021"); others are skipped.
 * Returns null when no value is a date.
 */
export function timelineChart(values, { title, width = 360, height = 170 } = {}) {
  const dates = values.map((v) => /^(\d{4})(?:-(\d{2}))?/.exec(String(v))).filter(Boolean)
    .map((m) => ({ year: Number(m[1]), month: m[2] ? Number(m[2]) : null }));
  if (dates.length === 0) return null;
  const years = dates.map((d) => d.year);
  const byYear = Math.max(...years) - Math.min(...years) > 3 || dates.every((d) => d.month === null);
  const key = (d) => (byYear || d.month === null ? `${d.year}` : `${d.year}-${String(d.month).padStart(2, '0')}`);
  const counts = new Map();
  for (const d of dates) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  // Every bucket between the first and the last, so that gaps in time show as gaps.
  const keys = [...counts.keys()].sort();
  const buckets = [];
  if (byYear) {
    for (let y = Number(keys[0].slice(0, 4)); y <= Number(keys.at(-1).slice(0, 4)); y++) buckets.push(`${y}`);
  } else {
    let [y, m] = keys[0].split('-').map(Number);
    const [ly, lm] = keys.at(-1).split('-').map(Number);
    if (Number.isNaN(m)) m = 1;
    while (y < ly || (y === ly && m <= (lm || 12))) {
      buckets.push(`${y}-${String(m).padStart(2, '0')}`);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    // A year written alone ("2021") in a month view counts in that year's first month shown.
    for (const k of keys) if (!k.includes('-')) {
      const target = buckets.find((b) => b.startsWith(k)) ?? buckets[0];
      counts.set(target, (counts.get(target) ?? 0) + counts.get(k));
    }
  }
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'timeline' });
  if (title) svg.append(svgEl('title', {}, title));
  const left = 28;
  const bottom = height - 34;
  const top = 10;
  const max = Math.max(1, ...buckets.map((b) => counts.get(b) ?? 0));
  const step = (width - left - 8) / buckets.length;
  svg.append(svgEl('line', { x1: left, y1: bottom, x2: width - 4, y2: bottom, class: 'axis' }));
  svg.append(svgEl('text', { x: left - 4, y: top + 8, 'text-anchor': 'end', class: 'count' }, String(max)));
  const labelEvery = Math.ceil(buckets.length / 6);
  buckets.forEach((bucket, i) => {
    const n = counts.get(bucket) ?? 0;
    const x = left + i * step;
    if (n > 0) {
      const h = (n / max) * (bottom - top);
      const bar = svgEl('rect', { x: x + step * 0.15, y: bottom - h, width: Math.max(1, step * 0.7), height: h, rx: 2, class: 'bar', 'data-type': 'date' });
      bar.append(svgEl('title', {}, `${bucket}: ${n}`));
      svg.append(bar);
    }
    if (i % labelEvery === 0 || i === buckets.length - 1) {
      svg.append(svgEl('text', { x: x + step / 2, y: bottom + 16, 'text-anchor': 'middle', class: 'label' }, bucket));
    }
  });
  return svg;
}

function clip(text, n) {
  const chars = [...text];
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : text;
}
