import type { Extraction, Platform } from '../model';
import type { SelectorChoice } from '../sites/dom';

/** Which fallback of each selector group matches this page (index and selector), or null. */
export function probeSelectors(
  doc: ParentNode,
  table: Record<string, readonly SelectorChoice[]>,
): Record<string, { index: number; selector: string } | null> {
  const out: Record<string, { index: number; selector: string } | null> = {};
  for (const [name, choices] of Object.entries(table)) {
    out[name] = null;
    for (const [index, choice] of choices.entries()) {
      let hit = false;
      try {
        hit = doc.querySelector(choice.selector) !== null;
      } catch {
        hit = false;
      }
      if (hit) {
        out[name] = { index, selector: choice.selector };
        break;
      }
    }
  }
  return out;
}

export interface DiagnosticsInput {
  version: string;
  platform: Platform;
  extraction: Extraction;
  /** Path of the page (no query string: it can carry tracking ids). */
  url: string;
  selectors: Record<string, { index: number; selector: string } | null>;
  captured: readonly { kind: string }[];
  userAgent: string;
}

/**
 * What a user pastes into a bug report about a page Microscope could not read: where each
 * field came from, what was missing, which selectors matched, what JSON was seen. Only the
 * public handle identifies anyone — no bio, names, captions or comments.
 */
export function buildDiagnostics(input: DiagnosticsInput): string {
  const { snapshot, provenance, problems } = input.extraction;
  const path = (() => {
    try {
      return new URL(input.url).pathname;
    } catch {
      return '';
    }
  })();
  const capturedByKind: Record<string, number> = {};
  for (const item of input.captured) capturedByKind[item.kind] = (capturedByKind[item.kind] ?? 0) + 1;
  const present = (value: unknown) => value !== undefined;
  return JSON.stringify(
    {
      microscope: input.version,
      platform: input.platform,
      handle: snapshot.handle,
      path,
      pageState: snapshot.pageState,
      locale: snapshot.locale ?? null,
      fields: {
        followers: present(snapshot.followers),
        following: present(snapshot.following),
        postsCount: present(snapshot.postsCount),
        totalLikes: present(snapshot.totalLikes),
        displayName: present(snapshot.displayName),
        bio: present(snapshot.bio),
        verified: present(snapshot.verified),
      },
      posts: {
        read: snapshot.posts.length,
        withCounts: snapshot.posts.filter((p) => p.likes !== undefined || p.comments !== undefined).length,
        likesHidden: snapshot.posts.filter((p) => p.likesHidden).length,
      },
      provenance,
      problems: problems.map((p) => ({ code: p.code, field: p.field ?? null })),
      selectors: input.selectors,
      captured: capturedByKind,
      userAgent: input.userAgent,
    },
    null,
    2,
  );
}
