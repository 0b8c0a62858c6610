// `npx tsx bench/search-libraries.ts [N]`: the comparison behind the choice of search library
// (docs/search.md): MiniSearch and Orama, both with the Snowball Swedish stemmer, over N generated
// cases of ~1,100 corpus-like words — build time, serialised size, load time, heap, query latency.
// Run with `node --expose-gc --import tsx` for the heap figures. Reports only; asserts nothing.
import { create, insertMultiple, load, save, search } from '@orama/orama';
import { stemmer } from '@orama/stemmers/swedish';
import MiniSearch from 'minisearch';
import { createWordSampler } from './page-text-generator.ts';

const count = Number(process.argv[2] ?? 3000);
const sampler = createWordSampler();
const docs = Array.from({ length: count }, (_, i) => ({
  id: String(i),
  title: `Ärende ${i} om ${sampler.vocabulary[i % 500]}`,
  text: sampler.pagesOf(i).join('\n'),
}));
const queries = ['hemtjänsten', 'cykelbanor', 'förskolan', 'stadsdelsnämnden', 'trafiknämnden parkering'];

const timed = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
function latency(f: (q: string) => unknown) {
  const samples: number[] = [];
  for (let r = 0; r < 20; r++) for (const q of queries) samples.push(timed(() => f(q)));
  samples.sort((a, b) => a - b);
  const at = (p: number) => (samples[Math.floor(samples.length * p)] ?? Number.NaN).toFixed(2);
  return { p50ms: at(0.5), p99ms: at(0.99) };
}
const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

const stem = (t: string) => stemmer(t.toLocaleLowerCase('sv'));
const msOptions = {
  fields: ['title', 'text'],
  processTerm: stem,
  searchOptions: { boost: { title: 3 }, combineWith: 'AND' as const },
};
const heap0 = heapMb();
let built: MiniSearch | null = new MiniSearch(msOptions);
const msBuild = timed(() => built?.addAll(docs));
const msJson = JSON.stringify(built);
built = null;
let miniSearch = new MiniSearch(msOptions);
const msLoad = timed(() => {
  miniSearch = MiniSearch.loadJSON(msJson, msOptions);
});
console.log('minisearch', {
  cases: count,
  buildMs: Math.round(msBuild),
  bytes: msJson.length,
  loadMs: Math.round(msLoad),
  heapMb: Math.round(heapMb() - heap0),
  ...latency((q) => miniSearch.search(q)),
});

const schema = { title: 'string', text: 'string' } as const;
const tokenizer = { language: 'swedish', stemming: true, stemmer };
const heap1 = heapMb();
let db: ReturnType<typeof create> | null = create({ schema, components: { tokenizer } });
const orBuild = timed(() => insertMultiple(db as ReturnType<typeof create>, docs, 1000));
const orJson = JSON.stringify(save(db));
db = null;
const loaded = create({ schema, components: { tokenizer } });
const orLoad = timed(() => load(loaded, JSON.parse(orJson)));
console.log('orama', {
  cases: count,
  buildMs: Math.round(orBuild),
  bytes: orJson.length,
  loadMs: Math.round(orLoad),
  heapMb: Math.round(heapMb() - heap1),
  ...latency((q) => search(loaded, { term: q, boost: { title: 3 }, limit: 50 })),
});
