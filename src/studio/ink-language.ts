import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { Tag, tags } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';
import { tokenizeInkLine, type InkToken, type InkTokenKind, type KnownTags } from '../engine/studio/ink-tokens.ts';

interface InkParseState {
  inComment: boolean;
  tokens: InkToken[];
}

/** Tags of their own for what only ink has, so that each can be styled. */
const inkTags = {
  choice: Tag.define(tags.keyword),
  gather: Tag.define(tags.keyword),
  divert: Tag.define(tags.link),
  tagName: Tag.define(tags.attributeName),
  tagValue: Tag.define(tags.attributeValue),
  unknownTag: Tag.define(tags.invalid),
} as const;

const TOKEN_TAGS: Record<InkTokenKind, Tag | undefined> = {
  comment: tags.comment,
  knot: tags.heading1,
  stitch: tags.heading2,
  choice: inkTags.choice,
  gather: inkTags.gather,
  label: tags.labelName,
  bracket: tags.squareBracket,
  divert: inkTags.divert,
  logic: tags.processingInstruction,
  keyword: tags.definitionKeyword,
  tag: inkTags.tagName,
  tagValue: inkTags.tagValue,
  unknownTag: inkTags.unknownTag,
  text: undefined,
};

/** Each kind of stretch gets a class; the colours are in studio.css. */
const inkHighlight = HighlightStyle.define(
  (Object.entries(TOKEN_TAGS) as [InkTokenKind, Tag | undefined][]).flatMap(([kind, tag]) => (tag ? [{ tag, class: `ink-${kind}` }] : [])),
);

/**
 * The Ink mode: each line is split by the engine's tokenizer (src/engine/studio/ink-tokens.ts)
 * when the stream reaches it, and handed to CodeMirror one stretch at a time.
 */
export function inkLanguage(known: KnownTags): Extension {
  const language = StreamLanguage.define<InkParseState>({
    name: 'ink',
    startState: () => ({ inComment: false, tokens: [] }),
    copyState: (state) => ({ inComment: state.inComment, tokens: state.tokens }),
    token(stream: StringStream, state: InkParseState) {
      if (stream.sol()) {
        const read = tokenizeInkLine(stream.string, { inComment: state.inComment }, known);
        state.tokens = read.tokens;
        state.inComment = read.state.inComment;
      }
      const token = state.tokens.find((t) => t.from <= stream.pos && stream.pos < t.to);
      if (!token) {
        stream.skipToEnd();
        return null;
      }
      stream.pos = token.to;
      return token.kind === 'text' ? null : `ink-${token.kind}`;
    },
    // Names of their own, so that none is read as one of CodeMirror's legacy token names.
    tokenTable: Object.fromEntries(Object.entries(TOKEN_TAGS).flatMap(([kind, tag]) => (tag ? [[`ink-${kind}`, tag]] : []))),
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } }, closeBrackets: { brackets: ['(', '[', '{'] } },
  });
  return [language, syntaxHighlighting(inkHighlight)];
}
