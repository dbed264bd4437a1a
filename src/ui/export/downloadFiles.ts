/** Hands files to the browser as downloads, through a Blob and a link with `download`, no server. */
import type { ExportFile } from '../../core/run/exportFormat';
import { messageOf } from '../../core/util/messageOf';

/** A link's object URL is kept this long after its click: revoking it at once can cancel the download. */
const REVOKE_AFTER_MS = 60_000;

/** Starts one download per file; returns null, or the browser's reason when it refused one. */
export function downloadFiles(files: readonly ExportFile[]): string | null {
  try {
    for (const file of files) {
      const url = URL.createObjectURL(new Blob([file.bytes], { type: file.mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    }
    return null;
  } catch (error) {
    return messageOf(error);
  }
}
