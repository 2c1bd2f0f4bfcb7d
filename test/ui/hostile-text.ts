import { GROUP_NAME_MAX, PROPOSAL_TEXT_MAX, TITLE_MAX } from '../../src/domain/text.ts';

/**
 * One hostile text, sized for each field it goes into so that the record holding it is valid: a proposal
 * (or translation) holds up to 1,000 code points, a title 200, a group name or venue 60. Every sample sets
 * `window.__xss` if anything ever interprets it as markup or code.
 */
export interface HostileSample {
  name: string;
  proposal: string;
  title: string;
  /** Group names and venues. */
  group: string;
  /** One word wider than any phone: the layout must wrap it, not scroll sideways. */
  longWord?: boolean;
  /** Right-to-left letters or bidi controls: the element holding it must isolate it from the words around. */
  rtl?: boolean;
}

const everywhere = (name: string, text: string, flags: Partial<HostileSample> = {}): HostileSample => ({
  name,
  proposal: text,
  title: text,
  group: text,
  ...flags,
});

/** A single word of `length` code points, no spaces, no hyphens. */
export const longWord = (length: number): string => 'Bürgerbeteiligungsverfahren'.repeat(Math.ceil(length / 27)).slice(0, length);

export const HOSTILE_SAMPLES: readonly HostileSample[] = [
  everywhere('an img with onerror', '<img src=x onerror="window.__xss=1">'),
  everywhere('a script element', '<script>window.__xss=1</script>'),
  everywhere('an attribute break-out into svg onload', '"><svg onload=window.__xss=1>'),
  everywhere('a javascript: URL', 'javascript:window.__xss=1'),
  everywhere('a template expression', "{{constructor.constructor('window.__xss=1')()}}"),
  everywhere('a template literal', '${window.__xss=1}'),
  everywhere('escaped entities', '&lt;b&gt;entity&lt;/b&gt;'),
  {
    name: 'a word longer than any line',
    proposal: longWord(PROPOSAL_TEXT_MAX),
    title: longWord(TITLE_MAX),
    group: longWord(GROUP_NAME_MAX),
    longWord: true,
  },
  // One override closed by PDF, one left open: only isolation keeps the second from reversing the UI around it.
  everywhere('right-to-left overrides', '\u202Eevil\u202C and \u202Eopen override', { rtl: true }),
  everywhere('Arabic and Hebrew', 'اقتراح: مكتبة مفتوحة — הצעה: ספרייה!', { rtl: true }),
  everywhere('zero-width characters', 'zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFend'),
  everywhere('emoji', '🗳️ 👩🏽‍🤝‍👨🏿 🏳️‍🌈 ✊🏾 vote'),
];

/** The same shapes with harmless words: what the page looks like when nothing is hostile. */
export const PLAIN_SAMPLE: HostileSample = everywhere('plain words', 'Plain words, nothing more');
