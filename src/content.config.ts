import { defineCollection } from 'astro:content';
import { releaseLoader } from './loaders/releases.ts';

export const collections = {
  releases: defineCollection({
    // Benchmarks and tests point the build at another folder of releases.
    loader: releaseLoader({ directory: process.env['THALAENG_RELEASES_DIR'] ?? 'content/releases' }),
  }),
};
