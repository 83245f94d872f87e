// `npm start` runs this first: without Electron's binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD,
// or offline) it ends with one line pointing at browser mode instead of a download attempt and a stack.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';

function electronBinary() {
  try {
    const dir =
      process.env.TOUCHPOINT_ELECTRON_DIR ??
      dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

if (!electronBinary()) {
  process.stderr.write(
    "touchpoint: Electron's binary is not installed, so the desktop app cannot start; run `npm run web` to use the app in a browser\n",
  );
  process.exit(1);
}
