import { z } from 'zod';
import { CAPTURE_KINDS, CAPTURE_TAG } from './capture-filter';

export const CaptureKindSchema = z.enum(CAPTURE_KINDS);

/** The envelope the MAIN-world script posts to the isolated content script. */
export const CaptureMessageSchema = z.object({
  tag: z.literal(CAPTURE_TAG),
  kind: CaptureKindSchema,
  url: z.string(),
  data: z.unknown(),
});
export type CaptureMessage = z.infer<typeof CaptureMessageSchema>;

/** One payload the page loaded, as the extractors receive it. */
export interface CapturedPayload {
  kind: z.infer<typeof CaptureKindSchema>;
  url: string;
  data: unknown;
}

/** Validate a `message` event's data; anything else posted on the page gives undefined. */
export function parseCaptureMessage(data: unknown): CapturedPayload | undefined {
  const parsed = CaptureMessageSchema.safeParse(data);
  if (!parsed.success) return undefined;
  return { kind: parsed.data.kind, url: parsed.data.url, data: parsed.data.data };
}
