// A worker of the verifying pool: the page's own signature check (matchingRoom), on another core.
import { unsignedText } from '../../domain/signing.ts';
import { importPublicKey, type VerifyingKey } from './keys.ts';
import { matchingRoom } from './signature-check.ts';
import { COULD_NOT_CHECK, type VerifyRequest, type VerifyResponse } from './verify-messages.ts';

const imported = new Map<string, Promise<VerifyingKey | null>>();

const keyOf = (text: string): Promise<VerifyingKey | null> => {
  let key = imported.get(text);
  if (!key) imported.set(text, (key = importPublicKey(text)));
  return key;
};

addEventListener('message', async (event: MessageEvent<VerifyRequest>) => {
  const { id, rooms, keys, jobs } = event.data;
  const verifying = await Promise.all(keys.map(keyOf));
  const results = new Int8Array(jobs.length);
  await Promise.all(
    jobs.map(async ([keyIndex, record], i) => {
      const key = verifying[keyIndex];
      try {
        results[i] = key && typeof record.sig === 'string' ? await matchingRoom(key, record.sig, unsignedText(record), rooms) : COULD_NOT_CHECK;
      } catch {
        // Whatever went wrong here, the page checks it itself and reaches its own verdict (or none).
        results[i] = COULD_NOT_CHECK;
      }
    }),
  );
  const response: VerifyResponse = { id, results };
  postMessage(response, { transfer: [results.buffer] });
});
