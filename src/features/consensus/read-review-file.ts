import { MAX_REVIEW_FILE_BYTES, readReviewFileBytes, type ReviewFileResult } from '../../domain/consensus/review-file';

/** The size is checked from File.size before reading, so a wrong, huge file never fills the tablet's memory. */
export async function readReviewFile(file: Blob): Promise<ReviewFileResult> {
  if (file.size > MAX_REVIEW_FILE_BYTES) return { ok: false, problems: [{ code: 'too-large', size: file.size, max: MAX_REVIEW_FILE_BYTES }] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problems: [{ code: 'unreadable' }] };
  }
  return readReviewFileBytes(bytes);
}
