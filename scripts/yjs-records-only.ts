/**
 * The pages' Yjs reads nothing but what a workshop room holds: plain values in the root array and deleted items.
 * The relay refuses every other kind of content (relay/update-walk.ts), so a page never receives text, XML, nested
 * types, binaries or sub-documents; yet Yjs's decoder tables name every kind, which keeps its rich-text and XML
 * types (a third of it, ~4.6 KB gzip) in every page; the document's one root is an array, so no page asks for a map
either (-0.5 KB). Here each other kind is read past and kept as a deleted item of
 * the same length — what the relay's sanitizer makes of it, and what Yjs itself makes of an item under a deleted
 * type — so clocks stay whole and an old local copy holding such content still loads.
 *
 * Each rewrite must match once, or the build stops: a Yjs upgrade is checked here before it reaches a page.
 */
const DELETED = 'new ContentDeleted';

/** [what yjs.mjs says, what the pages' build says instead], in the order they appear. */
const REWRITES: readonly (readonly [string, string])[] = [
  ['    return this.get(name, YText)\n', "    throw new Error('records-only Yjs: no text types')\n"],
  ['    return /** @type {YMap<T>} */ (this.get(name, YMap))\n', "    throw new Error('records-only Yjs: no map types')\n"],
  ['(this.get(name, YXmlElement))', "(records_only_refused('XML'))"],
  ['    return this.get(name, YXmlFragment)\n', "    throw new Error('records-only Yjs: no XML types')\n"],
  // Set only by text types, which this build never makes.
  ['          if (transaction._needFormattingCleanup) {\n            cleanupYTextAfterTransaction(transaction);\n          }\n', ''],
  [
    `  readContentJSON, // 2
  readContentBinary, // 3
  readContentString, // 4
  readContentEmbed, // 5
  readContentFormat, // 6
  readContentType, // 7
  readContentAny, // 8
  readContentDoc, // 9
`,
    `  decoder => { const len = decoder.readLen(); for (let i = 0; i < len; i++) decoder.readString(); return ${DELETED}(len) }, // 2 JSON
  decoder => { decoder.readBuf(); return ${DELETED}(1) }, // 3 binary
  decoder => ${DELETED}(decoder.readString().length), // 4 string
  decoder => { decoder.readJSON(); return ${DELETED}(1) }, // 5 embed
  decoder => { decoder.readKey(); decoder.readJSON(); return ${DELETED}(1) }, // 6 format
  decoder => { records_only_skipType(decoder); return ${DELETED}(1) }, // 7 nested type
  readContentAny, // 8
  decoder => { decoder.readString(); decoder.readAny(); return ${DELETED}(1) }, // 9 sub-document
`,
  ],
];

/** Yjs's type refs: 3 (XML element) and 5 (XML hook) carry a name; 0–6 exist. */
const HELPERS = `
const records_only_refused = (what) => { throw new Error('records-only Yjs: no ' + what + ' types') };
const records_only_skipType = (decoder) => {
  const ref = decoder.readTypeRef();
  if (ref > 6) throw new Error('records-only Yjs: unknown type ref ' + ref);
  if (ref === 3 || ref === 5) decoder.readKey();
};
`;

export function recordsOnlyYjs(source: string): string {
  let code = source;
  for (const [from, to] of REWRITES) {
    const found = code.split(from).length - 1;
    if (found !== 1) throw new Error(`records-only Yjs: expected one "${from.trim().slice(0, 60)}" in yjs.mjs, found ${found}`);
    code = code.replace(from, () => to);
  }
  return code + HELPERS;
}

/** The vite plugin: rewrites yjs's ES module build for the pages (the relay and Node tests use Yjs as published). */
export const recordsOnlyYjsPlugin = {
  name: 'records-only-yjs',
  transform: (code: string, id: string): string | null => (/\/node_modules\/yjs\/dist\/yjs\.mjs$/.test(id) ? recordsOnlyYjs(code) : null),
};
