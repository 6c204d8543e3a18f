// Fails early, with the fix, when the browser tests have no Chromium to drive or no nginx to serve the build.
import { accessSync, constants } from 'node:fs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const nginx = [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].filter(Boolean);

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

if (!executable(chromium)) {
  console.error(
    `The browser tests need Chromium at ${chromium}.\n` +
      "Install Debian's package as root (apt-get update && apt-get install -y chromium), or set CHROME_PATH to a Chromium binary.",
  );
  process.exit(1);
}
if (!nginx.some(executable)) {
  console.error(
    'The browser tests also run against nginx with the production configuration (deploy/nginx.conf).\n' +
      "Install Debian's package as root (apt-get update && apt-get install -y nginx), or set NGINX to an nginx binary.",
  );
  process.exit(1);
}
