/** The size of the postmortem opened, in lines. */
export const BENCH_LINES = 5000;
/** How many fresh copies are opened one after the other: the first finds everything cold. */
export const OPENED_FILES = 4;
