/**
 * Bump when a change to the pipeline changes its outputs: it invalidates the cache (which is also
 * keyed on a fingerprint of the code and data themselves: output/fingerprint.ts). Kept apart from
 * pipeline.ts so that reading the cache does not load the pipeline.
 */
export const PIPELINE_VERSION = '0.1.0';
