/**
 * The one place that talks to wink-nlp. The English model is loaded once, when this module is
 * first imported (~80 ms); afterwards `tokenize` reads a text in well under a millisecond per
 * 400 words and returns plain tokens with UTF-16 offsets into the original string.
 */
import winkNLP, { type ItemEntity, type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Sentence boundaries are ours (sentences.ts); negation scope stops at punctuation without wink's sbd.
const nlp = winkNLP(model, ['negation', 'pos', 'ner']);
const its = nlp.its;
/** wink's typings do not accept every `its` helper in `out()`; this narrows them once. */
const itsAs = <T>(f: unknown): ItsFunction<T> => f as ItsFunction<T>;

/** A token of the input text. `start`/`end` are UTF-16 offsets into the text (end exclusive). */
export interface Token {
  /** Position in the document's token list (whitespace tokens excluded). */
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag from wink (VERB, AUX, PRON, NOUN, NUM, PUNCT, …). */
  readonly pos: string;
  /** wink token type: word, number, punctuation, emoji, symbol, currency, time, url, email, … */
  readonly type: string;
  /** True when the token lies inside the scope of a negation ("did n't [push back]"). */
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
  /** True when a line break precedes this token. */
  readonly afterNewline: boolean;
  /** True when whitespace (or a line break) precedes this token. */
  readonly afterSpace: boolean;
}

/** A named entity found by wink (CARDINAL, MONEY, PERCENT, DURATION, DATE, TIME, ORDINAL, …). */
export interface Entity {
  readonly type: string;
  /** Token index range, inclusive, into `ParsedText.tokens`. */
  readonly first: number;
  readonly last: number;
}

export interface ParsedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
}

const APOSTROPHE = /’/g;

/** Lower case, with typographic apostrophes made straight ("I’M" → "i'm"). */
function lowerForm(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('’') ? lower.replace(APOSTROPHE, "'") : lower;
}

function makeToken(i: number, text: string, lower: string, lemma: string, pos: string, type: string, negated: boolean, start: number, end: number, afterNewline: boolean, afterSpace: boolean): Token {
  return { i, text, lower, lemma, pos, type, negated, start, end, afterNewline, afterSpace };
}

/** Tokenizes, lemmatizes, POS-tags and finds entities. Never throws on odd input. */
export function tokenize(text: string): ParsedText {
  if (text.trim().length === 0) return { text, tokens: [], entities: [] };
  const doc = nlp.readDoc(text);
  const tk = doc.tokens();
  const values = tk.out() as string[];
  const lemmas = tk.out(itsAs<string>(its.lemma)) as string[];
  const pos = tk.out(itsAs<string>(its.pos)) as string[];
  const types = tk.out(itsAs<string>(its.type)) as string[];
  const neg = tk.out(itsAs<boolean>(its.negationFlag)) as unknown as boolean[];
  const spaces = tk.out(itsAs<string>(its.precedingSpaces)) as string[];

  // wink drops nothing but may normalise leading/trailing space; find each token in the text.
  const tokens: Token[] = [];
  const docToOurs: number[] = new Array<number>(values.length).fill(-1);
  let cursor = 0;
  let pendingNewline = false;
  let pendingSpace = false;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] ?? '';
    const sp = spaces[k] ?? '';
    if (sp.length > 0) {
      pendingSpace = true;
      if (sp.indexOf('\n') >= 0) pendingNewline = true;
    }
    let at = -1;
    if (text.startsWith(value, cursor + sp.length)) at = cursor + sp.length;
    else if (text.startsWith(value, cursor)) at = cursor;
    else {
      const found = text.slice(cursor, cursor + 256).indexOf(value);
      if (found >= 0) at = cursor + found;
    }
    if (at < 0) continue; // a token we cannot place in the text: drop it rather than lie about offsets
    if (at > cursor + sp.length) {
      const gap = text.slice(cursor, at);
      if (gap.trim().length < gap.length) pendingSpace = true;
      if (gap.indexOf('\n') >= 0) pendingNewline = true;
    }
    cursor = at + value.length;
    const type = types[k] ?? 'word';
    if (type === 'tabCRLF' || value.trim().length === 0) {
      if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) pendingNewline = true;
      pendingSpace = true;
      continue;
    }
    docToOurs[k] = tokens.length;
    const lower = lowerForm(value);
    const negated = neg[k] === true;
    const afterSpace = pendingSpace || at === 0;
    if (lower === "i'm") {
      // wink keeps "I'm" as one proper noun; split it so "I" is the subject and "'m" the verb.
      tokens.push(makeToken(tokens.length, value.slice(0, 1), 'i', 'i', 'PRON', type, negated, at, at + 1, pendingNewline, afterSpace));
      tokens.push(makeToken(tokens.length, value.slice(1), "'m", 'be', 'AUX', type, negated, at + 1, at + value.length, false, false));
    } else {
      const raw = lemmas[k];
      const lemma = typeof raw === 'string' && raw !== 'undefined' ? lowerForm(raw) : lower;
      tokens.push(makeToken(tokens.length, value, lower, lemma, pos[k] ?? 'X', type, negated, at, at + value.length, pendingNewline, afterSpace));
    }
    pendingNewline = false;
    pendingSpace = false;
  }

  repairTags(tokens);
  const entities: Entity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const span = e.out(itsAs<number[]>(its.span)) as unknown as [number, number];
    const type = e.out(itsAs<string>(its.type)) as string;
    const first = docToOurs[span[0]] ?? -1;
    const last = docToOurs[span[1]] ?? -1;
    if (first >= 0 && last >= first) entities.push({ type, first, last });
  });
  return { text, tokens, entities };
}

