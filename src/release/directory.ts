/** Where releases are read from; benchmarks and tests point the build at another folder. */
export const releasesDirectory = (): string => process.env['THALAENG_RELEASES_DIR'] ?? 'content/releases';
