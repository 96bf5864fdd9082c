import { sep } from 'node:path';

/** True when an argument has glob syntax that a shell would have expanded. */
export function isGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/**
 * Splits a glob into the directory to walk (the part before the first wildcard segment) and a
 * matcher for paths below it. Supports `*`, `?`, `[…]` within a segment and `**` across segments —
 * the subset users type. (Node 20 has no `fs.glob`.)
 */
export function compileGlob(pattern: string): {
  readonly base: string;
  /** How many directory levels below `base` can match; Infinity with `**`. */
  readonly maxDepth: number;
  readonly matches: (path: string) => boolean;
} {
  const segments = pattern.split(/[\\/]+/);
  const firstWild = segments.findIndex(isGlob);
  const baseSegments = segments.slice(0, firstWild);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join(sep) || sep;
  let source = '';
  segments.slice(firstWild).forEach((segment, i, all) => {
    const last = i === all.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segmentToRegex(segment) + (last ? '' : '/');
  });
  const regex = new RegExp(`^${source}$`);
  const prefix = base === '.' ? '' : base.endsWith(sep) ? base : base + sep;
  const rest = segments.slice(firstWild);
  return {
    base,
    maxDepth: rest.includes('**') ? Infinity : rest.length - 1,
    matches: (path) => {
      const relative = path.startsWith(prefix) ? path.slice(prefix.length) : path;
      return regex.test(relative.split(sep).join('/'));
    },
  };
}

function segmentToRegex(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i] ?? '';
    if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}
