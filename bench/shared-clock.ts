// One clock for every process of a bench on this machine: libuv's hrtime reads CLOCK_MONOTONIC, which Linux
// keeps machine-wide, whereas performance.now() counts from each process's own start and a wall clock may be slewed.
export const sharedNow = (): number => Number(process.hrtime.bigint()) / 1e6;
