import type { Comment, Post } from '../model/profile';
import type { CommentClass, CommentJudgement } from '../model/report';
import {
  countEmoji,
  fold,
  hasUrl,
  keywordSet,
  mentionsIn,
  plainText,
  STOP_WORDS,
  stem,
  words,
} from './normalise-text';

/**
 * Comment classifier (docs/method.md, Q). Rules run in a fixed order and the first that
 * fires names the class: spam → emoji/mention-only → short (question → neutral, praise →
 * generic, plain phrase → neutral, else generic) → substantive → praise lexicon → neutral,
 * then duplicate text from ≥ 3 authors → generic (batch). All matching is on folded text
 * (NFD, marks stripped, lower case), so "Très" and "tres" are the same word.
 */

export interface Classification {
  class: CommentClass;
  /** The rule that fired, e.g. "spam:dm", "generic:emoji-only", "substantive:question". */
  rule: string;
}

export interface CommentContext {
  /** The post's caption and hashtags: a content word shared with them marks a substantive comment. */
  caption?: string;
  hashtags?: readonly string[];
  /** The caption's keyword set, precomputed once per post by classifyComments. */
  topic?: ReadonlySet<string>;
}

const rx = (parts: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** Spam patterns in en, fr, es, de, pt, it, on folded text; each rule has a name. */
const SPAM_RULES: ReadonlyArray<readonly [rule: string, re: RegExp]> = [
  [
    'spam:send-pic',
    /(?:send|sende|schick|envoie|envoyez|envia|envie|manda|invia|mandaci)\b.{0,40}\b(?:pics?|photos?|fotos?|picture|bild|foto)\b.{0,40}@/u,
  ],
  [
    'spam:promote-on',
    /\b(?:promote (?:it|es)|promocionalo|promuovilo|divulgue|bewirb es|fais-en la promo)\b.{0,20}@/u,
  ],
  [
    'spam:dm',
    rx([
      'dm',
      'dms',
      'md',
      'mp',
      'inbox',
      'no direct',
      'in direct',
      'escribenos',
      'escribeme',
      'ecris-nous',
      'ecrivez-nous',
      'contacte-nous',
      'contactez-nous',
      'schreib uns',
      'schreib mir',
      'scrivici',
      'scrivimi',
      'me chama',
      'chama no',
      'message me',
      'text me',
    ]),
  ],
  [
    'spam:follow-for-follow',
    rx([
      'f4f',
      'l4l',
      's4s',
      'follow ?for ?follow',
      'follow ?back',
      'follow me',
      'i follow back',
      'sigo de volta',
      'me segue',
      'sigueme',
      'te sigo',
      "je m'abonne en retour",
      'abonne-toi',
      'folge mir',
      'folge zuruck',
      'seguimi',
      'ricambio',
    ]),
  ],
  [
    'spam:ambassador',
    rx([
      'ambassador',
      'ambassadeur',
      'ambassadrice',
      'embajador',
      'embajadora',
      'markenbotschafter',
      'markenbotschafterin',
      'embaixador',
      'embaixadora',
      'ambasciatore',
      'ambasciatrice',
    ]),
  ],
  [
    'spam:self-promo',
    rx([
      'check (?:out )?my (?:page|profile|account|bio)',
      'visit my (?:page|profile)',
      'viens voir ma page',
      'regarde mon profil',
      'passe sur mon profil',
      'mira mi perfil',
      'pasate por mi perfil',
      'schau (?:mal )?(?:auf|in) meinem profil',
      'auf meinem profil',
      'veja meu perfil',
      'passa no meu perfil',
      'guarda il mio profilo',
      'passa dal mio profilo',
      'link in (?:my )?bio',
      'lien en bio',
      'lien dans ma bio',
      'infos? (?:en|in|na) (?:ma |mi |meiner |)bio',
    ]),
  ],
  [
    'spam:money',
    rx([
      'crypto',
      'cripto',
      'krypto',
      'criptomonedas',
      'bitcoin',
      'btc',
      'forex',
      'invested',
      'investing',
      "j'ai investi",
      'inverti',
      'invertir',
      'investiert',
      'investi com',
      'ho investito',
      'passive income',
      'earn \\$',
      "gagner de l'argent",
      'gana dinero',
      'geld verdienen',
      'ganhe dinheiro',
      'ganhar dinheiro',
      'guadagna',
      'guadagnare',
      'financial freedom',
      'liberte financiere',
      'libertad financiera',
      'finanziell frei',
      'liberdade financeira',
      'libera finanziariamente',
    ]),
  ],
];

/** "collab", "partenariat", … only with a solicitation cue (a DM, a contact, an @account, a question). */
const COLLAB_WORD = rx([
  'collab',
  'collabs',
  'collaboration',
  'colaboracion',
  'collaborazione',
  'kooperation',
  'parceria',
  'partenariat',
  'partnership',
]);
const COLLAB_CUE =
  /[?@]|\b(?:dm|mp|md|contact\w*|interested|interesse\w*|interessiert|interesad\w*|send|write|melde)\b/u;

/** Accounts named like promotion services. */
const PROMO_ACCOUNT =
  /@[\p{L}\p{N}._]*(?:promo|boost|feature|viral|impulso|spinta|reichweite|agence|agentur|agency|invest|trader|trades)[\p{L}\p{N}._]*/u;

/** Generic-praise lexicon, folded (accent-insensitive). */
const PRAISE = rx([
  // en
  'nice',
  'amazing',
  'love it',
  'love this',
  'love',
  'wow',
  'amo',
  'adoro',
  'ich liebe',
  'liebe es',
  'fire',
  'beautiful',
  'gorgeous',
  'stunning',
  'awesome',
  'perfect',
  'cute',
  'queen',
  'obsessed',
  'great',
  'lovely',
  'omg',
  'so good',
  'incredible',
  // fr
  'magnifique',
  'sublime',
  'superbe',
  'trop (?:beau|belle|bien|mignon|mignonne|style|stylee)',
  "j'adore",
  'bravo',
  'canon',
  'waouh',
  'ouah+',
  'incroyable',
  'tellement belle',
  'splendide',
  'genial',
  // es
  'precios[oa]',
  'me encanta+',
  'guapa',
  'guapisima',
  'que bonit[oa]+',
  'bonit[oa]',
  'brutal',
  'espectacular',
  'divina',
  'increible',
  'que maravilla',
  'ole',
  // de
  'wunderschon',
  'toll',
  'mega',
  'traumhaft',
  'sehr schon',
  'schon',
  'hammer',
  'bildhubsch',
  'klasse',
  'wahnsinn',
  'super',
  'geil',
  // pt
  'lind[oa]+',
  'amei',
  'arrasou',
  'arrasa',
  'maravilhos[oa]',
  'perfeit[oa]',
  'diva',
  'sensacional',
  'que maravilha',
  // it
  'bellissim[oa]',
  'stupend[oa]',
  'che bell[oa]+',
  'meraviglios[oa]',
  'spettacolo',
  'fantastic[oa]',
  'bravissim[oa]',
  'splendid[oa]',
  'che meraviglia',
  'molto bell[oa]',
  // shared
  'top',
]);

/** First-person experience markers (docs/method.md, Q) and close variants, folded. */
const EXPERIENCE = rx([
  // en
  'i tried',
  "i've tried",
  'i bought',
  'i use',
  'i used',
  'i did',
  'i had',
  'i went',
  "i've been",
  'i was',
  'me too',
  'my',
  'we did',
  'we went',
  // fr
  "j'ai",
  'moi aussi',
  'chez moi',
  'ma',
  'mon',
  'mes',
  'on a fait',
  // es
  'yo tambien',
  'lo probe',
  'probe',
  'compre',
  'tuve',
  'estuvimos',
  'mi',
  'mis',
  // de
  'ich habe',
  'ich hatte',
  'bei mir',
  'mein',
  'meine',
  'meinen',
  'wir waren',
  // pt
  'eu tambem',
  'ja usei',
  'testei',
  'comprei',
  'fiz',
  'fomos',
  'meu',
  'minha',
  // it
  "anch'io",
  "l'ho provat[oa]",
  'ho provato',
  'ho comprato',
  'ho smesso',
  'siamo stati',
  'mio',
  'mia',
  'miei',
]);

/** Interrogative openers, folded, for questions written without a question mark. */
const QUESTION_OPENER =
  /^(?:where|how|what|which|who|when|why|can you|could you|is it|is this|does|do you|ou|comment|quel|quelle|quels|est-ce|combien|donde|como|que|cual|cuanto|cuando|wo|wie|welche|welcher|welches|was|wann|onde|qual|quanto|quando|dove|come|quale|quanto|quando)\b/u;

function isQuestion(folded: string): boolean {
  return /[?¿]/u.test(folded) || QUESTION_OPENER.test(folded.trim());
}

/** Normalised text used to find the same comment from several authors. */
export function duplicateKey(text: string): string {
  const plain = fold(plainText(text))
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Emoji-only comments compare by their emoji.
  return plain || fold(text).replace(/\s+/g, '');
}

function sharesCaptionWord(textWords: readonly string[], context: CommentContext | undefined): boolean {
  if (!context || (!context.topic && !context.caption && !(context.hashtags?.length ?? 0))) return false;
  const topic = context.topic ?? keywordSet(context.caption, context.hashtags ?? []);
  for (const w of textWords) {
    if (w.length < 4 || STOP_WORDS.has(w)) continue;
    const s = stem(w);
    if (topic.has(s) || topic.has(`#${w}`)) return true;
  }
  return false;
}

/** The spam rule that fires on a comment, if any. */
export function spamRule(text: string): string | undefined {
  const folded = fold(text);
  if (hasUrl(text)) return 'spam:link';
  for (const [rule, re] of SPAM_RULES) if (re.test(folded)) return rule;
  if (COLLAB_WORD.test(folded) && COLLAB_CUE.test(folded)) return 'spam:collab';
  if (PROMO_ACCOUNT.test(folded)) return 'spam:promo-account';
  return undefined;
}

/**
 * Class one comment on its own (the duplicate rule needs the batch: see classifyComments).
 * Short questions ("Where is this?") are neutral, not generic: the guide counts questions as
 * a sign of a live audience, and the method's substantive class needs ≥ 5 words (docs/method.md, Q).
 */
export function classifyComment(text: string, context?: CommentContext): Classification {
  const spam = spamRule(text);
  if (spam) return { class: 'spam', rule: spam };

  const plain = plainText(text);
  const plainWords = words(plain);
  if (plainWords.length === 0) {
    if (mentionsIn(text).length > 0) return { class: 'generic', rule: 'generic:mention-only' };
    if (countEmoji(text) > 0) return { class: 'generic', rule: 'generic:emoji-only' };
    return { class: 'generic', rule: 'generic:empty' };
  }
  const folded = fold(plain);
  const question = isQuestion(folded);
  const short = plainWords.length <= 3 || plain.replace(/[^\p{L}\p{N}]/gu, '').length < 12;
  const praise = PRAISE.test(folded);
  if (short) {
    if (question && !praise) return { class: 'neutral', rule: 'neutral:short-question' };
    if (praise) return { class: 'generic', rule: 'generic:short-praise' };
    // A short phrase with neither praise nor emoji ("Greetings from Vienna", "Same here")
    // is a remark, not praise; a bare unknown word ("Slay", "First") stays generic filler.
    if (plainWords.length >= 2 && countEmoji(text) === 0)
      return { class: 'neutral', rule: 'neutral:short-remark' };
    return { class: 'generic', rule: 'generic:short' };
  }
  if (plainWords.length >= 5) {
    if (question) return { class: 'substantive', rule: 'substantive:question' };
    if (EXPERIENCE.test(folded)) return { class: 'substantive', rule: 'substantive:experience' };
    if (sharesCaptionWord(plainWords, context))
      return { class: 'substantive', rule: 'substantive:caption-word' };
  }
  if (praise) return { class: 'generic', rule: 'generic:praise-lexicon' };
  return { class: 'neutral', rule: 'neutral:other' };
}

export interface PodSignal {
  /** Commenters seen in the same order on several posts. */
  authors: string[];
  postIds: string[];
}

/**
 * The same commenters repeating across posts in the same order (an engagement pod): among
 * authors who comment on ≥ `minPosts` posts, a run of `minRun` of them appearing
 * consecutively in that order on ≥ `minPosts` posts.
 */
export function detectPod(comments: readonly Comment[], minRun = 3, minPosts = 3): PodSignal | undefined {
  const byPost = new Map<string, string[]>();
  for (const c of orderComments(comments)) {
    if (c.isCreatorReply) continue;
    const seq = byPost.get(c.postId) ?? [];
    const author = c.author.toLowerCase();
    if (!seq.includes(author)) seq.push(author);
    byPost.set(c.postId, seq);
  }
  const postsPerAuthor = new Map<string, number>();
  for (const seq of byPost.values())
    for (const a of seq) postsPerAuthor.set(a, (postsPerAuthor.get(a) ?? 0) + 1);
  const runs = new Map<string, Set<string>>();
  for (const [postId, seq] of byPost) {
    const projected = seq.filter((a) => (postsPerAuthor.get(a) ?? 0) >= minPosts);
    const seen = new Set<string>();
    for (let i = 0; i + minRun <= projected.length; i++) {
      const key = projected.slice(i, i + minRun).join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const set = runs.get(key) ?? new Set<string>();
      set.add(postId);
      runs.set(key, set);
    }
  }
  let best: PodSignal | undefined;
  for (const [key, postIds] of [...runs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (postIds.size >= minPosts && (!best || postIds.size > best.postIds.length)) {
      best = { authors: key.split('\u0000'), postIds: [...postIds].sort() };
    }
  }
  return best;
}

/** Comments in reading order: by post, then by time when known, then as given. */
function orderComments(comments: readonly Comment[]): Comment[] {
  return comments
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      const ta = a.c.createdAt;
      const tb = b.c.createdAt;
      if (a.c.postId === b.c.postId && ta !== undefined && tb !== undefined && ta !== tb) return ta - tb;
      return a.i - b.i;
    })
    .map(({ c }) => c);
}

