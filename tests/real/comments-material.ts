/**
 * Reads the real labelled comments (the folder named by MICROSCOPE_REAL_COMMENTS) into batches the
 * way the product sees them: one batch per post or account, each comment with its author, each post
 * with its caption when the material names one. The material's own README defines the files, the
 * labels and the development / evaluation split; this module follows it:
 *
 * - YouTube Spam Collection: five CSV files (COMMENT_ID, AUTHOR, DATE, CONTENT, CLASS; 1 = spam).
 *   The API gave comment text as HTML, so the text a viewer sees is rebuilt (tags dropped, line
 *   breaks kept as spaces, entities decoded, trailing U+FEFF removed). Each file is one video, whose
 *   title is its caption. Files 01–03 are development, 04–05 evaluation. Every published row is kept.
 * - ScamSpot Instagram: `comments_extracted.json` rows rated `scam` or `real` (unrated rows left
 *   out), one batch per commented account, posts by media id, no caption, each comment by a distinct
 *   anonymous author. Accounts that sort before "cryptoworld.info" are development, the rest
 *   evaluation. The 142 "reported" rows after the 3,444 rated rows of
 *   `comments-rated-plus-reported.csv` are evaluation; they name no account or post, so each is
 *   classified on its own.
 * - German YouTube bot / nonbot: 500 rows (Comment, Label), evaluation, kept out of spam
 *   precision/recall (bot means generic filler here, not solicitation); classified one at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { type Comment, CommentSchema, type Post, PostSchema } from '@/lib/model/profile';

export type Part = 'development' | 'evaluation';

/** One labelled comment; `spam` is the material's own label (spam / scam = true). */
export interface LabelledComment {
  comment: Comment;
  spam: boolean;
}

/** Comments the product would score together (one creator), with the posts they sit under. */
export interface Batch {
  name: string;
  part: Part;
  posts: Post[];
  rows: LabelledComment[];
  /** The commented account, when the material names it (the product knows whose profile it scores). */
  creator?: string;
}

const YOUTUBE_FILES: ReadonlyArray<readonly [file: string, title: string, part: Part]> = [
  ['Youtube01-Psy.csv', 'PSY - Gangnam Style', 'development'],
  ['Youtube02-KatyPerry.csv', 'Katy Perry - Roar', 'development'],
  ['Youtube03-LMFAO.csv', 'LMFAO - Party Rock Anthem', 'development'],
  ['Youtube04-Eminem.csv', 'Eminem - Love The Way You Lie ft. Rihanna', 'evaluation'],
  ['Youtube05-Shakira.csv', 'Shakira - Waka Waka (This Time for Africa)', 'evaluation'],
];

/** ScamSpot accounts that sort before this one are development; it and the rest are evaluation. */
export const SCAMSPOT_FIRST_EVALUATION_ACCOUNT = 'cryptoworld.info';
/** The rated rows at the head of comments-rated-plus-reported.csv (the reported rows follow). */
const SCAMSPOT_RATED_ROWS = 3_444;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The text a viewer sees for an HTML comment body from the YouTube Data API. */
export function youtubeHtmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\ufeff/g, '')
    .trim();
}

function csvRows(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

function post(id: string, caption?: string): Post {
  return PostSchema.parse({ id, type: 'video', source: 'json', ...(caption ? { caption } : {}) });
}

function comment(id: string, postId: string, author: string, text: string): Comment {
  return CommentSchema.parse({ id, postId, author, text, source: 'json' });
}

/** The five YouTube videos, one batch each; `raw` keeps the API's HTML instead of the visible text. */
export function youtubeBatches(folder: string, raw = false): Batch[] {
  return YOUTUBE_FILES.map(([file, title, part]) => {
    const postId = file.replace(/\.csv$/, '');
    const rows = csvRows(join(folder, 'youtube-spam-collection', file)).map((r, i) => {
      const content = r.CONTENT ?? '';
      const label = r.CLASS;
      if (label !== '0' && label !== '1') throw new Error(`${file} row ${i + 2}: CLASS is ${label}`);
      return {
        comment: comment(
          `${postId}-${i}`,
          postId,
          r.AUTHOR ?? '',
          raw ? content : youtubeHtmlToText(content),
        ),
        spam: label === '1',
      };
    });
    return { name: file, part, posts: [post(postId, title)], rows };
  });
}

interface ScamspotRow {
  text: string;
  media: string;
  account: string;
  type: 'scam' | 'real' | 'unknown';
}

/** The rated ScamSpot comments, one batch per commented account, in account order. */
export function scamspotBatches(folder: string): Batch[] {
  const data = JSON.parse(
    readFileSync(join(folder, 'instagram-scamspot', 'comments_extracted.json'), 'utf8'),
  ) as Record<string, ScamspotRow>;
  const byAccount = new Map<string, Array<[id: string, row: ScamspotRow]>>();
  for (const [id, row] of Object.entries(data)) {
    if (row.type !== 'scam' && row.type !== 'real') continue;
    const list = byAccount.get(row.account) ?? [];
    list.push([id, row]);
    byAccount.set(row.account, list);
  }
  return [...byAccount.keys()].sort().map((account) => {
    const list = byAccount.get(account) ?? [];
    const posts = [...new Set(list.map(([, r]) => r.media))].map((media) => post(media));
    const rows = list.map(([id, r]) => ({
      // Every comment by its own anonymous author: the material names no commenter.
      comment: comment(id, r.media, `anon-${id}`, r.text),
      spam: r.type === 'scam',
    }));
    const part: Part = account < SCAMSPOT_FIRST_EVALUATION_ACCOUNT ? 'development' : 'evaluation';
    return { name: `scamspot @${account}`, part, posts, rows, creator: account };
  });
}

/** The 142 reported ScamSpot comments (original case and styled letters), each its own batch. */
export function scamspotReportedBatches(folder: string): Batch[] {
  const rows = csvRows(join(folder, 'instagram-scamspot', 'comments-rated-plus-reported.csv'));
  return rows.slice(SCAMSPOT_RATED_ROWS).map((r, i) => {
    const id = `reported-${i}`;
    if (r.scam !== '0' && r.scam !== '1') throw new Error(`reported row ${i}: scam is ${r.scam}`);
    return {
      name: 'scamspot reported',
      part: 'evaluation' as const,
      posts: [post(id)],
      rows: [{ comment: comment(id, id, `anon-${id}`, r.msg ?? ''), spam: r.scam === '1' }],
    };
  });
}

export interface GermanRow {
  comment: Comment;
  bot: boolean;
}

/** The 500 German comments labelled bot / nonbot. */
export function germanBotRows(folder: string): GermanRow[] {
  const dir = join(folder, 'youtube-de-bot');
  const file = readdirSync(dir).find((f) => f.endsWith('.csv'));
  if (!file) throw new Error(`${dir}: no CSV file`);
  return csvRows(join(dir, file)).map((r, i) => {
    if (r.Label !== 'bot' && r.Label !== 'nonbot')
      throw new Error(`${file} row ${i + 2}: Label is ${r.Label}`);
    const id = `de-${i}`;
    return { comment: comment(id, id, `anon-${id}`, r.Comment ?? ''), bot: r.Label === 'bot' };
  });
}
