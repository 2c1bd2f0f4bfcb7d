/** A structured log sink: one object in, one line out. */
export type Log = (line: object) => void;

/** One JSON object per line, time first, on stdout by default. */
export const jsonLines =
  (stream: NodeJS.WritableStream = process.stdout): Log =>
  (line) => {
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);
  };
