// Fails early, with the fix, when the browser tests have no Chromium to drive.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `The browser tests need Chromium at ${path}.\n` +
      "Install Debian's package as root (apt-get update && apt-get install -y chromium), or set CHROME_PATH to a Chromium binary.",
  );
  process.exit(1);
}
