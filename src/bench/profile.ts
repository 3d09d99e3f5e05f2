// A V8 CPU profile (the format `node --cpu-prof` writes) reduced to where the time goes: the
// functions with the most self time, mrkoll's functions with the most inclusive time, and self
// time per source folder (language, attribute, tag, …).

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  /** "language/matcher.js:93", or a V8 label such as "(garbage collector)". */
  location: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: ProfileEntry[];
  /** mrkoll's own functions by time spent in them and everything they call. */
  inclusive: ProfileEntry[];
  /** Self time per folder of dist/ ("language", "attribute"), dependencies and V8 grouped apart. */
  folders: ProfileEntry[];
}

/** Where a frame's code lives: a folder of mrkoll's dist/, a dependency, or Node/V8 itself. */
function folderOf(frame: CallFrame): string {
  const dist = /\/dist\/([^/]+)\//.exec(frame.url);
  if (dist && !frame.url.includes('node_modules')) return dist[1];
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (dependency) return `dependency: ${dependency[1]}`;
  if (frame.functionName === '(garbage collector)') return 'garbage collector';
  return frame.url === '' ? 'V8 (regexp, builtins, idle)' : 'node internals';
}

function locationOf(frame: CallFrame): string {
  if (frame.url === '') return '';
  const parts = frame.url.replace(/^file:\/\//, '').split('/');
  return `${parts.slice(-2).join('/')}:${frame.lineNumber + 1}`;
}

const isOwn = (frame: CallFrame) => /\/dist\//.test(frame.url) && !frame.url.includes('node_modules');

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const us of selfTime.values()) total += us;

  const self = new Map<string, { name: string; location: string; us: number }>();
  const inclusive = new Map<string, { name: string; location: string; us: number }>();
  const folders = new Map<string, number>();
  const add = (map: typeof self, frame: CallFrame, us: number) => {
    const name = frame.functionName || '(anonymous)';
    const location = locationOf(frame);
    const key = `${name} ${location}`;
    const entry = map.get(key) ?? { name, location, us: 0 };
    entry.us += us;
    map.set(key, entry);
  };
  for (const [id, us] of selfTime) {
    const frame = byId.get(id)!.callFrame;
    add(self, frame, us);
    folders.set(folderOf(frame), (folders.get(folderOf(frame)) ?? 0) + us);
    // Each function once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      const key = `${f.functionName} ${f.url}:${f.lineNumber}`;
      if (!isOwn(f) || seen.has(key)) continue;
      seen.add(key);
      add(inclusive, f, us);
    }
  }
  const entries = (list: { name: string; location: string; us: number }[]) =>
    list
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((e) => ({ name: e.name, location: e.location, ms: Math.round(e.us / 1000), percent: percent(e.us, total) }));
  return {
    totalMs: Math.round(total / 1000),
    self: entries([...self.values()]),
    inclusive: entries([...inclusive.values()]),
    folders: entries([...folders].map(([name, us]) => ({ name, location: '', us }))),
  };
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

/** The summary as indented text lines for the terminal and for docs/performance.md. */
export function formatProfile(summary: ProfileSummary, what = 'the tagging stage'): string[] {
  const line = (e: ProfileEntry) =>
    `  ${e.percent.toFixed(1).padStart(5)} %  ${String(e.ms).padStart(7)} ms  ${e.name}${e.location ? `  (${e.location})` : ''}`;
  return [
    `CPU profile of ${what}: ${summary.totalMs} ms sampled`,
    'Self time per folder:',
    ...summary.folders.map(line),
    'Self time per function:',
    ...summary.self.map(line),
    "Inclusive time, mrkoll's functions:",
    ...summary.inclusive.map(line),
  ];
}
