/**
 * The certificate authorities this machine trusts, for stand-ins that reach PyPI from inside a
 * build. A network that intercepts TLS signs with its own authority, which only the machine's
 * bundle holds; handing the bundle to the stand-in lets its pip verify PyPI through it.
 */
import {existsSync, readFileSync} from 'node:fs';

/** Debian's and Ubuntu's system bundle; SSL_CERT_FILE names another, as OpenSSL reads it. */
export function machineCaPath(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.SSL_CERT_FILE;
  if (named && named.length > 0) return named;
  return '/etc/ssl/certs/ca-certificates.crt';
}

export function readMachineCa(env: NodeJS.ProcessEnv = process.env): string {
  const file = machineCaPath(env);
  if (!existsSync(file)) {
    throw new Error(
      `The stand-in python image needs this machine's certificate bundle to reach PyPI, and ${file} does not exist: install Debian's ca-certificates package, or set SSL_CERT_FILE to the bundle's path.`,
    );
  }
  return readFileSync(file, 'utf8');
}
