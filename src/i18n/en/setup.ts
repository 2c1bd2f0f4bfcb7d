import { addEnglish } from '../en.ts';

/** Why this browser could not create, open or join a session: they load with the notice that says it. */
export const setupWords = {
  setup: {
    'keys-failed':
      'This browser could not make the key that signs your changes. Try again; if it fails again, open the link in another browser (a recent Firefox, Chrome or Safari).',
    'storage-refused':
      'This browser refuses to keep the session on this device (a private window, or site storage turned off). Try again in a normal window, or allow storage for this site.',
    'storage-full': 'This device’s storage is full, so the session cannot be kept here. Free some space, then try again.',
    retry: 'Try again',
  },
};

addEnglish(setupWords);
