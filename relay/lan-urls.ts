import { networkInterfaces } from 'node:os';

/**
 * The addresses other machines on the local network can reach this relay at, e.g. what a venue
 * relay's scribes type instead of the central host. Only for a relay bound to all interfaces.
 */
export function lanUrls(port: number, host: string | undefined): string[] {
  if (host && host !== '0.0.0.0' && host !== '::') return [];
  const urls: string[] = [];
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.internal || address.family !== 'IPv4') continue;
      urls.push(`http://${address.address}:${port}`);
    }
  }
  return urls;
}
