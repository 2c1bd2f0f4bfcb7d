// Similar proposals while a scribe types: the time one keystroke takes, ten proposals at the longest.
import { deriveView } from '../src/domain/derive.ts';
import type { WorkshopRecord } from '../src/domain/records.ts';
import { similarityIndex, similarProposals } from '../src/domain/similar.ts';
import { PROPOSAL_TEXT_MAX } from '../src/domain/text.ts';
import type { TrustContext } from '../src/domain/trust.ts';
import { seededRandom } from './session-generator.ts';
import { measure, percentiles } from './stats.ts';

const ALL_AUTHENTIC: TrustContext = Object.freeze({ anchor: null, authenticity: () => 'authentic' as const });
const WORDS = {
  en: 'free buses sundays public library trees schoolyards budget online families parks river markets centre city parking fees weekdays open every',
  es: 'autobuses gratuitos domingos biblioteca pública árboles patios escolares presupuesto familias parques mercados ciudad aparcamiento',
  fr: 'bus gratuits dimanche bibliothèque arbres cours écoles budget familles parcs rivière marchés ville stationnement semaine',
  pt: 'ônibus gratuitos domingos biblioteca árvores pátios escolas orçamento famílias parques feiras cidade estacionamento',
  ar: 'حافلات مجانية يوم الأحد المكتبة العامة أشجار ساحات المدارس ميزانية المدينة العائلات الحدائق الأسواق',
} as const;

/** Words of one language drawn at random until the text is `length` characters long. */
function text(random: () => number, lang: keyof typeof WORDS, length: number): string {
  const words = WORDS[lang].split(' ');
  let result = '';
  while (result.length < length) result += `${words[Math.floor(random() * words.length)]!} `;
  return result.slice(0, length).trim();
}

/** Ten proposals of `length` characters, each translated into three more languages. */
function tenProposals(length: number, seed: number) {
  const random = seededRandom(seed);
  const author = 'group-a_';
  const records: WorkshopRecord[] = [{ v: 1, id: 'join0000', author, hlc: [1, 0], kind: 'join', name: 'Table 1', venue: '' }];
  for (let n = 0; n < 10; n++) {
    const id = `prop${n}`.padEnd(8, '_');
    records.push({ v: 1, id, author, hlc: [10 + n, 0], kind: 'add', text: text(random, 'en', length) });
    (['es', 'fr', 'ar'] as const).forEach((lang, i) => {
      const translation = text(random, lang, length);
      records.push({ v: 1, id: `t${n}${lang}`.padEnd(8, '_'), author, hlc: [30 + n * 3 + i, 0], kind: 'translate', revision: id, lang, text: translation });
    });
  }
  return deriveView(records, ALL_AUTHENTIC).proposals;
}

/** Typing a draft of `length` characters one keystroke at a time, each keystroke asking for similar proposals. */
function typing(length: number) {
  const proposals = tenProposals(length, length);
  const draft = text(seededRandom(length + 1), 'en', length);
  const index = similarityIndex(proposals);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  // A warm-up pass, then three: enough keystrokes for a p99 that is not the single slowest one.
  for (let pass = -1; pass < 3; pass++) {
    for (let typed = 1; typed <= draft.length; typed++) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      similarProposals(draft.slice(0, typed), index);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (pass < 0) continue;
      samples.push(ms);
      cpuSamples.push((used.user + used.system) / 1000);
    }
  }
  const texts = index.texts.length;
  return {
    proposalChars: length,
    textsCompared: texts,
    keystrokeMs: percentiles(samples)!,
    // CPU time of the process (garbage collection included), without the time a busy machine ran others.
    keystrokeCpuMs: percentiles(cpuSamples)!,
    indexFreshMs: measure(50, () => similarityIndex(proposals)),
    indexReusedMs: measure(50, () => similarityIndex(proposals, index)),
  };
}

const runs = [280, PROPOSAL_TEXT_MAX].map(typing);
const longest = runs.at(-1)!.keystrokeMs;
const longestCpu = runs.at(-1)!.keystrokeCpuMs;
console.log(
  JSON.stringify(
    {
      scenario: 'ten proposals, each with three translations (en, es, fr, ar), a draft typed one character at a time',
      node: process.version,
      typing: runs,
      budgets: {
        keystrokeMedianMs: { budget: 1, measured: longest.p50, ok: longest.p50 <= 1 },
        keystrokeP99Ms: { budget: 1, measured: longest.p99, ok: longest.p99 <= 1 },
        keystrokeCpuP99Ms: { budget: 1, measured: longestCpu.p99, ok: longestCpu.p99 <= 1 },
      },
    },
    null,
    2,
  ),
);
