import type { FileBytes } from '../../../shared/api/study';

/** Reads a picked or dropped file as base64, the form file bytes travel in over IPC and HTTP. */
export async function fileToBytes(file: File): Promise<FileBytes> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < buf.length; i += chunk) {
    binary += String.fromCharCode(...buf.subarray(i, i + chunk));
  }
  return { name: file.name, base64: btoa(binary) };
}

/** Saves bytes through the browser's download (works in Electron too: it asks where to save). */
export function downloadBytes(bytes: FileBytes, mime: string): void {
  const raw = atob(bytes.base64);
  const arr = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) arr[i] = raw.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([arr], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = bytes.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