const IRREGULAR_PAST: Record<string, string> = {
  wrote: 'write', took: 'take', saw: 'see', drew: 'draw', went: 'go', made: 'make', ran: 'run', led: 'lead', built: 'build',
  sent: 'send', spoke: 'speak', broke: 'break', gave: 'give', came: 'come', found: 'find', thought: 'think', taught: 'teach',
  brought: 'bring', bought: 'buy', caught: 'catch', fought: 'fight', told: 'tell', sold: 'sell', held: 'hold', kept: 'keep',
  met: 'meet', won: 'win', did: 'do', began: 'begin', chose: 'choose', drove: 'drive', grew: 'grow', knew: 'know', left: 'leave',
  lost: 'lose', paid: 'pay', sat: 'sit', stood: 'stand', understood: 'understand', spent: 'spend', felt: 'feel', heard: 'hear',
  shook: 'shake', rode: 'ride', threw: 'throw', wound: 'wind', dug: 'dig', hung: 'hang', fed: 'feed', laid: 'lay', said: 'say',
};
const PREFIXES = ['', 're', 'over', 'under', 'with', 'out', 'up', 'fore', 'mis', 'co', 'pre'];
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'you']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'his', 'her', 'its', 'this', 'these', 'those', 'your']);

function irregularLemma(lower: string): string | undefined {
  for (const p of PREFIXES) {
    if (!lower.startsWith(p)) continue;
    const base = IRREGULAR_PAST[lower.slice(p.length)];
    if (base) return p + base;
  }
  return undefined;
}

/** A copy of `t` with another POS tag and lemma. */
function retagged(t: Token, pos: string, lemma: string): Token {
  return makeToken(t.i, t.text, t.lower, lemma, pos, t.type, t.negated, t.start, t.end, t.afterNewline, t.afterSpace);
}

/** Fixes the POS tagger's commonest slips in first-person narration ("I rewrote" tagged NOUN). */
function repairTags(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    let b = k - 1;
    while (b > 0 && tokens[b]?.pos === 'ADV') b--;
    const prev = tokens[b];
    if (!prev) continue;
    if (SUBJECTS.has(prev.lower) && t.pos !== 'VERB' && t.pos !== 'AUX' && /^[a-z]+$/.test(t.lower)) {
      const irregular = irregularLemma(t.lower);
      if (irregular) tokens[k] = retagged(t, 'VERB', irregular);
      else if (/[^e]ed$|[^aeiou]ied$/.test(t.lower) && t.lower.length > 4) {
        const lemma = t.lower.endsWith('ied') ? t.lower.slice(0, -3) + 'y' : t.lemma !== t.lower ? t.lemma : t.lower.slice(0, -2);
        tokens[k] = retagged(t, 'VERB', lemma);
      }
    } else if (t.pos === 'VERB' && DETERMINERS.has(tokens[k - 1]?.lower ?? '')) {
      tokens[k] = retagged(t, 'NOUN', t.lemma);
    }
  }
}

/** Lemmatizes a short phrase (used to normalise cue words once per pack). */
export function lemmatizeWords(phrase: string): string[] {
  if (phrase.trim().length === 0) return [];
  const doc = nlp.readDoc(phrase);
  const out: string[] = [];
  doc.tokens().each((t: ItemToken) => {
    const type = t.out(itsAs<string>(its.type)) as string;
    if (type === 'tabCRLF') return;
    out.push(String(t.out(itsAs<string>(its.lemma))).toLowerCase());
  });
  return out;
}
