/** The QR encoder is fetched only when a code is shown: a start page shows none until a session exists. */
export const loadQrCode = (): Promise<unknown> => import('./qr-code.ts');