export interface ClassifiedComments {
  judgements: CommentJudgement[];
  pod?: PodSignal;
}

/**
 * Class a batch: each comment with its post's caption as context; the same normalised text
 * from ≥ 3 distinct authors becomes generic ('generic:duplicate') unless it is spam.
 */
export function classifyComments(comments: readonly Comment[], posts: readonly Post[]): ClassifiedComments {
  const postById = new Map(posts.map((p) => [p.id, p]));
  const authorsByKey = new Map<string, Set<string>>();
  for (const c of comments) {
    if (c.isCreatorReply) continue;
    const key = duplicateKey(c.text);
    const set = authorsByKey.get(key) ?? new Set<string>();
    set.add(c.author.toLowerCase());
    authorsByKey.set(key, set);
  }
  const topics = new Map<string, ReadonlySet<string>>();
  const judgements = comments.map((c): CommentJudgement => {
    const post = postById.get(c.postId);
    const context: CommentContext = {};
    if (post) {
      let topic = topics.get(post.id);
      if (!topic) {
        topic = keywordSet(post.caption, post.hashtags);
        topics.set(post.id, topic);
      }
      context.topic = topic;
    }
    let result = classifyComment(c.text, context);
    if (
      result.class !== 'spam' &&
      result.class !== 'generic' &&
      !c.isCreatorReply &&
      (authorsByKey.get(duplicateKey(c.text))?.size ?? 0) >= 3
    ) {
      result = { class: 'generic', rule: 'generic:duplicate' };
    }
    return {
      commentId: c.id,
      postId: c.postId,
      class: result.class,
      rule: result.rule,
      creatorReply: c.isCreatorReply,
    };
  });
  const pod = detectPod(comments);
  return pod ? { judgements, pod } : { judgements };
}
