import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The addresses other machines on the local network can reach this relay at, e.g. what a venue
 * relay's scribes type instead of the central host. Only for a relay bound to all interfaces.
 */
export function lanUrls(port: number, host: string | undefined, interfaces: Interfaces = networkInterfaces()): string[] {
  if (host && host !== '0.0.0.0' && host !== '::') return [];
  const urls: string[] = [];
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.internal || address.family !== 'IPv4') continue;
      urls.push(`http://${address.address}:${port}`);
    }
  }
  return urls;
}

/** The app's page that turns a session's links into links on one of these addresses, with QR codes. */
export const venuePageUrl = (lanUrl: string): string => `${lanUrl}/#/venue`;

/**
 * For the person who started the relay, one line per address: the JSON log is for machines, and a
 * facilitator at a venue needs to know which address to open.
 */
export function venueAnnouncement(urls: readonly string[]): string[] {
  return urls.map((url) => `On this network, open ${venuePageUrl(url)} to get the session's links and QR codes for ${url}`);
}
